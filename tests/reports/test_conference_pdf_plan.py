"""The joint conference plan (kế hoạch tổ chức Hội nghị người lao động) read back from its PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_probe import find, fragments, full_text, page_texts, reader
from report_samples import plan_data, plan_frame

from dcs_enterprise.domain import conference_documents as cd
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.conference_common import OWNER_VI, TASK_VI
from dcs_enterprise.reports.conference_plan import (
    SEAT_METHOD,
    render_conference_plan,
    seat_table,
    task_table,
)


@pytest.fixture(scope="module")
def data() -> cd.ConferencePlanData:
    return plan_data()


@pytest.fixture(scope="module")
def pdf(data: cd.ConferencePlanData) -> bytes:
    return render_conference_plan(data, plan_frame(data))


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_joint_header_and_title(pdf: bytes) -> None:
    first = page_texts(pdf)[0]
    assert "CÔNG TY TNHH MAY MẶC BÌNH AN" in first
    assert "CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY MẶC BÌNH AN" in first
    assert "Số: 02/KH-CT-CĐCS" in first
    assert "KẾ HOẠCH Tổ chức Hội nghị đại biểu người lao động năm 2027" in first
    assert reader(pdf).metadata.title == "KẾ HOẠCH Tổ chức Hội nghị đại biểu người lao động năm 2027"


def test_purpose_form_time_place_budget(data: cd.ConferencePlanData, pdf: bytes) -> None:
    text = full_text(pdf)
    assert one_line(data.purpose) in text
    assert "1. Hình thức: Hội nghị đại biểu người lao động." in text
    assert one_line(data.form_basis) in text
    assert "2. Thời gian: 07 giờ 30 ngày 20/03/2027 (thứ Bảy)." in text
    assert f"3. Địa điểm: {data.header.place}." in text
    assert "4. Kinh phí dự kiến: 25.000.000 đồng." in text


def test_seat_allocation_with_totals_from_the_data(data: cd.ConferencePlanData,
                                                   pdf: bytes) -> None:
    text = full_text(pdf)
    seats = sum(s.seats for s in data.seats)
    workers = sum(s.headcount for s in data.seats)
    assert (seats, workers) == (50, 1250)
    assert f"1. Đại biểu được bầu: {seats} đại biểu, {SEAT_METHOD}:" in one_line(text)
    assert "mỗi phòng ban ít nhất 01 đại biểu" in text
    for number, line in enumerate(data.seats, start=1):
        assert f"{number} {line.department} {line.headcount} {line.seats}" in text
    assert "Cộng 1.250 50" in text
    frags = fragments(pdf)
    assert find(frags, "1.250").font == fonts.BOLD  # the total row
    assert seat_table(data).total_rows == (len(data.seats),)
    total = seats + len(data.ex_officio)
    assert (f"Tổng số đại biểu được triệu tập: {total} người, gồm {len(data.ex_officio)} đại "
            f"biểu đương nhiên và {seats} đại biểu được bầu") in text


def test_ex_officio_delegates_listed(data: cd.ConferencePlanData, pdf: bytes) -> None:
    text = full_text(pdf)
    assert f"2. Đại biểu đương nhiên: {len(data.ex_officio)} người:" in text
    for number, person in enumerate(data.ex_officio, start=1):
        assert f"{number} {person.name} {person.position}" in text


def test_preparation_timeline(data: cd.ConferencePlanData, pdf: bytes) -> None:
    frags = fragments(pdf)
    table = task_table(data)
    assert len(table.rows) == len(data.tasks) == 7
    for row, task in zip(table.rows, data.tasks, strict=True):
        assert row[1] == TASK_VI[task.kind] and row[2] == OWNER_VI[task.owner]
        due = find(frags, f"{task.due:%d/%m/%Y}")
        assert due.font == fonts.REGULAR
    done = find(frags, "18/02/2027")  # the first task is done; the others are open
    started = find(frags, "19/02/2027", page=done.page)
    assert done.y == started.y and done.x > started.x
    text = full_text(pdf)
    assert "STT Công việc Phụ trách Thời hạn Hoàn thành" in text
    assert "Hai bên phối hợp" in text and "Các phòng ban, bộ phận" in text


def test_agenda_responsibilities_and_follow_up(data: cd.ConferencePlanData, pdf: bytes) -> None:
    text = full_text(pdf)
    for item in data.agenda:
        assert f"{item.starts_at.replace(':', 'h')} {item.title.split(';')[0]}" in one_line(text)
    assert "Phòng Hành chính - Nhân sự: chuẩn bị báo cáo" in text
    assert "Nghị quyết Hội nghị được công khai đến toàn thể người lao động" in text
    assert "Sau 6 tháng" in text and "thông báo đến toàn thể người lao động" in text
    assert text.rstrip().endswith("Nguyễn Thị Ánh Tuyết Trần Văn Bình Nơi nhận: - Công đoàn Khu "
                                  "công nghiệp Việt Nam - Singapore; - Các phòng ban, bộ phận; - "
                                  "Lưu: VT, HCNS, CĐCS.")


def test_sections_in_order(pdf: bytes) -> None:
    text = full_text(pdf)
    sections = ["I. MỤC ĐÍCH, YÊU CẦU", "II. HÌNH THỨC", "III. THÀNH PHẦN", "IV. CÔNG TÁC",
                "V. CHƯƠNG TRÌNH", "VI. PHÂN CÔNG", "VII. PHỔ BIẾN"]
    positions = [text.find(s) for s in sections]
    assert -1 not in positions and positions == sorted(positions)


def test_no_heading_ends_a_page(pdf: bytes) -> None:
    """A section heading or a table's introduction line is never the last line of a page."""
    frags = fragments(pdf)
    pages = max(f.page for f in frags)
    for page in range(1, pages):
        lowest = min((f for f in frags if f.page == page and f.size == 13), key=lambda f: f.y)
        below = [f for f in frags if f.page == page and f.y < lowest.y]
        if below:  # a table ends the page: it started under its introduction
            continue
        assert lowest.font != fonts.BOLD, (page, lowest.text)
        assert not lowest.text.endswith(":"), (page, lowest.text)


def test_full_conference_without_seats() -> None:
    data = replace(plan_data(), seats=(), ex_officio=(), budget=0,
                   header=replace(plan_data().header, form=ConferenceForm.FULL))
    text = full_text(render_conference_plan(data, plan_frame(data)))
    assert "Tổ chức Hội nghị người lao động năm 2027" in text
    assert "1. Hình thức: Hội nghị toàn thể người lao động." in text
    assert "toàn thể người lao động của Công ty được triệu tập" in text
    assert "Số đại biểu được bầu" not in text and "Kinh phí" not in text
    assert "Tổng số người lao động của Công ty TNHH May mặc Bình An: 1.250 người." in text
