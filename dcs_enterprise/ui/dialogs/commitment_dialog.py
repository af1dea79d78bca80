"""Reporting a commitment's progress: status, percentage, a note and the date of the report.
The service refuses incoherent reports (done below 100%, dropped without a reason…); the
dialog then stays open with what was entered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.commitments import Status
from ...domain.errors import DcsError
from ...services.conference_models import CommitmentInfo
from ..date_edit import date_edit
from ..errors import show_error
from ..pages.conference_text import dmy, status_label

translate = QCoreApplication.translate


class CommitmentDialog(QDialog):
    """accept() hands (status, progress, note, day) to `submit`."""

    def __init__(self, commitment: CommitmentInfo,
                 submit: Callable[[Status, int, str, date], object], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("CommitmentDialog", "Report progress"))
        self.setMinimumWidth(480)
        heading = QLabel(translate(
            "CommitmentDialog", "Article {number}: {title}\nCarried out by {owner}, due "
                                "{due}.").format(number=commitment.article_number,
                                                 title=commitment.title,
                                                 owner=commitment.owner,
                                                 due=dmy(commitment.due)))
        heading.setObjectName("commitmentHeading")
        heading.setWordWrap(True)
        self.status = QComboBox()
        self.status.setObjectName("commitmentStatus")
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(commitment.status.value))
        self.progress = QSpinBox()
        self.progress.setObjectName("commitmentProgress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(commitment.progress)
        self.note = QPlainTextEdit()
        self.note.setObjectName("commitmentNote")
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(translate(
            "CommitmentDialog", "What was done; for a dropped commitment, why"))
        self.day = date_edit("commitmentDay", today)
        # Done means 100%: choosing it fills the percentage in (the service checks anyway).
        self.status.currentIndexChanged.connect(self._status_chosen)
        form = QFormLayout()
        form.addRow(translate("CommitmentDialog", "Status"), self.status)
        form.addRow(translate("CommitmentDialog", "Progress"), self.progress)
        form.addRow(translate("CommitmentDialog", "Note"), self.note)
        form.addRow(translate("CommitmentDialog", "Date of the report"), self.day)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(translate("CommitmentDialog", "Save"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("commitmentOk")
        buttons.addButton(translate("CommitmentDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _status_chosen(self) -> None:
        if Status(self.status.currentData()) is Status.DONE:
            self.progress.setValue(100)

    def accept(self) -> None:
        try:
            self.submit(Status(self.status.currentData()), self.progress.value(),
                        self.note.toPlainText(), self.day.date().toPython())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
