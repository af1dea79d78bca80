"""A short text asked of the user on the conference screens (why a delegate is absent, why the
resolution is corrected), optionally with a date, or a date alone (the day a plan was approved,
recorded afterwards). If the service refuses, the dialog stays open with what the user typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDateEdit,
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
from ..date_edit import date_edit
from ..errors import show_error

translate = QCoreApplication.translate


class PromptDialog(QDialog):
    """accept() hands (text, day) to `submit`; day is None unless a date was asked for. With
    no `label` only the date is asked (the text is then ""); `lowest` and `highest` bound it."""

    def __init__(self, title: str, explanation: str, label: str,
                 submit: Callable[[str, date | None], object], *, initial: str = "",
                 multiline: bool = False, day: date | None = None, ok_text: str = "",
                 lowest: date | None = None, highest: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if explanation:
            note = QLabel(explanation)
            note.setObjectName("promptExplanation")
            note.setWordWrap(True)
            layout.addWidget(note)
        if multiline:
            self.text_edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(initial)
            self.text_edit.setFixedHeight(90)
        else:
            self.text_edit = QLineEdit(initial)
        self.text_edit.setObjectName("promptText")
        form = QFormLayout()
        if label:
            form.addRow(label, self.text_edit)
        else:
            self.text_edit.hide()
        self.date_edit: QDateEdit | None = None
        if day is not None:
            self.date_edit = date_edit("promptDate", day, lowest=lowest, highest=highest)
            form.addRow(translate("PromptDialog", "Date"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text or translate("PromptDialog", "Save"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("promptOk")
        buttons.addButton(translate("PromptDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        edit = self.text_edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def accept(self) -> None:
        day = self.date_edit.date().toPython() if self.date_edit is not None else None
        try:
            self.submit(self.text(), day)
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
