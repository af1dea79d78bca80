"""The fields the supervision and petition dialogs share: a named line, a named text box, a form
that lets its fields grow, and a dialog whose OK hands what was typed to the service and stays
open, with everything typed, when the service refuses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..errors import succeeded


def line(name: str, placeholder: str = "", text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def text_box(name: str, height: int = 90, placeholder: str = "", text: str = ""
             ) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(height)
    return box


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return layout


def heading(text: str, name: str = "") -> QLabel:
    """What the dialog is about, wrapped, in plain text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def hint(text: str, name: str = "") -> QLabel:
    label = heading(text, name)
    label.setStyleSheet("color: #555555;")
    return label


class SubmitDialog(QDialog):
    """accept() runs `self.send()`; the dialog closes only when the service took it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def send(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        if succeeded(self, self.send):
            super().accept()

