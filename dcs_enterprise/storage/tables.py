"""Every table of the database, in one module (SQLModel). Portable to PostgreSQL: no
SQLite-only types; JSON columns go through SQLAlchemy's JSON type."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Enterprise(SQLModel, table=True):
    """The enterprise profile (one row) and its democracy-regulation settings."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    short_name: str = Field(default="", max_length=100)
    tax_code: str = Field(default="", max_length=20)
    address: str = Field(default="", max_length=500)
    province: str = Field(default="", max_length=100)
    legal_representative: str = Field(default="", max_length=200)
    legal_representative_title: str = Field(default="", max_length=200)
    parent_body: str = Field(default="", max_length=300)
    union_name: str = Field(default="", max_length=300)
    upper_union_name: str = Field(default="", max_length=300)
    settings: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime


class Department(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=50, unique=True)
    name: str = Field(max_length=300)
    parent_id: int | None = Field(default=None, foreign_key="department.id", index=True)


class Employee(SQLModel, table=True):
    # The roster filter scans these indexes alone (search_text included), never the table.
    __table_args__ = (
        Index("ix_employee_status_sort", "status", "sort_name", "search_text"),
        Index("ix_employee_sort", "sort_name", "search_text"),
        Index("ix_employee_department_status", "department_id", "status"),
        # The workforce on a day (rule A1's base) counts from this index alone.
        Index("ix_employee_status_hired", "status", "hire_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=50, unique=True)
    full_name: str = Field(max_length=200)
    # Folded "code name" text (no diacritics, đ→d, lower case) for the as-you-type filter.
    search_text: str = Field(max_length=300)
    # Vietnamese list order (given name first, then the code) as a plain string for ORDER BY.
    sort_name: str = Field(max_length=700)
    gender: str = Field(max_length=10)
    date_of_birth: date | None = None
    department_id: int = Field(foreign_key="department.id")
    position: str = Field(default="", max_length=200)
    hire_date: date | None = None
    contract_type: str = Field(default="indefinite", max_length=20)
    union_member: bool = False
    status: str = Field(default="active", max_length=10)


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=100, unique=True)
    full_name: str = Field(max_length=200)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=300)
    active: bool = True
    created_at: datetime


class Holiday(SQLModel, table=True):
    """A public holiday of the working-day calendar (Labour Code 2019 Art 112), editable."""

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(unique=True)
    name: str = Field(max_length=200)


class AuditEvent(SQLModel, table=True):
    """One mutation: who, when, what, before and after; hash-chained (domain.audit)."""

    __tablename__ = "audit_event"

    seq: int = Field(primary_key=True)
    at: str = Field(max_length=40, index=True)
    actor: str = Field(max_length=100, index=True)
    role: str = Field(max_length=20)
    action: str = Field(max_length=60, index=True)
    entity: str = Field(max_length=60, index=True)
    entity_id: str = Field(max_length=60)
    before: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    after: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class DocumentSeries(SQLModel, table=True):
    """One number series per document type, issuing body and year (Decree 30/2020 Art 15.1:
    numbers restart at 01 on 1 January and are never reused)."""

    __tablename__ = "document_series"
    __table_args__ = (UniqueConstraint("type_code", "body_symbol", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    type_code: str = Field(max_length=20)
    body_symbol: str = Field(max_length=40)
    year: int
    last_number: int = 0


# The conference tables live in their own module; importing them here keeps one metadata for
# Alembic and lets callers import every table from this module.
from .bargaining_tables import (  # noqa: E402
    Agreement,
    AgreementClause,
    AgreementVersion,
    BargainingRound,
    BargainingSession,
)
from .conference_tables import (  # noqa: E402
    AgendaItem,
    Commitment,
    CommitmentUpdate,
    Conference,
    ConferenceDocument,
    ConferenceOfficer,
    ConferenceSeat,
    ConferenceTask,
    ConferenceVote,
    Delegate,
    DelegateCandidate,
    DepartmentMeeting,
    Petition,
    ResolutionArticle,
)
from .dialogue_tables import (  # noqa: E402
    Dialogue,
    DialogueAction,
    DialogueAttendance,
    DialogueItem,
    DialogueList,
    DialogueRepresentative,
    DialogueSupporter,
)
from .supervision_tables import (  # noqa: E402
    Attachment,
    ItemUpdate,
    PublicationEntry,
    SupervisionItem,
    SupervisionPlan,
)

__all__ = [
    "Account", "AgendaItem", "Agreement", "AgreementClause", "AgreementVersion",
    "BargainingRound", "BargainingSession", "Dialogue", "DialogueAction", "DialogueAttendance",
    "DialogueItem", "DialogueList", "DialogueRepresentative", "DialogueSupporter", "AuditEvent", "Commitment", "CommitmentUpdate", "Conference",
    "ConferenceDocument", "ConferenceOfficer", "ConferenceSeat", "ConferenceTask",
    "ConferenceVote", "Delegate", "DelegateCandidate", "Department", "DepartmentMeeting",
    "DocumentSeries", "Employee", "Enterprise", "Holiday", "Petition", "ResolutionArticle",
    "SQLModel", "Attachment", "ItemUpdate", "PublicationEntry", "SupervisionItem",
    "SupervisionPlan",
]
