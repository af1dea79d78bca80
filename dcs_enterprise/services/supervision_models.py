"""What the petition, supervision and publication-register services take and hand out
(DOMAIN.md workflow 4): frozen values, never ORM rows. A petitioner's identity travels only to
those who may see it (rule S3): ``petitioner`` is empty and ``identity_hidden`` true otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.conference_rules import RuleOutcome
from ..domain.petitions import Category, Channel
from ..domain.publication import PublicationForm, PublishedMatter, TimingCheck
from ..domain.supervision import Source, Status, Subject


@dataclass(frozen=True)
class FileInput:
    """An evidence file as the user picked it."""

    file_name: str
    data: bytes
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    media_type: str
    size: int
    added_on: date
    added_by: str


# Petitions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PetitionInput:
    """A petition filed at the employee view or recorded by an officer. ``raised_by`` is a
    person, a team or a department; it may stay empty for an anonymous one."""

    content: str
    category: Category
    channel: Channel
    raised_on: date
    subject: str = ""
    anonymous: bool = False
    raised_by: str = ""
    employee_id: int | None = None


@dataclass(frozen=True)
class PetitionReceipt:
    """What the worker at the shared PC is told after filing: the number to ask about."""

    id: int
    raised_on: date
    due_on: date


@dataclass(frozen=True)
class PetitionRow:
    id: int
    raised_on: date
    channel: Channel
    category: Category
    subject: str
    petitioner: str  # "" when anonymous to this reader (S3) or not given
    anonymous: bool
    identity_hidden: bool  # True: the reader may not know who filed it
    addressee: str
    status: Status
    due_on: date | None
    overdue: bool
    answered_on: date | None
    published_on: date | None


@dataclass(frozen=True)
class PetitionDetail:
    row: PetitionRow
    content: str
    answer: str
    answered_by: str
    closing_note: str
    closed_on: date | None
    published_where: str
    due_why: RuleOutcome | None  # how the due date was counted; None when set by hand
    items: tuple[ItemRow, ...]  # supervision items raised from this petition
    routed_on: date | None = None  # sent to the addressee


@dataclass(frozen=True)
class PublishedPetition:
    """An answered petition the union published: never who filed it."""

    id: int
    published_on: date
    published_where: str
    category: Category
    subject: str
    content: str
    answer: str
    answered_on: date | None
    status: Status


# Supervision plans and items ----------------------------------------------------------------


@dataclass(frozen=True)
class PlanInput:
    subject: Subject
    title: str
    starts_on: date
    ends_on: date
    purpose: str = ""
    scope: str = ""
    members: str = ""  # one "name - role" per line


@dataclass(frozen=True)
class PlanRow:
    id: int
    year: int
    subject: Subject
    title: str
    starts_on: date
    ends_on: date
    notice_sent_on: date | None
    findings_on: date | None
    items: int
    open_items: int


@dataclass(frozen=True)
class PlanDetail:
    row: PlanRow
    purpose: str
    scope: str
    members: str
    findings: str
    notice_due: RuleOutcome  # S2: the latest notice day, counted
    notice_due_on: date
    notice_check: RuleOutcome | None  # S2 applied (SOE, opt-in); None where it does not bind
    notice_ok: bool | None
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class ItemInput:
    """A recommendation to follow. ``due_on`` None: rule S1 from the day it is raised (and
    again from the day it is sent, the employer's receipt)."""

    source: Source
    subject: Subject
    title: str
    addressee: str
    raised_on: date
    recommendation: str = ""
    description: str = ""
    legal_basis: str = ""
    due_on: date | None = None
    source_id: int | None = None  # the petition, commitment, dialogue action or clause
    plan_id: int | None = None  # the supervision plan whose findings raised it


@dataclass(frozen=True)
class SourceOption:
    """A record an item may link back to."""

    source: Source
    id: int
    label: str


@dataclass(frozen=True)
class ItemRow:
    id: int
    source: Source
    source_label: str
    subject: Subject
    title: str
    addressee: str
    raised_on: date
    due_on: date
    status: Status
    overdue: bool
    plan_id: int | None


@dataclass(frozen=True)
class UpdateInfo:
    id: int
    on: date
    status_from: Status
    status_to: Status  # equal to status_from for a note
    note: str
    by: str
    attachments: tuple[AttachmentInfo, ...]


@dataclass(frozen=True)
class ItemDetail:
    row: ItemRow
    source_id: int | None
    description: str
    legal_basis: str
    recommendation: str
    sent_on: date | None
    answer: str
    answered_on: date | None
    closed_on: date | None
    published_on: date | None
    published_where: str
    due_why: RuleOutcome | None  # S1 counted; None when set by hand
    timeline: tuple[UpdateInfo, ...]  # oldest first


@dataclass(frozen=True)
class PublishedItem:
    """The outcome of an item the union published (for the employee view): nothing of who
    raised what, nor the employer-side addressee; ``source_label`` is "" for a petition."""

    id: int
    published_on: date
    published_where: str
    subject: Subject
    title: str
    recommendation: str
    answer: str
    answered_on: date | None
    status: Status
    source: Source
    source_label: str


# The publication register (rules P1-P3) -----------------------------------------------------


@dataclass(frozen=True)
class EntryInput:
    matter: PublishedMatter
    title: str
    form: PublicationForm
    location: str = ""
    summary: str = ""
    decided_on: date | None = None
    published_from: date | None = None  # None: decided, not yet published
    published_until: date | None = None


@dataclass(frozen=True)
class EntryRow:
    id: int
    matter: PublishedMatter
    title: str
    form: PublicationForm
    location: str
    decided_on: date | None
    published_from: date | None
    published_until: date | None
    timing: TimingCheck | None  # P3 where the regime binds it and the dates allow it
    attachments: int


@dataclass(frozen=True)
class EntryDetail:
    row: EntryRow
    summary: str
    recorded_by: str
    attachments: tuple[AttachmentInfo, ...]


# The dashboard's counts and charts ----------------------------------------------------------


@dataclass(frozen=True)
class MonthCount:
    month: date  # its first day
    opened: int  # petitions received and items raised that month
    resolved: int  # petitions and items closed (resolved or rejected) that month


@dataclass(frozen=True)
class AddresseeCount:
    addressee: str
    overdue: int


@dataclass(frozen=True)
class DashboardStats:
    petitions: dict[Status, int]  # every status present, zeros included
    items: dict[Status, int]
    overdue_petitions: int
    overdue_items: int
    months: tuple[MonthCount, ...]  # the last 12 months, oldest first, this month last
    overdue_by_addressee: tuple[AddresseeCount, ...]  # most overdue first
