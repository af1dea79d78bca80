"""Báo cáo kết quả kiểm tra, giám sát of the grassroots union (legal-vn.md §8 item 27; Decree
145/2020 Art 46; Law 10/2022 Art 81; Decree 59/2023 Art 26.3; Decree 30 Mẫu 1.4).

What was checked (subject, scope, period, team); the findings; the table of recommendations,
each with its addressee, due date and the rule that set it (S1, or a day agreed), its status
(overdue marked), and the employer's answer and its date; then the follow-up: the totals, what
is overdue or escalated, and that the result goes to whoever raised the matter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.supervision import Status
from dcs_enterprise.domain.supervision_documents import (
    RecommendationLine,
    SupervisionFindingsData,
)

from .conference_common import dmy
from .conference_layout import Body, render_body
from .supervision_common import (
    OVERDUE,
    STATUS_VI,
    answer_rule,
    cap,
    due_text,
    executive,
    on,
    subject_and_scope,
    vi_list,
)

HEADERS = ("Số", "Nội dung kiến nghị", "Gửi đến, thời hạn trả lời", "Tình trạng",
           "Trả lời của người sử dụng lao động")
WIDTHS_MM = (10.0, 55.0, 33.0, 27.0, 40.0)
ALIGN = ("CENTER", "LEFT", "LEFT", "LEFT", "LEFT")
TEXT_LIMIT = 420  # characters of a long text a cell keeps


def recommendation_cell(line: RecommendationLine) -> str:
    parts = [line.title.strip()]
    if line.recommendation.strip():
        parts.append(f"- {cap(line.recommendation, TEXT_LIMIT)}")
    if line.legal_basis.strip():
        parts.append(f"- Căn cứ: {cap(line.legal_basis, 160)}")
    return "\n".join(parts)


def addressee_cell(line: RecommendationLine, data: SupervisionFindingsData) -> str:
    due = due_text(line.due_on, line.due_rule, data.answer_days)
    return f"{line.addressee.strip()}\n{due}" if line.addressee.strip() else due


def status_cell(line: RecommendationLine, as_of_text: str) -> str:
    parts = [STATUS_VI[line.status]]
    if line.sent_on:
        parts.append(f"Gửi {dmy(line.sent_on)}")
    if line.closed_on and line.status is not Status.REJECTED:
        parts.append(f"Kết thúc {dmy(line.closed_on)}")
    if line.overdue:
        parts.append(f"{OVERDUE} (đến {as_of_text})")
    if line.follow_up:
        parts.append(cap(line.follow_up, 160))
    return "\n".join(parts)


def answer_cell(line: RecommendationLine) -> str:
    if not line.answer.strip():
        return "Chưa trả lời"
    answer = cap(line.answer, TEXT_LIMIT)
    return f"{answer}\n({on(line.answered_on)})" if line.answered_on else answer


def recommendations_table(data: SupervisionFindingsData) -> doc.Table:
    as_of = dmy(data.as_of)
    rows = tuple((str(line.number), recommendation_cell(line), addressee_cell(line, data),
                  status_cell(line, as_of), answer_cell(line))
                 for line in data.recommendations)
    return doc.Table(headers=HEADERS, rows=rows, col_widths_mm=WIDTHS_MM, align=ALIGN)


def totals_sentence(data: SupervisionFindingsData) -> str:
    counts = Counter(line.status for line in data.recommendations)
    shown = "; ".join(f"{STATUS_VI[s].lower()}: {counts[s]:02d}" for s in Status if counts[s])
    overdue = sum(line.overdue for line in data.recommendations)
    return (f"Tính đến ngày {dmy(data.as_of)}, tổng số kiến nghị: "
            f"{len(data.recommendations):02d}" + (f" ({shown})" if shown else "")
            + f"; số kiến nghị quá hạn trả lời: {overdue:02d}.")


def follow_up_lines(data: SupervisionFindingsData) -> list[str]:
    out = [totals_sentence(data)]
    late = [line for line in data.recommendations if line.overdue]
    if late:
        out.append("Kiến nghị quá hạn chưa được trả lời: " + "; ".join(
            f"số {line.number} ({line.title.strip()}, gửi {line.addressee.strip()}, hạn "
            f"{dmy(line.due_on)})" for line in late)
            + f". {executive(data.parties)} đề nghị người sử dụng lao động khẩn trương trả lời.")
    escalated = [line for line in data.recommendations if line.status is Status.ESCALATED]
    if escalated:
        out.append("Kiến nghị đã chuyển công đoàn cấp trên hoặc cơ quan có thẩm quyền: " + "; ".join(
            f"số {line.number}" + (f" ({cap(line.follow_up, 160)})" if line.follow_up else "")
            for line in escalated) + ".")
    published = [line for line in data.recommendations if line.published_on]
    if published:
        out.append("Kết quả giải quyết đã được công khai: " + "; ".join(
            f"số {line.number} ngày {dmy(line.published_on)}"
            + (f" tại {line.published_where.strip()}" if line.published_where.strip() else "")
            for line in published) + ".")
    return out


def findings_body(data: SupervisionFindingsData) -> Body:
    body = Body()
    body.text(f"Thực hiện kế hoạch kiểm tra, giám sát \u201c{data.plan_title.strip()}\u201d, từ "
              f"ngày {dmy(data.starts_on)} đến ngày {dmy(data.ends_on)}, "
              f"{executive(data.parties)} báo cáo kết quả như sau:")
    body.section("I. NỘI DUNG, PHẠM VI ĐÃ KIỂM TRA, GIÁM SÁT")
    subject_and_scope(body, data.subject, data.scope)
    if data.members:
        names = [f"{m.name} ({m.role})" if m.role else m.name for m in data.members]
        body.labelled("3. Thành phần đoàn:", f"{vi_list(names)}.")
    body.section("II. KẾT QUẢ KIỂM TRA, GIÁM SÁT")
    body.text(*(data.findings or ("Không phát hiện thiếu sót.",)))
    body.section("III. KIẾN NGHỊ")
    if data.recommendations:
        body.intro(f"{executive(data.parties)} kiến nghị người sử dụng lao động xem xét, giải "
                   "quyết các nội dung sau và thông báo kết quả trong thời hạn "
                   f"{answer_rule(data.answer_days, data.soe_rules)}:")
        body.table(recommendations_table(data))
    else:
        body.text("Không có kiến nghị.")
    body.section("IV. THEO DÕI, ĐÔN ĐỐC")
    body.dashed(follow_up_lines(data))
    body.end(f"{executive(data.parties)} tiếp tục theo dõi, đôn đốc việc giải quyết các kiến "
             "nghị; kết quả kiểm tra, giám sát được gửi bằng văn bản đến người sử dụng lao động "
             "và người đã kiến nghị, phản ánh")
    return body


def render_supervision_findings(data: SupervisionFindingsData, frame: doc.DocumentFrame,
                                on_page: Callable[[int], None] | None = None) -> bytes:
    """The findings report as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, findings_body(data), on_page)
