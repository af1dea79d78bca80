"""Văn bản trả lời đề nghị đối thoại (Decree 145/2020 Art 40.2; legal-vn.md §8 item 4): an
official letter (công văn) answering the request within 5 working days (rule D10) and fixing
the time and place of the dialogue. The signer comes with the frame.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.dialogue_documents import DialogueReplyData
from dcs_enterprise.domain.dialogue_rules import Side

from .conference_common import WEEKDAYS_VI, clock, dmy
from .conference_layout import Body
from .dialogue_common import DECREE_145_SHORT, SIDE_VI
from .dialogue_layout import render_letter


def reply_title(data: DialogueReplyData) -> str:
    del data
    return "Trả lời đề nghị đối thoại tại nơi làm việc"


def reply_body(data: DialogueReplyData) -> Body:
    header = data.header
    parties = header.parties
    body = Body()
    asked = SIDE_VI[header.requested_by or Side.WORKER]
    answering = (parties.enterprise_name if header.requested_by is not Side.EMPLOYER
                 else (parties.union_name or parties.group_name or SIDE_VI[Side.WORKER]))
    reference = data.request_reference.strip() or f"Văn bản đề nghị ngày {dmy(data.requested_on)}"
    body.text(f"{answering} nhận được {reference} của {asked} về việc đề nghị tổ chức đối thoại "
              f"tại nơi làm việc (ngày nhận: {dmy(data.received_on)}).")
    body.text(f"Thực hiện khoản 2 Điều 40 {DECREE_145_SHORT}, {answering} đồng ý tổ chức đối "
              f"thoại và thống nhất như sau:")
    weekday = f" ({WEEKDAYS_VI[header.held_on.weekday()]})" if header.held_on else ""
    body.labelled("1. Thời gian:", f"{clock(header.start_time)}, ngày {dmy(header.held_on)}"
                                   f"{weekday}.")
    body.labelled("2. Địa điểm:", f"{header.place.strip() or '……'}.")
    number = 3
    if data.participants.strip():
        body.labelled(f"{number}. Thành phần:", f"{data.participants.strip().rstrip('.')}.")
        number += 1
    if data.note.strip():
        body.labelled(f"{number}. Đề nghị chuẩn bị:", f"{data.note.strip().rstrip('.')}.")
    on_time = data.replied_on <= data.reply_due
    body.text(f"Văn bản này được gửi ngày {dmy(data.replied_on)}, "
              + ("trong" if on_time else "quá")
              + f" thời hạn trả lời (chậm nhất ngày {dmy(data.reply_due)}, 05 ngày làm việc kể "
                f"từ ngày nhận được đề nghị).")
    body.end("Trân trọng")
    return body


def render_reply(data: DialogueReplyData, frame: doc.DocumentFrame,
                 on_page: Callable[[int], None] | None = None) -> bytes:
    """The reply as PDF bytes: a công văn in the given Decree 30 frame."""
    return render_letter(frame, (data.addressee,), reply_body(data), on_page)
