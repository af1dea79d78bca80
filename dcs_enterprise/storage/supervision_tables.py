"""The supervision tables (DOMAIN.md "4. Supervision and petitions"): the union's supervision
plans, the register of items (recommendations) with their timeline of updates, evidence files
stored as blobs, and the employer's publication register (rules P1-P3). Petitions live in
conference_tables.Petition, the register of every channel.

Beside tables.py for readability; they share one SQLModel metadata with the other tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel


def _text() -> Column:
    return Column(Text, nullable=False, default="")


class SupervisionPlan(SQLModel, table=True):
    """Kế hoạch kiểm tra, giám sát: what the union will check, how, by whom and when, and the
    notice to the management (rule S2 where it binds)."""

    __tablename__ = "supervision_plan"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    subject: str = Field(max_length=30)  # domain.supervision.Subject
    title: str = Field(max_length=300)
    purpose: str = Field(default="", sa_column=_text())
    scope: str = Field(default="", sa_column=_text())  # departments, period, documents checked
    members: str = Field(default="", sa_column=_text())  # one "name - role" per line
    starts_on: date
    ends_on: date
    notice_sent_on: date | None = None  # notified to the management (S2)
    findings: str = Field(default="", sa_column=_text())  # the findings report's narrative
    findings_on: date | None = None  # the findings report's date; None: not yet reported
    created_by: str = Field(default="", max_length=200)
    created_at: datetime


class SupervisionItem(SQLModel, table=True):
    """One recommendation followed until resolved (the register of items): from a plan's
    findings, a petition, a conference commitment, a dialogue action, an agreement clause or an
    inspection, linked back by (source, source_id)."""

    __tablename__ = "supervision_item"
    __table_args__ = (
        Index("ix_supervision_item_status_due", "status", "due_on"),
        Index("ix_supervision_item_source", "source", "source_id"),
        Index("ix_supervision_item_closed_status", "closed_on", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=20)  # domain.supervision.Source
    source_id: int | None = None  # the linked record of that source
    source_label: str = Field(default="", max_length=500)  # that record's title when linked
    plan_id: int | None = Field(default=None, foreign_key="supervision_plan.id", index=True)
    subject: str = Field(max_length=30)  # domain.supervision.Subject
    title: str = Field(max_length=300)
    description: str = Field(default="", sa_column=_text())  # the finding
    legal_basis: str = Field(default="", max_length=500)
    recommendation: str = Field(default="", sa_column=_text())
    addressee: str = Field(max_length=300)  # on the employer side
    raised_on: date = Field(index=True)
    sent_on: date | None = None
    due_on: date
    due_rule: str = Field(default="S1", max_length=10)  # "" when set by hand
    status: str = Field(default="open", max_length=12)  # domain.supervision.Status
    answer: str = Field(default="", sa_column=_text())  # the employer's answer or refusal
    answered_on: date | None = None
    closed_on: date | None = None  # resolved, rejected or escalated
    published_on: date | None = None  # whether and where the outcome was published
    published_where: str = Field(default="", max_length=300)
    created_by: str = Field(default="", max_length=200)


class ItemUpdate(SQLModel, table=True):
    """One entry of an item's timeline: a step of its life cycle or a note, with evidence."""

    __tablename__ = "item_update"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="supervision_item.id", index=True)
    on: date
    status_from: str = Field(default="", max_length=12)
    status_to: str = Field(default="", max_length=12)  # equal to status_from for a note
    note: str = Field(default="", sa_column=_text())
    by: str = Field(default="", max_length=200)
    created_at: datetime


class Attachment(SQLModel, table=True):
    """An evidence file (photo, scanned letter) of an item update or a publication entry, kept
    in the database. Lists read the other columns; ``data`` is read only to open the file."""

    __table_args__ = (Index("ix_attachment_owner", "owner", "owner_id"),)

    id: int | None = Field(default=None, primary_key=True)
    owner: str = Field(max_length=20)  # "item_update" | "publication"
    owner_id: int
    file_name: str = Field(max_length=255)
    media_type: str = Field(default="application/octet-stream", max_length=100)
    size: int
    sha256: str = Field(max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_on: date
    added_by: str = Field(default="", max_length=200)


class PublicationEntry(SQLModel, table=True):
    """The employer's publication register: what (P1), in which form (P2), where, from when to
    when, and the decision it publishes (P3's start). Planned when ``published_from`` is None."""

    __tablename__ = "publication_entry"

    id: int | None = Field(default=None, primary_key=True)
    matter: str = Field(max_length=30)  # domain.publication.PublishedMatter
    title: str = Field(max_length=300)
    summary: str = Field(default="", sa_column=_text())  # what workers read in the employee view
    form: str = Field(max_length=30)  # domain.publication.PublicationForm
    location: str = Field(default="", max_length=300)
    decided_on: date | None = None
    published_from: date | None = Field(default=None, index=True)
    published_until: date | None = None
    recorded_by: str = Field(default="", max_length=200)
    created_at: datetime
