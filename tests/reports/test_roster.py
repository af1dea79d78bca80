"""The roster by department (danh sách người lao động) read back from its PDF."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pdf_probe import MM, find, fragments, full_text, page_texts, reader
from report_samples import roster_data, roster_frame

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.roster import (
    HEADERS,
    department_counts,
    render_roster,
    roman,
    roster_table,
    total_counts,
)


@pytest.fixture(scope="module")
def data() -> doc.RosterDocumentData:
    return roster_data()


@pytest.fixture(scope="module")
def pdf(samples: dict[str, bytes]) -> bytes:
    return samples["roster"]


def expected_summary(label: str, lines: list[doc.RosterLine]) -> str:
    women = sum(1 for line in lines if line.gender == Gender.FEMALE)
    members = sum(1 for line in lines if line.union_member)
    return f"{label}: {len(lines)} người, trong đó nữ: {women}, đoàn viên: {members}"


def test_totals_per_department_and_overall(data: doc.RosterDocumentData, pdf: bytes) -> None:
    text = full_text(pdf)
    every: list[doc.RosterLine] = []
    position = 0
    for department in data.departments:
        lines = list(department.rows)
        every += lines
        summary = expected_summary("Cộng", lines)
        found = text.find(summary, position)
        assert found > text.find(department.name, position) >= position, summary
        position = found
    total = expected_summary("Tổng cộng", every)
    assert text.find(total) > position
    assert total == total_counts(data).summary("Tổng cộng")


def test_summary_rows_are_bold_and_department_headings_numbered(
        data: doc.RosterDocumentData, pdf: bytes) -> None:
    frags = fragments(pdf)
    for index, department in enumerate(data.departments, start=1):
        heading = find(frags, f"{roman(index)}. {department.name}")
        assert heading.font == fonts.BOLD
        summary = find(frags, department_counts(department).summary("Cộng"))
        assert summary.font == fonts.BOLD
    assert find(frags, total_counts(data).summary("Tổng cộng")).font == fonts.BOLD


def test_every_employee_listed_once_in_order(data: doc.RosterDocumentData, pdf: bytes) -> None:
    frags = fragments(pdf)
    codes = [f.text for f in frags if re.fullmatch(r"NV\d{4}", f.text)]
    assert codes == [line.code for d in data.departments for line in d.rows]
    numbers = [int(f.text) for f in frags if f.text.isdigit() and f.y < 780 and f.x < 40 * MM]
    assert numbers == list(range(1, len(codes) + 1))


def test_cells_gender_date_and_union_mark(pdf: bytes) -> None:
    frags = fragments(pdf)
    first = find(frags, "NV0001")
    row = sorted((f for f in frags if f.page == first.page and f.y == first.y), key=lambda f: f.x)
    assert [f.text for f in row] == ["1", "NV0001", "Trần Văn Bình", "Nam", "03/02/1980",
                                     "Giám đốc"]  # not a union member: no "x"
    member = find(frags, "NV0091")
    row = sorted((f for f in frags if f.page == member.page and f.y == member.y),
                 key=lambda f: f.x)
    assert [f.text for f in row][2:] == ["Hồ Văn Ước", "Khác", "31/12/1999", "Bảo vệ", "x"]
    no_birth_date = find(frags, "NV0003")
    row = [f.text for f in frags if f.page == no_birth_date.page and f.y == no_birth_date.y]
    assert "Nữ" in row and not any(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in row)


def test_long_positions_wrap_inside_their_column(pdf: bytes) -> None:
    frags = fragments(pdf)
    lines = [find(frags, "Trưởng phòng Hành"), find(frags, "Chủ tịch Công đoàn")]
    assert lines[0].x == lines[1].x and lines[1].y < lines[0].y


def test_header_row_on_every_page(pdf: bytes) -> None:
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for text in pages:
        assert all(header.split()[0] in text for header in HEADERS)
    frags = fragments(pdf)
    for page in range(1, len(pages) + 1):
        assert find(frags, "Họ và tên", page=page).font == fonts.BOLD


def test_frame_of_the_roster(pdf: bytes) -> None:
    text = page_texts(pdf)[0]
    assert "DANH SÁCH Người lao động đến ngày 05/01/2027" in text
    assert "Số: 05/DS-CT" in text
    assert "Bình Dương, ngày 05 tháng 01 năm 2027" in text
    assert reader(pdf).metadata.author == "Công ty TNHH May mặc Bình An"


def test_a_heading_never_ends_a_page() -> None:
    """A department heading at the foot of a page moves over with its first line."""
    departments = tuple(
        doc.DepartmentRoster(f"Tổ {n}", tuple(
            doc.RosterLine(f"T{n}-{i}", f"Người {i}", Gender.MALE, date(1990, 1, 1), "", False)
            for i in range(n % 7 + 1)))
        for n in range(1, 40))
    data = doc.RosterDocumentData("Công ty A", "CĐCS Công ty A", "Hà Nội", date(2027, 1, 5),
                                  departments)
    pdf = render_roster(data, roster_frame(data))
    frags = fragments(pdf)
    table = roster_table(data)
    headings = {row[0] for i, row in enumerate(table.rows) if i in set(table.span_rows)
                and i not in set(table.total_rows)}
    pages = max(f.page for f in frags)
    assert pages >= 2
    for page in range(1, pages):
        cells = [f for f in frags if f.page == page and f.y < 780]
        lowest = min(cells, key=lambda f: f.y)
        assert lowest.text not in headings, (page, lowest.text)
