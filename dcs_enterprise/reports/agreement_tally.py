"""Biên bản kiểm phiếu lấy ý kiến người lao động về dự thảo thỏa ước lao động tập thể (Labour
Code 2019 Art 76; legal-vn.md §8 item 21).

The draft put to the vote, the organiser (the union decides time, place and method, Art 76.3),
the count with every line a share of the WHOLE workforce, the percentage in favour with its
arithmetic, and the result: more than half of all the enterprise's workers in favour and the
parties may sign (Art 76.1, rule A1). Signed by the vote-counting team, its head last.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import AgreementTallyData

from .bargaining_common import (
    SIGN_HINT,
    VOTE_METHOD_VI,
    person,
    vote_arithmetic,
    vote_table,
    vote_verdict,
)
from .bargaining_layout import render_paper
from .conference_common import LABOUR_CODE, clock, dmy, when
from .conference_layout import Body


def tally_title(data: AgreementTallyData) -> str:
    return "Kiểm phiếu lấy ý kiến người lao động về dự thảo thỏa ước lao động tập thể"


def tally_signatures(data: AgreementTallyData) -> tuple[doc.SignatureBlock, ...]:
    """The members, then the head of the counting team on the right."""
    if not data.counters:
        return ()
    head, *members = data.counters
    return (*(doc.SignatureBlock(position="Thành viên Ban kiểm phiếu", name=m.name,
                                 hint=SIGN_HINT) for m in members),
            doc.SignatureBlock(position="Trưởng ban kiểm phiếu", name=head.name, hint=SIGN_HINT))


def tally_body(data: AgreementTallyData) -> Body:
    header, vote = data.header, data.vote
    organiser = data.organiser.strip() or f"Ban Chấp hành {header.union_name}"
    counted = data.counted_on or vote.vote_on
    body = Body()
    body.text(f"Thực hiện khoản 1 và khoản 3 Điều 76 của {LABOUR_CODE}, {organiser} tổ chức "
              f"lấy ý kiến toàn thể người lao động của {header.enterprise_name} về dự thảo thỏa "
              f"ước lao động tập thể (bản số {data.draft_version}).")
    body.labelled("Thời gian lấy ý kiến:",
                  f"từ {when(data.start_time, vote.vote_on)} đến {clock(data.end_time)} cùng "
                  "ngày.")
    body.labelled("Địa điểm:", f"{data.place.strip()}.")
    body.labelled("Hình thức:", f"{VOTE_METHOD_VI[data.method]}.")
    if len(data.counters) == 1:
        body.labelled("Ban kiểm phiếu:", f"{person(data.counters[0])} (Trưởng ban).")
    elif data.counters:
        body.labelled("Ban kiểm phiếu gồm:", "")
        body.dashed([f"{person(data.counters[0])} - Trưởng ban",
                     *(f"{person(m)} - Thành viên" for m in data.counters[1:])])
    body.text(f"Ngày {dmy(counted)}, Ban kiểm phiếu tiến hành kiểm phiếu, kết quả như sau:")
    body.section("1. Kết quả kiểm phiếu")
    body.table(vote_table(vote))
    body.section("2. Tỷ lệ tán thành trên tổng số người lao động của doanh nghiệp")
    body.text(vote_arithmetic(vote))
    body.section("3. Kết quả")
    body.text(vote_verdict(vote))
    body.end("Biên bản được lập xong vào hồi …… giờ …… cùng ngày, các thành viên Ban kiểm phiếu "
             "nhất trí ký tên")
    return body


def render_agreement_tally(data: AgreementTallyData, frame: doc.DocumentFrame,
                           on_page: Callable[[int], None] | None = None) -> bytes:
    """The tally as PDF bytes, signed by the vote-counting team."""
    return render_paper(frame, tally_body(data), on_page, signers=tally_signatures(data))
