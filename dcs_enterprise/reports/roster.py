"""The roster by department (danh sách người lao động): one long table, header repeated on each
page, a heading and a subtotal per department and the overall total at the end.

Built for factory scale (tens of thousands of lines): cells are plain strings unless a value is
too wide for its column, and the whole list is one LongTable that ReportLab splits page by page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.roster import GENDER_VI

from .frame import render_document

HEADERS = ("STT", "Mã NV", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Đoàn viên CĐ")
COL_WIDTHS_MM = (12.0, 21.0, 43.0, 13.0, 21.0, 40.0, 15.0)
ALIGN = ("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "LEFT", "CENTER")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


@dataclass(frozen=True)
class Counts:
    people: int = 0
    women: int = 0
    members: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.people + other.people, self.women + other.women,
                      self.members + other.members)

    def summary(self, label: str) -> str:
        return (f"{label}: {self.people} người, trong đó nữ: {self.women}, "
                f"đoàn viên: {self.members}")


def department_counts(department: doc.DepartmentRoster) -> Counts:
    rows = department.rows
    return Counts(len(rows), sum(1 for r in rows if r.gender == Gender.FEMALE),
                  sum(1 for r in rows if r.union_member))


def total_counts(data: doc.RosterDocumentData) -> Counts:
    return sum((department_counts(d) for d in data.departments), Counts())


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def roster_title(data: doc.RosterDocumentData) -> str:
    return f"Người lao động đến ngày {data.day:%d/%m/%Y}"


def roster_table(data: doc.RosterDocumentData) -> doc.Table:
    rows: list[tuple[str, ...]] = []
    spans: list[int] = []
    totals: list[int] = []
    stt = 0
    for index, department in enumerate(data.departments, start=1):
        spans.append(len(rows))
        rows.append((f"{roman(index)}. {department.name}",))
        for line in department.rows:
            stt += 1
            rows.append((
                str(stt),
                line.code,
                line.full_name,
                GENDER_VI[line.gender],
                f"{line.date_of_birth:%d/%m/%Y}" if line.date_of_birth else "",
                line.position,
                "x" if line.union_member else "",
            ))
        spans.append(len(rows))
        totals.append(len(rows))
        rows.append((department_counts(department).summary("Cộng"),))
    spans.append(len(rows))
    totals.append(len(rows))
    rows.append((total_counts(data).summary("Tổng cộng"),))
    return doc.Table(headers=HEADERS, rows=tuple(rows), col_widths_mm=COL_WIDTHS_MM, align=ALIGN,
                     total_rows=tuple(totals), span_rows=tuple(spans))


def render_roster(data: doc.RosterDocumentData, frame: doc.DocumentFrame,
                  on_page: Callable[[int], None] | None = None) -> bytes:
    """The roster as PDF bytes inside the given Decree 30 frame (type name "DANH SÁCH")."""
    return render_document(frame, [roster_table(data)], on_page)
