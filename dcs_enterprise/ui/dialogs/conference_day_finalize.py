"""Closing the conference: the closing time, and the user's confirmation that the minutes and
the resolution become final and take their numbers."""

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


class FinalizeDialog(QDialog):
    """accept() hands the closing time to `submit`; if the service refuses (no quorum, no
    presidium, the resolution not adopted…), the dialog stays open and says why."""

    def __init__(self, submit: Callable[[datetime], object], closing: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("FinalizeDialog", "Finalize minutes and resolution"))
        self.setMinimumWidth(520)
        explanation = QLabel(translate(
            "FinalizeDialog", "The chair closes the conference. The minutes and the resolution "
            "become final and take their numbers from this year's series; each article that "
            "names who carries it out and by when becomes a tracked commitment.\n\nA final "
            "document is never changed again: a mistake is put right by issuing a correction, "
            "a new version with its own number."))
        explanation.setObjectName("finalizeExplanation")
        explanation.setWordWrap(True)
        self.closing = date_time_edit("closingTime", closing)
        form = QFormLayout()
        form.addRow(translate("FinalizeDialog", "Closing time"), self.closing)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(translate("FinalizeDialog", "Finalize"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("finalizeOk")
        buttons.addButton(translate("FinalizeDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        closing = self.closing.dateTime().toPython().replace(second=0, microsecond=0)
        try:
            self.submit(closing)
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
