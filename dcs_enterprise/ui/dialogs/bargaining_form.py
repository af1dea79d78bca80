"""The frame every bargaining and agreement dialog shares: an explanation, a form, and a
button that hands the values to the service. If the service refuses, its message is shown and
the dialog stays open with what the user entered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ..date_edit import DateEdit, date_edit
from ..errors import show_error
from ..pages.conference_text import note_label

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
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName(ok_name)
        self.cancel_button = buttons.addButton(translate("BargainingDialogs", "Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

    def finish_layout(self) -> None:
        """Called by a subclass once its rows are in: the buttons go last."""
        self.layout_.addWidget(self.buttons)

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
        try:
            self.submit(self.values())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()


def on_or_after(day: date, lowest: date | None) -> date:
    """`day`, or `lowest` when `day` comes before it (a record entered afterwards)."""
    return max(day, lowest) if lowest is not None else day
