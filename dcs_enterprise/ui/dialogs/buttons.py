"""Qt ships no Vietnamese catalogue of its own, so standard buttons get our translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

translate = QCoreApplication.translate


def translate_buttons(box: QDialogButtonBox) -> None:
    texts = {
        QDialogButtonBox.StandardButton.Ok: translate("Buttons", "OK"),
        QDialogButtonBox.StandardButton.Cancel: translate("Buttons", "Cancel"),
        QDialogButtonBox.StandardButton.Save: translate("Buttons", "Save"),
        QDialogButtonBox.StandardButton.Close: translate("Buttons", "Close"),
        QDialogButtonBox.StandardButton.Yes: translate("Buttons", "Yes"),
        QDialogButtonBox.StandardButton.No: translate("Buttons", "No"),
    }
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)
