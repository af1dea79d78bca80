"""Following the resolution up (stages adopted and later): each commitment's status and
progress, the overdue ones in red, progress reports, and the review every 6 months (rule C7)
with its printed report."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.commitments import Status
from ...domain.conference_rules import review_dates
from ...domain.conference_stages import ORDER, Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import CommitmentInfo, ConferenceInfo
from ..context import UiContext
from ..dialogs.commitment_dialog import CommitmentDialog
from ..errors import show_error
from ..printing import preview
from .conference_text import GREEN, GREY, dmy, list_view, note_label, size_columns, wrap_rows
from .progress_table import ProgressModel, counts_label, counts_text, show_counts

translate = QCoreApplication.translate


def today() -> date:
    return date.today()


class CommitmentsModel(ProgressModel):
    def headers(self) -> list[str]:
        return [translate("FollowUpTab", "Article"), translate("FollowUpTab", "Commitment"),
                translate("FollowUpTab", "Carried out by"), translate("FollowUpTab", "Due"),
                translate("FollowUpTab", "Status"), translate("FollowUpTab", "Progress"),
                translate("FollowUpTab", "Last update")]

    def overdue_status(self, status: str) -> str:
        return translate("FollowUpTab", "{status}, overdue").format(status=status)

    def display(self, row: CommitmentInfo, column: int) -> object:
        return (row.article_number, row.title, row.owner, *self.progress_cells(row))[column]


class FollowUpTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.stage_note = note_label(object_name="followUpStageNote")
        self.model = CommitmentsModel(self)
        self.table = list_view("commitmentsTable", self.model)
        # The commitment's title takes what is left; long cells wrap rather than being cut.
        size_columns(self.table, stretch=(1,), widths={2: 130, 4: 110, 6: 160})
        wrap_rows(self.table)
        self.table.doubleClicked.connect(lambda _index: self.report_progress())
        self.report_button = QPushButton(translate("FollowUpTab", "Report progress…"))
        self.report_button.setObjectName("reportProgress")
        self.report_button.clicked.connect(self.report_progress)
        self.counts = counts_label("commitmentCounts")
        actions = QHBoxLayout()
        actions.addWidget(self.report_button)
        actions.addWidget(self.counts, 1)
        commitments = QGroupBox(translate("FollowUpTab", "Commitments of the resolution"))
        commitments_layout = QVBoxLayout(commitments)
        commitments_layout.addLayout(actions)
        commitments_layout.addWidget(self.table, 1)

        self.review_note = note_label(object_name="reviewNote")
        self.review_dates = note_label(object_name="reviewDates")
        self.review_dates.setTextFormat(Qt.TextFormat.RichText)
        self.review_button = QPushButton(translate("FollowUpTab", "Print 6-month review…"))
        self.review_button.setObjectName("printReview")
        self.review_button.clicked.connect(self.print_review)
        review = QGroupBox(translate("FollowUpTab", "6-month review"))
        review_layout = QHBoxLayout(review)
        review_text = QVBoxLayout()
        review_text.addWidget(self.review_note)
        review_text.addWidget(self.review_dates)
        review_layout.addLayout(review_text, 1)
        review_layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addWidget(commitments, 1)
        layout.addWidget(review)

    def heightForWidth(self, _width: int) -> int:
        """None: the tab takes the height it is given and its tables scroll. (Its wrapped
        labels would otherwise make a scroll area stretch it to the tables' full length.)"""
        return -1

    def load(self, info: ConferenceInfo) -> None:
        self.info = info
        after = ORDER.index(info.stage) >= ORDER.index(Stage.ADOPTED)
        day = today()
        try:
            rows = self.ctx.commitments.list(info.id, today=day) if after else []
        except DcsError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        self.stage_note.setVisible(not after)
        self.stage_note.setText(translate(
            "FollowUpTab", "Commitments are followed once the resolution is adopted: each "
                           "article that names who carries it out and by when becomes one."))
        self.report_button.setEnabled(after and self.ctx.can(Action.TRACK_COMMITMENTS)
                                      and bool(rows))
        self.review_button.setEnabled(after and self.ctx.can(Action.PRINT_DOCUMENTS))
        show_counts(self.counts, counts_text(rows), any(r.overdue for r in rows))
        self._show_reviews(info, after, day)

    def _show_reviews(self, info: ConferenceInfo, after: bool, day: date) -> None:
        """Rule C7: every 6 months after adoption, until next year's conference reviews it."""
        self.review_note.setText(translate(
            "FollowUpTab", "The employer and the union check and evaluate the implementation "
                           "of the resolution every 6 months and notify all workers of the "
                           "result (rule C7, {article}).").format(
            article=translate("Rules", "Law 10/2022 Art 70.3")))
        if not after:
            self.review_dates.clear()
            return
        adopted = (info.closed_at or datetime.combine(info.held_on, datetime.min.time())).date()
        dates = review_dates(adopted, _a_year_after(adopted))
        upcoming = next((d for d in dates if d >= day), None)
        parts = []
        for due in dates:
            if due == upcoming:  # the date and its arrow never part at a line's end
                parts.append(f"<b style='color:{GREEN}; white-space: nowrap'>{dmy(due)} ← "
                             + translate("FollowUpTab", "next") + "</b>")
            elif due < day:
                parts.append(f"<span style='color:{GREY}'>{dmy(due)}</span>")
            else:
                parts.append(dmy(due))
        self.review_dates.setText(translate("FollowUpTab", "Adopted on {day}. Reviews due: "
                                                           "{dates}").format(
            day=dmy(adopted), dates=" · ".join(parts)))

    def selected(self) -> CommitmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def report_progress(self) -> CommitmentDialog | None:
        commitment = self.selected()
        if commitment is None:
            QMessageBox.information(self, translate("FollowUpTab", "Report progress"),
                                    translate("FollowUpTab", "Select a commitment first."))
            return None
        if not self.ctx.can(Action.TRACK_COMMITMENTS):
            return None

        def submit(status: Status, progress: int, note: str, day: date) -> None:
            self.ctx.commitments.update(commitment.id, status, progress, note, day)

        dialog = CommitmentDialog(commitment, submit, today(), self)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == CommitmentDialog.DialogCode.Accepted:
                self.load(self.info)
                self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def print_review(self):
        service, cid, day = self.ctx.conference_papers, self.info.id, today()
        return preview(self, translate("FollowUpTab", "Review of the resolution"),
                       f"bao-cao-danh-gia-nghi-quyet-{self.info.year}-{day:%Y%m%d}.pdf",
                       lambda numbered: service.review(cid, day, numbered),
                       can_number=self.ctx.can(Action.NUMBER_DOCUMENTS))


def _a_year_after(day: date) -> date:
    """Next year's conference reviews the resolution as a whole (29 February: the 28th)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)
