"""The two moments of the conference day the chair dates: opening (now on the day; the planned
start when the day is recorded afterwards) and closing, when the minutes and the resolution
become final. One dialog: an explanation, a date and time the user may correct, and a button
whose refusal by the service keeps the dialog open with the reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ..date_edit import date_time_edit
from ..errors import show_error

translate = QCoreApplication.translate


class MomentDialog(QDialog):
    """accept() hands the chosen time to `submit`; a refusal shows why and keeps the dialog."""

    def __init__(self, submit: Callable[[datetime], object], moment: datetime, *, name: str,
                 title: str, explanation: str, label: str, action: str, width: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        text = QLabel(explanation)
        text.setObjectName(f"{name}Explanation")
        text.setWordWrap(True)
        self.moment = date_time_edit(f"{name}Time", moment)
        form = QFormLayout()
        form.addRow(label, self.moment)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName(f"{name}Ok")
        buttons.addButton(translate("MomentDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        moment = self.moment.dateTime().toPython().replace(second=0, microsecond=0)
        try:
            self.submit(moment)
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()


def opening_dialog(submit: Callable[[datetime], object], opening: datetime, afterwards: bool,
                   parent: QWidget | None = None) -> MomentDialog:
    """The chair opens the conference (refused before the planned day)."""
    explanation = (translate(
        "OpenDialog", "The conference day is recorded afterwards: give the time the chair "
        "opened the conference. The planned start is proposed.") if afterwards else
        translate("OpenDialog", "The chair opens the conference now. Correct the time if it "
                  "opened a little earlier."))
    return MomentDialog(submit, opening, name="open", width=460,
                        title=translate("OpenDialog", "Open the conference"),
                        explanation=explanation, label=translate("OpenDialog", "Opened at"),
                        action=translate("OpenDialog", "Open"), parent=parent)


def closing_dialog(submit: Callable[[datetime], object], closing: datetime,
                   parent: QWidget | None = None) -> MomentDialog:
    """The chair closes the conference: minutes and resolution become final, with numbers."""
    return MomentDialog(
        submit, closing, name="finalize", width=520,
        title=translate("FinalizeDialog", "Finalize minutes and resolution"),
        explanation=translate(
            "FinalizeDialog", "The chair closes the conference. The minutes and the resolution "
            "become final and take their numbers from this year's series; each article that "
            "names who carries it out and by when becomes a tracked commitment.\n\nA final "
            "document is never changed again: a mistake is put right by issuing a correction, "
            "a new version with its own number."),
        label=translate("FinalizeDialog", "Closing time"),
        action=translate("FinalizeDialog", "Finalize"), parent=parent)
