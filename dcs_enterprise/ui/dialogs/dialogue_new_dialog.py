"""Scheduling a periodic dialogue (Labour Code 2019 Art 63.2.a, rule D1) or opening one on an
incident (Art 63.2.c, Decree 145/2020 Art 41, rule D11: which Labour Code article's event
requires it). If the service refuses, the dialog stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_rules import DialogueKind, IncidentTrigger
from ...services.dialogue_models import DialogueInput
from ..date_edit import date_edit
from ..errors import succeeded
from ..pages.dialogue_text import trigger_name
from .buttons import accept_reject

translate = QCoreApplication.translate


class NewDialogueDialog(QDialog):
    """accept() hands a DialogueInput to `submit`."""

    def __init__(self, kind: DialogueKind, submit: Callable[[DialogueInput], object],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.submit = kind, submit
        incident = kind is DialogueKind.INCIDENT
        self.setWindowTitle(translate("NewDialogueDialog", "Dialogue on an incident")
                            if incident else
                            translate("NewDialogueDialog", "Schedule a periodic dialogue"))
        self.setMinimumWidth(680)
        note = QLabel(translate(
            "NewDialogueDialog", "The employer holds dialogue when one of these events "
            "happens (Labour Code 2019 Art 63.2.c, Decree 145/2020 Art 41). Say which one.")
            if incident else translate(
            "NewDialogueDialog", "At least one periodic dialogue a year (Labour Code 2019 "
            "Art 63.2.a). Each side sends what it wants to discuss at least 5 working days "
            "before the day (Decree 145/2020 Art 39.3)."))
        note.setWordWrap(True)
        self.trigger = QComboBox()
        self.trigger.setObjectName("dialogueTrigger")
        for trigger in IncidentTrigger:
            self.trigger.addItem(trigger_name(trigger), trigger.value)
        self.trigger.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trigger.setMinimumContentsLength(30)
        self.title = QLineEdit(
            "" if incident else translate("NewDialogueDialog", "Periodic dialogue {year}")
            .format(year=today.year))
        self.title.setObjectName("dialogueTitleEdit")
        self.day = date_edit("dialogueDay", today)
        self.start = QTimeEdit(QTime(8, 0))
        self.start.setObjectName("dialogueStart")
        self.start.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("dialoguePlace")
        self.place.setPlaceholderText(translate("NewDialogueDialog", "e.g. Meeting room 1"))
        form = QFormLayout()
        if incident:
            form.addRow(translate("NewDialogueDialog", "Event"), self.trigger)
        else:
            self.trigger.hide()
        form.addRow(translate("NewDialogueDialog", "Title"), self.title)
        form.addRow(translate("NewDialogueDialog", "Day"), self.day)
        form.addRow(translate("NewDialogueDialog", "Start"), self.start)
        form.addRow(translate("NewDialogueDialog", "Place"), self.place)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("NewDialogueDialog", "Schedule"), "newDialogueOk",
            translate("NewDialogueDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def plan(self) -> DialogueInput:
        incident = self.kind is DialogueKind.INCIDENT
        return DialogueInput(
            kind=self.kind, title=self.title.text(), scheduled_on=self.day.date().toPython(),
            start_time=self.start.time().toString("HH:mm"), place=self.place.text(),
            trigger=IncidentTrigger(self.trigger.currentData()) if incident else None)

    def accept(self) -> None:
        if succeeded(self, lambda: self.submit(self.plan())):
            super().accept()
