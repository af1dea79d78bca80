"""After the conference (stages adopted and later): the issued minutes and resolution with
their numbers, printing them, publishing the resolution, and correcting it by a new version
that replaces the old number (issued documents are never changed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_stages import ORDER, Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import ConferenceInfo, IssuedDocument
from ..context import UiContext
from ..dialogs.conference_day_prompt import PromptDialog
from ..errors import show_error
from ..list_model import ListTableModel
from ..printing import preview
from .conference_publication import PublicationPanel
from .conference_text import (
    action_button,
    dmy,
    fit_rows,
    kind_label,
    list_view,
    note_label,
    size_columns,
)

translate = QCoreApplication.translate


class IssuedModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("ResultsTab", "Document"), translate("ResultsTab", "Version"),
                translate("ResultsTab", "Number"), translate("ResultsTab", "Issued on"),
                translate("ResultsTab", "Replaces"), translate("ResultsTab", "Reason")]

    def display(self, row: IssuedDocument, column: int) -> object:
        return (kind_label(row.kind), row.version, row.number, dmy(row.issued_on),
                row.supersedes, row.reason)[column]


class ResultsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.correction_open = False
        self.stage_note = note_label(object_name="resultsStageNote")
        self.model = IssuedModel(self)
        self.table = list_view("issuedTable", self.model)
        size_columns(self.table, stretch=(5,))  # the reason of a correction wraps
        self.table.setWordWrap(True)
        self.minutes_button = action_button("printMinutes",
                                           translate("ResultsTab", "Print minutes…"),
                                           self.print_minutes)
        self.resolution_button = action_button("printResolution",
                                              translate("ResultsTab", "Print resolution…"),
                                              self.print_resolution)
        issued_box = QGroupBox(translate("ResultsTab", "Issued documents"))
        issued_layout = QVBoxLayout(issued_box)
        issued_layout.addWidget(self.table, 1)
        issued_layout.addLayout(_row(self.minutes_button, self.resolution_button))

        self.correction_note = note_label(object_name="correctionNote")
        self.correct_button = action_button("startCorrection",
                                           translate("ResultsTab", "Correct the resolution…"),
                                           self.start_correction)
        self.issue_button = action_button("issueCorrection",
                                         translate("ResultsTab", "Issue correction…"),
                                         self.issue_correction)
        correction_box = QGroupBox(translate("ResultsTab", "Correction"))
        correction_layout = QVBoxLayout(correction_box)
        correction_layout.addWidget(self.correction_note)
        correction_layout.addLayout(_row(self.correct_button, self.issue_button))

        self.publication = PublicationPanel(ctx)
        self.publication.published.connect(self._reload)
        # One above the other, each the whole width (side by side, neither fits beside the
        # conference list): the few documents in full, the publication, the rare correction.
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addWidget(issued_box)
        layout.addWidget(self.publication)
        layout.addWidget(correction_box)
        layout.addStretch(1)

    def load(self, info: ConferenceInfo) -> None:
        self.info = info
        after = ORDER.index(info.stage) >= ORDER.index(Stage.ADOPTED)
        try:
            issued = self.ctx.resolutions.issued(info.id)
        except DcsError as error:
            show_error(self, error)
            return
        self.correction_open = info.correction_open
        self.model.set_rows(issued)
        fit_rows(self.table, most=8)
        self.stage_note.setText("" if after else translate(
            "ResultsTab", "The results appear once the chair has finalized the minutes and the "
                          "resolution on the conference day."))
        self.stage_note.setVisible(not after)
        printing = self.ctx.can(Action.PRINT_DOCUMENTS)
        self.minutes_button.setEnabled(printing and any(d.kind == "minutes" for d in issued))
        self.resolution_button.setEnabled(
            printing and any(d.kind == "resolution" for d in issued))
        self.publication.load(info, info.stage is Stage.ADOPTED)
        correcting = after and self.ctx.can(Action.FINALIZE_CONFERENCE)
        self.correct_button.setEnabled(correcting and not self.correction_open)
        self.issue_button.setEnabled(correcting and self.correction_open)
        current = next((d for d in reversed(issued) if d.kind == "resolution"), None)
        if self.correction_open:
            text = translate(
                "ResultsTab", "A correction of resolution {number} is open as a draft: edit "
                              "its articles in the Resolution tab, then issue it here.").format(
                number=current.number)
        else:
            text = translate(
                "ResultsTab", "Issued documents are never changed. To put a mistake right, "
                              "correct the resolution: a new version is drafted, and once "
                              "issued it takes its own number and replaces the old one.")
        self.correction_note.setText(text)

    def _reload(self) -> None:
        try:
            info = self.ctx.conferences.get(self.info.id)
        except DcsError as error:
            show_error(self, error)
            return
        self.load(info)
        self.changed.emit()

    # -- printing --------------------------------------------------------------------------
    def print_minutes(self):
        service, cid = self.ctx.conference_papers, self.info.id
        return preview(self, translate("ResultsTab", "Minutes of the conference"),
                       f"bien-ban-hoi-nghi-{self.info.year}.pdf",
                       lambda _numbered: service.minutes(cid), can_number=False)

    def print_resolution(self):
        """The newest issued version (a correction being drafted is not printed from here)."""
        service, cid = self.ctx.conference_papers, self.info.id
        version = max(d.version for d in self.model.rows if d.kind == "resolution")
        return preview(self, translate("ResultsTab", "Resolution of the conference"),
                       f"nghi-quyet-hoi-nghi-{self.info.year}.pdf",
                       lambda _numbered: service.resolution(cid, version), can_number=False)

    # -- correcting ------------------------------------------------------------------------
    def start_correction(self) -> None:
        answer = QMessageBox.question(
            self, translate("ResultsTab", "Correct the resolution"),
            translate("ResultsTab", "The issued resolution stays as it is: it is never "
                                    "changed. A new draft version is made from it, which you "
                                    "edit in the Resolution tab and then issue here with a new "
                                    "number that replaces the old one.\n\nStart a correction?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.resolutions.start_correction(self.info.id)
        except DcsError as error:
            show_error(self, error)
            return
        self._reload()
        QMessageBox.information(
            self, translate("ResultsTab", "Correct the resolution"),
            translate("ResultsTab", "A draft of the corrected resolution is open. Edit its "
                                    "articles in the Resolution tab, then come back here and "
                                    "click \"Issue correction…\"."))

    def issue_correction(self) -> PromptDialog:
        issued: list[IssuedDocument] = []
        cid = self.info.id

        def submit(reason: str, day: date | None) -> None:
            issued.append(self.ctx.resolutions.issue_correction(cid, reason, day))

        dialog = PromptDialog(
            translate("ResultsTab", "Issue the correction"),
            translate("ResultsTab", "The corrected resolution is issued with a new number and "
                                    "names the number it replaces. Commitments follow its "
                                    "articles."),
            translate("ResultsTab", "Reason for the correction"), submit, multiline=True,
            day=date.today(), ok_text=translate("ResultsTab", "Issue"), parent=self)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result != PromptDialog.DialogCode.Accepted or not issued:
                return
            self._reload()
            QMessageBox.information(
                self, translate("ResultsTab", "Correction issued"),
                translate("ResultsTab", "The corrected resolution is number {number}; it "
                                        "replaces number {old}.").format(
                    number=issued[0].number, old=issued[0].supersedes))

        dialog.finished.connect(finished)
        dialog.open()
        return dialog


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
