"""Công văn gửi thỏa ước lao động tập thể (Labour Code 2019 Art 77; legal-vn.md §8 item 23): the
employer's letter to the labour authority of the province ("Kính gửi: Sở Nội vụ ...", as
configured), sending one copy within 10 days of the signing (rule A2), with the signing date,
the vote, effect and term, and how the copy is delivered. A công văn (Decree 30 Mẫu 1.5): no
type name, "V/v gửi thỏa ước lao động tập thể" under the number.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import CoverLetterData

from .bargaining_common import FILING_METHOD_VI, share, term_text, two_digits
from .bargaining_layout import render_paper
from .conference_common import LABOUR_CODE, dmy, grouped
from .conference_layout import Body


def cover_letter_title(data: CoverLetterData) -> str:
    return "Gửi thỏa ước lao động tập thể"


def _agreement(data: CoverLetterData) -> str:
    text = "Thỏa ước lao động tập thể doanh nghiệp"
    if data.agreement_number.strip():
        text += f" số {data.agreement_number.strip()}"
    if data.amends_number.strip():
        text += (f" (văn bản sửa đổi, bổ sung Thỏa ước lao động tập thể số "
                 f"{data.amends_number.strip()})")
    return text


def cover_letter_body(data: CoverLetterData) -> Body:
    header = data.header
    body = Body()
    size = ""
    if data.chapters and data.clauses:
        size = f" (gồm {two_digits(data.chapters)} chương, {two_digits(data.clauses)} điều)"
    opening = (f"Ngày {dmy(data.signed_on)}, {header.enterprise_name} và {header.union_name} đã "
               f"ký kết {_agreement(data)}{size}")
    if data.vote:
        vote = data.vote
        opening += (f", sau khi dự thảo được {grouped(vote.in_favour)}/"
                    f"{grouped(vote.workforce)} người lao động của doanh nghiệp biểu quyết tán "
                    f"thành ({share(vote.in_favour, vote.workforce)}) ngày {dmy(vote.vote_on)}")
    body.text(opening + ".")
    body.text(f"Thỏa ước có hiệu lực từ ngày {dmy(data.effective_on)}, thời hạn "
              f"{term_text(data.term_months)}, đến hết ngày {dmy(data.expires_on)}.")
    body.text(f"Thực hiện Điều 77 của {LABOUR_CODE}, {header.enterprise_name} trân trọng gửi "
              f"{data.addressee.strip()} {two_digits(data.copies_enclosed)} bản thỏa ước nêu "
              f"trên (kèm theo công văn này), hình thức gửi: {FILING_METHOD_VI[data.method]}.")
    body.text(f"Thời hạn gửi thỏa ước theo Điều 77 Bộ luật Lao động: trong thời hạn 10 ngày kể "
              f"từ ngày ký kết, tức là chậm nhất ngày {dmy(data.filing_due)} (A2).")
    if data.contact.strip():
        body.text(f"Thông tin liên hệ: {data.contact.strip().rstrip('.')}.")
    body.end(f"Kính đề nghị {data.addressee.strip()} tiếp nhận. Trân trọng")
    return body


def render_cover_letter(data: CoverLetterData, frame: doc.DocumentFrame,
                        on_page: Callable[[int], None] | None = None) -> bytes:
    """The cover letter as PDF bytes: a công văn addressed to the labour authority."""
    return render_paper(frame, cover_letter_body(data), on_page, addressees=(data.addressee,))
