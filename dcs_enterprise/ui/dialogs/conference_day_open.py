"""Opening the conference: the time the chair opened it, proposed by the screen (now on the
day; the planned start when the day is recorded afterwards) and corrected by the user."""

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


class OpenDialog(QDialog):
    """accept() hands the opening time to `submit`; if the service refuses (the conference is
    planned for a later day), the dialog stays open and says why."""

    def __init__(self, submit: Callable[[datetime], object], opening: datetime,
                 afterwards: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("OpenDialog", "Open the conference"))
        self.setMinimumWidth(460)
        explanation = QLabel(translate(
            "OpenDialog", "The conference day is recorded afterwards: give the time the chair "
            "opened the conference. The planned start is proposed.") if afterwards else
            translate("OpenDialog", "The chair opens the conference now. Correct the time if "
                      "it opened a little earlier."))
        explanation.setObjectName("openExplanation")
        explanation.setWordWrap(True)
        self.opening = date_time_edit("openingTime", opening)
        form = QFormLayout()
        form.addRow(translate("OpenDialog", "Opened at"), self.opening)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(translate("OpenDialog", "Open"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("openOk")
        buttons.addButton(translate("OpenDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        opening = self.opening.dateTime().toPython().replace(second=0, microsecond=0)
        try:
            self.submit(opening)
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
