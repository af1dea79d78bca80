"""The words the supervision and petition papers and the annual report print, in Vietnamese
(Decree 145/2020 Arts 43-46; Law 10/2022 Arts 9, 81; Decree 59/2023 Art 26; DOMAIN.md "Words").

Papers are always printed in Vietnamese, whatever the UI language: the domain's enums are
mapped here to their legal terms, with the point of the article that lists them.
"""

from __future__ import annotations

from datetime import date

from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.domain.supervision import Status, Subject
from dcs_enterprise.domain.supervision_documents import SupervisionParties

from .conference_common import dmy
from .conference_layout import Body

DECREE_145_SHORT = "Nghị định số 145/2020/NĐ-CP"
LAW_10_SHORT = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"
DECREE_59 = ("Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật "
             "Thực hiện dân chủ ở cơ sở")
TRADE_UNION_LAW = "Luật Công đoàn số 50/2024/QH15"
S1_CITATION = f"điểm d khoản 1 Điều 81 {LAW_10_SHORT}"
S2_CITATION = "điểm b khoản 1 Điều 26 Nghị định số 59/2023/NĐ-CP"
S3_CITATION = f"khoản 2 Điều 9 {LAW_10_SHORT}"
ANONYMOUS = "Ẩn danh"
NOT_GIVEN = "Không ghi tên"
OVERDUE = "Quá hạn"

# What workers inspect and supervise, with the point of Decree 145 Art 46 that lists it.
SUBJECT_VI: dict[Subject, str] = {
    Subject.CONTRACTS_AGREEMENT: "Việc thực hiện hợp đồng lao động, thỏa ước lao động tập thể",
    Subject.INTERNAL_RULES: "Việc thực hiện nội quy lao động, quy chế và các quy định nội bộ "
                            "khác của người sử dụng lao động",
    Subject.FUNDS: "Việc trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do người "
                   "lao động đóng góp",
    Subject.CONTRIBUTIONS: "Việc trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y "
                           "tế, bảo hiểm thất nghiệp",
    Subject.EMULATION_DISCIPLINE: "Việc thực hiện thi đua, khen thưởng, kỷ luật, giải quyết "
                                  "khiếu nại, tố cáo",
    Subject.OTHER: "Nội dung khác theo quy định của pháp luật và quy chế dân chủ ở cơ sở",
}
SUBJECT_POINT: dict[Subject, str] = {
    Subject.CONTRACTS_AGREEMENT: "a", Subject.INTERNAL_RULES: "b", Subject.FUNDS: "c",
    Subject.CONTRIBUTIONS: "d", Subject.EMULATION_DISCIPLINE: "đ",
}
STATUS_VI: dict[Status, str] = {
    Status.OPEN: "Chưa gửi",
    Status.SENT: "Đã gửi, chờ trả lời",
    Status.ANSWERED: "Đã trả lời",
    Status.RESOLVED: "Đã giải quyết xong",
    Status.REJECTED: "Không chấp nhận (có lý do)",
    Status.ESCALATED: "Đã chuyển cấp trên",
}
CHANNEL_VI: dict[Channel, str] = {
    Channel.EMPLOYEE_VIEW: "Qua phần mềm tại máy tính dùng chung",
    Channel.DIRECT: "Trực tiếp hoặc bằng văn bản",
    Channel.SUGGESTION_BOX: "Hòm thư góp ý",
    Channel.HOTLINE: "Đường dây nóng",
    Channel.DEPARTMENT_MEETING: "Hội nghị phòng ban, bộ phận",
    Channel.DIALOGUE: "Đối thoại tại nơi làm việc",
    Channel.CONFERENCE: "Hội nghị người lao động",
}
CATEGORY_VI: dict[Category, str] = {
    Category.WAGES: "Tiền lương, thưởng, phụ cấp",
    Category.WORKING_TIME: "Thời giờ làm việc, làm thêm giờ, nghỉ ngơi",
    Category.SAFETY: "An toàn, vệ sinh lao động, điều kiện làm việc",
    Category.INSURANCE: "Bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
    Category.WELFARE: "Bữa ăn, đưa đón, phúc lợi",
    Category.CONTRACTS: "Hợp đồng lao động, nội quy, kỷ luật",
    Category.OTHER: "Nội dung khác",
}
# What the employer publishes (rule P1), with the point of Decree 145 Art 43.1 (or Law 10/2022
# Art 64 for the SOE-only matters).
MATTER_VI: dict[PublishedMatter, str] = {
    PublishedMatter.BUSINESS: "Tình hình sản xuất, kinh doanh",
    PublishedMatter.INTERNAL_RULES: "Nội quy lao động, thang lương, bảng lương, định mức lao "
                                    "động, các quy chế nội bộ",
    PublishedMatter.AGREEMENT: "Thỏa ước lao động tập thể",
    PublishedMatter.FUNDS: "Trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do "
                           "người lao động đóng góp",
    PublishedMatter.CONTRIBUTIONS: "Trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo "
                                   "hiểm y tế, bảo hiểm thất nghiệp",
    PublishedMatter.EMULATION_DISCIPLINE: "Thi đua, khen thưởng, kỷ luật, giải quyết khiếu "
                                          "nại, tố cáo",
    PublishedMatter.DEMOCRACY_REGULATION: "Quy chế dân chủ ở cơ sở tại nơi làm việc",
    PublishedMatter.PETITION_HANDLING: "Việc giải quyết kiến nghị, phản ánh",
    PublishedMatter.OTHER: "Nội dung khác theo quy định của pháp luật",
}
MATTER_POINT: dict[PublishedMatter, str] = {
    PublishedMatter.BUSINESS: "điểm a khoản 1 Điều 43",
    PublishedMatter.INTERNAL_RULES: "điểm b khoản 1 Điều 43",
    PublishedMatter.AGREEMENT: "điểm c khoản 1 Điều 43",
    PublishedMatter.FUNDS: "điểm d khoản 1 Điều 43",
    PublishedMatter.CONTRIBUTIONS: "điểm đ khoản 1 Điều 43",
    PublishedMatter.EMULATION_DISCIPLINE: "điểm e khoản 1 Điều 43",
    PublishedMatter.DEMOCRACY_REGULATION: "Điều 64 Luật số 10/2022/QH15",
    PublishedMatter.PETITION_HANDLING: "Điều 64 Luật số 10/2022/QH15",
    PublishedMatter.OTHER: "điểm g khoản 1 Điều 43",
}
SOE_ONLY_MATTERS = frozenset({PublishedMatter.DEMOCRACY_REGULATION,
                              PublishedMatter.PETITION_HANDLING})
FORM_VI: dict[PublicationForm, str] = {
    PublicationForm.NOTICE_BOARD: "niêm yết",
    PublicationForm.MEETING: "phổ biến tại hội nghị, cuộc họp, đối thoại",
    PublicationForm.WRITTEN_TO_UNION: "thông báo bằng văn bản cho công đoàn",
    PublicationForm.INTERNAL_SYSTEM: "hệ thống thông tin nội bộ",
    PublicationForm.OTHER: "hình thức khác",
}


def union_name(parties: SupervisionParties) -> str:
    return parties.union_name.strip() or "Công đoàn cơ sở"


def executive(parties: SupervisionParties) -> str:
    """"Ban Chấp hành Công đoàn cơ sở Công ty TNHH ..."."""
    return f"Ban Chấp hành {union_name(parties)}"


def subject_and_scope(body: Body, subject: Subject, scope: tuple[str, ...]) -> None:
    """"1. Nội dung" and "2. Phạm vi" of a plan or of its findings: the whole enterprise when
    the plan names no narrower scope."""
    body.labelled("1. Nội dung:", f"{subject_text(subject)}.")
    if scope:
        body.labelled("2. Phạm vi:", "")
        body.dashed(scope)
    else:
        body.labelled("2. Phạm vi:", "toàn doanh nghiệp.")


def subject_text(subject: Subject) -> str:
    """The subject with its point of Decree 145 Art 46, when the article lists it."""
    point = SUBJECT_POINT.get(subject)
    cited = f" (điểm {point} Điều 46 {DECREE_145_SHORT})" if point else ""
    return f"{SUBJECT_VI[subject]}{cited}"


def answer_rule(days: int, soe_rules: bool) -> str:
    """S1 as a phrase: binding for SOEs and opt-in enterprises, the regulation's otherwise."""
    if soe_rules:
        return f"{days} ngày kể từ ngày nhận kiến nghị ({S1_CITATION})"
    return (f"{days} ngày kể từ ngày nhận kiến nghị (theo quy chế dân chủ ở cơ sở tại nơi làm "
            f"việc, tham chiếu {S1_CITATION})")


def due_text(due: date | None, rule: str, days: int) -> str:
    """"Hạn: 20/03/2027 (15 ngày)" or "Hạn: 20/03/2027 (ấn định)"."""
    if due is None:
        return "Chưa có hạn"
    why = f"{days} ngày" if rule else "ấn định"
    return f"Hạn: {dmy(due)} ({why})"


def on(day: date | None) -> str:
    return f"ngày {dmy(day)}" if day else ""


def cap(text: str, limit: int) -> str:
    """A long text cut at a word for a table cell, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;.:") + " …"


def vi_list(parts: list[str]) -> str:
    """"a, b và c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} và {parts[-1]}"
