"""The words every collective bargaining and agreement paper prints, in Vietnamese (Labour Code
2019 Arts 65-89): the Art 67 topics, the parties, the Art 71 grounds, the vote of all workers
(Art 76.1) with its arithmetic, terms and the legal references.

The domain enums are mapped here to their legal terms (DOMAIN.md "Words"); dates, numbers and
percentages are written the Vietnamese way (20/03/2027, 1.250, 78,4%).
"""

from __future__ import annotations

from datetime import date

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import (
    AgreementHeader,
    FilingMethod,
    Representative,
    VoteMethod,
    VoteResult,
)
from dcs_enterprise.domain.agreement_rules import expires_on
from dcs_enterprise.domain.agreement_text import ClauseText
from dcs_enterprise.domain.bargaining_rules import FailureGround, Requester, Topic
from dcs_enterprise.domain.publication import PublicationForm

from .conference_common import LABOUR_CODE, dmy, grouped

LABOUR_CODE_SHORT = "Bộ luật Lao động"
CIVIL_CODE_COUNTING = ("Thời hạn tính theo Điều 147, Điều 148 Bộ luật Dân sự năm 2015: không tính "
                       "ngày xảy ra sự kiện; ngày cuối cùng của thời hạn trùng ngày nghỉ thì "
                       "thời hạn kết thúc vào ngày làm việc tiếp theo.")
SIGN_HINT = "(Ký, ghi rõ họ tên)"

# Labour Code 2019 Art 67.1, points a) to h), in the order of the law.
TOPIC_VI: dict[Topic, tuple[str, str]] = {
    Topic.WAGES: ("a", "Tiền lương, trợ cấp, nâng lương, thưởng, bữa ăn và các chế độ khác"),
    Topic.WORKING_TIME: ("b", "Mức lao động và thời giờ làm việc, thời giờ nghỉ ngơi, làm thêm "
                              "giờ, nghỉ giữa ca"),
    Topic.JOB_SECURITY: ("c", "Bảo đảm việc làm đối với người lao động"),
    Topic.SAFETY: ("d", "Bảo đảm an toàn, vệ sinh lao động; thực hiện nội quy lao động"),
    Topic.UNION_FACILITIES: ("đ", "Điều kiện, phương tiện hoạt động của tổ chức đại diện người "
                                  "lao động; mối quan hệ giữa người sử dụng lao động và tổ chức "
                                  "đại diện người lao động"),
    Topic.DISPUTES: ("e", "Cơ chế, phương thức phòng ngừa, giải quyết tranh chấp lao động"),
    Topic.EQUALITY: ("g", "Bảo đảm bình đẳng giới, bảo vệ thai sản, nghỉ hằng năm; phòng, "
                          "chống bạo lực và quấy rối tình dục tại nơi làm việc"),
    Topic.OTHER: ("h", "Nội dung khác mà một hoặc các bên quan tâm"),
}
# Labour Code 2019 Art 71, points a) to c).
GROUND_VI: dict[FailureGround, tuple[str, str]] = {
    FailureGround.REFUSED_OR_LATE: (
        "a", "một bên từ chối thương lượng hoặc không tiến hành thương lượng trong thời hạn quy "
             "định tại khoản 1 Điều 70 của Bộ luật Lao động"),
    FailureGround.TIME_RAN_OUT: (
        "b", "đã hết thời hạn thương lượng quy định tại khoản 2 Điều 70 của Bộ luật Lao động mà "
             "các bên không đạt được thỏa thuận"),
    FailureGround.DECLARED: (
        "c", "chưa hết thời hạn thương lượng nhưng các bên cùng xác định và tuyên bố thương "
             "lượng tập thể không đạt được thỏa thuận"),
}
VOTE_METHOD_VI: dict[VoteMethod, str] = {
    VoteMethod.BALLOT: "Lấy ý kiến bằng phiếu",
    VoteMethod.SHOW_OF_HANDS: "Biểu quyết giơ tay",
    VoteMethod.ELECTRONIC: "Lấy ý kiến trực tuyến",
    VoteMethod.OTHER: "Hình thức khác do Công đoàn cơ sở quyết định",
}
FILING_METHOD_VI: dict[FilingMethod, str] = {
    FilingMethod.IN_PERSON: "nộp trực tiếp",
    FilingMethod.POST: "gửi qua dịch vụ bưu chính",
    FilingMethod.ONLINE: "gửi qua Cổng dịch vụ công trực tuyến",
}
PUBLICATION_VI: dict[PublicationForm, str] = {
    PublicationForm.NOTICE_BOARD: "niêm yết công khai",
    PublicationForm.MEETING: "phổ biến tại hội nghị, cuộc họp",
    PublicationForm.WRITTEN_TO_UNION: "thông báo bằng văn bản cho Công đoàn cơ sở",
    PublicationForm.INTERNAL_SYSTEM: "đăng trên hệ thống thông tin nội bộ",
    PublicationForm.OTHER: "hình thức khác",
}
VOTE_HEADERS = ("TT", "Nội dung", "Số lượng", "Tỷ lệ so với tổng số người lao động")
VOTE_WIDTHS_MM = (12.0, 88.0, 25.0, 40.0)


def requester_name(header: AgreementHeader, requester: Requester) -> str:
    """The party by name: the enterprise, or the union's executive committee."""
    if requester is Requester.EMPLOYER:
        return header.enterprise_name
    return f"Ban Chấp hành {header.union_name}"


def other_party(header: AgreementHeader, requester: Requester) -> str:
    if requester is Requester.EMPLOYER:
        return f"Ban Chấp hành {header.union_name}"
    return f"{header.employer_representative_title} {header.enterprise_name}"


def person(rep: Representative) -> str:
    """"Ông Trần Văn Bình, Giám đốc (Liên đoàn Lao động ...)"."""
    text = f"{rep.name}, {rep.position}" if rep.position.strip() else rep.name
    return f"{text} ({rep.organisation})" if rep.organisation.strip() else text


def signer(rep: Representative, authority: str, prefix: str = "") -> doc.SignatureBlock:
    """A party's block: who it signs for, the signer's position, the name."""
    return doc.SignatureBlock(position=rep.position, name=rep.name, prefix=prefix,
                              authority=authority)


def two_digits(value: int) -> str:
    """Counts in legal prose: 4 → "04"."""
    return f"{value:02d}"


def term_text(months: int) -> str:
    """24 → "24 tháng (02 năm)"; 18 → "18 tháng"."""
    years = f" ({two_digits(months // 12)} năm)" if months % 12 == 0 else ""
    return f"{months} tháng{years}"


def share(part: int, whole: int) -> str:
    """part/whole in percent, rounded down (never shows more than was reached, as the A1 rule
    explains it), with as many decimals as it takes to tell "more than 50%" from 50%."""
    if whole <= 0:
        return "-"
    for digits in (1, 2, 3, 4):
        scaled = part * 100 * 10**digits // whole
        whole_part, fraction = divmod(scaled, 10**digits)
        if not (part * 2 > whole and scaled == 50 * 10**digits):
            break
    text = f"{whole_part},{fraction:0{digits}d}".rstrip("0").rstrip(",")
    return f"{text}%"


def vote_table(vote: VoteResult) -> doc.Table:
    """The count of Art 76.1 over the WHOLE workforce: every line as a share of all workers."""
    lines = (
        ("Tổng số người lao động của doanh nghiệp", vote.workforce),
        ("Số phiếu phát ra", vote.issued),
        ("Số phiếu thu về", vote.returned),
        ("Số phiếu tán thành", vote.in_favour),
        ("Số phiếu không tán thành", vote.against),
        ("Số phiếu không hợp lệ", vote.invalid),
    )
    rows = tuple((str(index), label, grouped(value), share(value, vote.workforce))
                 for index, (label, value) in enumerate(lines, start=1))
    return doc.Table(headers=VOTE_HEADERS, rows=rows, col_widths_mm=VOTE_WIDTHS_MM,
                     align=("CENTER", "LEFT", "CENTER", "CENTER"), total_rows=(3,))


def vote_arithmetic(vote: VoteResult) -> str:
    """"Tỷ lệ tán thành = 980 : 1.250 × 100% = 78,4% tổng số người lao động ..."."""
    return (f"Tỷ lệ tán thành = số phiếu tán thành : tổng số người lao động của doanh nghiệp = "
            f"{grouped(vote.in_favour)} : {grouped(vote.workforce)} × 100% = "
            f"{share(vote.in_favour, vote.workforce)}. Điều kiện để ký kết: trên 50% người lao "
            f"động của doanh nghiệp biểu quyết tán thành (khoản 1 Điều 76 {LABOUR_CODE}), tức "
            f"là ít nhất {grouped(vote.needed)}/{grouped(vote.workforce)} người.")


def vote_verdict(vote: VoteResult) -> str:
    if vote.passed:
        return (f"Dự thảo thỏa ước được {share(vote.in_favour, vote.workforce)} tổng số người "
                "lao động của doanh nghiệp tán thành, đạt trên 50%; đủ điều kiện để các bên ký "
                "kết thỏa ước lao động tập thể.")
    return (f"Dự thảo thỏa ước chỉ được {share(vote.in_favour, vote.workforce)} tổng số người "
            "lao động của doanh nghiệp tán thành, chưa đạt trên 50%; chưa đủ điều kiện ký kết. "
            "Các bên tiếp tục thương lượng để hoàn thiện dự thảo.")


def clause_heading(clause: ClauseText) -> str:
    return f"Điều {clause.number}. {clause.title.strip().rstrip('.')}"


def clause_term(clause: ClauseText, effective: date | None) -> str:
    """The term of a clause that has its own (Art 78.3), with its last day when the agreement's
    effective date is known; "" for a clause on the agreement's term."""
    if clause.term_months is None:
        return ""
    text = term_text(clause.term_months)
    if effective is not None:
        text += f", đến hết ngày {dmy(expires_on(effective, clause.term_months))}"
    return text
