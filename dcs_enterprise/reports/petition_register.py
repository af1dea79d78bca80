"""Sổ theo dõi kiến nghị, phản ánh of one year (legal-vn.md §8 item 28; Decree 145/2020 Art 44;
Law 10/2022 Arts 3.6, 9.2): every petition received, in the order received, with its date,
channel, petitioner, category and content, addressee and due date, the answer and its date, the
status, where it was published, and any escalation; then the totals.

Rule S3: an anonymous petitioner is printed "Ẩn danh" unless the register is the union's own
(its data then carries the name, marked as confidential). The renderer has portrait pages only,
so each petition takes two rows: its identity across the width, then four columns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.petitions import Channel
from dcs_enterprise.domain.supervision import Status
from dcs_enterprise.domain.supervision_documents import PetitionLine, PetitionRegisterData

from .conference_common import dmy
from .conference_layout import Body, render_body
from .supervision_common import (
    ANONYMOUS,
    CATEGORY_VI,
    CHANNEL_VI,
    DECREE_145_SHORT,
    NOT_GIVEN,
    OVERDUE,
    S3_CITATION,
    STATUS_VI,
    cap,
    due_text,
)

HEADERS = ("Nội dung kiến nghị, phản ánh", "Gửi đến, hạn trả lời", "Trả lời, ngày trả lời",
           "Tình trạng, công khai")
WIDTHS_MM = (62.0, 33.0, 42.0, 28.0)
ALIGN = ("LEFT", "LEFT", "LEFT", "LEFT")
CONTENT_LIMIT = 360  # characters of a long content or answer a cell keeps
CONFIDENTIAL = "(giữ bí mật)"


def petitioner(line: PetitionLine) -> str:
    """S3: "Ẩn danh" to a reader who may not know; the name marked confidential to the union."""
    if line.identity_hidden:
        return ANONYMOUS if line.anonymous else NOT_GIVEN
    if line.anonymous:
        name = line.petitioner.strip()
        return f"{name} {CONFIDENTIAL}" if name else ANONYMOUS
    return line.petitioner.strip() or NOT_GIVEN


def heading_row(line: PetitionLine) -> str:
    """The petition's identity across the table: number, date, channel, petitioner, category
    and subject."""
    subject = f": {line.subject.strip()}" if line.subject.strip() else ""
    return (f"Số {line.number}, ngày {dmy(line.raised_on)} - {CHANNEL_VI[line.channel]} - "
            f"Người gửi: {petitioner(line)} - {CATEGORY_VI[line.category]}{subject}")


def content_cell(line: PetitionLine) -> str:
    return cap(line.content, CONTENT_LIMIT) or line.subject.strip()


def addressee_cell(line: PetitionLine, days: int) -> str:
    parts = [line.addressee.strip() or "Chưa chuyển"]
    if line.routed_on:
        parts.append(f"Chuyển {dmy(line.routed_on)}")
    parts.append(due_text(line.due_on, line.due_rule, days))
    return "\n".join(parts)


def answer_cell(line: PetitionLine) -> str:
    if not line.answer.strip():
        return ""
    answer = cap(line.answer, CONTENT_LIMIT)
    return f"{answer}\n(ngày {dmy(line.answered_on)})" if line.answered_on else answer


def status_cell(line: PetitionLine) -> str:
    parts = [STATUS_VI[line.status]]
    if line.overdue:
        parts.append(OVERDUE)
    if line.closing_note.strip() and line.status in (Status.RESOLVED, Status.ESCALATED):
        parts.append(cap(line.closing_note, 120))
    if line.published_on:
        where = f" tại {line.published_where.strip()}" if line.published_where.strip() else ""
        parts.append(f"Công khai {dmy(line.published_on)}{where}")
    return "\n".join(parts)


def register_table(data: PetitionRegisterData) -> doc.Table:
    """Two rows a petition: its identity across the width (bold, kept with what follows),
    then its content, addressee and due date, answer, and status."""
    rows: list[tuple[str, ...]] = []
    spans: list[int] = []
    blank = ("",) * (len(HEADERS) - 1)
    for line in data.lines:
        spans.append(len(rows))
        rows.append((heading_row(line), *blank))
        rows.append((content_cell(line), addressee_cell(line, data.answer_days),
                     answer_cell(line), status_cell(line)))
    return doc.Table(headers=HEADERS, rows=tuple(rows), col_widths_mm=WIDTHS_MM, align=ALIGN,
                     span_rows=tuple(spans))


def totals_lines(data: PetitionRegisterData) -> list[str]:
    statuses = Counter(line.status for line in data.lines)
    channels = Counter(line.channel for line in data.lines)
    anonymous = sum(line.anonymous for line in data.lines)
    overdue = sum(line.overdue for line in data.lines)
    published = sum(line.published_on is not None for line in data.lines)
    return [
        f"Tổng số kiến nghị, phản ánh tiếp nhận: {len(data.lines):02d}, trong đó ẩn danh: "
        f"{anonymous:02d}",
        "Theo tình trạng: " + "; ".join(f"{STATUS_VI[s].lower()}: {statuses[s]:02d}"
                                        for s in Status if statuses[s]),
        "Theo kênh tiếp nhận: " + "; ".join(f"{CHANNEL_VI[c].lower()}: {channels[c]:02d}"
                                            for c in Channel if channels[c]),
        f"Quá hạn trả lời (đến ngày {dmy(data.as_of)}): {overdue:02d}; đã công khai kết quả "
        f"trả lời: {published:02d}",
    ]


def identity_note(data: PetitionRegisterData) -> str:
    if data.identities_shown:
        return ("Sổ này ghi danh tính người gửi kiến nghị ẩn danh, chỉ Ban Chấp hành Công đoàn "
                "cơ sở được lưu giữ, sử dụng; nghiêm cấm tiết lộ thông tin về người kiến nghị, "
                f"phản ánh ({S3_CITATION})")
    return (f"Danh tính người gửi kiến nghị ẩn danh được giữ bí mật ({S3_CITATION}): các "
            f"kiến nghị đó được ghi “{ANONYMOUS}”")


UNION_COPY = ("BẢN LƯU CỦA CÔNG ĐOÀN CƠ SỞ, CÓ DANH TÍNH NGƯỜI KIẾN NGHỊ ẨN DANH: "
              "KHÔNG CUNG CẤP CHO NGƯỜI SỬ DỤNG LAO ĐỘNG")


def register_body(data: PetitionRegisterData) -> Body:
    body = Body()
    if data.identities_shown:  # S3: said on the first page, not only at the end
        body.centred(UNION_COPY)
    body.text(f"Sổ theo dõi các kiến nghị, phản ánh của người lao động gửi đến người sử dụng lao "
              f"động năm {data.year} qua các kênh tiếp nhận (Điều 44 {DECREE_145_SHORT}), cập "
              f"nhật đến ngày {dmy(data.as_of)}. Thời hạn trả lời theo quy chế dân chủ ở cơ sở "
              f"tại nơi làm việc: {data.answer_days} ngày kể từ ngày nhận kiến nghị.")
    if not data.lines:
        body.end(f"Trong năm {data.year} chưa tiếp nhận kiến nghị, phản ánh nào")
        return body
    body.table(register_table(data))
    body.section("Tổng hợp:")
    body.dashed(totals_lines(data))
    body.end(identity_note(data))
    return body


def render_petition_register(data: PetitionRegisterData, frame: doc.DocumentFrame,
                             on_page: Callable[[int], None] | None = None) -> bytes:
    """The petition register as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, register_body(data), on_page)
