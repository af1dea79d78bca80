"""Danh sách thành viên đại diện đối thoại tại nơi làm việc (Decree 145/2020 Art 38; legal-vn.md
§8 item 2), for the notice board.

Both sides in one table, grouped by side and, on the worker side, by organisation; then the
composition against the law (D2: at least 3 including the legal representative; D3: the band
for the headcount), the date determined and the next renewal (D5), the replacements since, and
how and where the list is published.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.dialogue_documents import RepresentativeLine, RepresentativeListData
from dcs_enterprise.domain.dialogue_rules import Organisation
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.roster import GENDER_VI

from .conference_common import dmy, grouped
from .conference_layout import Body, render_body
from .dialogue_common import DECREE_145_SHORT, PUBLICATION_VI, organisation_name

HEADERS = ("STT", "Họ và tên", "Mã NV", "Giới tính", "Chức vụ", "Phòng ban, bộ phận", "Ghi chú")
WIDTHS_MM = (10.0, 38.0, 19.0, 12.0, 30.0, 36.0, 20.0)
ALIGN = ("CENTER", "LEFT", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT")
REPLACEMENT_HEADERS = ("STT", "Thành viên thôi tham gia", "Thành viên thay thế", "Ngày",
                       "Lý do")
REPLACEMENT_WIDTHS_MM = (11.0, 38.0, 38.0, 22.0, 56.0)
LEGAL_REPRESENTATIVE = "Người đại diện theo pháp luật"
ROMAN = ("I", "II")


def representatives_title(data: RepresentativeListData) -> str:
    return f"Thành viên đại diện đối thoại tại nơi làm việc của {data.parties.enterprise_name}"


def _note(line: RepresentativeLine) -> str:
    notes = [LEGAL_REPRESENTATIVE] if line.legal_representative else []
    if line.joined_on:
        notes.append(f"Tham gia từ {dmy(line.joined_on)}")  # replacements: the table below
    return "\n".join(notes)


def groups(data: RepresentativeListData) -> list[tuple[Organisation, list[RepresentativeLine]]]:
    """The members of each organisation that has any, employer first, in Organisation order."""
    return [(org, [m for m in data.members if m.organisation is org]) for org in Organisation
            if any(m.organisation is org for m in data.members)]


def members_table(data: RepresentativeListData) -> doc.Table:
    rows: list[tuple[str, ...]] = []
    spans: list[int] = []
    blank = ("",) * (len(HEADERS) - 1)
    worker_groups = [(o, ms) for o, ms in groups(data) if o is not Organisation.EMPLOYER]
    employer = [m for m in data.members if m.organisation is Organisation.EMPLOYER]
    sections = [(f"{ROMAN[0]}. BÊN NGƯỜI SỬ DỤNG LAO ĐỘNG ({grouped(len(employer))} người)",
                 [("", employer)])]
    workers = sum(len(ms) for _, ms in worker_groups)
    sections.append((f"{ROMAN[1]}. BÊN NGƯỜI LAO ĐỘNG ({grouped(workers)} người)",
                     [(f"{n}. {organisation_name(data.parties, o)} ({grouped(len(ms))} người)",
                       ms) for n, (o, ms) in enumerate(worker_groups, start=1)]))
    for heading, parts in sections:
        spans.append(len(rows))
        rows.append((heading, *blank))
        number = 0
        for subheading, members in parts:
            if subheading:
                spans.append(len(rows))
                rows.append((subheading, *blank))
            for member in members:
                number += 1
                rows.append((str(number), member.name, member.code, GENDER_VI[member.gender],
                             member.position, member.department, _note(member)))
    return doc.Table(headers=HEADERS, rows=tuple(rows), col_widths_mm=WIDTHS_MM, align=ALIGN,
                     span_rows=tuple(spans))


def band_text(data: RepresentativeListData) -> str:
    """"từ 09 đến 13 người" or "ít nhất 24 người" (D3, Art 38.2.a)."""
    low = doc.two_digits_below_ten(data.worker_minimum)
    if data.worker_maximum is None:
        return f"ít nhất {low} người"
    return f"ít nhất từ {low} đến {doc.two_digits_below_ten(data.worker_maximum)} người"


def composition_lines(data: RepresentativeListData) -> list[str]:
    employer = [m for m in data.members if m.organisation is Organisation.EMPLOYER]
    workers = [m for m in data.members if m.organisation is not Organisation.EMPLOYER]
    women = sum(1 for m in workers if m.gender is Gender.FEMALE)
    legal = any(m.legal_representative for m in employer)
    employer_verdict = ("đạt yêu cầu" if data.employer_side_ok else "chưa đạt yêu cầu")
    worker_verdict = ("đạt yêu cầu" if data.worker_side_ok else "chưa đạt yêu cầu")
    split = "; ".join(f"{organisation_name(data.parties, o)}: {grouped(len(ms))} người"
                      for o, ms in groups(data) if o is not Organisation.EMPLOYER)
    return [
        f"Bên người sử dụng lao động: {grouped(len(employer))} người, "
        + ("trong đó có người đại diện theo pháp luật" if legal
           else "không có người đại diện theo pháp luật")
        + f" (yêu cầu ít nhất 03 người, trong đó có người đại diện theo pháp luật, theo khoản 1 "
          f"Điều 38 {DECREE_145_SHORT}): {employer_verdict}.",
        f"Tổng số người lao động tại thời điểm xác định danh sách: {grouped(data.headcount)} "
        f"người; theo điểm a khoản 2 Điều 38 {DECREE_145_SHORT}, bên người lao động có "
        f"{band_text(data)}. Số thành viên bên người lao động trong danh sách: "
        f"{grouped(len(workers))} người (trong đó nữ: {grouped(women)} người): {worker_verdict}.",
        *([f"Phân bổ theo tỷ lệ thành viên của từng tổ chức (điểm b khoản 2 Điều 38): {split}."]
          if split else []),
    ]


def replacements_table(data: RepresentativeListData) -> doc.Table:
    rows = tuple((str(n), r.left_name, r.joined_name, dmy(r.replaced_on), r.reason)
                 for n, r in enumerate(data.replacements, start=1))
    return doc.Table(headers=REPLACEMENT_HEADERS, rows=rows, col_widths_mm=REPLACEMENT_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT", "CENTER", "LEFT"))


def publication_text(data: RepresentativeListData) -> str:
    if data.published_on is None or data.published_form is None:
        return "Danh sách được công khai tại nơi làm việc ngay sau khi được xác định."
    place = f" tại {data.published_place.strip()}" if data.published_place.strip() else ""
    return (f"Danh sách được công khai bằng hình thức {PUBLICATION_VI[data.published_form]}"
            f"{place} từ ngày {dmy(data.published_on)}.")


def representatives_body(data: RepresentativeListData) -> Body:
    body = Body()
    body.intro(f"Danh sách được xác định ngày {dmy(data.determined_on)} theo khoản 3 Điều 38 "
               f"{DECREE_145_SHORT}, gồm:")
    body.table(members_table(data))
    body.section("Thành phần theo quy định:")
    body.dashed(composition_lines(data))
    body.section("Thời hạn:")
    body.text(f"Danh sách được xác định định kỳ ít nhất 02 năm một lần; lần xác định tiếp theo "
              f"chậm nhất ngày {dmy(data.renewal_due)}.")
    if data.replacements:
        body.section("Thay thế thành viên:")
        body.table(replacements_table(data))
    body.end(publication_text(data))
    return body


def render_representatives(data: RepresentativeListData, frame: doc.DocumentFrame,
                           on_page: Callable[[int], None] | None = None) -> bytes:
    """The representative list as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, representatives_body(data), on_page)
