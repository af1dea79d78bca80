"""The delegate list (danh sách đại biểu), before the day and with the check-in results."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import replace
from datetime import datetime

import pytest
from pdf_probe import find, fragments, full_text, page_texts
from report_samples import delegate_list_data, delegate_list_frame, sample_name

from dcs_enterprise.domain import conference_documents as cd
from dcs_enterprise.domain.conference_plan import DelegateKind
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.conference_delegates import (
    ATTENDANCE_HEADER,
    HEADERS,
    by_department,
    delegate_list_title,
    delegate_table,
    render_delegate_list,
)


@pytest.fixture(scope="module")
def before() -> tuple[cd.DelegateListData, bytes]:
    data = delegate_list_data()
    return data, render_delegate_list(data, delegate_list_frame(data))


@pytest.fixture(scope="module")
def after() -> tuple[cd.DelegateListData, bytes]:
    data = delegate_list_data(with_attendance=True)
    return data, render_delegate_list(data, delegate_list_frame(data))


def row_of(frags: list, code: str) -> list[str]:
    cell = find(frags, code)
    same = [f for f in frags if f.page == cell.page and abs(f.y - cell.y) < 8]
    return [f.text for f in sorted(same, key=lambda f: (f.x, -f.y))]


def test_title_and_header_row(before: tuple, after: tuple) -> None:
    text = page_texts(before[1])[0]
    assert "DANH SÁCH Đại biểu dự Hội nghị đại biểu người lao động năm 2027" in text
    assert "Số: 08/DS-CT" in text
    assert ("STT Họ và tên Mã NV Giới tính Phòng ban, bộ phận Chức vụ Loại đại biểu"
            in text)
    assert ATTENDANCE_HEADER not in full_text(before[1])
    assert "và kết quả điểm danh" in page_texts(after[1])[0]
    full = replace(before[0], header=replace(before[0].header, form=ConferenceForm.FULL))
    assert delegate_list_title(full).startswith("Người lao động được triệu tập dự Hội nghị "
                                                "người lao động năm 2027")


def test_every_delegate_once_in_order_with_numbers(before: tuple) -> None:
    data, pdf = before
    frags = fragments(pdf)
    codes = [f.text for f in frags if re.fullmatch(r"NV\d{4}", f.text)]
    assert codes == [d.code for d in data.delegates]
    assert len(codes) == 54
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for text in pages[:-1]:
        assert all(header.split()[0] in text for header in HEADERS)  # header on every page


def test_cells_in_vietnamese(before: tuple) -> None:
    frags = fragments(before[1])
    assert row_of(frags, "NV0001") == ["1", "Trần Văn Bình", "NV0001", "Nam", "Ban Giám đốc",
                                       "Giám đốc", "Đương nhiên"]
    row = row_of(frags, "NV1000")
    assert row[:4] == ["5", "Nguyễn Thị Thu Hà", "NV1000", "Nữ"]
    assert "Được bầu" in row and "Phân xưởng may số 1" in row


def test_totals_computed_from_the_list(before: tuple) -> None:
    data, pdf = before
    text = full_text(pdf)
    women = sum(d.gender == Gender.FEMALE for d in data.delegates)
    kinds = Counter(d.kind for d in data.delegates)
    assert (len(data.delegates), kinds[DelegateKind.EX_OFFICIO]) == (54, 4)
    assert (f"Tổng số đại biểu được triệu tập: {len(data.delegates)} người, trong đó nữ: "
            f"{women} người.") in text
    assert (f"Theo loại đại biểu: đương nhiên: {kinds[DelegateKind.EX_OFFICIO]}; được bầu: "
            f"{kinds[DelegateKind.ELECTED]}.") in text
    departments = list(dict.fromkeys(d.department for d in data.delegates))
    assert list(by_department(data)) == departments
    for number, name in enumerate(departments, start=1):
        lines = [d for d in data.delegates if d.department == name]
        women = sum(d.gender == Gender.FEMALE for d in lines)
        assert f"{number} {name} {len(lines)} {women}" in text
    women = sum(d.gender == Gender.FEMALE for d in data.delegates)
    assert f"Cộng {len(data.delegates)} {women}" in text
    assert find(fragments(pdf), "Cộng").font == fonts.BOLD


def test_check_in_times_absences_and_attendance(after: tuple) -> None:
    data, pdf = after
    frags = fragments(pdf)
    first = data.delegates[0]
    assert first.checked_in_at is not None
    assert row_of(frags, first.code)[-1] == f"{first.checked_in_at:%H:%M}"
    excused, unexcused = data.delegates[4], data.delegates[8]
    assert excused.absence_reason == "Nghỉ ốm" and excused.checked_in_at is None
    cell = [f for f in frags if f.text in ("Vắng", "Nghỉ ốm")
            and abs(f.y - find(frags, excused.code).y) < 8]
    assert [f.text for f in sorted(cell, key=lambda f: -f.y)] == ["Vắng", "Nghỉ ốm"]
    assert row_of(frags, unexcused.code)[-1] == "Vắng"
    present = sum(1 for d in data.delegates if d.checked_in_at)
    total = len(data.delegates)
    assert (present, total) == (52, 54)
    text = full_text(pdf)
    assert (f"Có mặt: {present}/{total} người, đạt 96,3%; vắng mặt: 2 người (có lý do: 1, không "
            "có lý do: 1).") in text
    assert "Phòng ban, bộ phận Số người Trong đó nữ Có mặt" in text
    women = sum(d.gender == Gender.FEMALE for d in data.delegates)
    assert f"Cộng {total} {women} {present}" in text


def test_signatures_not_alone_on_the_last_page(after: tuple) -> None:
    last = page_texts(after[1])[-1]
    assert "GIÁM ĐỐC" in last and "Tổng số đại biểu được triệu tập" in last


def test_two_thousand_delegates_render_quickly() -> None:
    departments = [f"Tổ may {n}" for n in range(1, 41)]
    lines = tuple(
        cd.DelegateLine(sample_name(n, n % 3 != 0), f"W{n:05d}",
                        Gender.FEMALE if n % 3 != 0 else Gender.MALE, departments[n % 40],
                        "Công nhân", DelegateKind.WORKER,
                        checked_in_at=datetime(2027, 3, 20, 7, n % 60) if n % 10 else None)
        for n in range(2000))
    header = replace(delegate_list_data().header, form=ConferenceForm.FULL)
    data = cd.DelegateListData(header, lines, with_attendance=True)
    started = time.perf_counter()
    pdf = render_delegate_list(data, delegate_list_frame(data))
    assert time.perf_counter() - started < 20  # about 2 s here; quadratic tables take minutes
    text = full_text(pdf)
    assert "Tổng số người lao động được triệu tập: 2.000 người" in text
    assert "Có mặt: 1.800/2.000 người, đạt 90%; vắng mặt: 200 người" in text
    assert "Theo loại đại biểu: người lao động: 2.000." in text


@pytest.mark.parametrize("with_attendance", [False, True])
def test_long_codes_widen_their_column(with_attendance: bool) -> None:
    data = delegate_list_data(with_attendance)
    data = replace(data, delegates=tuple(replace(d, code=f"PL{n:08d}")
                                         for n, d in enumerate(data.delegates)))
    table = delegate_table(data)
    assert sum(table.col_widths_mm) == pytest.approx(165)
    frags = fragments(render_delegate_list(data, delegate_list_frame(data)))
    for code in ("PL00000001", "PL00000033"):
        cell = find(frags, code)
        gender = [f for f in frags if f.page == cell.page and abs(f.y - cell.y) < 1
                  and f.text in ("Nam", "Nữ")]
        assert cell.right < gender[0].x - 3  # no overlap: a gap and the column rule between
