"""Chương trình Hội nghị người lao động and its working rules (legal-vn.md §8 item 11): the
items with their times and presenters, then what makes the conference valid and a vote pass
(rules C3 and C4, as the democracy regulation sets them), and how it votes.
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import AgendaData

from .conference_common import conference_name, lower_first, participants, when
from .conference_layout import Body, agenda_table, render_body

RULES_HEADING = "QUY CHẾ LÀM VIỆC CỦA HỘI NGHỊ"
# AgendaData has no voting method: the common practice (show of hands, a secret ballot when
# the conference so decides) is printed.
VOTING_TEXT = ("Hội nghị biểu quyết công khai bằng hình thức giơ tay; Hội nghị có thể quyết "
               "định bỏ phiếu kín đối với từng nội dung")


def agenda_title(data: AgendaData) -> str:
    return conference_name(data.header)


def working_rules(data: AgendaData) -> list[str]:
    noun = participants(data.header)
    return [
        f"Điều kiện tiến hành Hội nghị: {lower_first(data.quorum_text).rstrip('.')}.",
        f"Điều kiện thông qua nghị quyết và các nội dung biểu quyết: "
        f"{lower_first(data.threshold_text).rstrip('.')}.",
        f"Hình thức biểu quyết: {VOTING_TEXT}.",
        f"{noun.capitalize()} có mặt đúng giờ và điểm danh tại bàn đón tiếp; phát biểu ý kiến "
        "theo sự điều hành của đoàn chủ tịch.",
        "Thư ký hội nghị ghi biên bản; ban kiểm phiếu kiểm phiếu và công bố kết quả biểu quyết "
        "từng nội dung.",
    ]


def render_agenda(data: AgendaData, frame: doc.DocumentFrame,
                  on_page: Callable[[int], None] | None = None) -> bytes:
    """The agenda and working rules as PDF bytes inside the given Decree 30 frame."""
    header = data.header
    body = Body()
    body.labelled("Thời gian:", f"{when(header.start_time, header.held_on)}.")
    body.labelled("Địa điểm:", f"{header.place}.")
    body.table(agenda_table(data.items))
    body.centred(RULES_HEADING)
    body.numbered(working_rules(data))
    return render_body(frame, body, on_page)
