"""The data of each workplace-dialogue paper (DOMAIN.md "Documents the program prints";
legal-vn.md §8 items 2-6; Decree 145/2020 Arts 38-41), as plain values for reports/ to lay out
in the Decree 30 frame.

Enums stay enums here; the renderers print their Vietnamese names. Times are "HH:MM" strings.
What a rule decides (the D3 band, the D5 renewal date, the D7 quorum, the D9 and D10 deadlines,
the D2 and D10 checks) is filled in by the caller from domain.dialogue_rules, so a paper prints
exactly what the screen explained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dialogue_rules import DialogueKind, IncidentTrigger, Organisation, Side
from .enums import Gender
from .publication import PublicationForm


@dataclass(frozen=True)
class DialogueParties:
    """The enterprise and the worker representative organisations that take part (Decree 145
    Art 37.1). An empty name: the enterprise has no such organisation."""

    enterprise_name: str
    union_name: str = ""  # công đoàn cơ sở
    other_organisation_name: str = ""  # tổ chức của người lao động tại doanh nghiệp
    group_name: str = ""  # nhóm đại diện đối thoại của người lao động


@dataclass(frozen=True)
class DialogueHeader:
    """What every paper of one dialogue names. ``held_on`` None: not yet fixed."""

    parties: DialogueParties
    kind: DialogueKind
    held_on: date | None
    start_time: str
    place: str
    trigger: IncidentTrigger | None = None  # the incident (kind INCIDENT)
    requested_by: Side | None = None  # the requesting side (kind REQUEST)
    subject: str = ""  # short subject, e.g. "Tiền lương, thưởng năm 2027"


@dataclass(frozen=True)
class RepresentativeLine:
    """One member of a side's list (Decree 145 Art 38)."""

    organisation: Organisation  # EMPLOYER for the employer side
    name: str
    code: str  # employee code
    position: str
    department: str
    gender: Gender
    legal_representative: bool = False  # the employer's legal representative
    joined_on: date | None = None  # set when the member joined after the determination

    @property
    def side(self) -> Side:
        return Side.EMPLOYER if self.organisation is Organisation.EMPLOYER else Side.WORKER


@dataclass(frozen=True)
class ReplacementLine:
    """A member replaced between determinations (Art 38.3), published like the list."""

    organisation: Organisation
    left_name: str
    joined_name: str
    replaced_on: date
    reason: str


@dataclass(frozen=True)
class RepresentativeListData:
    """Danh sách thành viên đại diện đối thoại tại nơi làm việc (both sides), for the notice
    board. ``members`` in print order (employer side first, then each worker organisation)."""

    parties: DialogueParties
    determined_on: date
    renewal_due: date  # D5: dialogue_rules.renewal_due(...).due
    headcount: int  # workers when the list was determined
    worker_minimum: int  # D3: worker_side_band(headcount).minimum
    worker_maximum: int | None  # ... .maximum (None: no upper figure)
    employer_side_ok: bool  # D2: check_employer_side(...).ok
    worker_side_ok: bool  # D3: check_worker_side(...).ok
    members: tuple[RepresentativeLine, ...]
    replacements: tuple[ReplacementLine, ...] = ()
    published_on: date | None = None
    published_form: PublicationForm | None = None
    published_place: str = ""


@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str
    organisation: Organisation | None = None


@dataclass(frozen=True)
class DialogueRequestData:
    """Văn bản đề nghị đối thoại (Decree 145 Art 40.1-40.2) from either side; for an incident
    (Art 41.1) the employer's letter sending the documents and asking for the dialogue."""

    header: DialogueHeader  # requested_by set; held_on/start_time/place: what is proposed
    addressee: str  # "Kính gửi": e.g. "Giám đốc Công ty TNHH ..."
    sent_on: date
    items: tuple[str, ...]  # content proposed for the dialogue
    reasons: str = ""
    listed: int = 0  # worker representatives on the list (worker-side request)
    supporters: tuple[PersonLine, ...] = ()  # worker representatives backing it (D10)
    support_ok: bool = False  # D10: check_request_support(len(supporters), listed).ok
    approved_by: PersonLine | None = None  # employer request: the legal representative
    reply_due: date | None = None  # D10: reply_due(received_on, calendar).due
    documents: tuple[str, ...] = ()  # papers sent with it (incident: the draft rules, plan ...)


@dataclass(frozen=True)
class DialogueReplyData:
    """Văn bản trả lời đề nghị đối thoại (Art 40.2): the agreed time and place are in the
    header (held_on, start_time, place)."""

    header: DialogueHeader  # requested_by: the side that asked
    addressee: str
    request_reference: str  # e.g. "Văn bản số 05/CĐCS ngày 02/3/2027"; "" when none
    requested_on: date
    received_on: date
    reply_due: date  # D10
    replied_on: date
    participants: str = ""  # who attends, e.g. "thành viên đại diện đối thoại của hai bên"
    note: str = ""  # preparation, documents to bring


@dataclass(frozen=True)
class AttendanceLine:
    """One listed representative at the dialogue (Art 39.4)."""

    organisation: Organisation
    name: str
    position: str
    present: bool
    absence_reason: str = ""
    gender: Gender | None = None

    @property
    def side(self) -> Side:
        return Side.EMPLOYER if self.organisation is Organisation.EMPLOYER else Side.WORKER


@dataclass(frozen=True)
class ActionLine:
    text: str
    owner: str
    due: date | None = None


@dataclass(frozen=True)
class DialogueItem:
    """One agenda item: each side's position, what was agreed and what was not."""

    title: str
    employer_position: str
    worker_position: str
    agreed: str
    disagreed: str
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True)
class Signatory:
    """A statutory signer of the minutes (rule D8): ``organisation`` names whom they sign for;
    ``position`` is their own title (e.g. "Giám đốc", "Chủ tịch Công đoàn cơ sở")."""

    organisation: Organisation
    name: str
    position: str
    authorised: bool = False  # the employer's authorised person, not the legal representative


@dataclass(frozen=True)
class DialogueMinutesData:
    """Biên bản đối thoại tại nơi làm việc (Art 39.4, 40.3, 41.1.đ)."""

    header: DialogueHeader
    ended_at: str  # "HH:MM"
    attendance: tuple[AttendanceLine, ...]  # every listed member, both sides
    employer_representative: PersonLine  # the legal representative or the authorised person
    employer_representative_present: bool
    quorum_required: int  # D7: check_dialogue_quorum(...).required
    quorum_met: bool  # D7: ... .met
    chair: PersonLine
    note_taker: PersonLine
    items: tuple[DialogueItem, ...]
    signatories: tuple[Signatory, ...]  # D8 order: minutes_signatories(...)
    authorisation: str = ""  # "Giấy ủy quyền số 12/GUQ-CT ngày 10/3/2027" when authorised
    invited: str = ""  # workers invited (Art 38.4)
    female_representative: PersonLine | None = None  # Art 38.4, LC Art 136.2
    requested_on: date | None = None  # kind REQUEST: the request's date
    opening: str = ""
    closing: str = ""
    note_taker_signs: bool = True


@dataclass(frozen=True)
class DialogueNoticeData:
    """Thông báo nội dung chính của cuộc đối thoại (Arts 39.5, 40.4, 41.1.e)."""

    header: DialogueHeader
    ended_on: date
    summary: str
    items: tuple[DialogueItem, ...]
    published_on: date
    publish_due: date  # D9: notice_due(ended_on, calendar).due
    form: PublicationForm
    place: str
    posted_by: PersonLine
    published_until: date | None = None
