"""A petition to the conference received outside a department meeting (who raised it, when,
what), or the employer's answer to one. If the service refuses, the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.conference_models import PetitionInfo
from ..date_edit import date_edit
from ..errors import show_error
from ..pages.conference_clock import today_within
from ..pages.conference_text import dmy

translate = QCoreApplication.translate


class PetitionDialog(QDialog):
    """With `petition` None it records a new petition: submit(content, raised_by, raised_on).
    With a petition it answers it: submit(answer, "", answered_on). A petition is raised by the
    conference day `held_on`, and answered between its own day and that one: the date
    proposed is today, or the nearest such day."""

    def __init__(self, submit: Callable[[str, str, date], object],
                 petition: PetitionInfo | None = None, parent: QWidget | None = None, *,
                 held_on: date | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.answering = petition is not None
        self.setWindowTitle(translate("PetitionDialog", "Answer a petition") if self.answering
                            else translate("PetitionDialog", "New petition"))
        self.resize(620, 420)
        lowest = petition.raised_on if petition is not None else None
        self.day = date_edit("petitionDay", today_within(lowest, held_on), lowest=lowest,
                             highest=held_on)
        self.raised_by = QLineEdit()
        self.raised_by.setObjectName("petitionRaisedBy")
        self.raised_by.setPlaceholderText(translate(
            "PetitionDialog", "A worker, a group or a department"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("petitionText")
        self.text.setTabChangesFocus(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if petition is None:
            form.addRow(translate("PetitionDialog", "Raised by"), self.raised_by)
            form.addRow(translate("PetitionDialog", "Raised on"), self.day)
            form.addRow(translate("PetitionDialog", "Petition"), self.text)
        else:
            asked = QLabel(translate("PetitionDialog", "{who}, {day}:\n{content}").format(
                who=petition.raised_by, day=dmy(petition.raised_on),
                content=petition.content))
            asked.setObjectName("petitionAsked")
            asked.setWordWrap(True)
            self.text.setPlainText(petition.answer)
            form.addRow(translate("PetitionDialog", "Petition"), asked)
            form.addRow(translate("PetitionDialog", "Answer of the employer"), self.text)
            form.addRow(translate("PetitionDialog", "Answered on"), self.day)
        box = QDialogButtonBox()
        self.ok_button = box.addButton(
            translate("PetitionDialog", "Save answer") if self.answering
            else translate("PetitionDialog", "Add petition"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("petitionOkButton")
        box.addButton(translate("PetitionDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(box)

    def accept(self) -> None:
        try:
            self.submit(self.text.toPlainText(), self.raised_by.text(),
                        self.day.date().toPython())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
