"""The frame every bargaining and agreement dialog shares: an explanation, a form, and a
button that hands the values to the service. If the service refuses, its message is shown and
the dialog stays open with what the user entered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..date_edit import DateEdit, date_edit
from ..errors import succeeded
from ..pages.conference_text import note_label
from .buttons import accept_reject

translate = QCoreApplication.translate


class FormDialog(QDialog):
    """Subclasses add their rows to `self.form` and return what `submit` takes from
    `values()`; accept() calls submit(values) and closes only when it succeeds."""

    def __init__(self, title: str, explanation: str, submit: Callable[[object], object],
                 ok_text: str, ok_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        if explanation:
            self.layout_.addWidget(note_label(explanation, "dialogExplanation"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.buttons, self.ok_button, self.cancel_button = accept_reject(
            self, ok_text, ok_name, translate("BargainingDialogs", "Cancel"))

    def finish_layout(self) -> None:
        """Called by a subclass once its rows are in: the buttons go last, and the dialog opens
        wide enough for its longest row (the Art 67 topics are long lines in Vietnamese)."""
        self.layout_.addWidget(self.buttons)
        width = max(560, min(self.minimumSizeHint().width(), 1100))
        height = self.layout_.totalHeightForWidth(width) if self.layout_.hasHeightForWidth() \
            else self.sizeHint().height()
        self.resize(width, height)

    # -- small builders ---------------------------------------------------------------------
    @staticmethod
    def line(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def text_box(name: str, height: int = 60, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def day(name: str, day: date, lowest: date | None = None) -> DateEdit:
        return date_edit(name, day, lowest=lowest)

    def values(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        if succeeded(self, lambda: self.submit(self.values())):
            super().accept()


def on_or_after(day: date, lowest: date | None) -> date:
    """`day`, or `lowest` when `day` comes before it (a record entered afterwards)."""
    return max(day, lowest) if lowest is not None else day
