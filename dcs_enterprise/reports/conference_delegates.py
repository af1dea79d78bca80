"""Danh sách đại biểu (or, for a full conference, of the workers summoned) of the workers'
conference (legal-vn.md §8 item 9): one line per person, and after the day the check-in time or
the absence; totals by kind and by department, and attendance (present, absent, percent), which
feed the quorum.

Built on the paged table of reports.tables, so a list of thousands renders in seconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import DelegateLine, DelegateListData
from dcs_enterprise.domain.conference_plan import DelegateKind
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.roster import GENDER_VI

from .blocks import PAD_X
from .conference_common import (
    DELEGATE_KIND_VI,
    conference_name,
    grouped,
    participants,
    percent,
)
from .conference_layout import Body, render_body
from .fonts import REGULAR
from .styles import TABLE_SIZE

HEADERS = ("STT", "Họ và tên", "Mã NV", "Giới tính", "Phòng ban, bộ phận", "Chức vụ",
           "Loại đại biểu")
WIDTHS_MM = (10.0, 40.0, 17.0, 11.0, 37.0, 27.0, 23.0)
ALIGN = ("CENTER", "LEFT", "LEFT", "CENTER", "LEFT", "LEFT", "CENTER")
ATTENDANCE_HEADER = "Điểm danh"
ATTENDANCE_WIDTHS_MM = (10.0, 36.0, 16.0, 10.0, 33.0, 20.0, 23.0, 17.0)
CODE_COLUMN = 2
SHARED_COLUMNS = (1, 4, 5)  # name, department, position: they give up room to a long code
ABSENT = "Vắng"
DEPARTMENT_HEADERS = ("STT", "Phòng ban, bộ phận", "Số người", "Trong đó nữ")
DEPARTMENT_WIDTHS_MM = (12.0, 93.0, 30.0, 30.0)


@dataclass(frozen=True)
class Tally:
    people: int = 0
    women: int = 0
    present: int = 0
    excused: int = 0  # absent with a reason

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.people + other.people, self.women + other.women,
                     self.present + other.present, self.excused + other.excused)

    @property
    def absent(self) -> int:
        return self.people - self.present


def tally(lines: Sequence[DelegateLine]) -> Tally:
    return Tally(len(lines), sum(1 for d in lines if d.gender == Gender.FEMALE),
                 sum(1 for d in lines if d.checked_in_at),
                 sum(1 for d in lines if not d.checked_in_at and d.absence_reason.strip()))


def by_department(data: DelegateListData) -> dict[str, Tally]:
    """Each department's tally, in the order the departments first appear."""
    out: dict[str, Tally] = {}
    for line in data.delegates:
        out[line.department] = out.get(line.department, Tally()) + tally((line,))
    return out


def by_kind(data: DelegateListData) -> dict[DelegateKind, int]:
    counts = Counter(d.kind for d in data.delegates)
    return {kind: counts[kind] for kind in DelegateKind if counts[kind]}


def delegate_list_title(data: DelegateListData) -> str:
    header = data.header
    who = ("Người lao động được triệu tập dự" if header.form is ConferenceForm.FULL
           else "Đại biểu dự")
    title = f"{who} {conference_name(header)}"
    return f"{title} và kết quả điểm danh" if data.with_attendance else title


def attendance(line: DelegateLine) -> str:
    if line.checked_in_at:
        return f"{line.checked_in_at:%H:%M}"
    reason = line.absence_reason.strip()
    return f"{ABSENT}\n{reason}" if reason else ABSENT


def delegate_table(data: DelegateListData) -> doc.Table:
    rows = []
    for number, line in enumerate(data.delegates, start=1):
        row = (str(number), line.name, line.code, GENDER_VI[line.gender], line.department,
               line.position, DELEGATE_KIND_VI[line.kind])
        rows.append((*row, attendance(line)) if data.with_attendance else row)
    if data.with_attendance:
        return doc.Table(headers=(*HEADERS, ATTENDANCE_HEADER), rows=tuple(rows),
                         col_widths_mm=fitted(ATTENDANCE_WIDTHS_MM, data),
                         align=(*ALIGN, "CENTER"))
    return doc.Table(headers=HEADERS, rows=tuple(rows), col_widths_mm=fitted(WIDTHS_MM, data),
                     align=ALIGN)


def fitted(widths: tuple[float, ...], data: DelegateListData) -> tuple[float, ...]:
    """The column widths with the code column as wide as the longest code (a code never
    wraps), the room taken from the name, department and position columns in proportion."""
    longest = max((stringWidth(d.code, REGULAR, TABLE_SIZE) for d in data.delegates),
                  default=0.0)
    needed = (longest + 2 * PAD_X + 1) / mm
    extra = needed - widths[CODE_COLUMN]
    if extra <= 0:
        return widths
    shared = sum(widths[i] for i in SHARED_COLUMNS)
    return tuple(needed if i == CODE_COLUMN
                 else w - extra * w / shared if i in SHARED_COLUMNS else w
                 for i, w in enumerate(widths))


def department_table(data: DelegateListData) -> doc.Table:
    headers, widths = DEPARTMENT_HEADERS, DEPARTMENT_WIDTHS_MM
    if data.with_attendance:
        headers, widths = (*headers, "Có mặt"), (12.0, 78.0, 25.0, 25.0, 25.0)

    def counts(number: str, name: str, tallied: Tally) -> tuple[str, ...]:
        row = (number, name, grouped(tallied.people), grouped(tallied.women))
        return (*row, grouped(tallied.present)) if data.with_attendance else row

    rows = [counts(str(n), name, tallied)
            for n, (name, tallied) in enumerate(by_department(data).items(), start=1)]
    rows.append(counts("", "Cộng", tally(data.delegates)))
    return doc.Table(headers=headers, rows=tuple(rows), col_widths_mm=widths,
                     align=("CENTER", "LEFT", *("CENTER",) * (len(headers) - 2)),
                     total_rows=(len(rows) - 1,))


def summary_lines(data: DelegateListData) -> list[str]:
    """The totals under the list, in Vietnamese."""
    noun = participants(data.header)
    total = tally(data.delegates)
    lines = [f"Tổng số {noun} được triệu tập: {grouped(total.people)} người, trong đó nữ: "
             f"{grouped(total.women)} người."]
    kinds = by_kind(data)
    if kinds:
        lines.append("Theo loại đại biểu: " + "; ".join(
            f"{DELEGATE_KIND_VI[kind].lower()}: {grouped(count)}"
            for kind, count in kinds.items()) + ".")
    if data.with_attendance:
        lines.append(f"Có mặt: {grouped(total.present)}/{grouped(total.people)} người, đạt "
                     f"{percent(total.present, total.people)}; vắng mặt: {grouped(total.absent)} "
                     f"người (có lý do: {grouped(total.excused)}, không có lý do: "
                     f"{grouped(total.absent - total.excused)}).")
    return lines


def render_delegate_list(data: DelegateListData, frame: doc.DocumentFrame,
                         on_page: Callable[[int], None] | None = None) -> bytes:
    """The delegate list as PDF bytes inside the given Decree 30 frame."""
    body = Body()
    body.table(delegate_table(data))
    body.section("Tổng hợp theo phòng ban, bộ phận:")
    body.table(department_table(data))
    body.text(*summary_lines(data))
    return render_body(frame, body, on_page)
