"""Thông báo nội dung chính của cuộc đối thoại (Decree 145/2020 Arts 39.5, 40.4, 41.1.e;
legal-vn.md §8 item 6; Decree 30 Mẫu 1.4): when and where the dialogue was held, its main
points (agreed, not agreed, actions), and how, where, from when and until when it is posted,
with the 3-working-day limit of rule D9.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.dialogue_documents import DialogueNoticeData
from dcs_enterprise.domain.dialogue_rules import DialogueKind

from .conference_common import dmy, lower_first, person
from .conference_layout import Body, render_body
from .dialogue_common import DECREE_145_SHORT, PUBLICATION_VI, dialogue_name
from .dialogue_minutes import action_text


def notice_title(data: DialogueNoticeData) -> str:
    name = dialogue_name(data.header)
    return f"Nội dung chính của cuộc {name[0].lower()}{name[1:]}"


# Where the decree sets the 3 working days for each kind of dialogue (rule D9).
NOTICE_ARTICLE_VI: dict[DialogueKind, str] = {
    DialogueKind.PERIODIC: "khoản 5 Điều 39",
    DialogueKind.REQUEST: "khoản 4 Điều 40",
    DialogueKind.INCIDENT: "điểm e khoản 1 Điều 41",
}


def posting_sentence(data: DialogueNoticeData) -> str:
    until = f" đến hết ngày {dmy(data.published_until)}" if data.published_until else ""
    place = f" tại {data.place.strip()}" if data.place.strip() else ""
    timely = "trong" if data.published_on <= data.publish_due else "quá"
    return (f"Thông báo này được công khai bằng hình thức {PUBLICATION_VI[data.form]}{place} từ "
            f"ngày {dmy(data.published_on)}{until} (người thực hiện: "
            f"{person(data.posted_by.name, data.posted_by.position)}), {timely} thời hạn 03 ngày "
            f"làm việc kể từ khi kết thúc đối thoại (chậm nhất ngày {dmy(data.publish_due)}) "
            f"theo {NOTICE_ARTICLE_VI[data.header.kind]} {DECREE_145_SHORT}.")


def notice_body(data: DialogueNoticeData) -> Body:
    header = data.header
    parties = header.parties
    body = Body()
    place = f", tại {header.place.strip()}" if header.place.strip() else ""
    worker_bodies = " và ".join(name for name in (parties.union_name, parties.other_organisation_name,
                                                  parties.group_name) if name.strip())
    with_whom = f" với {worker_bodies}" if worker_bodies else " với bên người lao động"
    body.text(f"Ngày {dmy(data.ended_on)}{place}, {parties.enterprise_name} đã tổ chức "
              f"{lower_first(dialogue_name(header))}{with_whom}. {parties.enterprise_name} thông "
              f"báo đến toàn thể người lao động những nội dung chính của cuộc đối thoại như sau:")
    number = 1
    if data.summary.strip():
        body.section(f"{number}. Tóm tắt")
        body.text(data.summary)
        number += 1
    agreed = [f"{item.title.strip().rstrip('.:')}: {item.agreed.strip()}"
              for item in data.items if item.agreed.strip()]
    disagreed = [f"{item.title.strip().rstrip('.:')}: {item.disagreed.strip()}"
                 for item in data.items if item.disagreed.strip()]
    actions = [action_text(a) for item in data.items for a in item.actions]
    for heading, lines in (("Những nội dung hai bên đã thống nhất", agreed),
                           ("Những nội dung chưa thống nhất", disagreed),
                           ("Các việc cần thực hiện", actions)):
        if lines:
            body.section(f"{number}. {heading}")
            body.dashed(lines)
            number += 1
    body.section(f"{number}. Công khai")
    body.text(posting_sentence(data))
    body.end("Người lao động có ý kiến về nội dung đối thoại đề nghị phản ánh với thành viên đại "
             "diện đối thoại của tổ chức mình hoặc trực tiếp với người sử dụng lao động")
    return body


def render_notice(data: DialogueNoticeData, frame: doc.DocumentFrame,
                  on_page: Callable[[int], None] | None = None) -> bytes:
    """The notice of main points as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, notice_body(data), on_page)
