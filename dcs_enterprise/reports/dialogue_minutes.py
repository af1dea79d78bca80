"""Biên bản đối thoại tại nơi làm việc (Decree 145/2020 Arts 39.4, 40.3, 41.1.đ; legal-vn.md §8
item 5; layout of Decree 30 Mẫu 1.9).

The kind with its legal basis (the Labour Code article of an incident); start time and place;
attendance of each side against the list and the quorum of rule D7 with its arithmetic (the
employer's legal representative or authorised person, and more than 70% of the worker
representatives); the female workers' representative, invited workers, chair and note-taker;
per agenda item each side's position, what was agreed and what was not, the actions with owner
and deadline; the end time. Signed by the statutory signatories of rule D8 (dialogue_layout).
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.dialogue_documents import (
    ActionLine,
    AttendanceLine,
    DialogueItem,
    DialogueMinutesData,
)
from dcs_enterprise.domain.dialogue_rules import DialogueKind, Side

from .conference_common import clock, dmy, grouped, percent, person
from .conference_layout import Body
from .dialogue_common import DECREE_145_SHORT, ORGANISATION_VI, dialogue_name, kind_sentence
from .dialogue_layout import NOTE_TAKER_TITLE, minutes_closing, statutory_block
from .frame import header_flowables, render_flowables

ATTENDANCE_HEADERS = ("STT", "Họ và tên", "Chức vụ", "Đại diện cho", "Tham dự")
ATTENDANCE_WIDTHS_MM = (11.0, 42.0, 42.0, 40.0, 30.0)
PRESENT, ABSENT = "Có mặt", "Vắng"


def dialogue_minutes_title(data: DialogueMinutesData) -> str:
    return dialogue_name(data.header)


def _side_lines(data: DialogueMinutesData, side: Side) -> list[AttendanceLine]:
    return [line for line in data.attendance if line.side is side]


def attendance_table(data: DialogueMinutesData) -> doc.Table:
    rows: list[tuple[str, ...]] = []
    spans: list[int] = []
    for number, (side, label) in enumerate(((Side.EMPLOYER, "BÊN NGƯỜI SỬ DỤNG LAO ĐỘNG"),
                                            (Side.WORKER, "BÊN NGƯỜI LAO ĐỘNG")), start=1):
        lines = _side_lines(data, side)
        present = sum(1 for line in lines if line.present)
        spans.append(len(rows))
        rows.append((f"{'I' * number}. {label}: có mặt {grouped(present)}/{grouped(len(lines))} "
                     f"thành viên", *("",) * 4))
        for index, line in enumerate(lines, start=1):
            reason = line.absence_reason.strip()
            shown = PRESENT if line.present else (f"{ABSENT}\n({reason})" if reason else ABSENT)
            rows.append((str(index), line.name, line.position,
                         ORGANISATION_VI[line.organisation], shown))
    return doc.Table(headers=ATTENDANCE_HEADERS, rows=tuple(rows),
                     col_widths_mm=ATTENDANCE_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER"), span_rows=tuple(spans))


def quorum_sentence(data: DialogueMinutesData) -> str:
    """D7 (Art 39.4) with its arithmetic: "... có mặt 9/10 thành viên đại diện (90%), trên 70%
    số thành viên (ít nhất 08 người) ... đủ điều kiện tiến hành"."""
    workers = _side_lines(data, Side.WORKER)
    present = sum(1 for line in workers if line.present)
    rep = data.employer_representative
    role = ("người được ủy quyền" if data.authorisation.strip()
            else "người đại diện theo pháp luật")
    authorised = f" theo {data.authorisation.strip()}" if data.authorisation.strip() else ""
    employer = (f"{person(rep.name, rep.position)} ({role} của người sử dụng lao động"
                f"{authorised}) " + ("có mặt" if data.employer_representative_present
                                     else "vắng mặt"))
    verdict = ("Cuộc đối thoại đủ điều kiện tiến hành" if data.quorum_met
               else "Cuộc đối thoại không đủ điều kiện tiến hành")
    return (f"{employer}; bên người lao động có mặt {grouped(present)}/{grouped(len(workers))} "
            f"thành viên đại diện ({percent(present, len(workers))}), yêu cầu trên 70% số thành "
            f"viên đại diện, tức ít nhất {doc.two_digits_below_ten(data.quorum_required)} người. "
            f"{verdict} (khoản 4 Điều 39 {DECREE_145_SHORT}).")


def action_text(action: ActionLine) -> str:
    owner = f"phụ trách: {action.owner.strip()}" if action.owner.strip() else ""
    due = f"thời hạn: {dmy(action.due)}" if action.due else ""
    detail = "; ".join(part for part in (owner, due) if part)
    return f"{action.text.strip().rstrip('.;')}" + (f" ({detail})" if detail else "")


def _item(body: Body, number: int, item: DialogueItem) -> None:
    body.section(f"{number}. {item.title}")
    for label, text in (("Ý kiến của bên người sử dụng lao động:", item.employer_position),
                        ("Ý kiến của bên người lao động:", item.worker_position),
                        ("Nội dung hai bên thống nhất:", item.agreed),
                        ("Nội dung chưa thống nhất:", item.disagreed)):
        body.labelled(label, text.strip() or "không có.")
    if item.actions:
        body.labelled("Việc cần thực hiện:", "")
        body.dashed(action_text(action) for action in item.actions)


def _attendance(body: Body, data: DialogueMinutesData) -> None:
    header = data.header
    kind = kind_sentence(header)
    if header.kind is DialogueKind.REQUEST and data.requested_on:
        kind = f"{kind}, theo đề nghị ngày {dmy(data.requested_on)}"
    body.labelled("Hình thức đối thoại:", f"{kind}.")
    if header.subject.strip():
        body.labelled("Chủ đề:", f"{header.subject.strip().rstrip('.')}.")
    body.labelled("Thời gian bắt đầu:", f"{clock(header.start_time)}, ngày {dmy(header.held_on)}.")
    body.labelled("Địa điểm:", f"{header.place.strip() or '……'}.")
    body.section("I. THÀNH PHẦN THAM DỰ")
    body.intro("Thành viên đại diện đối thoại của hai bên theo danh sách đã công khai:")
    body.table(attendance_table(data))
    if data.female_representative is not None:
        woman = data.female_representative
        body.labelled("Đại diện lao động nữ:", f"{person(woman.name, woman.position)}.")
    if data.invited.strip():
        body.labelled("Người lao động được mời tham dự:", f"{data.invited.strip().rstrip('.')}.")
    body.labelled("Chủ trì:", f"{person(data.chair.name, data.chair.position)}.")
    body.labelled("Người ghi biên bản:",
                  f"{person(data.note_taker.name, data.note_taker.position)}.")
    body.labelled("Điều kiện tiến hành:", quorum_sentence(data))


def minutes_body(data: DialogueMinutesData) -> Body:
    body = Body()
    _attendance(body, data)
    body.section("II. NỘI DUNG ĐỐI THOẠI")
    body.text(data.opening)
    for number, item in enumerate(data.items, start=1):
        _item(body, number, item)
    body.text(data.closing)
    copies = doc.two_digits_below_ten(max(len(data.signatories), 2))
    body.end(f"Cuộc đối thoại kết thúc vào hồi {clock(data.ended_at)} cùng ngày. Biên bản được "
             f"lập thành {copies} bản có giá trị như nhau, mỗi bên giữ 01 bản; biên bản đã được "
             f"đọc lại cho các thành viên tham dự cùng nghe, nhất trí và ký tên dưới đây")
    return body


def render_dialogue_minutes(data: DialogueMinutesData, frame: doc.DocumentFrame,
                            on_page: Callable[[int], None] | None = None) -> bytes:
    """The dialogue minutes as PDF bytes. The statutory signatories of the data sign (D8); the
    frame's own signature blocks, if any, and the note-taker sign in a row below them."""
    body = minutes_body(data)
    statutory = [statutory_block(s) for s in data.signatories]
    extra = list(frame.signatures)
    if data.note_taker_signs:
        extra.append(doc.SignatureBlock(NOTE_TAKER_TITLE, data.note_taker.name))
    story = [*header_flowables(frame, body.st),
             *minutes_closing(frame, body.flowables, statutory, extra, body.st)]
    return render_flowables(frame, story, on_page)
