"""Qt ships no Vietnamese catalogue of its own, so standard buttons get our translations; a
dialog's own two buttons carry the dialog's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

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


def accept_reject(dialog: QDialog, ok_text: str, ok_name: str, cancel_text: str
                  ) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The box, its OK button (named for the tests) that accepts, and the one that rejects."""
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName(ok_name)
    cancel = box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel
