"""The data and the Vietnamese wording of the bargaining and agreement papers, read from the
records (Labour Code 2019 Arts 67-83).

The records keep people as free text ("Nguyễn Văn Một - Giám đốc", one a line) and the vote and
filing methods as the user typed them; here they become the values the papers print. Titles
are composed in the renderers' words (reports/bargaining_*.py, agreement_*.py): a test checks
each frame's title against the catalogue's title of its data.
"""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import Session, func, select

from ..domain import agreement_documents as ad
from ..domain.agreement_rules import decide_agreement_vote
from ..domain.agreement_text import ChangeKind, ClauseText, diff_versions
from ..domain.bargaining_stages import RoundKind
from ..domain.enums import EmploymentStatus
from ..domain.settings import DemocracySettings
from ..domain.text import fold
from ..storage.tables import Agreement, BargainingRound, Employee, Enterprise
from .bargaining_common import agreement_of, clause_rows, clause_text, sessions_of
from .paper_common import lines, person_parts, union_chair

RECIPIENTS = ("Người sử dụng lao động", "Ban Chấp hành Công đoàn cơ sở")
ALL_WORKERS = "Toàn thể người lao động (công khai)"
FULL_TEXT_AT = "Phòng Hành chính - Nhân sự và Văn phòng Công đoàn cơ sở"
TALLY_TITLE = "Kiểm phiếu lấy ý kiến người lao động về dự thảo thỏa ước lao động tập thể"
FAILURE_TITLE = "Thương lượng tập thể không thành"
COVER_LETTER_TITLE = "Gửi thỏa ước lao động tập thể"
ANNOUNCEMENT_TITLE = "Công bố thỏa ước lao động tập thể"
_UNION_SUFFIX = re.compile(r"\s+công đoàn\b.*$", re.IGNORECASE)
# Words of the typed-in methods, folded, and the method they name.
VOTE_METHOD_WORDS = ((("gio tay", "bieu quyet"), ad.VoteMethod.SHOW_OF_HANDS),
                     (("truc tuyen", "dien tu", "online", "phan mem"), ad.VoteMethod.ELECTRONIC),
                     (("phieu",), ad.VoteMethod.BALLOT))
FILING_METHOD_WORDS = ((("buu", "chuyen phat"), ad.FilingMethod.POST),
                       (("truc tuyen", "cong dich vu", "online", "dien tu"),
                        ad.FilingMethod.ONLINE))


def request_title(amends: str) -> str:
    if amends.strip():
        return ("Yêu cầu thương lượng sửa đổi, bổ sung thỏa ước lao động tập thể số "
                f"{amends.strip()}")
    return "Yêu cầu thương lượng tập thể"


def session_title(number: int) -> str:
    return f"Phiên họp thương lượng tập thể lần thứ {number}"


def agreement_title(enterprise_name: str, amends: str, consolidated_version: int) -> str:
    if amends.strip():
        return f"{enterprise_name} (văn bản hợp nhất lần {consolidated_version - 1})"
    return enterprise_name


def role_in_union(title: str) -> str:
    """"Chủ tịch Công đoàn cơ sở" → "Chủ tịch": the papers add the union's own name."""
    return _UNION_SUFFIX.sub("", title.strip()) or title.strip()


def header(session: Session, enterprise: Enterprise, settings: DemocracySettings,
           row: Agreement | None = None, people: str = "") -> ad.AgreementHeader:
    """The parties and who speaks for them: the signatories of a signed agreement, else the
    legal representative and the union's chair (found among ``people``, the union side of a
    session, or on the roster)."""
    chair, chair_title = union_chair(session, [person_parts(p)[:2] for p in lines(people)])
    employer = (row.employer_signatory if row else "") or enterprise.legal_representative
    employer_title = ((row.employer_signatory_title if row else "")
                      or enterprise.legal_representative_title or "Giám đốc")
    union = (row.union_signatory if row else "") or chair
    union_title = (row.union_signatory_title if row else "") or chair_title
    return ad.AgreementHeader(
        enterprise_name=enterprise.name, union_name=enterprise.union_name or "Công đoàn cơ sở",
        address=enterprise.address, employer_representative=employer,
        employer_representative_title=employer_title, union_representative=union,
        union_representative_title=role_in_union(union_title),
        upper_union_name=enterprise.upper_union_name,
        labour_authority=settings.labour_authority, enterprise_code=enterprise.tax_code)


def representatives(text: str) -> tuple[ad.Representative, ...]:
    return tuple(ad.Representative(*person_parts(line)) for line in lines(text))


def representative(text: str) -> ad.Representative:
    found = representatives(text)
    return found[0] if found else ad.Representative("")


def vote_result(row: Agreement) -> ad.VoteResult | None:
    """The recorded vote with rule A1 decided again over the whole workforce (Art 76.1)."""
    if row.vote_on is None:
        return None
    vote = decide_agreement_vote(row.workforce, row.ballots_issued, row.ballots_returned,
                                 row.votes_for, row.votes_against, row.votes_invalid)
    return ad.VoteResult(row.vote_on, row.workforce, row.ballots_issued, row.ballots_returned,
                         row.votes_for, row.votes_against, row.votes_invalid, vote.passed,
                         vote.needed)


def _method(text: str, words, default):
    folded = fold(text)
    return next((method for keys, method in words if any(k in folded for k in keys)), default)


def vote_method(text: str) -> ad.VoteMethod:
    """The typed-in method ("Bỏ phiếu kín") as one of the law's (the other ones: OTHER)."""
    try:
        return ad.VoteMethod(text)
    except ValueError:
        return _method(text, VOTE_METHOD_WORDS, ad.VoteMethod.OTHER)


def filing_method(text: str) -> ad.FilingMethod:
    try:
        return ad.FilingMethod(text)
    except ValueError:
        return _method(text, FILING_METHOD_WORDS, ad.FilingMethod.IN_PERSON)


def clauses(session: Session, row: Agreement) -> tuple[ClauseText, ...]:
    """The clauses of the agreement's current version, by chapter and number."""
    return tuple(clause_text(c) for c in clause_rows(session, row.id, row.draft_version))


def highlights(session: Session, row: Agreement, amended: Agreement | None) -> tuple[str, ...]:
    """The main points to announce: an amendment's changes (Art 82), else every clause."""
    text = clauses(session, row)
    if amended is None:
        return tuple(f"Điều {c.number}. {c.title}" for c in text)
    verbs = {ChangeKind.ADDED: "Bổ sung", ChangeKind.REMOVED: "Bãi bỏ",
             ChangeKind.CHANGED: "Sửa đổi"}
    return tuple(f"{verbs[change.kind]} Điều {change.number}. {(change.new or change.old).title}"
                 for change in diff_versions(clauses(session, amended), text))


def union_members(session: Session, day: date) -> int:
    """The union's members among the workers counted on ``day`` (Art 68; the same base as
    bargaining_common.workforce_on)."""
    return session.exec(select(func.count(Employee.id)).where(
        Employee.status == EmploymentStatus.ACTIVE.value, Employee.union_member,
        (Employee.hire_date.is_(None)) | (Employee.hire_date <= day))).one()


def amended(session: Session, row: Agreement) -> Agreement | None:
    """The signed agreement this one amends or renews (Arts 82, 83)."""
    return session.get(Agreement, row.amends_id) if row.amends_id else None


def amended_by(session: Session, row: BargainingRound) -> Agreement | None:
    """The agreement an amendment or renewal round changes."""
    if RoundKind(row.kind) is RoundKind.NEW:
        return None
    return amended(session, agreement_of(session, row.id))


def union_side(session: Session, row: BargainingRound) -> str:
    """The union's people at the round's first session (to find its chair)."""
    sessions = sessions_of(session, row.id)
    return sessions[0].union_representatives if sessions else ""
