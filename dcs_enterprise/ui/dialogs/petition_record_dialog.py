"""An officer records a petition received by hand, in the suggestion box, by the hotline, at a
department meeting, a dialogue or the conference: what it asks, its category, how and when it
came, and who raised it, unless it is anonymous. The employer side records an anonymous
petition without any name (rule S3: it would otherwise know who filed it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ...domain.petitions import Category, Channel
from ...services.supervision_models import PetitionInput
from ..date_edit import date_edit, event_day
from ..pages.supervision_text import category_name, channel_name, enum_box
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, hint, line, text_box

translate = QCoreApplication.translate
RECORDED = [c for c in Channel if c is not Channel.EMPLOYEE_VIEW]  # the worker files that one


class PetitionRecordDialog(SubmitDialog):
    """accept() hands a PetitionInput to `submit`."""

    def __init__(self, submit: Callable[[PetitionInput], object], today: date,
                 union: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.union = union
        self.setWindowTitle(translate("PetitionRecordDialog", "Record a petition"))
        self.setMinimumWidth(620)
        self.subject = line("petitionSubject", translate(
            "PetitionRecordDialog", "A short title for the register, e.g. Drinking water in "
                                    "workshop 2"))
        self.content = text_box("petitionContent", 110, translate(
            "PetitionRecordDialog", "What the workers raise or ask for, as received"))
        self.category = enum_box("petitionCategory", Category, category_name, shortest=30)
        self.channel = enum_box("petitionChannel", RECORDED, channel_name, shortest=30)
        self.raised_on = date_edit("petitionRaisedOn", today, highest=today)
        self.anonymous = QCheckBox(translate("PetitionRecordDialog", "Anonymous"))
        self.anonymous.setObjectName("petitionAnonymous")
        self.raised_by = line("petitionRaisedBy", translate(
            "PetitionRecordDialog", "A worker, a team or a department"))
        self.identity_note = hint("", "petitionIdentityNote")
        self.anonymous.toggled.connect(self._anonymity_changed)
        layout = form()
        layout.addRow(translate("PetitionRecordDialog", "Subject"), self.subject)
        layout.addRow(translate("PetitionRecordDialog", "Content"), self.content)
        layout.addRow(translate("PetitionRecordDialog", "Category"), self.category)
        layout.addRow(translate("PetitionRecordDialog", "Received through"), self.channel)
        layout.addRow(translate("PetitionRecordDialog", "Received on"), self.raised_on)
        layout.addRow("", self.anonymous)
        layout.addRow(translate("PetitionRecordDialog", "Raised by"), self.raised_by)
        layout.addRow("", self.identity_note)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PetitionRecordDialog", "Record"), "petitionRecordOk",
            translate("PetitionRecordDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(buttons)
        self._anonymity_changed(False)

    def _anonymity_changed(self, anonymous: bool) -> None:
        if not anonymous:
            text = ""
        elif self.union:
            text = translate(
                "PetitionRecordDialog", "The name is kept for the union officers alone: the "
                "employer side and the employee view never see who filed an anonymous "
                "petition (Law 10/2022 Art 9.2).")
        else:
            text = translate(
                "PetitionRecordDialog", "An anonymous petition is recorded without any name: "
                "who filed it is known to the union officers alone (Law 10/2022 Art 9.2).")
        self.identity_note.setText(text)
        self.identity_note.setVisible(bool(text))
        keeps_name = self.union or not anonymous
        self.raised_by.setEnabled(keeps_name)
        if not keeps_name:
            self.raised_by.clear()

    def petition(self) -> PetitionInput:
        return PetitionInput(
            content=self.content.toPlainText(), category=Category(self.category.currentData()),
            channel=Channel(self.channel.currentData()),
            raised_on=event_day(self.raised_on), subject=self.subject.text(),
            anonymous=self.anonymous.isChecked(), raised_by=self.raised_by.text())

    def send(self) -> object:
        return self.submit(self.petition())
