"""Văn bản đề nghị đối thoại (Decree 145/2020 Arts 40.1-40.2, 41.1.a; legal-vn.md §8 item 3): an
official letter (công văn, Decree 30 App III: no type name, "V/v" summary) from either side.

A worker-side request names the representatives who back it, their number and share of the
worker side's list against the 30% of rule D10; an employer request names the legal
representative who approved its content. Both ask for a written reply within 5 working days
(the date is printed). An incident letter (Art 41.1) names the Labour Code article and the
documents sent with it.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.dialogue_documents import DialogueRequestData
from dcs_enterprise.domain.dialogue_rules import DialogueKind, Organisation, Side

from .conference_common import dmy, grouped, percent, person
from .conference_layout import Body
from .dialogue_common import (
    DECREE_145_SHORT,
    ORGANISATION_VI,
    SIDE_VI,
    TRIGGER_ARTICLE_VI,
    TRIGGER_VI,
    organisation_name,
    time_and_place,
)
from .dialogue_layout import render_letter

SUPPORTER_HEADERS = ("STT", "Họ và tên", "Chức vụ", "Tổ chức đại diện", "Ký xác nhận")
SUPPORTER_WIDTHS_MM = (11.0, 42.0, 38.0, 46.0, 28.0)


def request_title(data: DialogueRequestData) -> str:
    header = data.header
    if header.kind is DialogueKind.INCIDENT and header.trigger is not None:
        return f"Đề nghị đối thoại về {TRIGGER_VI[header.trigger]}"
    return "Đề nghị tổ chức đối thoại tại nơi làm việc"


def requester(data: DialogueRequestData) -> str:
    """Who asks: the enterprise, or the worker organisations whose representatives back the
    request (the union, else the dialogue group, when none is named)."""
    parties = data.header.parties
    if data.header.requested_by is Side.EMPLOYER:
        return parties.enterprise_name
    named = [o for o in Organisation if o is not Organisation.EMPLOYER
             and any(s.organisation is o for s in data.supporters)]
    if not named:
        named = [Organisation.UNION if parties.union_name.strip()
                 else Organisation.DIALOGUE_GROUP]
    return " và ".join(organisation_name(parties, o) for o in named)


def support_sentence(data: DialogueRequestData) -> str:
    """D10 (Art 40.1): "... 04/10 thành viên (40%) ..., đạt yêu cầu ít nhất 30% ..."."""
    backed = len(data.supporters)
    verdict = "đạt" if data.support_ok else "chưa đạt"
    return (f"Nội dung đề nghị đối thoại đã được {grouped(backed)}/{grouped(data.listed)} thành "
            f"viên đại diện đối thoại của bên người lao động ({percent(backed, data.listed)}) "
            f"tán thành, {verdict} yêu cầu ít nhất 30% số thành viên đại diện của bên người lao "
            f"động (khoản 1 Điều 40 {DECREE_145_SHORT}). Danh sách thành viên tán thành:")


def supporters_table(data: DialogueRequestData) -> doc.Table:
    rows = tuple((str(n), s.name, s.position,
                  ORGANISATION_VI[s.organisation] if s.organisation else "", "")
                 for n, s in enumerate(data.supporters, start=1))
    return doc.Table(headers=SUPPORTER_HEADERS, rows=rows, col_widths_mm=SUPPORTER_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"))


def _basis(data: DialogueRequestData) -> str:
    header = data.header
    if header.kind is DialogueKind.INCIDENT and header.trigger is not None:
        return (f"Căn cứ {TRIGGER_ARTICLE_VI[header.trigger]} (về "
                f"{TRIGGER_VI[header.trigger]}) và điểm c khoản 2 Điều 63 Bộ luật Lao động năm "
                f"2019, Điều 41 {DECREE_145_SHORT}")
    if header.kind is DialogueKind.PERIODIC:
        return (f"Căn cứ điểm a khoản 2 Điều 63 Bộ luật Lao động năm 2019, khoản 3 Điều 39 "
                f"{DECREE_145_SHORT} và quy chế dân chủ ở cơ sở tại nơi làm việc")
    return (f"Căn cứ điểm b khoản 2 Điều 63 Bộ luật Lao động năm 2019 và Điều 40 "
            f"{DECREE_145_SHORT}")


def request_body(data: DialogueRequestData) -> Body:
    header = data.header
    body = Body()
    who = requester(data)
    body.intro(f"{_basis(data)}, {who} đề nghị tổ chức đối thoại tại nơi làm việc giữa bên người "
               f"sử dụng lao động và bên người lao động với các nội dung sau:")
    body.numbered(item.strip().rstrip(";.") + ";" if index < len(data.items) else
                  item.strip().rstrip(";.") + "."
                  for index, item in enumerate(data.items, start=1))
    if data.reasons.strip():
        body.labelled("Lý do đề nghị:", data.reasons.strip())
    if data.documents:
        body.labelled("Tài liệu gửi kèm:", "")
        body.dashed(data.documents)
    if header.held_on is not None:
        body.labelled("Thời gian, địa điểm đề xuất:", f"{time_and_place(header)}.")
    if header.requested_by is Side.WORKER:
        body.intro(support_sentence(data))
        body.table(supporters_table(data))
    elif data.approved_by is not None:
        body.text(f"Nội dung đề nghị đối thoại đã được "
                  f"{person(data.approved_by.name, data.approved_by.position)}, người đại diện "
                  f"theo pháp luật của {header.parties.enterprise_name} phê duyệt (khoản 1 Điều "
                  f"40 {DECREE_145_SHORT}).")
    other = SIDE_VI[Side.WORKER if header.requested_by is Side.EMPLOYER else Side.EMPLOYER]
    due = (f"chậm nhất ngày {dmy(data.reply_due)} " if data.reply_due else "")
    body.text(f"Đề nghị {other} trả lời bằng văn bản {due}(trong thời hạn 05 ngày làm việc kể "
              f"từ ngày nhận được đề nghị, khoản 2 Điều 40 {DECREE_145_SHORT}) để hai bên thống "
              f"nhất thời gian, địa điểm tổ chức đối thoại.")
    body.end("Trân trọng")
    return body


def render_request(data: DialogueRequestData, frame: doc.DocumentFrame,
                   on_page: Callable[[int], None] | None = None) -> bytes:
    """The dialogue request as PDF bytes: a công văn in the given Decree 30 frame."""
    return render_letter(frame, (data.addressee,), request_body(data), on_page)
