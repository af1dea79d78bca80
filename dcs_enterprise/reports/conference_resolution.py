"""Nghị quyết Hội nghị người lao động (Decree 30 Mẫu 1.1; legal-vn.md D.16, §8 item 14).

The issuing authority line, the legal bases ("Căn cứ ..."), "QUYẾT NGHỊ:", the numbered
articles (an article that binds someone names who and by when), a last article on effect and
implementation, and the vote that adopted it. A correction names the resolution it replaces.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import ArticleLine, ResolutionData

from .conference_common import (
    CONFERENCE_NAME_VI,
    DECREE_145,
    LABOUR_CODE,
    conference_name,
    dmy,
    participants,
    percent,
)
from .conference_layout import Body, render_body

EFFECT_TITLE = "Hiệu lực và tổ chức thực hiện"
LAW_10 = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022"


def resolution_title(data: ResolutionData) -> str:
    return conference_name(data.header)


def authority_line(data: ResolutionData) -> str:
    """"HỘI NGHỊ ĐẠI BIỂU NGƯỜI LAO ĐỘNG CÔNG TY ..." (the issuing authority, Mẫu 1.1)."""
    header = data.header
    return f"{CONFERENCE_NAME_VI[header.form]} {header.enterprise_name}".upper()


def legal_bases(data: ResolutionData) -> list[str]:
    header = data.header
    bases = [LABOUR_CODE, *([LAW_10] if data.under_law_10 else []), DECREE_145,
             f"Quy chế dân chủ ở cơ sở tại nơi làm việc của {header.enterprise_name}"]
    if data.minutes_number.strip():
        bases.append(f"Biên bản {conference_name(header)} số {data.minutes_number.strip()}")
    return bases


def responsibility(article: ArticleLine) -> str:
    """"Trách nhiệm thực hiện: <owner>; thời hạn: dd/mm/yyyy." (empty when neither is set)."""
    parts = []
    if article.owner.strip():
        parts.append(f"Trách nhiệm thực hiện: {article.owner.strip()}")
    if article.due:
        parts.append(f"{'thời hạn' if parts else 'Thời hạn'}: {dmy(article.due)}")
    return "; ".join(parts) + "." if parts else ""


def effect_clauses(data: ResolutionData) -> list[str]:
    header = data.header
    effect = (f"Nghị quyết này có hiệu lực kể từ ngày {dmy(header.held_on)}, ngày "
              f"{conference_name(header)} thông qua.")
    if data.supersedes.strip():
        effect += (f" Nghị quyết này thay thế Nghị quyết số {data.supersedes.strip()} và đính "
                   "chính nội dung của nghị quyết đó.")
    return [
        effect,
        f"Người sử dụng lao động, Ban Chấp hành {header.union_name}, các phòng ban, bộ phận và "
        f"toàn thể người lao động của {header.enterprise_name} có trách nhiệm thực hiện Nghị "
        "quyết này.",
        "Nghị quyết được công khai đến toàn thể người lao động. Người sử dụng lao động phối hợp "
        "với Ban Chấp hành Công đoàn cơ sở theo dõi, kiểm tra, đánh giá kết quả thực hiện 6 "
        "tháng một lần và thông báo kết quả đến toàn thể người lao động.",
    ]


def adoption_sentence(data: ResolutionData) -> str:
    vote = data.adoption
    if vote is None:
        return ""
    return (f"Nghị quyết được Hội nghị thông qua với {vote.in_favour}/{vote.present} "
            f"{participants(data.header)} có mặt tán thành, đạt "
            f"{percent(vote.in_favour, vote.present)}")


def resolution_body(data: ResolutionData) -> Body:
    body = Body()
    body.centred(authority_line(data))
    body.basis(*legal_bases(data))
    body.centred("QUYẾT NGHỊ:")
    for article in data.articles:
        body.article(article.number, article.title)
        body.text(article.text)
        if responsibility(article):
            body.text(responsibility(article))
    last = max((a.number for a in data.articles), default=0) + 1
    body.article(last, EFFECT_TITLE)
    clauses = effect_clauses(data)
    adoption = adoption_sentence(data)
    if not adoption:
        clauses[-1] = clauses[-1].rstrip(".") + "./."
    body.numbered(clauses)
    if adoption:
        body.end(adoption)
    return body


def render_resolution(data: ResolutionData, frame: doc.DocumentFrame,
                      on_page: Callable[[int], None] | None = None) -> bytes:
    """The resolution as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, resolution_body(data), on_page)
