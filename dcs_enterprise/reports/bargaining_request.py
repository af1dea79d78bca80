"""Yêu cầu thương lượng tập thể (Labour Code 2019 Arts 67, 68, 70; legal-vn.md §8 item 17), as a
công văn to the other party (Decree 30 Mẫu 1.5): who asks (the union with its membership, or
the employer), the Art 67 topics ticked, the content proposed, and the clocks the request
starts, each with its rule and article: time and place agreed within 7 working days and the
start within 30 days (B1, Art 70.1), information within 10 days (B3, Art 70.3), the end within
90 days of the start (B2, Art 70.2).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph as RLParagraph

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import BargainingRequestData
from dcs_enterprise.domain.bargaining_rules import Requester

from .bargaining_common import (
    CIVIL_CODE_COUNTING,
    TOPIC_VI,
    other_party,
    requester_name,
    share,
)
from .bargaining_layout import render_paper
from .blocks import table_flowable
from .conference_common import LABOUR_CODE, dmy, grouped
from .conference_layout import Body

TOPIC_HEADERS = ("Điểm", "Nội dung thương lượng (khoản 1 Điều 67)", "Đề nghị")
TOPIC_WIDTHS_MM = (15.0, 125.0, 25.0)
CLOCK_HEADERS = ("Việc phải làm", "Thời hạn", "Căn cứ", "Chậm nhất")
CLOCK_WIDTHS_MM = (50.0, 50.0, 35.0, 30.0)
TICK = "x"


def request_title(data: BargainingRequestData) -> str:
    if data.amends.strip():
        return (f"Yêu cầu thương lượng sửa đổi, bổ sung thỏa ước lao động tập thể số "
                f"{data.amends.strip()}")
    return "Yêu cầu thương lượng tập thể"


def addressee(data: BargainingRequestData) -> str:
    return other_party(data.header, data.requester)


def topics_table(data: BargainingRequestData) -> doc.Table:
    chosen = set(data.topics)
    rows = tuple((f"{letter})", text, TICK if topic in chosen else "")
                 for topic, (letter, text) in TOPIC_VI.items())
    return doc.Table(headers=TOPIC_HEADERS, rows=rows, col_widths_mm=TOPIC_WIDTHS_MM,
                     align=("CENTER", "LEFT", "CENTER"))


def clocks_table(data: BargainingRequestData) -> doc.Table:
    end = (dmy(data.end_by) if data.end_by
           else "90 ngày kể từ ngày bắt đầu")
    rows = (
        ("Các bên thỏa thuận thời gian, địa điểm bắt đầu thương lượng",
         "07 ngày làm việc kể từ ngày nhận được yêu cầu", "Khoản 1 Điều 70 (B1)",
         dmy(data.arrange_by)),
        ("Bắt đầu thương lượng", "Không quá 30 ngày kể từ ngày nhận được yêu cầu",
         "Khoản 1 Điều 70 (B1)", dmy(data.start_by)),
        ("Người sử dụng lao động cung cấp thông tin phục vụ thương lượng",
         "10 ngày kể từ ngày nhận được yêu cầu của tổ chức đại diện người lao động",
         "Khoản 3 Điều 70 (B3)", dmy(data.information_by)),
        ("Kết thúc thương lượng",
         "Không quá 90 ngày kể từ ngày bắt đầu thương lượng, trừ trường hợp các bên có thỏa "
         "thuận khác", "Khoản 2 Điều 70 (B2)", end),
    )
    return doc.Table(headers=CLOCK_HEADERS, rows=rows, col_widths_mm=CLOCK_WIDTHS_MM,
                     align=("LEFT", "LEFT", "CENTER", "CENTER"))


def _opening(data: BargainingRequestData) -> str:
    header = data.header
    who = requester_name(header, data.requester)
    if data.requester is Requester.UNION and data.members and data.workforce:
        who += (f" (đại diện cho {grouped(data.members)} đoàn viên trên tổng số "
                f"{grouped(data.workforce)} người lao động của doanh nghiệp, chiếm "
                f"{share(data.members, data.workforce)})")
    purpose = (f"sửa đổi, bổ sung thỏa ước lao động tập thể số {data.amends.strip()}"
               if data.amends.strip() else "ký kết thỏa ước lao động tập thể doanh nghiệp")
    return (f"Căn cứ các điều 65, 67, 68 và 70 của {LABOUR_CODE}, {who} yêu cầu "
            f"{addressee(data)} tiến hành thương lượng tập thể để {purpose}, với các nội dung "
            "được đánh dấu dưới đây:")


def request_body(data: BargainingRequestData) -> Body:
    body = Body()
    body.text(_opening(data))
    body.table(topics_table(data))
    body.labelled("Nội dung cụ thể đề nghị thương lượng:", "")
    points = [line.strip() for line in data.content.splitlines() if line.strip()]
    body.dashed(points or ["(các bên trao đổi tại phiên họp thương lượng)"])
    if data.proposed_start or data.proposed_place.strip():
        when = f"ngày {dmy(data.proposed_start)}" if data.proposed_start else "…"
        where = data.proposed_place.strip() or "…"
        body.labelled("Đề xuất thời gian, địa điểm bắt đầu thương lượng:",
                      f"{when}, tại {where}.")
    if data.information_requested:
        body.labelled("Đề nghị người sử dụng lao động cung cấp các thông tin sau (khoản 3 Điều "
                      "70 Bộ luật Lao động):", "")
        body.dashed(data.information_requested)
    lead = RLParagraph(f"<b>Các thời hạn theo Điều 70 Bộ luật Lao động</b> (yêu cầu gửi ngày "
                       f"{dmy(data.requested_on)}):", body.st.body)
    body.add(KeepTogether([lead, table_flowable(clocks_table(data))]))  # short: never split
    body.text(CIVIL_CODE_COUNTING)
    if data.started_on and data.end_by:
        body.text(f"Thương lượng bắt đầu ngày {dmy(data.started_on)}; thời hạn kết thúc tính "
                  f"từ ngày này là ngày {dmy(data.end_by)}.")
    body.text("Bên nhận được yêu cầu không được từ chối thương lượng (khoản 1 Điều 70 Bộ luật "
              "Lao động). Người sử dụng lao động có trách nhiệm bố trí thời gian, địa điểm và "
              "các điều kiện cần thiết để tổ chức các phiên họp thương lượng tập thể.")
    body.end("Trân trọng")
    return body


def render_bargaining_request(data: BargainingRequestData, frame: doc.DocumentFrame,
                              on_page: Callable[[int], None] | None = None) -> bytes:
    """The request as PDF bytes: a công văn in the frame, addressed to the other party."""
    return render_paper(frame, request_body(data), on_page, addressees=(addressee(data),))
