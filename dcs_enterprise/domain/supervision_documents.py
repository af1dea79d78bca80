"""The data of the supervision and petition papers and of the annual report (DOMAIN.md
"Documents the program prints"; legal-vn.md §8 items 26-28; Decree 145/2020 Arts 43-47, Law
10/2022 Arts 3, 9, 78-81, Decree 59/2023 Art 26), as plain values for reports/ to lay out in the
Decree 30 frame.

Enums stay enums; the renderers print their Vietnamese names. What a rule decides (the S1 and
petition due dates, the S2 notice day and whether it was met, overdue, the D1 periodic-dialogue
check) is filled in by the caller from the domain. A petitioner's name reaches a paper only
when its reader may know it (rule S3): ``petitioner`` is empty and ``identity_hidden`` true
otherwise, so the name is never in the data, not merely left unprinted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .conference_rules import ConferenceForm
from .petitions import Category, Channel
from .publication import PublicationForm, PublishedMatter
from .supervision import Source, Status, Subject


@dataclass(frozen=True)
class SupervisionParties:
    """The enterprise and its union ("" when it has none: the papers say "Công đoàn cơ sở")."""

    enterprise_name: str
    union_name: str = ""
    upper_union_name: str = ""  # công đoàn cấp trên cơ sở
    legal_representative_title: str = "Giám đốc"


@dataclass(frozen=True)
class MemberLine:
    """A member of the supervision team: "Nguyễn Văn Một - Trưởng đoàn"."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class SupervisionPlanData:
    """Kế hoạch kiểm tra, giám sát (Decree 145 Art 46; Decree 59/2023 Arts 24, 26 for SOEs)."""

    parties: SupervisionParties
    year: int
    subject: Subject
    title: str
    purpose: tuple[str, ...]  # one point a line
    scope: tuple[str, ...]  # departments, period, documents checked
    starts_on: date
    ends_on: date
    members: tuple[MemberLine, ...]
    notice_due: date  # S2: plan_notice_due(starts_on, calendar).due
    soe_rules: bool  # the regime binds Law 10/2022 Chapter II (S1, S2, P3): SOE or opt-in
    notice_sent_on: date | None = None
    notice_ok: bool | None = None  # S2 applied (plan_notice_check); None where it does not bind
    answer_days: int = 15  # S1: the regulation's days to answer a recommendation


@dataclass(frozen=True)
class RecommendationLine:
    """One recommendation (a supervision item) and where it stands."""

    number: int  # the item's number in the register
    title: str
    recommendation: str
    addressee: str
    raised_on: date
    due_on: date
    due_rule: str  # "S1": counted from the receipt; "": set by hand
    status: Status
    overdue: bool  # awaiting the answer past its due date (domain.supervision.is_overdue)
    description: str = ""  # the finding behind it
    legal_basis: str = ""
    source: Source = Source.SUPERVISION
    source_id: int | None = None
    sent_on: date | None = None
    answer: str = ""  # the employer's answer or its reasons for refusing
    answered_on: date | None = None
    closed_on: date | None = None
    follow_up: str = ""  # the note of the step that resolved, rejected or escalated it
    published_on: date | None = None
    published_where: str = ""


@dataclass(frozen=True)
class SupervisionFindingsData:
    """Báo cáo kết quả kiểm tra, giám sát: what was checked, found and recommended, and the
    employer's answers so far (Law 10/2022 Art 81.1.d; Decree 59/2023 Art 26.3)."""

    parties: SupervisionParties
    plan_title: str
    subject: Subject
    starts_on: date
    ends_on: date
    scope: tuple[str, ...]
    members: tuple[MemberLine, ...]
    findings: tuple[str, ...]  # the narrative, one paragraph a line
    findings_on: date
    recommendations: tuple[RecommendationLine, ...]
    as_of: date  # statuses and overdue as of this day
    soe_rules: bool = False
    answer_days: int = 15  # S1
    petitions: tuple[int, ...] = ()  # petitions behind the items: their petitioners get the result


@dataclass(frozen=True)
class PetitionLine:
    """One petition of the register (Sổ theo dõi kiến nghị, phản ánh)."""

    number: int
    raised_on: date
    channel: Channel
    category: Category
    subject: str
    content: str
    status: Status
    petitioner: str = ""  # "" when anonymous to the reader (S3) or not given
    anonymous: bool = False
    identity_hidden: bool = False  # the reader may not know who filed it
    addressee: str = ""
    routed_on: date | None = None
    due_on: date | None = None
    due_rule: str = ""  # "petition": the regulation's days; "": set by hand
    overdue: bool = False
    answer: str = ""
    answered_on: date | None = None
    closed_on: date | None = None
    closing_note: str = ""  # how it was resolved, or where it was escalated
    published_on: date | None = None
    published_where: str = ""


@dataclass(frozen=True)
class PetitionRegisterData:
    parties: SupervisionParties
    year: int
    as_of: date  # statuses and overdue as of this day
    lines: tuple[PetitionLine, ...]  # in the order received
    identities_shown: bool  # the reader is a union officer: anonymous petitioners are named
    answer_days: int = 15  # the regulation's days to answer a petition


@dataclass(frozen=True)
class ConferenceLine:
    """A workers' conference of the year (Decree 145 Art 47)."""

    year: int
    form: ConferenceForm
    held_on: date
    held: bool  # False: planned, not held yet
    summoned: int = 0
    present: int = 0
    quorum_met: bool | None = None  # rule C3; None when nobody is on the list yet
    resolution_number: str = ""
    resolution_on: date | None = None
    published_from: date | None = None


@dataclass(frozen=True)
class DialogueCounts:
    """The workplace dialogues held in the year (Labour Code 2019 Art 63; Decree 145 Arts
    39-41)."""

    periodic: int = 0
    on_request: int = 0
    incident: int = 0
    minutes_signed: int = 0
    notices_published: int = 0
    periodic_ok: bool = False  # D1: periodic_dialogue_check(...).ok

    @property
    def held(self) -> int:
        return self.periodic + self.on_request + self.incident


@dataclass(frozen=True)
class AgreementLine:
    """A collective agreement signed, or in force, during the year (Labour Code Arts 75-78)."""

    title: str
    number: str
    signed_on: date
    effective_on: date | None
    expires_on: date | None
    filed_on: date | None
    in_force: bool  # on the report's reference day
    amendment: bool = False


@dataclass(frozen=True)
class RegisterCounts:
    """Petitions received, or recommendations raised, in the year, and where they stand."""

    received: int = 0
    answered: int = 0  # an answer or a reasoned refusal was given
    answered_on_time: int = 0  # ... no later than its due date
    resolved: int = 0
    rejected: int = 0
    escalated: int = 0
    awaiting: int = 0  # open or sent: the answer is still due
    overdue: int = 0  # ... past its due date
    published: int = 0  # the answer or outcome was published


@dataclass(frozen=True)
class PublicationLine:
    """What the register shows published in the year for one rule-P1 matter."""

    matter: PublishedMatter
    count: int
    forms: tuple[PublicationForm, ...] = ()
    last_from: date | None = None


@dataclass(frozen=True)
class AnnualReportData:
    """Báo cáo tình hình thực hiện dân chủ ở cơ sở tại doanh nghiệp năm N."""

    parties: SupervisionParties
    year: int
    as_of: date
    soe_rules: bool
    headcount: int  # active workers on the report's day
    conferences: tuple[ConferenceLine, ...]
    dialogues: DialogueCounts
    agreements: tuple[AgreementLine, ...]
    petitions: RegisterCounts
    items: RegisterCounts
    plans: int  # supervision plans of the year
    plans_reported: int  # ... whose findings were reported
    publications: tuple[PublicationLine, ...]  # every P1 matter, in order, zeros included


# Titles (the summary line under the type name), shared by the services that prepare the
# frames and the catalogue that renders them.

_SUPERVISION_WORDS = ("kiểm tra", "giám sát")


def _lower_first(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _names_supervision(title: str) -> bool:
    return title.strip().lower().startswith(_SUPERVISION_WORDS)


def plan_title(data: SupervisionPlanData) -> str:
    """The plan's own title when it says what it is ("Giám sát việc đóng bảo hiểm xã hội năm
    2027"), else "Kiểm tra, giám sát <title>"."""
    title = data.title.strip()
    return title if _names_supervision(title) else f"Kiểm tra, giám sát {_lower_first(title)}"


def findings_title(data: SupervisionFindingsData) -> str:
    """"Kết quả giám sát việc đóng bảo hiểm xã hội năm 2027"."""
    title = data.plan_title.strip()
    if _names_supervision(title):
        return f"Kết quả {_lower_first(title)}"
    return f"Kết quả kiểm tra, giám sát {_lower_first(title)}"


def register_title(data: PetitionRegisterData) -> str:
    return f"Kiến nghị, phản ánh của người lao động năm {data.year}"


def annual_report_title(data: AnnualReportData) -> str:
    return f"Tình hình thực hiện dân chủ ở cơ sở tại doanh nghiệp năm {data.year}"
