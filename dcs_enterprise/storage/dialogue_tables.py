"""The workplace dialogue tables (DOMAIN.md "2. Dialogue"; Decree 145/2020 Arts 37-41): the
representative lists of both sides, and each dialogue with its request, attendance, agenda
items, actions and the notice of its main points.

Beside tables.py for readability; they share one SQLModel metadata with the other tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _text() -> Column:
    return Column(Text, nullable=False, default="")


class DialogueList(SQLModel, table=True):
    """One determination of both sides' dialogue representatives (rule D5, Art 38.3)."""

    __tablename__ = "dialogue_list"

    id: int | None = Field(default=None, primary_key=True)
    determined_on: date = Field(index=True)
    headcount: int  # workers when the list was determined (rule D3)
    published_on: date | None = None
    published_form: str = Field(default="", max_length=40)  # domain.publication.PublicationForm
    published_place: str = Field(default="", max_length=300)
    note: str = Field(default="", sa_column=_text())
    created_at: datetime


class DialogueRepresentative(SQLModel, table=True):
    """A member of one side's list; a replacement ends one membership and starts another."""

    __tablename__ = "dialogue_representative"

    id: int | None = Field(default=None, primary_key=True)
    list_id: int = Field(foreign_key="dialogue_list.id", index=True)
    side: str = Field(max_length=10)  # domain.dialogue_rules.Side
    organisation: str = Field(max_length=20)  # domain.dialogue_rules.Organisation
    employee_id: int | None = Field(default=None, foreign_key="employee.id")
    full_name: str = Field(max_length=200)
    position: str = Field(default="", max_length=200)
    department: str = Field(default="", max_length=200)
    gender: str = Field(default="", max_length=10)
    is_legal_representative: bool = False
    joined_on: date
    left_on: date | None = None
    left_reason: str = Field(default="", max_length=300)


class Dialogue(SQLModel, table=True):
    """One dialogue: periodic (D1), on request (D10) or on an incident (D11)."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)  # domain.dialogue_rules.DialogueKind
    trigger: str = Field(default="", max_length=10)  # domain.dialogue_rules.IncidentTrigger
    title: str = Field(max_length=300)
    list_id: int = Field(foreign_key="dialogue_list.id")
    stage: str = Field(max_length=12)  # domain.dialogue_stages.DialogueStage
    requested_by: str = Field(default="", max_length=10)  # Side, for a dialogue on request
    request_received_on: date | None = None
    request_content: str = Field(default="", sa_column=_text())
    reply_sent_on: date | None = None
    reply_text: str = Field(default="", sa_column=_text())
    scheduled_on: date = Field(index=True)
    start_time: str = Field(default="08:00", max_length=5)
    place: str = Field(default="", max_length=300)
    employer_agenda: str = Field(default="", sa_column=_text())
    employer_agenda_sent_on: date | None = None
    worker_agenda: str = Field(default="", sa_column=_text())
    worker_agenda_sent_on: date | None = None
    held_on: date | None = None
    end_time: str = Field(default="", max_length=5)
    employer_representative_present: bool = False
    authorised_person: str = Field(default="", max_length=200)
    authorisation: str = Field(default="", max_length=300)
    chair: str = Field(default="", max_length=200)
    note_taker: str = Field(default="", max_length=200)
    invited: str = Field(default="", sa_column=_text())
    female_representative_present: bool = False
    minutes_number: str = Field(default="", max_length=60)
    finalized_on: date | None = None
    notice_summary: str = Field(default="", sa_column=_text())
    notice_published_on: date | None = None
    notice_form: str = Field(default="", max_length=40)
    notice_place: str = Field(default="", max_length=300)
    notice_until: date | None = None
    notice_by: str = Field(default="", max_length=200)
    created_at: datetime


class DialogueSupporter(SQLModel, table=True):
    """A worker representative who backs a worker-side request (rule D10)."""

    __tablename__ = "dialogue_supporter"
    __table_args__ = (UniqueConstraint("dialogue_id", "representative_id"),)

    id: int | None = Field(default=None, primary_key=True)
    dialogue_id: int = Field(foreign_key="dialogue.id", index=True)
    representative_id: int = Field(foreign_key="dialogue_representative.id")


class DialogueAttendance(SQLModel, table=True):
    __tablename__ = "dialogue_attendance"
    __table_args__ = (UniqueConstraint("dialogue_id", "representative_id"),)

    id: int | None = Field(default=None, primary_key=True)
    dialogue_id: int = Field(foreign_key="dialogue.id", index=True)
    representative_id: int = Field(foreign_key="dialogue_representative.id")
    present: bool = False


class DialogueItem(SQLModel, table=True):
    """An agenda item with each side's position and what was and was not agreed."""

    __tablename__ = "dialogue_item"

    id: int | None = Field(default=None, primary_key=True)
    dialogue_id: int = Field(foreign_key="dialogue.id", index=True)
    position: int
    title: str = Field(max_length=300)
    employer_position: str = Field(default="", sa_column=_text())
    worker_position: str = Field(default="", sa_column=_text())
    agreed: str = Field(default="", sa_column=_text())
    disagreed: str = Field(default="", sa_column=_text())


class DialogueAction(SQLModel, table=True):
    """An action agreed in a dialogue, followed like a resolution's commitment."""

    __tablename__ = "dialogue_action"

    id: int | None = Field(default=None, primary_key=True)
    dialogue_id: int = Field(foreign_key="dialogue.id", index=True)
    item_id: int | None = Field(default=None, foreign_key="dialogue_item.id")
    text: str = Field(sa_column=_text())
    owner: str = Field(max_length=200)
    due: date
    status: str = Field(default="not_started", max_length=12)  # domain.commitments.Status
    progress: int = 0
    note: str = Field(default="", sa_column=_text())
    updated_on: date | None = None
