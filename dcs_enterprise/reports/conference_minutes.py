"""Biên bản Hội nghị người lao động (Decree 30 Mẫu 1.9; legal-vn.md D.15, §8 item 13).

Start, place, form; summoned, present, absent and the quorum with its arithmetic; presidium
(the chair marked), secretary, vote-counting board, guests; the conference as it went: opening,
each agenda item with its presenter, the votes with the threshold the program applied, the
petitions and their answers, the closing; the end time. Signed by the secretary and the chair
(the frame brings the blocks).
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import ConferenceMinutesData

from .conference_common import (
    FORM_VI,
    clock_of,
    conference_name,
    dmy,
    grouped,
    lower_first,
    participants,
    percent,
)
from .conference_layout import Body, render_body, threshold_note, votes_table

CHAIR_MARK = "chủ trì"


def minutes_title(data: ConferenceMinutesData) -> str:
    return conference_name(data.header)


def _attendance(body: Body, data: ConferenceMinutesData) -> None:
    header = data.header
    noun = participants(header)
    opened_on = data.opened_at.date() if data.opened_at else header.held_on
    body.labelled("Thời gian bắt đầu:", f"{clock_of(data.opened_at)}, ngày {dmy(opened_on)}.")
    body.labelled("Địa điểm:", f"{header.place}.")
    body.labelled("Hình thức:", f"{FORM_VI[header.form]}.")
    body.labelled("Thành phần tham dự:",
                  f"số {noun} được triệu tập: {grouped(data.summoned)}; có mặt: "
                  f"{grouped(data.present)} ({percent(data.present, data.summoned)}); vắng mặt: "
                  f"{grouped(data.summoned - data.present)}.")
    verdict = ("Hội nghị đủ điều kiện tiến hành" if data.quorum_met
               else "Hội nghị không đủ điều kiện tiến hành")
    arithmetic = lower_first(data.quorum_text).rstrip(".")
    body.labelled("Điều kiện tiến hành:", f"{verdict}" + (f" ({arithmetic})." if arithmetic
                                                          else "."))
    if data.absentees:
        body.labelled("Vắng mặt:", "; ".join(
            f"{person.name} ({person.position.strip()})" if person.position.strip()
            else person.name for person in data.absentees) + ".")
    if data.guests.strip():
        body.labelled("Khách mời:", f"{data.guests.strip().rstrip('.')}.")
    body.people("Đoàn chủ tịch:", data.presidium, mark_first=CHAIR_MARK)
    if data.presidium:
        body.labelled("Chủ trì (chủ tọa):", f"{data.presidium[0].name}.")
    body.people("Thư ký hội nghị (người ghi biên bản):", data.secretary)
    body.people("Ban kiểm phiếu:", data.counters)


def minutes_body(data: ConferenceMinutesData) -> Body:
    """The attendance, then the conference as it went: the opening, each agenda item, the
    petitions with their answers, the votes, the closing and the end time."""
    body = Body()
    _attendance(body, data)
    body.labelled("Nội dung (theo diễn biến hội nghị):", "")
    body.text(data.opening)
    for number, item in enumerate(data.items, start=1):
        body.section(f"{number}. {item.title}")
        if item.presenter.strip():
            body.text(f"Trình bày: {item.presenter}.")
        body.text(item.notes)
    if data.petitions:
        body.section("Kiến nghị của người lao động và ý kiến trả lời:")
        for index, petition in enumerate(data.petitions, start=1):
            raised = f" ({petition.raised_by})" if petition.raised_by.strip() else ""
            answered = f" ({petition.answered_by})" if petition.answered_by.strip() else ""
            body.text(f"{index}. Kiến nghị{raised}: {petition.content}",
                      f"Trả lời{answered}: {petition.answer or 'chưa trả lời tại hội nghị.'}")
    if data.votes:
        body.section("Kết quả biểu quyết:")
        body.table(votes_table(data.votes))
        body.text(threshold_note(data.votes, participants(data.header)))
    body.text(data.closing)
    closed_on = data.closed_at.date() if data.closed_at else None
    body.end(f"Hội nghị kết thúc vào hồi {clock_of(data.closed_at)}, ngày {dmy(closed_on)}")
    return body


def render_conference_minutes(data: ConferenceMinutesData, frame: doc.DocumentFrame,
                              on_page: Callable[[int], None] | None = None) -> bytes:
    """The conference minutes as PDF bytes inside the given Decree 30 frame."""
    return render_body(frame, minutes_body(data), on_page)
