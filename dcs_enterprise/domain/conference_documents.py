"""The data of each workers' conference paper (DOMAIN.md "Documents the program prints";
legal-vn.md §8 items 7-16), as plain values for reports/ to lay out in the Decree 30 frame.

Enums stay enums here; the renderers print their Vietnamese names. Times are "HH:MM" strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .commitments import Status
from .conference_plan import DelegateKind, ElectionMethod, Owner, TaskKind
from .conference_rules import ConferenceForm
from .enums import Gender


@dataclass(frozen=True)
class ConferenceHeader:
    """What every paper of one conference names."""

    enterprise_name: str
    union_name: str
    year: int
    form: ConferenceForm
    held_on: date
    start_time: str
    place: str


@dataclass(frozen=True)
class SeatLine:
    department: str
    headcount: int
    seats: int


@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str


@dataclass(frozen=True)
class TaskLine:
    kind: TaskKind
    owner: Owner
    due: date
    done_on: date | None = None


@dataclass(frozen=True)
class AgendaLine:
    starts_at: str
    title: str
    presenter: str


@dataclass(frozen=True)
class ConferencePlanData:
    """Kế hoạch (liên tịch) tổ chức Hội nghị người lao động."""

    header: ConferenceHeader
    headcount: int
    form_basis: str  # Vietnamese sentence: why this form (rule C2)
    purpose: str
    budget: int  # VND
    responsibilities: str
    seats: tuple[SeatLine, ...]  # empty for a full conference
    ex_officio: tuple[PersonLine, ...]
    tasks: tuple[TaskLine, ...]
    agenda: tuple[AgendaLine, ...]


@dataclass(frozen=True)
class Invitee:
    name: str
    code: str  # employee code
    department: str
    invitation_code: str  # printed as a scannable barcode
    gender: Gender | None = None  # "Ông" or "Bà"; unknown: "Ông/Bà"


@dataclass(frozen=True)
class InvitationData:
    """Giấy mời (Mẫu 1.7): one page per invitee, or one for all when ``invitees`` is empty."""

    header: ConferenceHeader
    chair: str  # who presides, e.g. "Giám đốc Công ty và Chủ tịch Công đoàn cơ sở"
    invitees: tuple[Invitee, ...]
    notes: str = ""


@dataclass(frozen=True)
class DelegateLine:
    name: str
    code: str
    gender: Gender
    department: str
    position: str
    kind: DelegateKind
    checked_in_at: datetime | None = None
    absence_reason: str = ""


@dataclass(frozen=True)
class DelegateListData:
    """Danh sách đại biểu (or, for a full conference, of the workers summoned)."""

    header: ConferenceHeader
    delegates: tuple[DelegateLine, ...]  # in print order: by department, then name
    with_attendance: bool = False  # after the day: checked-in time or absence per line


@dataclass(frozen=True)
class AgendaData:
    """Chương trình hội nghị, with the working rules that matter: quorum and threshold."""

    header: ConferenceHeader
    items: tuple[AgendaLine, ...]
    quorum_text: str  # Vietnamese, e.g. "Ít nhất 2/3 số đại biểu được triệu tập có mặt"
    threshold_text: str  # e.g. "Trên 50% số đại biểu có mặt tán thành"


@dataclass(frozen=True)
class CandidateLine:
    name: str
    code: str
    votes: int
    elected: bool


@dataclass(frozen=True)
class DepartmentMeetingData:
    """Biên bản hội nghị bộ phận và bầu đại biểu dự Hội nghị người lao động."""

    header: ConferenceHeader
    department: str
    held_on: date
    workers: int
    present: int
    chair: str
    secretary: str
    method: ElectionMethod
    discussion: str
    petitions: tuple[str, ...]
    seats: int
    candidates: tuple[CandidateLine, ...]  # most votes first
    needed: int  # votes that elect (more than half of those present)


@dataclass(frozen=True)
class VoteLine:
    subject: str
    in_favour: int
    against: int
    abstained: int
    present: int
    threshold_percent: int
    passed: bool  # decided by rule C4


@dataclass(frozen=True)
class AnsweredPetition:
    content: str
    raised_by: str
    answer: str
    answered_by: str


@dataclass(frozen=True)
class MinutesItem:
    title: str
    presenter: str
    notes: str


@dataclass(frozen=True)
class ConferenceMinutesData:
    """Biên bản Hội nghị người lao động (Mẫu 1.9)."""

    header: ConferenceHeader
    opened_at: datetime | None
    closed_at: datetime | None
    summoned: int
    present: int
    quorum_met: bool
    quorum_text: str  # the C3 arithmetic, in Vietnamese
    presidium: tuple[PersonLine, ...]  # the first chairs
    secretary: tuple[PersonLine, ...]
    counters: tuple[PersonLine, ...]
    guests: str
    opening: str
    items: tuple[MinutesItem, ...]
    votes: tuple[VoteLine, ...]
    petitions: tuple[AnsweredPetition, ...]
    closing: str
    absentees: tuple[PersonLine, ...] = ()  # name and the reason given (position: the reason)


@dataclass(frozen=True)
class ArticleLine:
    number: int
    title: str
    text: str
    owner: str = ""
    due: date | None = None


@dataclass(frozen=True)
class ResolutionData:
    """Nghị quyết Hội nghị người lao động (Mẫu 1.1)."""

    header: ConferenceHeader
    articles: tuple[ArticleLine, ...]
    adoption: VoteLine | None  # the vote that adopted the resolution
    minutes_number: str = ""  # "Căn cứ Biên bản ..." when issued
    supersedes: str = ""  # number of the resolution this correction replaces
    under_law_10: bool = False  # SOE or opt-in: Law 10/2022 Arts 64-81 bind (Art 82.2)


@dataclass(frozen=True)
class ResultsNoticeData:
    """Thông báo kết quả Hội nghị người lao động và công khai nghị quyết."""

    header: ConferenceHeader
    resolution_number: str
    summoned: int
    present: int
    votes: tuple[VoteLine, ...]
    articles: tuple[ArticleLine, ...]
    published_form: str  # Vietnamese name of the P2 form
    published_place: str
    published_from: date | None
    published_until: date | None


@dataclass(frozen=True)
class CommitmentLine:
    article_number: int
    title: str
    owner: str
    due: date
    status: Status
    progress: int
    note: str
    overdue: bool


@dataclass(frozen=True)
class ReviewData:
    """Báo cáo kiểm tra, đánh giá kết quả thực hiện nghị quyết (6 months, rule C7), and the
    review of last year's resolution presented to the next conference."""

    header: ConferenceHeader
    resolution_number: str
    review_day: date
    period_label: str  # e.g. "6 tháng đầu năm 2027" or "năm 2027"
    commitments: tuple[CommitmentLine, ...]
