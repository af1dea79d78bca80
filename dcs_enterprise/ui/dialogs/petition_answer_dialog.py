"""The employer side answers a petition sent to it, or rejects it with its reasons; the union
then resolves it or escalates it (to the upper-level union or an authority), or, once
escalated, records how it ended. If the service refuses, the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ...domain.supervision import Status
from ...services.supervision_models import PetitionDetail
from ..date_edit import date_edit, event_day
from ..pages.supervision_text import enum_box, status_name
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, heading, text_box

translate = QCoreApplication.translate


def petition_heading(petition: PetitionDetail) -> str:
    title = translate("PetitionAnswerDialog", "Petition no. {id}: {subject}").format(
        id=petition.row.id, subject=petition.row.subject)
    return f"{title}\n\n{petition.content}"


class PetitionAnswerDialog(SubmitDialog):
    """accept() hands (text, on) to `submit`; `reject` asks for the reasons of a refusal."""

    def __init__(self, petition: PetitionDetail, submit: Callable[[str, date], object],
                 today: date, reject: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("PetitionAnswerDialog", "Reject with reasons") if reject
                            else translate("PetitionAnswerDialog", "Answer the petition"))
        self.setMinimumWidth(600)
        lowest = petition.row.raised_on
        self.text = text_box("answerText", 140, translate(
            "PetitionAnswerDialog", "Why the petition cannot be met, and on what grounds")
            if reject else translate(
            "PetitionAnswerDialog", "The employer's answer: what it will do, and by when"))
        self.on = date_edit("answerOn", max(today, lowest), lowest=lowest)
        layout = form()
        layout.addRow(translate("PetitionAnswerDialog", "Reasons") if reject
                      else translate("PetitionAnswerDialog", "Answer"), self.text)
        layout.addRow(translate("PetitionAnswerDialog", "Date"), self.on)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PetitionAnswerDialog", "Reject") if reject
            else translate("PetitionAnswerDialog", "Answer"), "answerOk",
            translate("PetitionAnswerDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addWidget(heading(petition_heading(petition), "answerHeading"))
        box.addLayout(layout)
        box.addWidget(buttons)

    def send(self) -> object:
        return self.submit(self.text.toPlainText(), event_day(self.on))


class PetitionCloseDialog(SubmitDialog):
    """The union's step after the answer: accept() hands (status, note, on) to `submit`;
    only `steps` (those the life cycle allows now) are offered."""

    def __init__(self, petition: PetitionDetail, steps: Sequence[Status],
                 submit: Callable[[Status, str, date], object], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("PetitionAnswerDialog", "Resolve or escalate"))
        self.setMinimumWidth(600)
        self.status: QComboBox = enum_box("closeStatus", steps, status_name)
        self.note = text_box("closeNote", 110, translate(
            "PetitionAnswerDialog", "How it was settled; or to whom it is escalated and why"))
        lowest = petition.row.answered_on or petition.row.raised_on
        self.on = date_edit("closeOn", max(today, lowest), lowest=lowest)
        layout = form()
        layout.addRow(translate("PetitionAnswerDialog", "Outcome"), self.status)
        layout.addRow(translate("PetitionAnswerDialog", "Note"), self.note)
        layout.addRow(translate("PetitionAnswerDialog", "Date"), self.on)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PetitionAnswerDialog", "Record"), "closeOk",
            translate("PetitionAnswerDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addWidget(heading(petition_heading(petition), "closeHeading"))
        if petition.answer:
            box.addWidget(heading(translate("PetitionAnswerDialog", "Answer: {answer}").format(
                answer=petition.answer)))
        box.addLayout(layout)
        box.addWidget(buttons)

    def send(self) -> object:
        return self.submit(Status(self.status.currentData()), self.note.toPlainText(),
                           event_day(self.on))
