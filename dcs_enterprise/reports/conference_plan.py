"""Kế hoạch tổ chức Hội nghị người lao động: the joint plan of the employer and the union
(legal-vn.md §8 item 7; Decree 30 Mẫu 1.4; two issuing bodies and two signatures, §5 note).

Purpose; form and why; day, time, place and budget; who attends (seats per department by the
largest remainder, ex officio delegates); the preparation timeline; the agenda; who does what;
and what follows the conference (publication, follow-up, the 6-month review).
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import ConferencePlanData
from dcs_enterprise.domain.conference_rules import ConferenceForm

from .conference_common import (
    FORM_VI,
    OWNER_VI,
    TASK_VI,
    conference_name,
    dmy,
    grouped,
    vnd,
    when,
)
from .conference_layout import Body, agenda_table, render_body

SEAT_HEADERS = ("STT", "Phòng ban, bộ phận", "Số người lao động", "Số đại biểu được bầu")
SEAT_WIDTHS_MM = (12.0, 83.0, 35.0, 35.0)
SEAT_METHOD = ("phân bổ theo tỷ lệ số người lao động (phương pháp số dư lớn nhất), mỗi phòng "
               "ban ít nhất 01 đại biểu")
PEOPLE_HEADERS = ("STT", "Họ và tên", "Chức vụ")
PEOPLE_WIDTHS_MM = (12.0, 63.0, 90.0)
TASK_HEADERS = ("STT", "Công việc", "Phụ trách", "Thời hạn", "Hoàn thành")
TASK_WIDTHS_MM = (11.0, 77.0, 33.0, 22.0, 22.0)
FOLLOW_UP = (
    "Nghị quyết Hội nghị được công khai đến toàn thể người lao động: niêm yết tại bảng tin của "
    "Công ty, phổ biến tại các phòng ban, bộ phận; Ban Chấp hành Công đoàn cơ sở phối hợp phổ "
    "biến đến đoàn viên và người lao động.",
    "Mỗi nội dung cam kết của nghị quyết được giao người phụ trách và thời hạn thực hiện; tiến "
    "độ được theo dõi và cập nhật thường xuyên.",
    "Sau 6 tháng, người sử dụng lao động phối hợp với Ban Chấp hành Công đoàn cơ sở kiểm tra, "
    "đánh giá kết quả thực hiện nghị quyết và thông báo đến toàn thể người lao động; kết quả cả "
    "năm được báo cáo tại Hội nghị người lao động năm sau.",
)


def plan_title(data: ConferencePlanData) -> str:
    return f"Tổ chức {conference_name(data.header)}"


def seat_table(data: ConferencePlanData) -> doc.Table:
    rows = [(str(n), line.department, grouped(line.headcount), grouped(line.seats))
            for n, line in enumerate(data.seats, start=1)]
    rows.append(("", "Cộng", grouped(sum(s.headcount for s in data.seats)),
                 grouped(sum(s.seats for s in data.seats))))
    return doc.Table(headers=SEAT_HEADERS, rows=tuple(rows), col_widths_mm=SEAT_WIDTHS_MM,
                     align=("CENTER", "LEFT", "CENTER", "CENTER"), total_rows=(len(rows) - 1,))


def ex_officio_table(data: ConferencePlanData) -> doc.Table:
    rows = tuple((str(n), p.name, p.position) for n, p in enumerate(data.ex_officio, start=1))
    return doc.Table(headers=PEOPLE_HEADERS, rows=rows, col_widths_mm=PEOPLE_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT"))


def task_table(data: ConferencePlanData) -> doc.Table:
    rows = tuple((str(n), TASK_VI[t.kind], OWNER_VI[t.owner], dmy(t.due),
                  dmy(t.done_on) if t.done_on else "")
                 for n, t in enumerate(data.tasks, start=1))
    return doc.Table(headers=TASK_HEADERS, rows=rows, col_widths_mm=TASK_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER"))


def _attendance(body: Body, data: ConferencePlanData) -> None:
    header = data.header
    body.section("III. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU")
    body.text(f"Tổng số người lao động của {header.enterprise_name}: {grouped(data.headcount)} "
              "người.")
    elected = sum(s.seats for s in data.seats)
    if header.form is ConferenceForm.FULL:
        body.text("Hội nghị được tổ chức theo hình thức hội nghị toàn thể: toàn thể người lao "
                  "động của Công ty được triệu tập.")
    else:
        total = f"Tổng số đại biểu được triệu tập: {grouped(elected + len(data.ex_officio))} người"
        where = "được bầu tại hội nghị các phòng ban, bộ phận"
        body.text(f"{total}, gồm {len(data.ex_officio)} đại biểu đương nhiên và "
                  f"{grouped(elected)} đại biểu {where}." if data.ex_officio
                  else f"{total}, đều là đại biểu {where}.")
    number = 0
    if data.seats:
        number += 1
        body.intro(f"{number}. Đại biểu được bầu: {grouped(elected)} đại biểu, {SEAT_METHOD}:")
        body.table(seat_table(data))
    if data.ex_officio:
        number += 1
        body.intro(f"{number}. Đại biểu đương nhiên: {len(data.ex_officio)} người:")
        body.table(ex_officio_table(data))


def plan_body(data: ConferencePlanData) -> Body:
    header = data.header
    body = Body()
    body.section("I. MỤC ĐÍCH, YÊU CẦU")
    body.text(data.purpose)
    body.section("II. HÌNH THỨC, THỜI GIAN, ĐỊA ĐIỂM, KINH PHÍ")
    body.labelled("1. Hình thức:", f"{FORM_VI[header.form]}.")
    body.text(data.form_basis)
    body.labelled("2. Thời gian:", f"{when(header.start_time, header.held_on)}.")
    body.labelled("3. Địa điểm:", f"{header.place}.")
    if data.budget > 0:
        body.labelled("4. Kinh phí dự kiến:", f"{vnd(data.budget)}.")
    _attendance(body, data)
    body.section("IV. CÔNG TÁC CHUẨN BỊ")
    body.intro("Các công việc chuẩn bị, người phụ trách và thời hạn hoàn thành:")
    body.table(task_table(data))
    body.section("V. CHƯƠNG TRÌNH HỘI NGHỊ (DỰ KIẾN)")
    body.table(agenda_table(data.agenda))
    body.section("VI. PHÂN CÔNG TRÁCH NHIỆM")
    body.text(data.responsibilities)
    body.section("VII. PHỔ BIẾN, TRIỂN KHAI SAU HỘI NGHỊ")
    body.numbered(FOLLOW_UP)
    body.end(f"Trên đây là Kế hoạch tổ chức {conference_name(header)} của {header.enterprise_name}"
             f" và {header.union_name}. Các phòng ban, bộ phận và cá nhân có liên quan căn cứ Kế "
             "hoạch tổ chức thực hiện")
    return body


def render_conference_plan(data: ConferencePlanData, frame: doc.DocumentFrame,
                           on_page: Callable[[int], None] | None = None) -> bytes:
    """The plan as PDF bytes inside the given (joint) Decree 30 frame."""
    return render_body(frame, plan_body(data), on_page)
