"""Biên bản phiên họp thương lượng tập thể (Labour Code 2019 Art 70.5; legal-vn.md §8 item 19).

Session number, date, time and place; each side's representatives, with the upper-level union's
representatives the union invited (Art 69.3); the issues discussed; the content AGREED and the
content STILL DISPUTED, each in its own section as Art 70.5 requires; the next session; the
publication to all workers by the union. Signed by the representative of each side and by the
note-taker (three blocks, set here from the data whatever the frame carries).
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_documents import BargainingSessionData, Representative

from .bargaining_common import PUBLICATION_VI, SIGN_HINT, person
from .bargaining_layout import render_paper
from .conference_common import LABOUR_CODE, clock, dmy, when
from .conference_layout import Body

NONE_AGREED = "Chưa có nội dung được các bên thống nhất."
NONE_DISPUTED = "Không còn nội dung các bên có ý kiến khác nhau."


def session_title(data: BargainingSessionData) -> str:
    return f"Phiên họp thương lượng tập thể lần thứ {data.number}"


def employer_signatory(data: BargainingSessionData) -> Representative:
    if data.employer_signatory is not None:
        return data.employer_signatory
    return data.employer_side[0] if data.employer_side else Representative("")


def union_signatory(data: BargainingSessionData) -> Representative:
    if data.union_signatory is not None:
        return data.union_signatory
    return data.union_side[0] if data.union_side else Representative("")


def session_signatures(data: BargainingSessionData) -> tuple[doc.SignatureBlock, ...]:
    """Art 70.5: the representatives of the parties and the note-taker."""
    employer, union = employer_signatory(data), union_signatory(data)
    return (
        doc.SignatureBlock(position="Đại diện người sử dụng lao động", name=employer.name,
                           hint=SIGN_HINT),
        doc.SignatureBlock(position="Người ghi biên bản", name=data.note_taker.name,
                           hint=SIGN_HINT),
        doc.SignatureBlock(position="Đại diện Công đoàn cơ sở",
                           name=union.name, hint=SIGN_HINT),
    )


def _side(body: Body, label: str, people: tuple[Representative, ...]) -> None:
    if not people:
        body.labelled(label, "không có.")
    elif len(people) == 1:
        body.labelled(label, f"{person(people[0])}.")
    else:
        body.labelled(label, "")
        body.dashed(person(p) for p in people)


def _points(body: Body, heading: str, points: tuple[str, ...], empty: str) -> None:
    body.section(heading)
    shown = [p.strip().rstrip(";.") for p in points if p.strip()]
    if shown:
        body.numbered(f"{p}." for p in shown)
    else:
        body.text(empty)


def _publication(data: BargainingSessionData) -> str:
    text = ("Theo khoản 5 Điều 70 Bộ luật Lao động, Công đoàn cơ sở phổ biến rộng rãi, công "
            "khai biên bản này đến toàn thể người lao động")
    if data.published_form is not None:
        text += f" bằng hình thức {PUBLICATION_VI[data.published_form]}"
    if data.published_place.strip():
        text += f" tại {data.published_place.strip()}"
    if data.published_on:
        text += f", từ ngày {dmy(data.published_on)}"
    return text + "."


def session_body(data: BargainingSessionData) -> Body:
    header = data.header
    body = Body()
    draft = (f", trên cơ sở dự thảo thỏa ước lao động tập thể bản số {data.draft_version}"
             if data.draft_version else "")
    body.text(f"Thực hiện Điều 70 của {LABOUR_CODE}, vào hồi {when(data.start_time, data.held_on)}"
              f", tại {data.place.strip()}, {header.enterprise_name} và {header.union_name} "
              f"tiến hành phiên họp thương lượng tập thể lần thứ {data.number}{draft}.")
    body.section("I. THÀNH PHẦN THAM DỰ")
    _side(body, "1. Đại diện bên người sử dụng lao động:", data.employer_side)
    _side(body, f"2. Đại diện bên tổ chức đại diện người lao động tại cơ sở ({header.union_name}):",
          data.union_side)
    if data.upper_union:
        _side(body, "3. Đại diện công đoàn cấp trên cơ sở (được mời tham dự theo khoản 3 Điều "
                    "69 Bộ luật Lao động):", data.upper_union)
    body.labelled(f"{4 if data.upper_union else 3}. Người ghi biên bản:",
                  f"{person(data.note_taker)}.")
    _points(body, "II. CÁC VẤN ĐỀ ĐƯA RA THƯƠNG LƯỢNG", data.discussed,
            "Các bên trao đổi chung về nội dung thương lượng.")
    _points(body, "III. NỘI DUNG ĐÃ ĐƯỢC CÁC BÊN THỐNG NHẤT", data.agreed, NONE_AGREED)
    _points(body, "IV. NỘI DUNG CÒN Ý KIẾN KHÁC NHAU", data.disputed, NONE_DISPUTED)
    body.section("V. PHIÊN HỌP TIẾP THEO")
    if data.next_session_on:
        place = data.next_session_place.strip() or data.place.strip()
        body.text(f"Các bên thống nhất tổ chức phiên họp thương lượng tiếp theo vào hồi "
                  f"{when(data.next_session_time, data.next_session_on)}, tại {place}.")
    else:
        body.text("Thời gian, địa điểm phiên họp tiếp theo do các bên thỏa thuận sau.")
    body.section("VI. CÔNG BỐ BIÊN BẢN")
    body.text(_publication(data))
    body.end(f"Phiên họp kết thúc vào hồi {clock(data.end_time)} cùng ngày. Biên bản đã được "
             "đọc lại cho các bên cùng nghe, nhất trí thông qua và ký tên dưới đây")
    return body


def render_bargaining_session(data: BargainingSessionData, frame: doc.DocumentFrame,
                              on_page: Callable[[int], None] | None = None) -> bytes:
    """The session minutes as PDF bytes, signed by both sides and the note-taker."""
    return render_paper(frame, session_body(data), on_page, signers=session_signatures(data))
