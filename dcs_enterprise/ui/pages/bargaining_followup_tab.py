"""Following the signed agreement up: each clause of the signed version with who carries it
out, by when, its status and progress, the overdue ones in red (DOMAIN.md workflow 3: each
clause can be tracked like a resolution's article)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from ...domain.bargaining_stages import AgreementStage
from ...domain.commitments import Status
from ...domain.permissions import Action
from ...services.bargaining_models import ClauseInfo
from ..context import UiContext
from ..dialogs.agreement_progress_dialog import ProgressDialog
from . import bargaining_text as words
from .conference_text import action_button, list_view, note_label, size_columns
from .progress_table import ProgressModel, counts_label, show_counts

translate = QCoreApplication.translate
SIGNED = (AgreementStage.SIGNED, AgreementStage.FILED)


class ClauseProgressModel(ProgressModel):
    def headers(self) -> list[str]:
        return [translate("AgreementFollowUp", "Clause"), translate("AgreementFollowUp", "Title"),
                translate("AgreementFollowUp", "Carried out by"),
                translate("AgreementFollowUp", "Due"), translate("AgreementFollowUp", "Status"),
                translate("AgreementFollowUp", "Progress"),
                translate("AgreementFollowUp", "Last update")]

    def overdue_status(self, status: str) -> str:
        return translate("AgreementFollowUp", "{status}, overdue").format(status=status)

    def display(self, row: ClauseInfo, column: int) -> object:
        return (f"{row.text.chapter}.{row.text.number}", row.text.title, row.owner,
                *self.progress_cells(row))[column]


class AgreementFollowUpTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: words.RoundView | None = None
        self.dialog: ProgressDialog | None = None
        self.stage_note = note_label(object_name="agreementFollowUpNote")
        self.model = ClauseProgressModel(self)
        self.table = list_view("clauseProgressTable", self.model)
        size_columns(self.table, stretch=(1, 6), widths={2: 130, 4: 120})
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _index: self.report_progress())
        self.report_button = action_button(
            "reportClauseButton", translate("AgreementFollowUp", "Report progress…"),
            self.report_progress, ctx.can(Action.TRACK_AGREEMENT))
        self.counts = counts_label("clauseCounts")
        actions = QHBoxLayout()
        actions.addWidget(self.report_button)
        actions.addWidget(self.counts, 1)
        box = QGroupBox(translate("AgreementFollowUp", "Clauses of the signed agreement"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(actions)
        box_layout.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addWidget(box)
        layout.addStretch(1)

    def load(self, view: words.RoundView) -> None:
        self.view = view
        signed = view.agreement.stage in SIGNED
        rows = list(view.agreement.clauses) if signed else []
        self.model.set_rows(rows)
        words.fitted(self.table, most=12)
        self.stage_note.setText(translate(
            "AgreementFollowUp", "The clauses are followed once the agreement is signed."))
        self.stage_note.setVisible(not signed)
        self.report_button.setEnabled(signed and bool(rows))
        overdue = sum(r.overdue for r in rows)
        count = {s: sum(r.status == s.value for r in rows) for s in Status}
        text = translate("AgreementFollowUp", "{done} done · {going} in progress · {waiting} "
                         "not started").format(done=count[Status.DONE],
                                               going=count[Status.IN_PROGRESS],
                                               waiting=count[Status.NOT_STARTED])
        if overdue:
            text = translate("AgreementFollowUp", "{counts}; {overdue} of them overdue").format(
                counts=text, overdue=overdue)
        show_counts(self.counts, text if rows else "", bool(overdue))

    def selected(self) -> ClauseInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def report_progress(self) -> ProgressDialog | None:
        clause = self.selected()
        if clause is None:
            QMessageBox.information(self, translate("AgreementFollowUp", "Report progress"),
                                    translate("AgreementFollowUp", "Select a clause first."))
            return None
        if not self.ctx.can(Action.TRACK_AGREEMENT):
            return None
        signed_on = self.view.agreement.signed_on
        day = max(words.today(), signed_on)

        def submit(p) -> None:
            self.ctx.agreements.track_clause(clause.id, p.owner, p.due, p.status, p.progress,
                                             p.note, p.day)

        dialog = ProgressDialog(clause, submit, day, self)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
