"""Thông báo thương lượng tập thể không thành (Labour Code 2019 Art 71; legal-vn.md §8 item 20).

The request and what followed; the ground (Art 71 point a, b or c) with the limit that passed;
the content still disputed; the next step: the labour dispute procedure, with no strike while
the dispute is being resolved. Who signs (the party declaring, or both for ground c) comes
with the frame.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import BargainingFailureData
from dcs_enterprise.domain.bargaining_rules import FailureGround

from .bargaining_common import GROUND_VI, requester_name
from .bargaining_layout import render_paper
from .conference_common import LABOUR_CODE, dmy
from .conference_layout import Body

NEXT_STEP = ("Các bên có quyền tiến hành các thủ tục giải quyết tranh chấp lao động theo quy định "
             f"của {LABOUR_CODE} (Điều 71; Chương XIV: hòa giải viên lao động, Hội đồng trọng "
             "tài lao động, Tòa án nhân dân). Trong thời gian đang giải quyết tranh chấp lao "
             "động, tổ chức đại diện người lao động không được tổ chức đình công.")


def failure_title(data: BargainingFailureData) -> str:
    return "Thương lượng tập thể không thành"


def ground_article(ground: FailureGround) -> str:
    """"điểm b Điều 71 Bộ luật Lao động năm 2019"."""
    return f"điểm {GROUND_VI[ground][0]} Điều 71 {LABOUR_CODE}"


def _limit(data: BargainingFailureData) -> str:
    if data.ground is FailureGround.REFUSED_OR_LATE and data.start_by:
        return (f" Theo khoản 1 Điều 70, thương lượng phải bắt đầu chậm nhất ngày "
                f"{dmy(data.start_by)} (30 ngày kể từ ngày nhận được yêu cầu).")
    if data.ground is FailureGround.TIME_RAN_OUT and data.end_by:
        return (f" Theo khoản 2 Điều 70, thời hạn thương lượng kết thúc ngày "
                f"{dmy(data.end_by)}.")
    return ""


def failure_body(data: BargainingFailureData) -> Body:
    header = data.header
    body = Body()
    history = (f"Ngày {dmy(data.requested_on)}, {requester_name(header, data.requester)} đã gửi "
               "yêu cầu thương lượng tập thể.")
    if data.started_on:
        history += (f" Các bên bắt đầu thương lượng từ ngày {dmy(data.started_on)} và đã tổ chức "
                    f"{data.sessions_held} phiên họp thương lượng.")
    else:
        history += " Việc thương lượng chưa được tiến hành."
    body.text(history)
    body.section("1. Căn cứ xác định thương lượng tập thể không thành")
    body.text(f"Căn cứ {ground_article(data.ground)}, thương lượng tập thể tại "
              f"{header.enterprise_name} được xác định là không thành kể từ ngày "
              f"{dmy(data.declared_on)}, do {GROUND_VI[data.ground][1]}.{_limit(data)}")
    if data.note.strip():
        body.text(data.note)
    body.section("2. Nội dung các bên còn ý kiến khác nhau")
    disputed = [p.strip().rstrip(";.") for p in data.disputed if p.strip()]
    if disputed:
        body.numbered(f"{p}." for p in disputed)
    else:
        body.text("Các bên chưa thương lượng được nội dung cụ thể.")
    body.section("3. Bước tiếp theo")
    body.end(NEXT_STEP)
    return body


def render_bargaining_failure(data: BargainingFailureData, frame: doc.DocumentFrame,
                              on_page: Callable[[int], None] | None = None) -> bytes:
    """The failed-bargaining notice as PDF bytes inside the given Decree 30 frame."""
    return render_paper(frame, failure_body(data), on_page)
