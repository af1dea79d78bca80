"""Thông báo công bố thỏa ước lao động tập thể (Labour Code 2019 Art 76.6; legal-vn.md §8 item
24): the employer tells its workers that the agreement is signed, from when and until when it
binds (clauses with terms of their own listed), its main points, where the notice and the
agreement are posted and where to read the full text.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import AgreementAnnouncementData

from .bargaining_common import PUBLICATION_VI, clause_heading, clause_term, share, term_text
from .bargaining_layout import render_paper
from .conference_common import LABOUR_CODE, dmy, grouped
from .conference_layout import Body


def announcement_title(data: AgreementAnnouncementData) -> str:
    return "Công bố thỏa ước lao động tập thể"


def _agreement(data: AgreementAnnouncementData) -> str:
    text = "Thỏa ước lao động tập thể doanh nghiệp"
    if data.agreement_number.strip():
        text += f" số {data.agreement_number.strip()}"
    if data.amends_number.strip():
        text += f" sửa đổi, bổ sung Thỏa ước số {data.amends_number.strip()}"
    return text


def _posting(data: AgreementAnnouncementData) -> str:
    forms = ", ".join(PUBLICATION_VI[form] for form in data.forms) or "niêm yết công khai"
    text = f"Thông báo này và toàn văn thỏa ước được {forms} tại {data.posted_place.strip()}"
    if data.posted_on:
        text += f" từ ngày {dmy(data.posted_on)}"
        if data.posted_until:
            text += f" đến ngày {dmy(data.posted_until)}"
    return text + "."


def announcement_body(data: AgreementAnnouncementData) -> Body:
    header = data.header
    body = Body()
    opening = (f"Thực hiện khoản 6 Điều 76 của {LABOUR_CODE}, {header.enterprise_name} thông "
               f"báo đến toàn thể người lao động: ngày {dmy(data.signed_on)}, "
               f"{header.enterprise_name} và {header.union_name} đã ký kết {_agreement(data)}")
    if data.vote:
        vote = data.vote
        opening += (f", sau khi được {grouped(vote.in_favour)}/{grouped(vote.workforce)} người "
                    f"lao động của doanh nghiệp biểu quyết tán thành "
                    f"({share(vote.in_favour, vote.workforce)})")
    body.text(opening + ".")
    body.section("1. Hiệu lực và thời hạn")
    body.text(f"Thỏa ước có hiệu lực từ ngày {dmy(data.effective_on)}, thời hạn "
              f"{term_text(data.term_months)}, đến hết ngày {dmy(data.expires_on)}.")
    own = [c for c in data.clauses
           if c.term_months is not None and c.term_months != data.term_months]
    if own:
        body.labelled("Các điều có thời hạn riêng:", "")
        body.dashed(f"{clause_heading(c)}: {clause_term(c, data.effective_on)}" for c in own)
    number = 2
    if data.highlights:
        body.section(f"{number}. Những nội dung chính")
        body.dashed(data.highlights)
        number += 1
    body.section(f"{number}. Nơi niêm yết và nơi xem toàn văn thỏa ước")
    body.text(_posting(data))
    body.text(f"Người lao động xem, nhận bản sao toàn văn thỏa ước tại "
              f"{data.full_text_at.strip().rstrip('.')}.")
    body.section(f"{number + 1}. Trách nhiệm thực hiện")
    body.end("Thỏa ước có hiệu lực thi hành đối với người sử dụng lao động và toàn thể người lao "
             "động của doanh nghiệp, kể cả người lao động vào làm việc sau ngày thỏa ước có hiệu "
             "lực (Điều 79 Bộ luật Lao động). Ý kiến, phản ánh về việc thực hiện thỏa ước gửi "
             "người quản lý trực tiếp hoặc Ban Chấp hành Công đoàn cơ sở")
    return body


def render_agreement_announcement(data: AgreementAnnouncementData, frame: doc.DocumentFrame,
                                  on_page: Callable[[int], None] | None = None) -> bytes:
    """The announcement as PDF bytes inside the given Decree 30 frame."""
    return render_paper(frame, announcement_body(data), on_page)
