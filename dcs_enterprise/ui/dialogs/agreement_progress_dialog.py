"""Following a signed clause up (like a resolution's commitment): who carries it out, by when,
its status and progress, a note and the date of the report. The service refuses incoherent
reports (done below 100%, dropped without a reason…); the dialog then stays open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from ...domain.commitments import Status
from ...services.bargaining_models import ClauseInfo
from ..date_edit import qdate
from ..pages.conference_text import status_label
from .bargaining_form import FormDialog

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Progress:
    owner: str
    due: date | None
    status: Status
    progress: int
    note: str
    day: date


class ProgressDialog(FormDialog):
    def __init__(self, clause: ClauseInfo, submit: Callable[[Progress], object], today: date,
                 parent: QWidget | None = None) -> None:
        text = clause.text
        super().__init__(
            translate("AgreementProgressDialog", "Follow up a clause"),
            translate("AgreementProgressDialog", "Chapter {chapter}, clause {number}: {title}").format(
                chapter=text.chapter, number=text.number, title=text.title),
            submit, translate("AgreementProgressDialog", "Save"), "progressOk", parent)
        self.owner = self.line("clauseOwner", clause.owner, translate(
            "AgreementProgressDialog", "e.g. Human resources department"))
        self.has_due = QCheckBox(translate("AgreementProgressDialog", "by"))
        self.has_due.setObjectName("clauseHasDue")
        self.due = self.day("clauseDue", clause.due or today)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(clause.due is not None)
        self.due.setEnabled(clause.due is not None)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        self.status = QComboBox()
        self.status.setObjectName("clauseStatus")
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(clause.status)))
        self.progress = QSpinBox()
        self.progress.setObjectName("clauseProgress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(clause.progress)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.note = self.text_box("clauseNote", 70, translate(
            "AgreementProgressDialog", "What was done; for a dropped clause, why"))
        self.note.setPlainText(clause.note)
        self.report_day = self.day("clauseReportDay", today)
        self.form.addRow(translate("AgreementProgressDialog", "Carried out by"), self.owner)
        self.form.addRow(translate("AgreementProgressDialog", "Due"), due_row)
        self.form.addRow(translate("AgreementProgressDialog", "Status"), self.status)
        self.form.addRow(translate("AgreementProgressDialog", "Progress"), self.progress)
        self.form.addRow(translate("AgreementProgressDialog", "Note"), self.note)
        self.form.addRow(translate("AgreementProgressDialog", "Date of the report"), self.report_day)
        self.finish_layout()
        self.report_day.setDate(qdate(today))

    def _status_chosen(self) -> None:
        status = Status(self.status.currentData())
        if status is Status.DONE:
            self.progress.setValue(100)
        elif status is Status.NOT_STARTED:
            self.progress.setValue(0)

    def values(self) -> Progress:
        return Progress(self.owner.text(),
                        self.due.date().toPython() if self.has_due.isChecked() else None,
                        Status(self.status.currentData()), self.progress.value(),
                        self.note.toPlainText(), self.report_day.date().toPython())
