"""The votes of the conference: for, against and abstaining counted by the board, and the
program, not the user, decides PASSED or FAILED by rule C4, showing its arithmetic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.conference_models import Attendance, VoteInfo
from ..context import UiContext
from ..errors import show_error
from ..list_model import ListTableModel
from .conference_text import (
    GREEN,
    RED,
    list_view,
    note_label,
    rule_line,
    show_state,
    size_columns,
    verdict,
    wrap_rows,
)

translate = QCoreApplication.translate


class VotesModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("VotesPanel", "Subject"), translate("VotesPanel", "For"),
                translate("VotesPanel", "Against"), translate("VotesPanel", "Abstained"),
                translate("VotesPanel", "Present"), translate("VotesPanel", "% for"),
                translate("VotesPanel", "Result")]

    def display(self, row: VoteInfo, column: int) -> object:
        r = row.result
        subject = row.subject
        if row.adopts_resolution:
            subject += " " + translate("VotesPanel", "(adopts the resolution)")
        share = QLocale().toString(100 * r.in_favour / r.present, "f", 1) if r.present else ""
        return (subject, r.in_favour, r.against, r.abstained, r.present, share,
                verdict(r.passed))[column]

    def foreground(self, row: VoteInfo) -> object:
        return QColor(GREEN if row.result.passed else RED)


def _count_box(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, 1_000_000)  # the service, not the box, refuses more than those present
    return spin


class VotesPanel(QWidget):
    recorded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conference_id = 0
        self.editable = False
        self.opened = False
        self.present = 0
        self.subject = QLineEdit()
        self.subject.setObjectName("voteSubject")
        self.subject.setPlaceholderText(translate(
            "VotesPanel", "e.g. Adopt the resolution of the conference"))
        self.in_favour = _count_box("votesFor")
        self.against = _count_box("votesAgainst")
        self.abstained = _count_box("votesAbstained")
        counts = QHBoxLayout()
        for text, box in ((translate("VotesPanel", "For"), self.in_favour),
                          (translate("VotesPanel", "Against"), self.against),
                          (translate("VotesPanel", "Abstained"), self.abstained)):
            counts.addWidget(QLabel(text))
            counts.addWidget(box)
            counts.addSpacing(12)
            box.valueChanged.connect(self._show_total)
        counts.addStretch(1)
        self.total = QLabel()
        self.total.setObjectName("voteTotal")
        self.total.setWordWrap(True)
        self.adopts = QCheckBox(translate("VotesPanel", "This vote adopts the resolution"))
        self.adopts.setObjectName("adoptsResolution")
        self.record_button = QPushButton(translate("VotesPanel", "Record vote"))
        self.record_button.setObjectName("recordVote")
        self.record_button.clicked.connect(self.record)
        self.reason = note_label(object_name="voteBlocked")
        self.reason.setStyleSheet(f"color: {RED};")
        form_box = QGroupBox(translate("VotesPanel", "New vote"))
        form = QFormLayout(form_box)
        form.addRow(translate("VotesPanel", "Subject"), self.subject)
        form.addRow(translate("VotesPanel", "Votes"), counts)
        form.addRow("", self.total)  # a line of its own: the counts row stays narrow
        form.addRow("", self.adopts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.reason, 1)
        form.addRow(buttons)

        self.result = note_label(object_name="voteResult")
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.result.setFont(font)
        self.result.hide()
        self.model = VotesModel(self)
        self.table = list_view("votesTable", self.model)
        size_columns(self.table, stretch=(0,))  # a few rows: measuring them costs nothing
        wrap_rows(self.table)  # a long subject on more lines
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_result(self.model.rows[current.row()])
            if current.isValid() else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form_box)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

    def load(self, conference_id: int, votes: list[VoteInfo], attendance: Attendance,
             editable: bool, *, opened: bool = True) -> None:
        if conference_id != self.conference_id:
            self.result.hide()
            self.subject.clear()
        self.conference_id, self.editable, self.opened = conference_id, editable, opened
        self.model.set_rows(votes)
        adopted = any(v.adopts_resolution and v.result.passed for v in votes)
        if adopted:
            self.adopts.setChecked(False)
        self.adopts.setEnabled(editable and not adopted)
        self.set_attendance(attendance)

    def set_attendance(self, attendance: Attendance) -> None:
        """The record button needs the conference opened and the quorum (rule C3); without
        them the reason is shown."""
        self.present = attendance.present
        quorum = attendance.quorum is not None and attendance.quorum.met
        for widget in (self.subject, self.in_favour, self.against, self.abstained):
            widget.setEnabled(self.editable)
        self.record_button.setEnabled(self.editable and self.opened and quorum)
        if self.editable and not quorum:
            self.reason.setText(translate(
                "VotesPanel", "The quorum (rule C3) was not reached: no vote can be taken."))
        elif self.editable and not self.opened:
            self.reason.setText(translate("VotesPanel",
                                          "Open the conference before taking a vote."))
        else:
            self.reason.clear()
        self._show_total()

    def _show_total(self) -> None:
        total = self.in_favour.value() + self.against.value() + self.abstained.value()
        self.total.setText(translate("VotesPanel", "{total} votes counted; {present} present")
                           .format(total=total, present=self.present))
        self.total.setStyleSheet(f"color: {RED};" if total > self.present else "")

    def record(self) -> None:
        try:
            vote = self.ctx.conference_day.record_vote(
                self.conference_id, self.subject.text(), self.in_favour.value(),
                self.against.value(), self.abstained.value(),
                adopts_resolution=self.adopts.isChecked())
        except DcsError as error:
            self.result.hide()  # the last vote's outcome is not this one's
            self.table.selectionModel().clear()
            show_error(self, error)
            return
        self.model.set_rows([*self.model.rows, vote])
        self._show_result(vote)
        self.subject.clear()
        for box in (self.in_favour, self.against, self.abstained):
            box.setValue(0)
        if vote.adopts_resolution and vote.result.passed:
            self.adopts.setChecked(False)
            self.adopts.setEnabled(False)
        self.recorded.emit()

    def _show_result(self, vote: VoteInfo) -> None:
        text = translate("VotesPanel", "{subject}: {verdict}. {why}").format(
            subject=vote.subject, verdict=verdict(vote.result.passed),
            why=rule_line(vote.result.why))
        show_state(self.result, text, vote.result.passed)
        self.result.show()
