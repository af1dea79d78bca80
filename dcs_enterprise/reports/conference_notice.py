"""Thông báo kết quả Hội nghị người lao động và công khai nghị quyết (legal-vn.md §8 item 15;
Decree 30 Mẫu 1.4): when the conference was held and who attended, the votes and their results,
the main articles of the resolution, and where and how long it is published.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import ResultsNoticeData

from .conference_common import (
    conference_name,
    dmy,
    grouped,
    lower_first,
    participants,
    percent,
)
from .conference_layout import Body, render_body, threshold_note, votes_table
from .conference_resolution import responsibility


def results_notice_title(data: ResultsNoticeData) -> str:
    return f"Kết quả {conference_name(data.header)}"


def publication_sentence(data: ResultsNoticeData) -> str:
    return (f"Nghị quyết được công khai bằng hình thức {lower_first(data.published_form)} tại "
            f"{data.published_place.strip()}, từ ngày {dmy(data.published_from)} đến ngày "
            f"{dmy(data.published_until)}.")


def results_notice_body(data: ResultsNoticeData) -> Body:
    header = data.header
    noun = participants(header)
    body = Body()
    body.text(f"Ngày {dmy(header.held_on)}, tại {header.place}, {header.enterprise_name} và "
              f"{header.union_name} đã tổ chức {conference_name(header)}. Số {noun} được triệu "
              f"tập: {grouped(data.summoned)}; có mặt: {grouped(data.present)} "
              f"({percent(data.present, data.summoned)}).")
    body.text(f"{header.enterprise_name} thông báo đến toàn thể người lao động kết quả Hội nghị "
              "như sau:")
    body.section("1. Kết quả biểu quyết")
    if data.votes:
        body.table(votes_table(data.votes))
        body.text(threshold_note(data.votes, noun))
    else:
        body.text("Hội nghị không tiến hành biểu quyết.")
    number = 2
    if data.articles:
        resolution = f" số {data.resolution_number.strip()}" if data.resolution_number.strip() \
            else ""
        body.section(f"{number}. Các nội dung chính của Nghị quyết{resolution}")
        for article in data.articles:
            text = article.text.strip()
            body.text(f"Điều {article.number}. {article.title.strip().rstrip('.:')}"
                      + (f": {text}" if text else "."))
            if responsibility(article):
                body.text(responsibility(article))
        number += 1
    body.section(f"{number}. Công khai nghị quyết")
    body.text(publication_sentence(data))
    body.end("Người lao động có ý kiến về việc thực hiện nghị quyết đề nghị phản ánh trực tiếp "
             "với người phụ trách hoặc qua Ban Chấp hành Công đoàn cơ sở")
    return body


def render_results_notice(data: ResultsNoticeData, frame: doc.DocumentFrame,
                          on_page: Callable[[int], None] | None = None) -> bytes:
    """The results notice as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, results_notice_body(data), on_page)
