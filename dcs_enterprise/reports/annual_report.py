"""Báo cáo tình hình thực hiện dân chủ ở cơ sở tại doanh nghiệp năm N (DOMAIN.md "Documents the
program prints"; Decree 145/2020 Arts 39-47; Labour Code 2019 Arts 63, 75-77; Law 10/2022 Arts
3, 64, 81): what a provincial steering committee looks for, from the records.

The workforce and the rules that bind; the conferences held (date, form, attendance and quorum,
resolution number, publication); the dialogues by kind, signed and published (D1: at least one
periodic dialogue a year); the collective agreements signed, in force and filed; petitions and
supervision recommendations received, answered, resolved and overdue; what was published by
rule-P1 matter; then short assessment lines drawn from those figures.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.supervision_documents import AnnualReportData, RegisterCounts

from .annual_assessment import shortcomings, strengths
from .conference_common import FORM_VI, LABOUR_CODE, dmy, grouped, percent
from .conference_layout import Body, render_body
from .supervision_common import DECREE_145_SHORT, LAW_10_SHORT, MATTER_VI, union_name
from .supervision_common import FORM_VI as PUBLICATION_FORM_VI

CONFERENCE_HEADERS = ("Ngày tổ chức", "Hình thức", "Có mặt / triệu tập", "Nghị quyết",
                      "Công khai")
CONFERENCE_WIDTHS_MM = (24.0, 43.0, 34.0, 36.0, 28.0)
COUNT_HEADERS = ("Chỉ tiêu", "Kiến nghị, phản ánh của người lao động",
                 "Kiến nghị qua kiểm tra, giám sát")
COUNT_WIDTHS_MM = (85.0, 40.0, 40.0)
PUBLICATION_HEADERS = ("Nội dung công khai", "Số lần", "Hình thức", "Lần gần nhất")
PUBLICATION_WIDTHS_MM = (72.0, 16.0, 50.0, 27.0)


def conference_table(data: AnnualReportData) -> doc.Table:
    rows = []
    for line in data.conferences:
        if not line.held:
            continue
        quorum = {True: "đủ điều kiện", False: "không đủ điều kiện", None: ""}[line.quorum_met]
        attendance = (f"{grouped(line.present)}/{grouped(line.summoned)} "
                      f"({percent(line.present, line.summoned)})" if line.summoned else "")
        resolution = (f"Số {line.resolution_number}\nngày {dmy(line.resolution_on)}"
                      if line.resolution_number else "Chưa ban hành")
        rows.append((dmy(line.held_on), FORM_VI[line.form],
                     "\n".join(p for p in (attendance, quorum) if p),
                     resolution, f"Từ {dmy(line.published_from)}" if line.published_from
                     else "Chưa công khai"))
    return doc.Table(headers=CONFERENCE_HEADERS, rows=tuple(rows),
                     col_widths_mm=CONFERENCE_WIDTHS_MM,
                     align=("CENTER", "LEFT", "CENTER", "LEFT", "LEFT"))


COUNT_ROWS: tuple[tuple[str, Callable[[RegisterCounts], int]], ...] = (
    ("Tiếp nhận, phát sinh trong năm", lambda c: c.received),
    ("Đã trả lời (kể cả không chấp nhận có lý do)", lambda c: c.answered),
    ("- Trong đó trả lời đúng hạn", lambda c: c.answered_on_time),
    ("Đã giải quyết xong", lambda c: c.resolved),
    ("Không chấp nhận (có lý do)", lambda c: c.rejected),
    ("Chuyển công đoàn cấp trên, cơ quan có thẩm quyền", lambda c: c.escalated),
    ("Đang chờ trả lời", lambda c: c.awaiting),
    ("- Trong đó quá hạn trả lời", lambda c: c.overdue),
    ("Đã công khai kết quả", lambda c: c.published),
)


def counts_table(data: AnnualReportData) -> doc.Table:
    rows = tuple((label, grouped(value(data.petitions)), grouped(value(data.items)))
                 for label, value in COUNT_ROWS)
    return doc.Table(headers=COUNT_HEADERS, rows=rows, col_widths_mm=COUNT_WIDTHS_MM,
                     align=("LEFT", "CENTER", "CENTER"), total_rows=(0,))


def publication_table(data: AnnualReportData) -> doc.Table:
    rows = tuple((MATTER_VI[line.matter], grouped(line.count),
                  "; ".join(PUBLICATION_FORM_VI[f] for f in line.forms).capitalize(),
                  dmy(line.last_from)) for line in data.publications if line.count)
    return doc.Table(headers=PUBLICATION_HEADERS, rows=rows, col_widths_mm=PUBLICATION_WIDTHS_MM,
                     align=("LEFT", "CENTER", "LEFT", "CENTER"))


def situation_lines(data: AnnualReportData) -> list[str]:
    union = (f"Doanh nghiệp có tổ chức {union_name(data.parties)}"
             if data.parties.union_name.strip() else "Doanh nghiệp chưa có công đoàn cơ sở")
    rules = (f"{LABOUR_CODE}, {DECREE_145_SHORT} và {LAW_10_SHORT}, bao gồm các quy định áp "
             "dụng đối với doanh nghiệp nhà nước" if data.soe_rules else
             f"{LABOUR_CODE}, {DECREE_145_SHORT} và các quy định chung của {LAW_10_SHORT}")
    return [f"Tổng số người lao động đến ngày {dmy(data.as_of)}: {grouped(data.headcount)} người",
            union, f"Doanh nghiệp thực hiện dân chủ ở cơ sở tại nơi làm việc theo {rules}"]


def dialogue_lines(data: AnnualReportData) -> list[str]:
    d = data.dialogues
    return [
        f"Đối thoại định kỳ: {d.periodic:02d} cuộc (ít nhất 01 lần/năm theo điểm a khoản 2 Điều "
        f"63 {LABOUR_CODE})",
        f"Đối thoại khi có yêu cầu của một hoặc các bên: {d.on_request:02d} cuộc",
        f"Đối thoại khi có vụ việc: {d.incident:02d} cuộc",
        f"Biên bản đối thoại đã ký: {d.minutes_signed:02d}/{d.held:02d}; nội dung chính đã "
        f"công khai: {d.notices_published:02d}/{d.held:02d} cuộc",
    ]


def agreement_lines(data: AnnualReportData) -> list[str]:
    out = []
    for line in data.agreements:
        name = "Phụ lục sửa đổi, bổ sung thỏa ước" if line.amendment else "Thỏa ước"
        number = f" số {line.number}" if line.number.strip() else ""
        term = (f", hiệu lực từ {dmy(line.effective_on)}"
                + (f" đến {dmy(line.expires_on)}" if line.expires_on else "")
                if line.effective_on else "")
        filed = (f"; đã gửi cơ quan chuyên môn về lao động cấp tỉnh ngày {dmy(line.filed_on)}"
                 if line.filed_on else "; chưa gửi cơ quan chuyên môn về lao động cấp tỉnh")
        state = "; đang có hiệu lực" if line.in_force else ""
        out.append(f"{name}{number} ký ngày {dmy(line.signed_on)}{term}{filed}{state}")
    return out or [f"Trong năm {data.year} doanh nghiệp không có thỏa ước lao động tập thể được "
                   "ký kết hoặc có hiệu lực"]


def annual_body(data: AnnualReportData) -> Body:
    body = Body()
    body.text(f"Thực hiện {LABOUR_CODE}, {DECREE_145_SHORT} và {LAW_10_SHORT}, "
              f"{data.parties.enterprise_name} báo cáo tình hình thực hiện dân chủ ở cơ sở tại "
              f"nơi làm việc năm {data.year} (số liệu tính đến ngày {dmy(data.as_of)}) như sau:")
    body.section("I. ĐẶC ĐIỂM TÌNH HÌNH")
    body.dashed(situation_lines(data))
    body.section("II. KẾT QUẢ THỰC HIỆN")
    body.labelled("1. Hội nghị người lao động", "")
    if any(line.held for line in data.conferences):
        body.table(conference_table(data))
    else:
        body.text(f"Trong năm {data.year} doanh nghiệp chưa tổ chức Hội nghị người lao động.")
    planned = [line for line in data.conferences if not line.held]
    if planned:
        body.dashed(f"Hội nghị người lao động năm {line.year} đang chuẩn bị, dự kiến tổ chức "
                    f"ngày {dmy(line.held_on)}" for line in planned)
    body.labelled("2. Đối thoại tại nơi làm việc", "")
    body.dashed(dialogue_lines(data))
    body.labelled("3. Thương lượng tập thể, thỏa ước lao động tập thể", "")
    body.dashed(agreement_lines(data))
    body.labelled("4. Tiếp nhận, giải quyết kiến nghị, phản ánh; kiểm tra, giám sát", "")
    body.intro(f"Công đoàn cơ sở đã xây dựng {data.plans:02d} kế hoạch kiểm tra, giám sát, "
               f"trong đó {data.plans_reported:02d} kế hoạch đã có báo cáo kết quả. Tình hình "
               "tiếp nhận và giải quyết kiến nghị:")
    body.table(counts_table(data))
    body.labelled("5. Công khai thông tin (Điều 43 " + DECREE_145_SHORT + ")", "")
    if any(line.count for line in data.publications):
        body.table(publication_table(data))
    else:
        body.text("Chưa ghi nhận việc công khai thông tin trong sổ theo dõi công khai.")
    body.section("III. ĐÁNH GIÁ CHUNG")
    body.labelled("1. Kết quả đạt được", "")
    body.dashed(strengths(data) or ["Chưa có kết quả nổi bật được ghi nhận trong năm"])
    body.labelled("2. Tồn tại, hạn chế", "")
    body.dashed(shortcomings(data) or ["Không có tồn tại, hạn chế được ghi nhận trong năm"])
    body.end(f"Trên đây là báo cáo tình hình thực hiện dân chủ ở cơ sở tại nơi làm việc năm "
             f"{data.year} của {data.parties.enterprise_name}")
    return body


def render_annual_report(data: AnnualReportData, frame: doc.DocumentFrame,
                         on_page: Callable[[int], None] | None = None) -> bytes:
    """The annual report as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, annual_body(data), on_page)
