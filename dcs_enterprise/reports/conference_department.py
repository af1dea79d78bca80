"""Biên bản hội nghị bộ phận và bầu đại biểu dự Hội nghị người lao động (legal-vn.md §8 item 8,
Decree 30 Mẫu 1.9): who attended, the discussion, the petitions raised, and the election of the
department's delegates (method, seats, votes per candidate against the more-than-half rule).

Signed by the secretary (left) and the chair (right): the frame brings the two blocks.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import DepartmentMeetingData

from .conference_common import BLANK, METHOD_VI, conference_name, dmy, grouped, percent
from .conference_layout import Body, render_body

CANDIDATE_HEADERS = ("STT", "Họ và tên", "Mã NV", "Số phiếu tán thành",
                     "Tỷ lệ so với số người dự họp", "Kết quả")
CANDIDATE_WIDTHS_MM = (11.0, 52.0, 22.0, 24.0, 27.0, 29.0)
ELECTED_VI = {True: "Trúng cử", False: "Không trúng cử"}


def department_meeting_title(data: DepartmentMeetingData) -> str:
    conference = conference_name(data.header)
    if data.seats or data.candidates:
        return f"Hội nghị {data.department} và bầu đại biểu dự {conference}"
    return f"Hội nghị {data.department} chuẩn bị {conference}"


def candidate_table(data: DepartmentMeetingData) -> doc.Table:
    rows = tuple((str(n), c.name, c.code, str(c.votes), percent(c.votes, data.present),
                  ELECTED_VI[c.elected]) for n, c in enumerate(data.candidates, start=1))
    return doc.Table(headers=CANDIDATE_HEADERS, rows=rows, col_widths_mm=CANDIDATE_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER"))


def rule_line(data: DepartmentMeetingData) -> str:
    return (f"Đại biểu trúng cử phải được trên 50% số người dự họp tán thành (ít nhất "
            f"{data.needed} phiếu).")


def _election(body: Body, data: DepartmentMeetingData) -> None:
    body.section(f"3. Bầu đại biểu dự {conference_name(data.header)}")
    body.text(f"Số đại biểu được bầu: {data.seats}. Hình thức bầu: "
              f"{METHOD_VI[data.method].lower()}. Số người dự họp: {data.present}.", rule_line(data))
    if data.candidates:
        body.intro(f"Danh sách ứng cử viên và kết quả bầu ({len(data.candidates)} người):")
        body.table(candidate_table(data))
    elected = [c.name for c in data.candidates if c.elected]
    if elected:
        body.text(f"Đại biểu trúng cử ({len(elected)}/{data.seats}): {', '.join(elected)}.")
    else:
        body.text("Không có ứng cử viên nào trúng cử.")
    if len(elected) < data.seats:
        body.text(f"Còn {data.seats - len(elected)} đại biểu chưa được bầu: hội nghị bầu bổ sung "
                  "theo quy chế dân chủ ở cơ sở tại nơi làm việc.")


def department_meeting_body(data: DepartmentMeetingData) -> Body:
    body = Body()
    body.labelled("Thời gian bắt đầu:", f"{BLANK} giờ {BLANK}, ngày {dmy(data.held_on)}.")
    body.labelled("Địa điểm:", f"{data.department}, {data.header.enterprise_name}.")
    body.labelled("Thành phần tham dự:",
                  f"người lao động của {data.department}: được triệu tập "
                  f"{grouped(data.workers)} người, có mặt {grouped(data.present)} người "
                  f"({percent(data.present, data.workers)}), vắng mặt "
                  f"{grouped(data.workers - data.present)} người.")
    body.labelled("Chủ trì (chủ tọa):", f"{data.chair}.")
    body.labelled("Thư ký (người ghi biên bản):", f"{data.secretary}.")
    body.labelled("Nội dung (theo diễn biến hội nghị):", "")
    body.section("1. Thảo luận dự thảo các báo cáo và dự thảo nghị quyết")
    body.text(data.discussion or "Không có ý kiến.")
    body.section("2. Kiến nghị của người lao động")
    if data.petitions:
        body.text(f"Hội nghị thống nhất gửi {len(data.petitions)} kiến nghị đến Hội nghị:")
        body.numbered(data.petitions)
    else:
        body.text("Không có kiến nghị.")
    if data.seats or data.candidates:
        _election(body, data)
    body.end(f"Hội nghị kết thúc vào hồi {BLANK} giờ {BLANK}, ngày {dmy(data.held_on)}. Biên "
             "bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua")
    return body


def render_department_meeting(data: DepartmentMeetingData, frame: doc.DocumentFrame,
                              on_page: Callable[[int], None] | None = None) -> bytes:
    """The department meeting minutes as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, department_meeting_body(data), on_page)
