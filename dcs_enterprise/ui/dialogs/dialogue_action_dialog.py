"""An action agreed at a dialogue: what is to be done, who carries it out, by when, and the
agenda item it comes from. If the service refuses, the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.dialogue_models import ActionInput, ItemInfo
from ..date_edit import date_edit
from ..errors import succeeded
from .buttons import accept_reject

translate = QCoreApplication.translate


class ActionDialog(QDialog):
    """accept() hands an ActionInput to `submit`."""

    def __init__(self, items: Sequence[ItemInfo], submit: Callable[[ActionInput], object],
                 held_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("ActionDialog", "Action agreed"))
        self.setMinimumWidth(520)
        self.text = QPlainTextEdit()
        self.text.setObjectName("actionText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.owner.setPlaceholderText(translate("ActionDialog",
                                                "e.g. Human resources department"))
        self.due = date_edit("actionDue", held_on, lowest=held_on)
        self.item = QComboBox()
        self.item.setObjectName("actionItem")
        self.item.addItem(translate("ActionDialog", "(no particular item)"), None)
        for item in items:
            self.item.addItem(f"{item.position}. {item.title}", item.id)
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(30)
        form = QFormLayout()
        form.addRow(translate("ActionDialog", "What is to be done"), self.text)
        form.addRow(translate("ActionDialog", "Carried out by"), self.owner)
        form.addRow(translate("ActionDialog", "Due"), self.due)
        form.addRow(translate("ActionDialog", "Agenda item"), self.item)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("ActionDialog", "Add"), "actionOk",
            translate("ActionDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def action(self) -> ActionInput:
        return ActionInput(self.text.toPlainText(), self.owner.text(),
                           self.due.date().toPython(), self.item.currentData())

    def accept(self) -> None:
        if succeeded(self, lambda: self.submit(self.action())):
            super().accept()
