"""The minutes of the dialogue (Decree 145/2020 Art 39.4): who must sign them by rule D8 (the
employer's legal representative or the authorised person, and a representative of each worker
organisation on the list), the warning when they record nothing of substance, and signing them
with the time the dialogue ended. Signed minutes are final."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_stages import DialogueStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.dialogue_models import DialogueInfo, Signatory
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..errors import show_error
from ..list_model import ListTableModel
from .conference_text import (
    NOT_MET_STYLE,
    action_button,
    dmy,
    fit_rows,
    list_view,
    note_label,
    show_state,
    size_columns,
)
from .dialogue_text import organisation_name, today

translate = QCoreApplication.translate


class SignatoriesModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("MinutesTab", "Signs for"), translate("MinutesTab", "Name"),
                translate("MinutesTab", "Title")]

    def display(self, row: Signatory, column: int) -> object:
        return (organisation_name(row.organisation), row.name, row.title)[column]


class MinutesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.stage_note = note_label("", "minutesStageNote")
        self.warning = note_label("", "shamWarning")
        self.warning.setStyleSheet(NOT_MET_STYLE + " font-weight: bold;")
        self.model = SignatoriesModel(self)
        self.table = list_view("signatoriesTable", self.model)
        size_columns(self.table, stretch=(1, 2))
        signers = QGroupBox(translate("MinutesTab", "Signatories (rule D8, Decree 145/2020 "
                                                    "Art 39.4)"))
        signers_layout = QVBoxLayout(signers)
        signers_layout.addWidget(note_label(translate(
            "MinutesTab", "The minutes are signed by the employer's legal representative (or "
                          "the person authorised in writing) and by a representative of each "
                          "worker representative organisation and of the dialogue "
                          "representative group on the list.")))
        signers_layout.addWidget(self.table)
        self.record = note_label("", "minutesRecord")
        self.day = date_edit("finalizedOn")
        self.end = QTimeEdit()
        self.end.setObjectName("endTime")
        self.end.setDisplayFormat("HH:mm")
        self.finalize_button = action_button(
            "finalizeDialogue", translate("MinutesTab", "Sign and finalize…"), self.finalize,
            ctx.can(Action.FINALIZE_DIALOGUE))
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.end)
        row.addWidget(self.finalize_button)
        row.addStretch(1)
        sign = QGroupBox(translate("MinutesTab", "Signing"))
        form = QFormLayout(sign)
        form.addRow(self.record)
        form.addRow(translate("MinutesTab", "Signed on, dialogue ended at"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addWidget(self.warning)
        layout.addWidget(signers)
        layout.addWidget(sign)
        layout.addStretch(1)

    def load(self, info: DialogueInfo) -> None:
        self.info = info
        held = info.stage is DialogueStage.HELD
        signed = info.finalized_on is not None
        self.stage_note.setVisible(info.held_on is None)
        self.stage_note.setText(translate(
            "MinutesTab", "The signatories appear once the attendance is recorded on the "
                          "dialogue day."))
        self.model.set_rows(info.signatories)
        fit_rows(self.table, most=5)
        self.warning.setVisible(info.held_on is not None and not info.substantive)
        self.warning.setText(translate(
            "MinutesTab", "Warning: the minutes record nothing of substance — no point agreed "
                          "or not agreed, and no position of more than a few words. Minutes "
                          "like these do not show that a real dialogue took place."))
        if signed:
            show_state(self.record, translate(
                "MinutesTab", "Minutes No. {number} signed on {day}; the dialogue ended at "
                              "{end}. They are final and cannot be changed.").format(
                number=info.minutes_number, day=dmy(info.finalized_on), end=info.end_time),
                True)
        else:
            self.record.setText(translate("MinutesTab", "Not signed yet."))
            self.record.setStyleSheet("color: #555555;")
        self.day.setDate(qdate(info.finalized_on or info.held_on or today()))
        self.end.setTime(QTime.fromString(info.end_time, "HH:mm") if info.end_time
                         else QTime(11, 0))
        for widget in (self.day, self.end, self.finalize_button):
            widget.setEnabled(held)

    def finalize(self) -> None:
        info = self.info
        if info is None:
            return
        question = translate("MinutesTab", "Sign the minutes of \"{title}\"? Once signed they "
                                           "are final: nothing of this dialogue can be "
                                           "changed.").format(title=info.title)
        if not info.substantive:
            question = self.warning.text() + "\n\n" + question
        answer = QMessageBox.question(self, translate("MinutesTab", "Sign and finalize"),
                                      question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = self.ctx.dialogues.finalize(info.id, self.day.date().toPython(),
                                               self.end.time().toString("HH:mm"))
        except DcsError as error:
            show_error(self, error)
            return
        self.changed.emit()
        QMessageBox.information(self, translate("MinutesTab", "Minutes signed"), translate(
            "MinutesTab", "The minutes are No. {number}. Publish the main points within 3 "
                          "working days (Notice tab).").format(number=done.minutes_number))
