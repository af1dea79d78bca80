"""The workers' conference tables (DOMAIN.md "1. Workers' conference"): one conference per
year with its plan, checklist, seats, department meetings, delegates, petitions, officers,
agenda, votes, resolution articles, commitments and issued documents.

Kept beside tables.py (the core tables) so each module stays readable; both share one
SQLModel metadata, which Alembic compares against the revisions.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _text() -> Column:
    return Column(Text, nullable=False, default="")


def _wall_clock(nullable: bool = True) -> Column:
    """A local wall-clock time of the event (check-in at 07:40 on the day), stored naive."""
    return Column(DateTime(), nullable=nullable)


class Conference(SQLModel, table=True):
    """One workers' conference (hội nghị người lao động), its plan and its stage."""

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    form: str = Field(max_length=10)  # domain.conference_rules.ConferenceForm
    stage: str = Field(max_length=20)  # domain.conference_stages.Stage
    headcount: int  # active workers when the plan was made (rule C2)
    seats: int = 0  # delegate seats to allocate (delegate form)
    held_on: date
    start_time: str = Field(default="07:30", max_length=5)
    place: str = Field(default="", max_length=300)
    budget: int = 0  # VND
    purpose: str = Field(default="", sa_column=_text())
    responsibilities: str = Field(default="", sa_column=_text())
    employer_approved_by: str = Field(default="", max_length=200)
    employer_approved_on: date | None = None
    union_approved_by: str = Field(default="", max_length=200)
    union_approved_on: date | None = None
    invitations_sent_on: date | None = None
    opened_at: datetime | None = Field(default=None, sa_column=_wall_clock())
    closed_at: datetime | None = Field(default=None, sa_column=_wall_clock())
    guests: str = Field(default="", sa_column=_text())
    minutes_opening: str = Field(default="", sa_column=_text())
    minutes_closing: str = Field(default="", sa_column=_text())
    published_form: str = Field(default="", max_length=40)  # P2 form
    published_place: str = Field(default="", max_length=300)
    published_from: date | None = None
    published_until: date | None = None
    published_evidence: str = Field(default="", sa_column=_text())
    created_at: datetime


class ConferenceTask(SQLModel, table=True):
    """A preparation checklist item, dated back from the conference day."""

    __tablename__ = "conference_task"

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    kind: str = Field(max_length=30)  # domain.conference_plan.TaskKind
    owner: str = Field(max_length=20)  # domain.conference_plan.Owner
    due: date
    done_on: date | None = None
    note: str = Field(default="", max_length=500)


class ConferenceSeat(SQLModel, table=True):
    """The seats a department elects, allocated by headcount (largest remainder)."""

    __tablename__ = "conference_seat"
    __table_args__ = (UniqueConstraint("conference_id", "department_id"),)

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    department_id: int = Field(foreign_key="department.id")
    headcount: int
    seats: int


class DepartmentMeeting(SQLModel, table=True):
    """A department (team) meeting before the conference: discussion, petitions, election."""

    __tablename__ = "department_meeting"
    __table_args__ = (UniqueConstraint("conference_id", "department_id"),)

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    department_id: int = Field(foreign_key="department.id")
    held_on: date
    workers: int  # the department's workers summoned
    present: int
    method: str = Field(default="show_of_hands", max_length=20)
    chair: str = Field(default="", max_length=200)
    secretary: str = Field(default="", max_length=200)
    discussion: str = Field(default="", sa_column=_text())


class DelegateCandidate(SQLModel, table=True):
    __tablename__ = "delegate_candidate"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="department_meeting.id", index=True)
    employee_id: int = Field(foreign_key="employee.id")
    round: int = 1  # a further round elects the seats a tie or a split vote left empty
    present: int  # those present when this round was voted
    votes: int
    elected: bool = False  # decided by domain.conference_plan.decide_election


class Delegate(SQLModel, table=True):
    """Someone summoned to the conference: ex officio, elected, or every worker (full form)."""

    __table_args__ = (UniqueConstraint("conference_id", "employee_id"),
                      Index("ix_delegate_conference_checked", "conference_id", "checked_in_at"))

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id")
    employee_id: int = Field(foreign_key="employee.id")
    kind: str = Field(max_length=12)  # domain.conference_plan.DelegateKind
    invitation_code: str = Field(max_length=20, unique=True)
    checked_in_at: datetime | None = Field(default=None, sa_column=_wall_clock())
    absence_reason: str = Field(default="", max_length=300)


class Petition(SQLModel, table=True):
    """A workers' petition (kiến nghị, phản ánh) in the one register of every channel
    (DOMAIN.md workflow 4): those raised for the conference or at a department meeting, filed at
    the employee view, or received by an officer. The petitioner's name and employee are
    known to the union officers alone when ``anonymous`` (rule S3)."""

    # The dashboard: what awaits an answer by due date, and what closed month by month.
    __table_args__ = (Index("ix_petition_status_due", "status", "due_on"),
                      Index("ix_petition_closed_status", "closed_on", "status"))

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int | None = Field(default=None, foreign_key="conference.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="department_meeting.id")
    dialogue_id: int | None = Field(default=None, foreign_key="dialogue.id")
    channel: str = Field(max_length=20)  # domain.petitions.Channel
    raised_on: date = Field(index=True)
    raised_by: str = Field(default="", max_length=300)  # a person, a team or a department
    employee_id: int | None = Field(default=None, foreign_key="employee.id")
    anonymous: bool = False
    category: str = Field(default="other", max_length=20)  # domain.petitions.Category
    subject: str = Field(default="", max_length=300)  # short title for lists and the register
    content: str = Field(sa_column=Column(Text, nullable=False))
    addressee: str = Field(default="", max_length=300)  # who answers on the employer side
    status: str = Field(default="open", max_length=12)  # domain.supervision.Status
    routed_on: date | None = None  # sent to the addressee
    due_on: date | None = None
    due_rule: str = Field(default="", max_length=10)  # "" custom, "petition" the regulation's
    answer: str = Field(default="", sa_column=_text())
    answered_by: str = Field(default="", max_length=200)
    answered_on: date | None = None
    closed_on: date | None = None
    closing_note: str = Field(default="", sa_column=_text())  # resolution or escalation
    # The union decides whether and where the answer is published (employee view and beyond).
    published_on: date | None = None
    published_where: str = Field(default="", max_length=300)


class ConferenceOfficer(SQLModel, table=True):
    """Presidium member (one of them chairs), secretary or vote-counting board member."""

    __tablename__ = "conference_officer"

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    role: str = Field(max_length=12)  # domain.conference_plan.OfficerRole
    name: str = Field(max_length=200)
    title: str = Field(default="", max_length=200)
    position: int = 0


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    position: int
    title: str = Field(max_length=500)
    presenter: str = Field(default="", max_length=200)
    starts_at: str = Field(default="", max_length=5)
    notes: str = Field(default="", sa_column=_text())  # the minutes of this item
    done: bool = False


class ConferenceVote(SQLModel, table=True):
    """A vote of the conference; passed is decided by rule C4 from the counts."""

    __tablename__ = "conference_vote"

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    subject: str = Field(max_length=500)
    adopts_resolution: bool = False
    in_favour: int
    against: int
    abstained: int
    present: int
    threshold_percent: int
    passed: bool
    recorded_at: datetime = Field(sa_column=_wall_clock(nullable=False))


class ConferenceDocument(SQLModel, table=True):
    """An issued minutes or resolution: its number and, for a correction, what it replaces.

    Once a row exists its version is final; a correction is a new row (new number) whose
    ``supersedes_id`` points at the old one."""

    __tablename__ = "conference_document"
    __table_args__ = (UniqueConstraint("conference_id", "kind", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    kind: str = Field(max_length=12)  # "minutes" or "resolution"
    version: int
    number: str = Field(max_length=60)
    issued_on: date
    issued_by: str = Field(max_length=200)
    supersedes_id: int | None = Field(default=None, foreign_key="conference_document.id")
    reason: str = Field(default="", sa_column=_text())


class ResolutionArticle(SQLModel, table=True):
    """A numbered article of the resolution; ``version`` matches its ConferenceDocument."""

    __tablename__ = "resolution_article"
    __table_args__ = (UniqueConstraint("conference_id", "version", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    version: int = 1
    number: int
    title: str = Field(max_length=500)
    text: str = Field(default="", sa_column=_text())
    # A commitment someone must carry out: tracked once the resolution is adopted.
    owner: str = Field(default="", max_length=200)
    due: date | None = None


class Commitment(SQLModel, table=True):
    """A resolution article that commits someone, followed until done (rule C7 reviews)."""

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    article_id: int = Field(foreign_key="resolution_article.id", unique=True)
    owner: str = Field(max_length=200)
    due: date
    status: str = Field(default="not_started", max_length=12)  # domain.commitments.Status
    progress: int = 0  # percent
    updated_on: date | None = None
    note: str = Field(default="", sa_column=_text())


class CommitmentUpdate(SQLModel, table=True):
    __tablename__ = "commitment_update"

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True)
    day: date
    status: str = Field(max_length=12)
    progress: int
    note: str = Field(default="", sa_column=_text())
    by: str = Field(max_length=200)
