"""The request and the sessions: what was asked and by whom, the time and place agreed (rule
B1), the employer's information (B3), a later agreed end (B2), the sessions with their minutes
and publication (B4), and the end of the round: the parties agree on the draft, or bargaining
failed (B5)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from ...domain.bargaining_stages import RoundStage
from ...domain.permissions import Action
from ...services.bargaining_models import SessionInfo
from ..context import UiContext
from ..dialogs.bargaining_form import on_or_after
from ..dialogs.bargaining_session_dialog import SessionDialog
from ..dialogs.bargaining_step_dialogs import (
    ArrangeDialog,
    FailureDialog,
    MinutesPublicationDialog,
)
from ..dialogs.conference_day_prompt import PromptDialog
from ..list_model import ListTableModel
from . import bargaining_text as words
from .bargaining_request_view import RequestView
from .conference_text import (
    action_button,
    dmy,
    list_view,
    note_label,
    rule_line,
    selected_row,
    size_columns,
)

translate = QCoreApplication.translate


class SessionsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("BargainingSessions", "No."), translate("BargainingSessions", "Date"),
                translate("BargainingSessions", "Representatives"), translate("BargainingSessions", "Agreed"),
                translate("BargainingSessions", "Disputed"), translate("BargainingSessions", "Next session"),
                translate("BargainingSessions", "Minutes"), translate("BargainingSessions", "Published")]

    def display(self, row: SessionInfo, column: int) -> object:
        people = "\n".join(part for part in (
            translate("BargainingSessions", "Employer: {names}").format(
                names=_one_line(row.employer_representatives)),
            translate("BargainingSessions", "Union: {names}").format(
                names=_one_line(row.union_representatives)),
            translate("BargainingSessions", "Upper-level union: {names}").format(
                names=_one_line(row.upper_union_representatives))
            if row.upper_union_representatives else "") if part)
        published = (f"{dmy(row.published_on)}\n{row.published_place}" if row.published_on
                     else translate("BargainingSessions", "not yet"))
        return (row.number, dmy(row.held_on), people, row.agreed_points, row.disputed_points,
                dmy(row.next_session_on), row.minutes_number, published)[column]


def _one_line(text: str) -> str:
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


class SessionsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: words.RoundView | None = None
        self.dialog: QDialog | None = None
        record = ctx.can(Action.RECORD_BARGAINING)
        self.request = RequestView()
        self.arrange_button = action_button(
            "arrangeButton", translate("BargainingSessions", "Time and place agreed…"), self.arrange,
            record)
        self.information_button = action_button(
            "informationButton", translate("BargainingSessions", "Information supplied…"),
            self.supply_information, ctx.can(Action.SUPPLY_BARGAINING_INFORMATION))
        self.end_button = action_button(
            "agreeEndButton", translate("BargainingSessions", "Agree a later end…"), self.agree_end,
            record)
        request_box = QGroupBox(translate("BargainingSessions", "The request"))
        request_layout = QVBoxLayout(request_box)
        request_layout.addWidget(self.request)
        request_layout.addLayout(_row(self.arrange_button, self.information_button,
                                      self.end_button))

        self.model = SessionsModel(self)
        self.table = list_view("sessionsTable", self.model)
        size_columns(self.table, stretch=(3, 4), widths={2: 170, 7: 80})
        self.table.setWordWrap(True)  # the points and the names wrap in their columns
        self.session_button = action_button(
            "recordSessionButton", translate("BargainingSessions", "Record a session…"),
            self.record_session, record)
        self.publish_button = action_button(
            "publishMinutesButton", translate("BargainingSessions", "Record the minutes' publication…"),
            self.publish_minutes, record)
        sessions_box = QGroupBox(translate("BargainingSessions", "Sessions and minutes"))
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.table)
        sessions_layout.addLayout(_row(self.session_button, self.publish_button))

        self.outcome = note_label(object_name="roundOutcome")
        self.conclude_button = action_button(
            "concludeButton", translate("BargainingSessions", "Conclude: the parties agree on the "
                                                       "draft"), self.conclude, record)
        self.fail_button = action_button(
            "failButton", translate("BargainingSessions", "Record failed bargaining…"), self.fail,
            record)
        end_box = QGroupBox(translate("BargainingSessions", "End of the bargaining"))
        end_layout = QVBoxLayout(end_box)
        end_layout.addWidget(self.outcome)
        end_layout.addLayout(_row(self.conclude_button, self.fail_button))

        layout = QVBoxLayout(self)
        layout.addWidget(request_box)
        layout.addWidget(sessions_box)
        layout.addWidget(end_box)
        layout.addStretch(1)

    # -- showing --------------------------------------------------------------------------
    def load(self, view: words.RoundView) -> None:
        self.view = view
        info = view.round
        self.request.load(view)
        self.model.set_rows(info.sessions)
        words.fitted(self.table, most=6)
        stage = info.stage
        failed_vote = stage is RoundStage.CONCLUDED and view.agreement.vote is not None \
            and not view.agreement.vote.passed
        self.arrange_button.setEnabled(stage in (RoundStage.REQUESTED, RoundStage.ARRANGED))
        self.information_button.setEnabled(view.open)
        self.end_button.setEnabled(view.open)
        self.session_button.setEnabled(stage in (RoundStage.ARRANGED, RoundStage.NEGOTIATING)
                                       or failed_vote)
        self.publish_button.setEnabled(bool(info.sessions))
        self.conclude_button.setEnabled(stage is RoundStage.NEGOTIATING)
        self.fail_button.setEnabled(view.open)
        self.outcome.setText(self._outcome(view))

    @staticmethod
    def _outcome(view: words.RoundView) -> str:
        info = view.round
        if info.stage is RoundStage.FAILED and info.failure_ground is not None:
            text = translate("BargainingSessions", "Bargaining failed on {day} ({number}): {ground}.")\
                .format(day=dmy(info.failed_on), number=info.failure_number,
                        ground=words.failure_name(info.failure_ground))
            if info.failure_why is not None:
                text += "\n" + rule_line(info.failure_why)
            return text + (f"\n{info.failure_note}" if info.failure_note else "")
        if info.concluded_on is not None:
            return translate("BargainingSessions", "The parties agreed on draft version {version} on "
                             "{day}; it goes to the vote of all workers (tab \"Vote and "
                             "signing\").").format(version=view.agreement.draft_version,
                                                   day=dmy(info.concluded_on))
        return translate("BargainingSessions", "When the parties agree on the draft, conclude: the "
                         "draft then goes to the vote of all workers. Save the draft's clauses "
                         "first (tab \"Draft agreement\").")

    # -- actions --------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _day(self, lowest: date | None = None) -> date:
        """Today, or the round's latest record when today comes before it."""
        info = self.view.round
        latest = max([info.requested_on, *(s.held_on for s in info.sessions)])
        return on_or_after(words.today(), max(latest, lowest or latest))

    def arrange(self) -> QDialog:
        info = self.view.round
        day = self._day()
        return self._open(ArrangeDialog(
            lambda a: self.ctx.bargaining.arrange(info.id, a.arranged_on, a.start_on, a.place),
            info.arranged_on or day, info.agreed_start_on or day, info.agreed_place, self))

    def supply_information(self) -> QDialog:
        info = self.view.round
        asked = info.information_requested_on or info.requested_on
        return self._open(PromptDialog(
            translate("BargainingSessions", "Information supplied"),
            translate("BargainingSessions", "The employer supplies the information the workers' side "
                      "asked for within 10 days (rule B3, Labour Code 2019 Art 70.3). Trade and "
                      "technology secrets may be withheld: name them."),
            translate("BargainingSessions", "Withheld"),
            lambda text, day: self.ctx.bargaining.supply_information(info.id, day, text),
            multiline=True, day=on_or_after(words.today(), asked), lowest=asked,
            parent=self))

    def agree_end(self) -> QDialog:
        info = self.view.round
        due = info.end.clock.due if info.end else info.start.clock.due + timedelta(days=90)
        return self._open(PromptDialog(
            translate("BargainingSessions", "Agree a later end"),
            translate("BargainingSessions", "Bargaining lasts at most 90 days from its first "
                      "session, unless the parties agree on another end (rule B2, Labour Code "
                      "2019 Art 70.2). Give the end they agreed."), "",
            lambda _text, day: self.ctx.bargaining.agree_end(info.id, day),
            day=info.agreed_end_on or due + timedelta(days=30), parent=self))

    def record_session(self) -> QDialog:
        info = self.view.round
        return self._open(SessionDialog(
            len(info.sessions) + 1, lambda data: self.ctx.bargaining.add_session(info.id, data),
            self._day(info.agreed_start_on), info.agreed_place, self))

    def publish_minutes(self) -> QDialog | None:
        sessions = self.view.round.sessions
        row = selected_row(self.table)
        if row is None:
            unpublished = [s for s in sessions if s.published_on is None]
            if len(unpublished) != 1:
                QMessageBox.information(self, translate("BargainingSessions", "Publication"),
                                        translate("BargainingSessions", "Select a session first."))
                return None
            session = unpublished[0]
        else:
            session = sessions[row]
        return self._open(MinutesPublicationDialog(
            session, lambda p: self.ctx.bargaining.publish_session(
                session.id, p.form, p.place, p.day),
            on_or_after(words.today(), session.held_on), self))

    def conclude(self) -> QDialog:
        info = self.view.round
        return self._open(PromptDialog(
            translate("BargainingSessions", "Conclude the bargaining"),
            translate("BargainingSessions", "The parties agree on draft version {version}. It then "
                      "goes to the vote of all workers, and more than half of all the "
                      "enterprise's workers must vote for it (rule A1).").format(
                version=self.view.agreement.draft_version), "",
            lambda _text, day: self.ctx.bargaining.conclude(info.id, day),
            day=self._day(), ok_text=translate("BargainingSessions", "Conclude"), parent=self))

    def fail(self) -> QDialog:
        info = self.view.round
        return self._open(FailureDialog(
            lambda f: self.ctx.bargaining.fail(info.id, f.ground, f.day, f.note),
            self._day(), self))


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row

