"""The data of each collective bargaining and agreement paper (Labour Code 2019 Arts 67-83;
DOMAIN.md "Documents the program prints"; legal-vn.md §8 items 17-25), as plain values for
reports/ to lay out in the Decree 30 frame.

Enums stay enums here; the renderers print their Vietnamese names. Times are "HH:MM" strings.
Deadlines are the due dates of the domain clocks (bargaining_rules, agreement_rules): the papers
print them with the rule and the article that produced them. Who signs the minutes, the tally
and the agreement is in the data, not the frame: the law names the signatories (Art 70.5,
Art 76, Art 77), so the renderers set those blocks themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .agreement_text import ClauseText
from .bargaining_rules import FailureGround, Requester, Topic
from .publication import PublicationForm


class VoteMethod(StrEnum):
    """How the workers gave their opinion on the draft (Art 76.1; the union organises it)."""

    BALLOT = "ballot"  # phiếu lấy ý kiến
    SHOW_OF_HANDS = "show_of_hands"  # biểu quyết giơ tay
    ELECTRONIC = "electronic"  # lấy ý kiến trực tuyến
    OTHER = "other"


class FilingMethod(StrEnum):
    """How the employer sends the signed agreement to the labour authority (Art 77)."""

    IN_PERSON = "in_person"  # nộp trực tiếp
    POST = "post"  # qua dịch vụ bưu chính
    ONLINE = "online"  # qua cổng dịch vụ công trực tuyến


@dataclass(frozen=True)
class AgreementHeader:
    """What every bargaining and agreement paper of one enterprise names: the two parties,
    their lawful representatives, and the authorities the papers go to."""

    enterprise_name: str
    union_name: str  # "Công đoàn cơ sở Công ty ..."
    address: str  # the enterprise's address
    employer_representative: str  # legal representative (Art 76.3 signs for the employer)
    employer_representative_title: str  # "Giám đốc"
    union_representative: str  # the union's chair (or a person it authorised)
    union_representative_title: str  # the role inside the union: "Chủ tịch" (the union is named)
    upper_union_name: str = ""  # công đoàn cấp trên cơ sở
    labour_authority: str = ""  # "Sở Nội vụ tỉnh Bình Dương" (Art 77)
    enterprise_code: str = ""  # mã số doanh nghiệp
    phone: str = ""
    union_address: str = ""  # empty: the enterprise's address


@dataclass(frozen=True)
class Representative:
    """A person at the table: name, position, and the body sent from (upper-level union)."""

    name: str
    position: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class BargainingRequestData:
    """Yêu cầu thương lượng tập thể (Arts 67, 68, 70.1): who asks, on what, and the clocks
    the request starts (B1 arrangement 7 WD and start 30 days; B3 information 10 days; B2 end
    90 days from the start)."""

    header: AgreementHeader
    requester: Requester
    requested_on: date
    topics: tuple[Topic, ...]
    content: str  # the proposed content, one point per line
    arrange_by: date  # B1: time and place agreed (7 working days)
    start_by: date  # B1: bargaining starts (30 days)
    information_by: date  # B3: the employer supplies the information (10 days)
    end_by: date | None = None  # B2: 90 days from the start (when the start is known)
    started_on: date | None = None  # the start end_by counts from
    proposed_start: date | None = None
    proposed_place: str = ""
    information_requested: tuple[str, ...] = ()  # items asked for (Art 70.3)
    members: int = 0  # the union's members (Art 68; 0: not stated)
    workforce: int = 0  # workers of the enterprise (0: not stated)
    amends: str = ""  # number of the agreement to amend or renew ("" for a new agreement)


@dataclass(frozen=True)
class BargainingSessionData:
    """Biên bản phiên họp thương lượng tập thể (Art 70.5): agreed and disputed content, signed
    by both sides' representatives and the note-taker, published to all workers by the union."""

    header: AgreementHeader
    number: int  # the session's number in the round
    held_on: date
    start_time: str
    place: str
    employer_side: tuple[Representative, ...]
    union_side: tuple[Representative, ...]
    note_taker: Representative
    discussed: tuple[str, ...]
    agreed: tuple[str, ...]
    disputed: tuple[str, ...]
    upper_union: tuple[Representative, ...] = ()  # invited by the union (Art 69.3)
    end_time: str = ""
    employer_signatory: Representative | None = None  # None: the first of the employer side
    union_signatory: Representative | None = None  # None: the first of the union side
    next_session_on: date | None = None
    next_session_time: str = ""
    next_session_place: str = ""
    draft_version: int | None = None  # the draft the session worked on
    published_on: date | None = None
    published_form: PublicationForm | None = None
    published_place: str = ""


@dataclass(frozen=True)
class BargainingFailureData:
    """Thương lượng tập thể không thành (Art 71): the ground, the date, and what comes next."""

    header: AgreementHeader
    requester: Requester
    requested_on: date
    ground: FailureGround
    declared_on: date
    started_on: date | None = None
    start_by: date | None = None  # B1, the limit ground a passed
    end_by: date | None = None  # B2, the limit ground b passed
    sessions_held: int = 0
    disputed: tuple[str, ...] = ()  # what the parties still disagree on
    note: str = ""


@dataclass(frozen=True)
class VoteResult:
    """The workers' vote on the draft agreement (A1, Art 76.1): the base is the WHOLE
    workforce. ``passed`` and ``needed`` come from agreement_rules.decide_agreement_vote."""

    vote_on: date
    workforce: int
    issued: int
    returned: int
    in_favour: int
    against: int
    invalid: int
    passed: bool
    needed: int  # the least number in favour that passes: workforce // 2 + 1


@dataclass(frozen=True)
class AgreementTallyData:
    """Biên bản kiểm phiếu lấy ý kiến người lao động về dự thảo thỏa ước (Art 76)."""

    header: AgreementHeader
    draft_version: int
    vote: VoteResult
    method: VoteMethod
    place: str
    start_time: str
    end_time: str
    counters: tuple[Representative, ...]  # the vote-counting team, its head first
    counted_on: date | None = None  # None: the vote day
    organiser: str = ""  # empty: the union of the header


@dataclass(frozen=True)
class AgreementData:
    """Thỏa ước lao động tập thể doanh nghiệp (Arts 75-78): parties, chapters and clauses,
    effect and term (per-clause terms where they differ), signatures, the vote as an annex.
    An amendment (Art 82) prints as the consolidated text naming the agreement it amends."""

    header: AgreementHeader
    clauses: tuple[ClauseText, ...]  # in print order: by chapter, then number
    term_months: int
    effective_on: date | None  # None: not yet signed
    effective_from_signing: bool  # A3: no written date, in force from the signing
    expires_on: date | None
    signed_on: date | None = None
    vote: VoteResult | None = None
    copies: int = 4
    definitions: tuple[str, ...] = ()  # "term: meaning" lines, printed as Điều 2 when given
    amends_number: str = ""  # the agreement this one amends ("" for an original)
    amends_signed_on: date | None = None
    consolidated_version: int = 1  # 1 for an original, +1 per amendment


@dataclass(frozen=True)
class CoverLetterData:
    """Công văn gửi thỏa ước lao động tập thể to the labour authority (Art 77; A2: 10 days)."""

    header: AgreementHeader
    addressee: str  # "Sở Nội vụ tỉnh Bình Dương" (configurable)
    agreement_number: str
    signed_on: date
    filing_due: date  # A2
    effective_on: date
    term_months: int
    expires_on: date
    vote: VoteResult | None = None
    method: FilingMethod = FilingMethod.IN_PERSON
    copies_enclosed: int = 1
    chapters: int = 0
    clauses: int = 0
    contact: str = ""  # who to call: "Bà Lê Thị Mỹ Duyên, Phòng Nhân sự, 0274 ..."
    amends_number: str = ""


@dataclass(frozen=True)
class AgreementAnnouncementData:
    """Thông báo công bố thỏa ước lao động tập thể to all workers (Art 76.6)."""

    header: AgreementHeader
    agreement_number: str
    signed_on: date
    effective_on: date
    term_months: int
    expires_on: date
    posted_place: str  # where the notice and the agreement are posted
    full_text_at: str  # where to read (or get a copy of) the full text
    forms: tuple[PublicationForm, ...] = (PublicationForm.NOTICE_BOARD,)
    posted_on: date | None = None
    posted_until: date | None = None
    vote: VoteResult | None = None
    highlights: tuple[str, ...] = ()  # main points, one a line
    clauses: tuple[ClauseText, ...] = ()  # those with a term of their own are listed
    amends_number: str = ""
