"""What the workplace-dialogue services take and hand out (DOMAIN.md "2. Dialogue"; Decree
145/2020 Arts 37-41): frozen values, never ORM rows. Each rule's result (D1-D10) travels with
its explanation (a Clock, a RuleCheck or a quorum) so the screen can say why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ..domain.clocks import Clock, RuleCheck
from ..domain.commitments import Status
from ..domain.dialogue_rules import (
    DialogueKind,
    DialogueQuorum,
    IncidentTrigger,
    Organisation,
    Side,
    WorkerSideBand,
)
from ..domain.dialogue_stages import DialogueStage
from ..domain.publication import PublicationForm

# Representative lists (rules D2-D5, Decree 145/2020 Art 38) ---------------------------------


@dataclass(frozen=True)
class RepresentativeInput:
    """A member to add to one side's list. With ``employee_id`` the name, position,
    department and gender come from the roster; without it they are typed in."""

    side: Side
    organisation: Organisation
    joined_on: date
    employee_id: int | None = None
    full_name: str = ""
    position: str = ""
    department: str = ""
    gender: str = ""  # domain.enums.Gender value, or "" when unknown
    is_legal_representative: bool = False  # employer side only (rule D2)


@dataclass(frozen=True)
class RepresentativeInfo:
    id: int
    list_id: int
    side: Side
    organisation: Organisation
    employee_id: int | None
    full_name: str
    position: str
    department: str
    gender: str
    is_legal_representative: bool
    joined_on: date
    left_on: date | None
    left_reason: str

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class ListInfo:
    """One determination of both sides' lists with the rules judged on its current members."""

    id: int
    determined_on: date
    headcount: int  # active workers when the list was determined
    published_on: date | None
    published_form: PublicationForm | None
    published_place: str
    note: str
    members: tuple[RepresentativeInfo, ...]  # everyone ever listed, employer side first
    employer_check: RuleCheck  # D2 (Art 38.1)
    worker_check: RuleCheck  # D3 (Art 38.2.a)
    band: WorkerSideBand  # D3: the band for the headcount
    # D4 (Art 38.2.b): seats per worker organisation in proportion to membership, when more
    # than one organisation sits on the worker side and the roster knows their membership.
    expected_split: tuple[tuple[Organisation, int], ...] | None
    renewal: Clock  # D5 (Art 38.3)

    @property
    def current(self) -> tuple[RepresentativeInfo, ...]:
        return tuple(m for m in self.members if m.active)

    def side(self, side: Side) -> tuple[RepresentativeInfo, ...]:
        return tuple(m for m in self.current if m.side is side)


# Dialogues (rules D1, D6-D11, Decree 145/2020 Arts 39-41) ------------------------------------


@dataclass(frozen=True)
class DialogueInput:
    """A periodic dialogue (D1) or one on an incident (D11: ``trigger`` required)."""

    kind: DialogueKind
    title: str
    scheduled_on: date
    start_time: str = "08:00"
    place: str = ""
    trigger: IncidentTrigger | None = None
    list_id: int | None = None  # None: the current list


@dataclass(frozen=True)
class RequestInput:
    """A written request for dialogue (D10, Art 40.1): from the worker side backed by worker
    representatives, or from the employer side approved by the legal representative."""

    requested_by: Side
    title: str
    received_on: date
    content: str
    supporters: tuple[int, ...] = ()  # worker representative ids (worker side)
    approved_by_legal_representative: bool = False  # employer side (Art 40.1.a)
    list_id: int | None = None  # None: the current list


@dataclass(frozen=True)
class AttendanceInput:
    """Who came (Art 39.4). ``present``: representative ids of either side; the worker side's
    count decides the quorum (D7)."""

    held_on: date
    present: tuple[int, ...]
    employer_representative_present: bool  # the legal representative
    authorised_person: str = ""  # instead of the legal representative, with an authorisation
    authorisation: str = ""
    chair: str = ""
    note_taker: str = ""
    invited: str = ""
    female_representative_present: bool = False


@dataclass(frozen=True)
class ItemInput:
    title: str
    employer_position: str = ""
    worker_position: str = ""
    agreed: str = ""
    disagreed: str = ""


@dataclass(frozen=True)
class ActionInput:
    text: str
    owner: str
    due: date
    item_id: int | None = None


@dataclass(frozen=True)
class NoticeInput:
    """The notice of the main points (D9, Art 39.5)."""

    summary: str
    form: PublicationForm
    place: str
    day: date
    until: date | None = None
    by: str = ""


@dataclass(frozen=True)
class DialogueSummary:
    id: int
    kind: DialogueKind
    trigger: IncidentTrigger | None
    title: str
    stage: DialogueStage
    scheduled_on: date
    held_on: date | None
    minutes_number: str
    list_id: int


@dataclass(frozen=True)
class AttendanceRow:
    representative_id: int
    side: Side
    organisation: Organisation
    full_name: str
    position: str
    gender: str
    present: bool


@dataclass(frozen=True)
class ItemInfo:
    id: int
    position: int
    title: str
    employer_position: str
    worker_position: str
    agreed: str
    disagreed: str


@dataclass(frozen=True)
class ActionInfo:
    id: int
    dialogue_id: int
    item_id: int | None
    text: str
    owner: str
    due: date
    status: Status
    progress: int
    note: str
    updated_on: date | None
    overdue: bool  # open and past due on the day asked


class Signatory(NamedTuple):
    """A signer of the minutes (D8): whom they sign for, their name and title."""

    organisation: Organisation
    name: str
    title: str


@dataclass(frozen=True)
class DialogueInfo:
    # The row
    id: int
    kind: DialogueKind
    trigger: IncidentTrigger | None
    title: str
    list_id: int
    stage: DialogueStage
    requested_by: Side | None
    request_received_on: date | None
    request_content: str
    reply_sent_on: date | None
    reply_text: str
    scheduled_on: date
    start_time: str
    place: str
    employer_agenda: str
    employer_agenda_sent_on: date | None
    worker_agenda: str
    worker_agenda_sent_on: date | None
    held_on: date | None
    end_time: str
    employer_representative_present: bool
    authorised_person: str
    authorisation: str
    chair: str
    note_taker: str
    invited: str
    female_representative_present: bool
    minutes_number: str
    finalized_on: date | None
    notice_summary: str
    notice_published_on: date | None
    notice_form: PublicationForm | None
    notice_place: str
    notice_until: date | None
    notice_by: str
    # What the rules say
    reply_due: Clock | None  # D10 (Art 40.2), a dialogue on request
    reply_on_time: bool | None  # None: no reply yet
    supporters: tuple[int, ...]  # D10: worker representatives backing a worker-side request
    support: RuleCheck | None  # D10 (Art 40.1.b), a worker-side request
    agenda_due: Clock | None  # D6 (Art 39.3), a periodic dialogue
    employer_agenda_on_time: bool | None  # None: not sent (or no D6 clock)
    worker_agenda_on_time: bool | None
    attendance: tuple[AttendanceRow, ...]  # every listed member, once attendance is recorded
    quorum: DialogueQuorum | None  # D7 (Art 39.4)
    items: tuple[ItemInfo, ...]
    actions: tuple[ActionInfo, ...]
    signatories: tuple[Signatory, ...]  # D8 (Art 39.4), once held
    substantive: bool  # False: the minutes record nothing of substance (warning)
    notice_due: Clock | None  # D9 (Arts 39.5, 40.4, 41.1.e), once held
    notice_on_time: bool | None  # None: no notice yet


@dataclass(frozen=True)
class PublishedNotice:
    """What the employee view shows of a dialogue: its published main points."""

    title: str
    kind: DialogueKind
    held_on: date
    summary: str
    published_on: date
    until: date | None
    place: str
    dialogue_id: int = 0  # its key in the search index (search_index.DIALOGUE_NOTICE)
