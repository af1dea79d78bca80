"""What the conference services hand out: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.commitments import Status
from ..domain.conference_plan import DelegateKind, ElectionMethod, OfficerRole, Owner, TaskKind
from ..domain.conference_rules import (
    ConferenceForm,
    FormSuggestion,
    QuorumCheck,
    RuleOutcome,
    VoteResult,
)
from ..domain.conference_stages import Stage
from ..domain.enums import Gender


@dataclass(frozen=True)
class ConferenceSummary:
    id: int
    year: int
    form: ConferenceForm
    stage: Stage
    held_on: date
    place: str


@dataclass(frozen=True)
class PlanInput:
    """The plan fields an organiser edits."""

    held_on: date
    start_time: str = "07:30"
    place: str = ""
    budget: int = 0
    purpose: str = ""
    responsibilities: str = ""
    form: ConferenceForm | None = None  # None: the form rule C2 suggests
    seats: int = 0  # delegate seats (delegate form)


@dataclass(frozen=True)
class ConferenceInfo:
    id: int
    year: int
    form: ConferenceForm
    suggestion: FormSuggestion  # rule C2 on the headcount, with its reason
    stage: Stage
    headcount: int
    seats: int
    held_on: date
    start_time: str
    place: str
    budget: int
    purpose: str
    responsibilities: str
    employer_approved_by: str
    employer_approved_on: date | None
    union_approved_by: str
    union_approved_on: date | None
    invitations_sent_on: date | None
    opened_at: datetime | None
    closed_at: datetime | None
    guests: str
    minutes_opening: str
    minutes_closing: str
    published_form: str
    published_place: str
    published_from: date | None
    published_until: date | None
    published_evidence: str
    due_by: RuleOutcome | None  # rule C5, where the regime binds it
    next_stage: Stage | None
    blockers: tuple[str, ...]  # catalogue strings ("Conference"): what keeps it in its stage
    editable: bool  # minutes and resolution may still change
    correction_open: bool = False  # a corrected resolution is being drafted, not yet issued

    @property
    def plan_approved(self) -> bool:
        return bool(self.employer_approved_on and self.union_approved_on)


@dataclass(frozen=True)
class TaskInfo:
    id: int
    kind: TaskKind
    owner: Owner
    due: date
    done_on: date | None
    note: str
    basis: RuleOutcome


@dataclass(frozen=True)
class SeatInfo:
    department_id: int
    department: str
    headcount: int
    seats: int
    meeting_id: int | None
    elected: int


@dataclass(frozen=True)
class CandidateInput:
    employee_id: int
    votes: int


@dataclass(frozen=True)
class MeetingInput:
    department_id: int
    held_on: date
    present: int
    chair: str = ""
    secretary: str = ""
    method: ElectionMethod = ElectionMethod.SHOW_OF_HANDS
    discussion: str = ""
    petitions: tuple[str, ...] = ()
    candidates: tuple[CandidateInput, ...] = ()


@dataclass(frozen=True)
class CandidateInfo:
    employee_id: int
    name: str
    code: str
    votes: int
    elected: bool
    round: int = 1


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    department_id: int
    department: str
    held_on: date
    workers: int
    present: int
    method: ElectionMethod
    chair: str
    secretary: str
    discussion: str
    seats: int
    candidates: tuple[CandidateInfo, ...]
    petitions: tuple[str, ...]
    election: RuleOutcome | None  # the last round's rule; None for a full conference
    tied: tuple[str, ...]  # names tied for the last seat in the last round
    unfilled: int = 0  # seats still empty: a further round is needed


@dataclass(frozen=True)
class DelegateInfo:
    id: int
    employee_id: int
    name: str
    code: str
    gender: Gender
    department: str
    position: str
    kind: DelegateKind
    invitation_code: str
    checked_in_at: datetime | None
    absence_reason: str


@dataclass(frozen=True)
class PetitionInfo:
    id: int
    raised_on: date
    raised_by: str  # a person, or the department whose meeting raised it
    content: str
    answer: str
    answered_by: str
    answered_on: date | None


@dataclass(frozen=True)
class Attendance:
    summoned: int
    present: int
    quorum: QuorumCheck | None  # None while nobody is summoned


@dataclass(frozen=True)
class OfficerInfo:
    id: int
    role: OfficerRole
    name: str
    title: str


@dataclass(frozen=True)
class AgendaInfo:
    id: int
    position: int
    title: str
    presenter: str
    starts_at: str
    notes: str
    done: bool


@dataclass(frozen=True)
class VoteInfo:
    id: int
    subject: str
    adopts_resolution: bool
    result: VoteResult  # rule C4 with its arithmetic
    recorded_at: datetime


@dataclass(frozen=True)
class ArticleInput:
    title: str
    text: str = ""
    owner: str = ""
    due: date | None = None


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    number: int
    title: str
    text: str
    owner: str
    due: date | None


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    kind: str  # "minutes" or "resolution"
    version: int
    number: str
    issued_on: date
    issued_by: str
    supersedes: str  # the number this version replaces, or ""
    reason: str


@dataclass(frozen=True)
class PublicationInput:
    form: str  # domain.publication.PublicationForm value
    place: str
    published_from: date
    published_until: date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class CommitmentInfo:
    id: int
    conference_year: int
    article_number: int
    title: str
    owner: str
    due: date
    status: Status
    progress: int
    note: str
    updated_on: date | None
    overdue: bool


@dataclass(frozen=True)
class PublishedResolution:
    """A published resolution as the employee view shows it."""

    year: int
    form: ConferenceForm
    number: str
    held_on: date
    place: str
    articles: tuple[ArticleInfo, ...]
    adoption: VoteResult | None
    published_from: date | None
    published_place: str
    supersedes: str
    published_until: date | None = None
    conference_id: int = 0  # its key in the search index (search_index.RESOLUTION)
