"""Báo cáo kiểm tra, đánh giá kết quả thực hiện nghị quyết Hội nghị người lao động (rule C7;
Law 10/2022 Art 70.2-70.3; legal-vn.md §8 item 16): every commitment of the resolution with its
owner, deadline, status and progress, overdue ones marked; the totals; and the notice of the
result to all the workers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_documents import CommitmentLine, ReviewData

from .conference_common import LAW_10, STATUS_VI, conference_name, dmy
from .conference_layout import Body, render_body

HEADERS = ("Điều", "Nội dung", "Phụ trách", "Thời hạn", "Tình trạng", "Tiến độ", "Ghi chú")
WIDTHS_MM = (11.0, 44.0, 27.0, 20.0, 21.0, 14.0, 28.0)
ALIGN = ("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT")
OVERDUE = "Quá hạn"
NOTIFIED = ("Kết quả kiểm tra, đánh giá thực hiện nghị quyết được thông báo đến toàn thể người "
            f"lao động (khoản 3 Điều 70 {LAW_10})")


def review_title(data: ReviewData) -> str:
    return (f"Kiểm tra, đánh giá kết quả thực hiện Nghị quyết {conference_name(data.header)} "
            f"({data.period_label.strip()})")


def note(line: CommitmentLine) -> str:
    parts = [OVERDUE] if line.overdue else []
    if line.note.strip():
        parts.append(line.note.strip())
    return "\n".join(parts)


def commitment_table(data: ReviewData) -> doc.Table:
    rows = tuple((str(c.article_number), c.title, c.owner, dmy(c.due), STATUS_VI[c.status],
                  f"{c.progress}%", note(c)) for c in data.commitments)
    return doc.Table(headers=HEADERS, rows=rows, col_widths_mm=WIDTHS_MM, align=ALIGN)


def totals(data: ReviewData) -> tuple[dict[Status, int], int]:
    """Commitments per status (every status, in order) and how many are overdue."""
    counts = Counter(c.status for c in data.commitments)
    return {status: counts[status] for status in Status}, sum(c.overdue for c in data.commitments)


def totals_sentence(data: ReviewData) -> str:
    per_status, overdue = totals(data)
    shown = "; ".join(f"{STATUS_VI[s].lower()}: {n}" for s, n in per_status.items()
                      if n or s is not Status.DROPPED)
    return (f"Tổng số nội dung theo dõi: {len(data.commitments)}; {shown}. Số nội dung quá hạn: "
            f"{overdue}.")


def review_body(data: ReviewData) -> Body:
    header = data.header
    body = Body()
    number = data.resolution_number.strip()
    body.text(f"Thực hiện Nghị quyết{f' số {number}' if number else ''} của "
              f"{conference_name(header)} và khoản 3 Điều 70 {LAW_10}, người sử dụng lao động "
              f"và Ban Chấp hành {header.union_name} đã kiểm tra, đánh giá kết quả thực hiện "
              f"nghị quyết {data.period_label.strip()} (tính đến ngày {dmy(data.review_day)}) "
              "như sau:")
    body.section("I. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG CỦA NGHỊ QUYẾT")
    if data.commitments:
        body.table(commitment_table(data))
    else:
        body.text("Nghị quyết không có nội dung cam kết cần theo dõi.")
    body.section("II. ĐÁNH GIÁ CHUNG")
    body.text(totals_sentence(data))
    late = [c for c in data.commitments if c.overdue]
    if late:
        body.text("Các nội dung quá hạn: " + "; ".join(
            f"Điều {c.article_number} ({c.title}, {c.owner}, thời hạn {dmy(c.due)})"
            for c in late) + ". Đề nghị người phụ trách khẩn trương thực hiện và báo cáo tiến độ.")
    body.end(NOTIFIED)
    return body


def render_review(data: ReviewData, frame: doc.DocumentFrame,
                  on_page: Callable[[int], None] | None = None) -> bytes:
    """The review as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, review_body(data), on_page)
