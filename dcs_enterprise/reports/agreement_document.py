"""Thỏa ước lao động tập thể doanh nghiệp (Labour Code 2019 Arts 75-83; legal-vn.md §8 items 22,
25).

The legal bases and the vote; the parties and their lawful representatives (Art 76.4); the
definitions; the clauses grouped in chapters ("Chương I", "Điều 1.", Decree 30 App I §II.6),
each clause with its own term where it differs (Art 78.3); a last chapter on effect and term
(Art 78), implementation (Art 79), amendment (Art 82), disputes and the number of copies
(Art 77); the signatures of both parties; and, on a page of its own, the annex with the vote
of all workers (Art 76.1). An amendment prints as the consolidated text and names the
agreement it amends.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from reportlab.lib.styles import ParagraphStyle

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import AgreementData, Representative

from .bargaining_common import (
    clause_heading,
    clause_term,
    share,
    signer,
    term_text,
    two_digits,
    vote_arithmetic,
    vote_table,
    vote_verdict,
)
from .bargaining_layout import render_paper
from .blocks import para
from .conference_common import DECREE_145, LABOUR_CODE, dmy, grouped
from .conference_layout import Body

FINAL_CHAPTER = "Điều khoản thi hành"


def roman(number: int) -> str:
    """Chapter numbers: 4 → "IV"."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


def agreement_title(data: AgreementData) -> str:
    name = data.header.enterprise_name
    if data.amends_number.strip():
        return f"{name} (văn bản hợp nhất lần {data.consolidated_version - 1})"
    return name


def agreement_signatures(data: AgreementData) -> tuple[doc.SignatureBlock, ...]:
    """Art 76.4: the lawful representatives of the parties; the union on the left."""
    header = data.header
    union = Representative(header.union_representative, header.union_representative_title)
    employer = Representative(header.employer_representative,
                              header.employer_representative_title)
    return (signer(union, "Công đoàn cơ sở", prefix="TM."),
            signer(employer, "Đại diện người sử dụng lao động"))


def _italic_centred(body: Body) -> ParagraphStyle:
    return ParagraphStyle("centred_note", parent=body.st.date, spaceAfter=6)


def _bases(data: AgreementData) -> list[str]:
    bases = [LABOUR_CODE, DECREE_145]
    if data.amends_number.strip():
        signed = f" ký ngày {dmy(data.amends_signed_on)}" if data.amends_signed_on else ""
        bases.append(f"Thỏa ước lao động tập thể số {data.amends_number.strip()}{signed}")
    bases.append(f"kết quả thương lượng tập thể giữa {data.header.enterprise_name} và "
                 f"{data.header.union_name}")
    if data.vote:
        vote = data.vote
        bases.append(f"kết quả lấy ý kiến người lao động ngày {dmy(vote.vote_on)}: "
                     f"{grouped(vote.in_favour)}/{grouped(vote.workforce)} người lao động của "
                     f"doanh nghiệp tán thành ({share(vote.in_favour, vote.workforce)})")
    return bases


def _parties(body: Body, data: AgreementData) -> None:
    header = data.header
    place = header.address.strip() or "…"
    body.text(f"Hôm nay, ngày {dmy(data.signed_on)}, tại {place}, chúng tôi gồm:")
    body.section(f"1. Bên người sử dụng lao động: {header.enterprise_name}")
    body.labelled("Địa chỉ:", f"{header.address.strip()}.")
    if header.enterprise_code.strip():
        body.labelled("Mã số doanh nghiệp:", f"{header.enterprise_code.strip()}.")
    if header.phone.strip():
        body.labelled("Điện thoại:", f"{header.phone.strip()}.")
    body.labelled("Đại diện:", f"{header.employer_representative}; chức vụ: "
                  f"{header.employer_representative_title} (người đại diện theo pháp luật).")
    body.section(f"2. Bên tổ chức đại diện người lao động tại cơ sở: {header.union_name}")
    body.labelled("Địa chỉ:", f"{(header.union_address or header.address).strip()}.")
    body.labelled("Đại diện:", f"{header.union_representative}; chức vụ: "
                  f"{header.union_representative_title} {header.union_name}.")
    body.text("Hai bên thống nhất ký kết Thỏa ước lao động tập thể doanh nghiệp với các nội dung "
              "sau đây:")


def _effect(data: AgreementData) -> list[str]:
    start = (f"kể từ ngày {dmy(data.effective_on)}" if data.effective_on
             else "kể từ ngày ký kết")
    if data.effective_from_signing and data.effective_on:
        start += ", ngày ký kết (khoản 1 Điều 78 Bộ luật Lao động)"
    until = f", đến hết ngày {dmy(data.expires_on)}" if data.expires_on else ""
    own = [f"{clause_heading(c)}: {clause_term(c, data.effective_on)}"
           for c in data.clauses if c.term_months is not None
           and c.term_months != data.term_months]
    clauses = [f"Thỏa ước này có hiệu lực {start}.",
               f"Thời hạn của thỏa ước là {term_text(data.term_months)}{until}."]
    if own:
        clauses.append("Các điều có thời hạn riêng (khoản 3 Điều 78 Bộ luật Lao động): "
                       + "; ".join(own) + ".")
    clauses.append("Trong thời hạn 90 ngày trước ngày thỏa ước hết hạn, các bên có thể thương "
                   "lượng để kéo dài thời hạn hoặc ký kết thỏa ước mới; nếu hết hạn mà các bên "
                   "vẫn đang thương lượng thì thỏa ước tiếp tục có hiệu lực không quá 90 ngày "
                   "kể từ ngày hết hạn, trừ trường hợp các bên có thỏa thuận khác (Điều 83).")
    return clauses


def _copies(data: AgreementData) -> str:
    header = data.header
    authority = header.labour_authority.strip() or ("cơ quan chuyên môn về lao động thuộc Ủy "
                                                    "ban nhân dân cấp tỉnh")
    text = (f"Thỏa ước này được lập thành {two_digits(data.copies)} bản có giá trị pháp lý như "
            f"nhau: mỗi bên ký kết giữ 01 bản; người sử dụng lao động gửi 01 bản đến "
            f"{authority} trong thời hạn 10 ngày kể từ ngày ký kết (Điều 77)")
    rest = data.copies - 3
    if rest > 0:
        where = (f"gửi {header.upper_union_name.strip()}" if header.upper_union_name.strip()
                 else "lưu tại doanh nghiệp")
        text += f"; {two_digits(rest)} bản {where}"
    return text + "."


FINAL_ARTICLES = (
    ("Tổ chức thực hiện", (
        "Người sử dụng lao động có trách nhiệm công bố thỏa ước đến toàn thể người lao động "
        "(khoản 6 Điều 76 Bộ luật Lao động) và thực hiện đầy đủ các nội dung đã cam kết.",
        "Công đoàn cơ sở có trách nhiệm phổ biến thỏa ước đến người lao động, theo dõi, giám sát "
        "việc thực hiện và định kỳ cùng người sử dụng lao động đánh giá kết quả thực hiện.",
        "Người lao động, kể cả người vào làm việc sau khi thỏa ước có hiệu lực, có trách nhiệm "
        "thực hiện thỏa ước. Quyền, nghĩa vụ và lợi ích trong hợp đồng lao động đã giao kết "
        "thấp hơn quy định của thỏa ước thì thực hiện theo thỏa ước; quy định của người sử dụng "
        "lao động chưa phù hợp với thỏa ước phải được sửa đổi (Điều 79).",
    )),
    ("Sửa đổi, bổ sung thỏa ước", (
        "Việc sửa đổi, bổ sung thỏa ước chỉ được tiến hành theo thỏa thuận tự nguyện của các "
        "bên thông qua thương lượng tập thể và thực hiện như việc thương lượng, ký kết thỏa ước "
        "(Điều 82 Bộ luật Lao động).",
        "Trường hợp quy định của pháp luật thay đổi dẫn đến thỏa ước không còn phù hợp thì các "
        "bên phải tiến hành sửa đổi, bổ sung; trong thời gian chưa sửa đổi, bổ sung thì thực "
        "hiện theo quy định của pháp luật.",
    )),
    ("Giải quyết tranh chấp", (
        "Trường hợp một bên cho rằng bên kia thực hiện không đầy đủ hoặc vi phạm thỏa ước thì "
        "có quyền yêu cầu thi hành đúng thỏa ước và các bên phải cùng nhau xem xét giải quyết; "
        "nếu không giải quyết được, mỗi bên có quyền yêu cầu giải quyết tranh chấp lao động tập "
        "thể theo quy định của pháp luật (khoản 3 Điều 79 Bộ luật Lao động).",
    )),
)


def agreement_body(data: AgreementData) -> Body:
    body = Body()
    if data.amends_number.strip():
        signed = f" ký ngày {dmy(data.amends_signed_on)}" if data.amends_signed_on else ""
        body.add(para(f"(Văn bản hợp nhất lần {data.consolidated_version - 1}, sửa đổi, bổ sung "
                      f"Thỏa ước lao động tập thể số {data.amends_number.strip()}{signed})",
                      _italic_centred(body)))
    body.basis(*_bases(data))
    _parties(body, data)
    if data.definitions:
        body.labelled("Giải thích từ ngữ:", "trong thỏa ước này, các từ ngữ dưới đây được hiểu "
                      "như sau:")
        body.dashed(data.definitions)
    chapter_count = 0
    for (chapter, title), clauses in groupby(data.clauses,
                                             key=lambda c: (c.chapter, c.chapter_title)):
        chapter_count = max(chapter_count, chapter)
        body.centred(f"Chương {roman(chapter)}")
        body.centred(title.strip().upper())
        for clause in clauses:
            body.article(clause.number, clause.title.strip().rstrip("."))
            body.text(clause.text)
            if clause.term_months is not None and clause.term_months != data.term_months:
                body.text(f"Thời hạn áp dụng của điều này: "
                          f"{clause_term(clause, data.effective_on)}.")
    body.centred(f"Chương {roman(chapter_count + 1)}")
    body.centred(FINAL_CHAPTER.upper())
    number = max((c.number for c in data.clauses), default=0) + 1
    body.article(number, "Hiệu lực và thời hạn của thỏa ước")
    body.numbered(_effect(data))
    for offset, (title, clauses) in enumerate(FINAL_ARTICLES, start=1):
        body.article(number + offset, title)
        body.numbered(clauses)
    body.article(number + len(FINAL_ARTICLES) + 1, "Số bản thỏa ước")
    body.end(_copies(data))
    return body


def annex_body(data: AgreementData) -> Body | None:
    """PHỤ LỤC: the vote of all workers on the draft (Art 76.1)."""
    if data.vote is None:
        return None
    vote = data.vote
    body = Body()
    body.centred("PHỤ LỤC")
    body.centred("KẾT QUẢ LẤY Ý KIẾN NGƯỜI LAO ĐỘNG VỀ DỰ THẢO THỎA ƯỚC LAO ĐỘNG TẬP THỂ")
    body.add(para(f"(Kèm theo Thỏa ước lao động tập thể {data.header.enterprise_name} ký ngày "
                  f"{dmy(data.signed_on)})", _italic_centred(body)), lead=True)
    body.text(f"Ngày lấy ý kiến: {dmy(vote.vote_on)}.")
    body.table(vote_table(vote))
    body.text(vote_arithmetic(vote))
    body.text(vote_verdict(vote))
    return body


def render_agreement(data: AgreementData, frame: doc.DocumentFrame,
                     on_page: Callable[[int], None] | None = None) -> bytes:
    """The agreement as PDF bytes, signed by the parties' lawful representatives, with the
    vote as an annex."""
    return render_paper(frame, agreement_body(data), on_page,
                        signers=agreement_signatures(data), annex=annex_body(data))
