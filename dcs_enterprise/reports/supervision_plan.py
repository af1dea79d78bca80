"""Kế hoạch kiểm tra, giám sát of the grassroots union (legal-vn.md §8 item 26; Decree 145/2020
Art 46; for SOEs and opt-in enterprises Law 10/2022 Arts 78-81 and Decree 59/2023 Art 26;
Decree 30 Mẫu 1.4).

The legal bases; purpose and requirements; the subject with its point of Art 46 and the scope;
the period; the team; and how it is carried out: the notice to the management (rule S2 where
it binds, with the day it was sent), the documents the employer supplies, and the findings
report whose recommendations the employer answers within the S1 days.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.supervision_documents import SupervisionPlanData, plan_title

from .conference_common import DECREE_145, LABOUR_CODE, dmy, lower_first
from .conference_layout import Body, render_body
from .supervision_common import (
    DECREE_59,
    LAW_10_SHORT,
    S2_CITATION,
    TRADE_UNION_LAW,
    answer_rule,
    executive,
    subject_and_scope,
)

MEMBER_HEADERS = ("STT", "Họ và tên", "Nhiệm vụ trong đoàn")
MEMBER_WIDTHS_MM = (12.0, 70.0, 83.0)
DEFAULT_PURPOSE = (
    "Kiểm tra, giám sát việc người sử dụng lao động thực hiện các quy định của pháp luật, "
    "thỏa ước lao động tập thể, nội quy, quy chế liên quan đến quyền, lợi ích hợp pháp của "
    "người lao động",
    "Phát hiện thiếu sót, kiến nghị người sử dụng lao động khắc phục và theo dõi việc giải "
    "quyết kiến nghị",
)
REQUIREMENTS = (
    "Việc kiểm tra, giám sát được thực hiện công khai, khách quan, đúng nội dung và thời gian "
    "đã thông báo, không làm ảnh hưởng đến hoạt động sản xuất, kinh doanh bình thường của "
    "doanh nghiệp",
    "Kết quả kiểm tra, giám sát được lập thành văn bản, gửi người sử dụng lao động và người đã "
    "kiến nghị, phản ánh",
)


def plan_basis(data: SupervisionPlanData) -> list[str]:
    """The "Căn cứ" lines: Decree 59/2023 only where Law 10/2022 Chapter II binds."""
    bases = [f"{LABOUR_CODE}", TRADE_UNION_LAW, DECREE_145, LAW_10_SHORT]
    if data.soe_rules:
        bases.append(DECREE_59)
    bases.append(f"Quy chế dân chủ ở cơ sở tại nơi làm việc của {data.parties.enterprise_name}")
    return bases


def notice_text(data: SupervisionPlanData) -> str:
    """The notice to the management: S2 (5 working days before) where it binds, else before
    the activity; with the day it was sent and, under S2, whether that was in time."""
    start = dmy(data.starts_on)
    if data.soe_rules:
        due = (f"Kế hoạch được thông báo đến người sử dụng lao động chậm nhất ngày "
               f"{dmy(data.notice_due)}, ít nhất 05 ngày làm việc trước ngày tiến hành "
               f"({start}) theo {S2_CITATION}.")
    else:
        due = (f"Kế hoạch được gửi đến người sử dụng lao động trước ngày tiến hành ({start}) "
               "để phối hợp thực hiện.")
    if data.notice_sent_on is None:
        return f"{due} Kế hoạch chưa được gửi."
    sent = f"Kế hoạch đã được gửi ngày {dmy(data.notice_sent_on)}"
    if data.notice_ok is False:
        return f"{due} {sent}, chậm so với thời hạn trên."
    return f"{due} {sent}."


def members_table(data: SupervisionPlanData) -> doc.Table:
    rows = tuple((str(n), m.name, m.role or "Thành viên")
                 for n, m in enumerate(data.members, start=1))
    return doc.Table(headers=MEMBER_HEADERS, rows=rows, col_widths_mm=MEMBER_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT"))


def plan_body(data: SupervisionPlanData) -> Body:
    body = Body()
    body.basis(*plan_basis(data))
    body.text(f"{executive(data.parties)} xây dựng kế hoạch {lower_first(plan_title(data))} "
              "như sau:")
    body.section("I. MỤC ĐÍCH, YÊU CẦU")
    body.labelled("1. Mục đích", "")
    body.dashed(data.purpose or DEFAULT_PURPOSE)
    body.labelled("2. Yêu cầu", "")
    body.dashed(REQUIREMENTS)
    body.section("II. NỘI DUNG, PHẠM VI KIỂM TRA, GIÁM SÁT")
    subject_and_scope(body, data.subject, data.scope)
    body.section("III. THỜI GIAN, HÌNH THỨC")
    body.labelled("1. Thời gian:", f"từ ngày {dmy(data.starts_on)} đến ngày "
                                   f"{dmy(data.ends_on)}.")
    body.labelled("2. Hình thức:", "kiểm tra hồ sơ, tài liệu do người sử dụng lao động cung "
                                   "cấp; khảo sát thực tế tại nơi làm việc; trao đổi với người "
                                   "lao động và người quản lý có liên quan.")
    body.section("IV. THÀNH PHẦN ĐOÀN KIỂM TRA, GIÁM SÁT")
    if data.members:
        body.table(members_table(data))
    else:
        body.text(f"Do {executive(data.parties)} phân công.")
    body.section("V. TỔ CHỨC THỰC HIỆN")
    body.numbered((
        notice_text(data),
        "Đề nghị người sử dụng lao động cung cấp đầy đủ, chính xác, kịp thời thông tin, tài "
        "liệu liên quan và cử người phối hợp làm việc với đoàn kiểm tra, giám sát.",
        "Kết thúc đợt kiểm tra, giám sát, đoàn lập báo cáo kết quả, kiến nghị gửi người sử "
        "dụng lao động; người sử dụng lao động xem xét, giải quyết và thông báo kết quả trong "
        f"thời hạn {answer_rule(data.answer_days, data.soe_rules)}.",
    ))
    body.end(f"{executive(data.parties)} theo dõi, đôn đốc việc giải quyết các kiến nghị và "
             "thông báo kết quả đến người lao động")
    return body


def render_supervision_plan(data: SupervisionPlanData, frame: doc.DocumentFrame,
                            on_page: Callable[[int], None] | None = None) -> bytes:
    """The supervision plan as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, plan_body(data), on_page)
