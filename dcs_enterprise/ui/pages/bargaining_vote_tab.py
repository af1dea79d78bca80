"""The vote of all workers on the agreed draft (rule A1, Labour Code 2019 Art 76.1): the
ballots, over the base of the whole workforce on the vote day (from the roster), and the
program's result with its arithmetic; then signing, filing and announcement
(bargaining_signing), and the agreement's effect: effective date (A3), expiry (A4), standing,
renewal window and survival (A5)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.bargaining_stages import AgreementStage, RoundStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.bargaining_models import VoteInput
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..dialogs.bargaining_form import on_or_after
from ..errors import show_error
from . import bargaining_text as words
from .bargaining_signing import AnnouncementBox, FilingBox, SigningBox
from .conference_text import action_button, dmy, note_label, rule_line, show_state, verdict

translate = QCoreApplication.translate
BALLOTS = ("issued", "returned", "for", "against", "invalid")


class VoteTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: words.RoundView | None = None
        self.votable = False  # the vote form is open: the round concluded, the draft not voted
        self.signing = SigningBox(ctx)
        self.filing = FilingBox(ctx)
        self.announcement = AnnouncementBox(ctx)
        for box in (self.signing, self.filing, self.announcement):
            box.done.connect(self.changed)
        grid = QGridLayout()
        grid.addWidget(self._vote_group(), 0, 0)
        grid.addWidget(self.signing, 0, 1)
        grid.addWidget(self.filing, 1, 0)
        grid.addWidget(self.announcement, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self._effect_group())
        layout.addStretch(1)

    def _vote_group(self) -> QGroupBox:
        group = QGroupBox(translate("BargainingVote", "Vote of all workers"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vote_on = date_edit("voteOn")
        self.vote_on.dateChanged.connect(self._show_workforce)
        self.workforce = note_label(object_name="voteWorkforce")
        self.workforce.setStyleSheet("color: #1f3b57;")
        self.method = QLineEdit()
        self.method.setObjectName("voteMethod")
        self.method.setPlaceholderText(translate("BargainingVote", "e.g. secret ballot"))
        self.place = QLineEdit()
        self.place.setObjectName("votePlace")
        self.counters = QPlainTextEdit()
        self.counters.setObjectName("voteCounters")
        self.counters.setTabChangesFocus(True)
        self.counters.setFixedHeight(48)
        self.counters.setPlaceholderText(translate("BargainingVote", "One name per line"))
        self.ballots: dict[str, QSpinBox] = {}
        for name in BALLOTS:
            box = QSpinBox()
            box.setObjectName(f"ballots_{name}")
            box.setRange(-1, 1_000_000)  # the service explains impossible numbers
            box.setSpecialValueText(" ")  # -1: a number the record does not hold
            box.setValue(0)
            box.setGroupSeparatorShown(True)
            self.ballots[name] = box
        self.vote_button = action_button("recordVoteButton",
                                         translate("BargainingVote", "Record the vote"), self.record,
                                         self.ctx.can(Action.RECORD_AGREEMENT_VOTE))
        self.result = QLabel()
        self.result.setObjectName("voteResult")
        self.result.setWordWrap(True)
        form.addRow(translate("BargainingVote", "Vote on"), self.vote_on)
        form.addRow("", self.workforce)
        form.addRow(translate("BargainingVote", "Method"), self.method)
        form.addRow(translate("BargainingVote", "Place"), self.place)
        form.addRow(translate("BargainingVote", "Vote-counting team"), self.counters)
        form.addRow(translate("BargainingVote", "Ballots issued"), self.ballots["issued"])
        form.addRow(translate("BargainingVote", "Ballots returned"), self.ballots["returned"])
        form.addRow(translate("BargainingVote", "In favour"), self.ballots["for"])
        form.addRow(translate("BargainingVote", "Against"), self.ballots["against"])
        form.addRow(translate("BargainingVote", "Invalid"), self.ballots["invalid"])
        form.addRow(self.vote_button)
        form.addRow(self.result)
        return group

    def _effect_group(self) -> QGroupBox:
        group = QGroupBox(translate("BargainingVote", "Effect and term"))
        form = QFormLayout(group)
        self.effect: dict[str, QLabel] = {}
        for name, label in (("effective", translate("BargainingVote", "Effective from")),
                            ("expires", translate("BargainingVote", "Expires on")),
                            ("standing", translate("BargainingVote", "Standing")),
                            ("renewal", translate("BargainingVote", "Renewal talks from")),
                            ("survives", translate("BargainingVote", "Survives at most until"))):
            value = note_label(object_name=f"effect_{name}")
            value.setStyleSheet("")
            self.effect[name] = value
            form.addRow(label, value)
        return group

    # -- showing --------------------------------------------------------------------------
    def load(self, view: words.RoundView) -> None:
        self.view = view
        agreement = view.agreement
        votable = (view.round.stage is RoundStage.CONCLUDED
                   and agreement.stage is AgreementStage.DRAFT)
        vote = agreement.vote
        self.votable = votable
        self.vote_on.blockSignals(True)  # one workforce count below, not one per date set
        if vote is not None:
            self.vote_on.setDate(qdate(agreement.vote_on))
            self.method.setText(agreement.vote_method)
            self.place.setText(agreement.vote_place)
            self.counters.setPlainText(agreement.vote_counters)
            for name, value in zip(BALLOTS, (agreement.ballots_issued,
                                             agreement.ballots_returned, vote.in_favour,
                                             agreement.votes_against,
                                             agreement.votes_invalid), strict=True):
                self.ballots[name].setValue(value)
        else:
            lowest = view.round.concluded_on or view.round.requested_on
            self.vote_on.setDate(qdate(on_or_after(view.today, lowest)))
        self.vote_on.blockSignals(False)
        self._show_workforce()
        for widget in (self.vote_on, self.method, self.place, self.counters,
                       *self.ballots.values()):
            widget.setEnabled(votable)
        self.vote_button.setEnabled(votable)
        self._show_result(view)
        self.signing.load(view)
        self.filing.load(view)
        self.announcement.load(view)
        self._show_effect(view)

    def _show_workforce(self) -> None:
        if self.view is None:
            return
        day: date = self.vote_on.date().toPython()
        recorded = self.view.agreement.vote
        if recorded is not None and not self.votable:
            count = recorded.workforce  # the base the vote was decided on, as stored
        else:
            try:
                count = self.ctx.agreements.workforce(day)
            except DcsError as error:
                show_error(self, error)
                return
        self.workforce.setText(translate(
            "BargainingVote", "Workforce on {day}: {count} workers (the base of rule A1); at least "
                       "{needed} must vote in favour.")
            .format(count=count, day=dmy(day), needed=count // 2 + 1))

    def _show_result(self, view: words.RoundView) -> None:
        agreement = view.agreement
        vote = agreement.vote
        if vote is None:
            show_state(self.result, translate(
                "BargainingVote", "No vote recorded yet. The vote follows the conclusion of the "
                           "bargaining: the base is every worker of the enterprise, not only "
                           "those who vote."), None)
            return
        text = translate("BargainingVote", "{verdict}: {why}").format(verdict=verdict(vote.passed),
                                                                why=rule_line(vote.why))
        text += "\n" + translate("BargainingVote", "Tally {number}: {issued} ballots issued, "
                                 "{returned} returned.").format(
            number=agreement.tally_number, issued=agreement.ballots_issued,
            returned=agreement.ballots_returned)
        if not vote.passed:
            text += "\n" + translate("BargainingVote", "The agreement cannot be signed. Bargain again "
                                     "(record a session), conclude, and vote again.")
        show_state(self.result, text, vote.passed)

    def _show_effect(self, view: words.RoundView) -> None:
        agreement = view.agreement
        if agreement.effective_on is None:
            for label in self.effect.values():
                label.setText("—")
            return
        self.effect["effective"].setText(f"{dmy(agreement.effective_on)} — "
                                         f"{rule_line(agreement.effective_why)}")
        self.effect["expires"].setText(translate(
            "BargainingVote", "{day} (a term of {months} months)").format(
            day=dmy(agreement.expires_on), months=agreement.term_months))
        standing = ""
        if agreement.standing is not None:
            standing = f"{words.standing_name(agreement.standing)} — " \
                       f"{rule_line(agreement.standing_why)}"
        self.effect["standing"].setText(standing)
        self.effect["renewal"].setText(dmy(agreement.renewal_opens))
        self.effect["survives"].setText(dmy(agreement.survives_until))

    # -- actions ------------------------------------------------------------------------------
    def vote_input(self) -> VoteInput:
        counts = {name: box.value() for name, box in self.ballots.items()}
        return VoteInput(
            vote_on=self.vote_on.date().toPython(), ballots_issued=counts["issued"],
            ballots_returned=counts["returned"], votes_for=counts["for"],
            votes_against=counts["against"], votes_invalid=counts["invalid"],
            method=self.method.text(), place=self.place.text(),
            counters=self.counters.toPlainText())

    def record(self) -> bool:
        try:
            self.ctx.agreements.record_vote(self.view.agreement.id, self.vote_input())
        except DcsError as error:
            show_error(self, error)
            return False
        self.changed.emit()
        return True
