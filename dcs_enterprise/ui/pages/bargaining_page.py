"""Collective bargaining and the agreement (DOMAIN.md workflow 3): the rounds at the left, the
newest first; at the right the chosen round's title, its stage among all stages from the
request to the filed agreement, every legal clock that runs from the request (rules B1-B3, A2),
and one tab per part of the work. Tabs emit `changed` after a mutation; the page then reloads
the round, its agreement and every tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.bargaining_stages import AgreementStage, RoundStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.bargaining_models import RoundSummary
from ..context import UiContext
from ..dialogs.bargaining_request_dialog import RequestDialog
from ..errors import show_error
from ..style import PAGE_TITLE_STYLE
from . import bargaining_text as words
from .bargaining_clocks import ClockPanel
from .bargaining_draft_tab import DraftTab
from .bargaining_followup_tab import AgreementFollowUpTab
from .bargaining_papers import bargaining_papers
from .bargaining_sessions_tab import SessionsTab
from .bargaining_vote_tab import VoteTab
from .conference_text import RED, dmy, note_label
from .paper_menu import PaperMenu
from .record_browser import (
    CURRENT_STYLE,
    RecordBrowser,
    column,
    record_list,
    record_splitter,
    record_tabs,
    stage_strip,
    strip_label,
    title_label,
)

translate = QCoreApplication.translate
FAILED_STYLE = f"background-color: {RED}; color: white; font-weight: 600;"
LIST_MIN_WIDTH, LIST_WIDTH = 140, 170
ROUND_STEPS = (RoundStage.REQUESTED, RoundStage.ARRANGED, RoundStage.NEGOTIATING,
               RoundStage.CONCLUDED)
AGREEMENT_STEPS = (AgreementStage.VOTED, AgreementStage.SIGNED, AgreementStage.FILED)


def bargaining_tabs(ctx: UiContext) -> list[tuple[QWidget, str]]:
    return [
        (SessionsTab(ctx), translate("BargainingPage", "Request and sessions")),
        (DraftTab(ctx), translate("BargainingPage", "Draft agreement")),
        (VoteTab(ctx), translate("BargainingPage", "Vote and signing")),
        (AgreementFollowUpTab(ctx), translate("BargainingPage", "Follow-up")),
    ]


class BargainingPage(RecordBrowser):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: words.RoundView | None = None
        self.dialog: RequestDialog | None = None
        heading = QLabel(translate("BargainingPage", "Bargaining and agreement"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet(PAGE_TITLE_STYLE)

        self.list = record_list("roundList", LIST_MIN_WIDTH, lambda: self.load_current())
        self.new_button = QPushButton(translate("BargainingPage", "New request…"))
        self.new_button.setObjectName("newRequestButton")
        self.new_button.clicked.connect(self.new_request)
        self.new_button.setVisible(ctx.can(Action.REQUEST_BARGAINING))
        left = column(self.list, self.new_button, stretch=self.list)

        self.title = title_label("roundTitle")
        # The header's action buttons (printing the round's papers) go here, right of the title.
        self.header_actions = QHBoxLayout()
        self.print_menu = PaperMenu(ctx, lambda: bargaining_papers(self))
        self.header_actions.addWidget(self.print_menu)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addLayout(self.header_actions)
        self.strip = strip_label("roundStageStrip")
        self.clocks = ClockPanel()
        self.counting = QCheckBox(translate("BargainingPage", "Show how the time limits are "
                                                              "counted"))
        self.counting.setObjectName("showCounting")
        self.counting.toggled.connect(self.clocks.show_counting)
        strip_row = QHBoxLayout()
        strip_row.addWidget(self.strip, 1)
        strip_row.addWidget(self.counting, 0, Qt.AlignmentFlag.AlignTop)
        self.empty = note_label(translate(
            "BargainingPage", "No collective bargaining is recorded yet. Record a request with "
            "\"New request…\": the program counts the time limits from the day it was "
            "received (Labour Code 2019 Art 70)."), "noRound")

        self.tabs, self.tab_pages = record_tabs("bargainingTabs", bargaining_tabs(ctx),
                                                self.reload)
        self.detail = column(title_row, strip_row, self.clocks, self.tabs, stretch=self.tabs)
        self.splitter = record_splitter(left, self.empty, self.detail, LIST_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.splitter, 1)

    # -- the list of rounds -------------------------------------------------------------------
    def records(self) -> list[RoundSummary]:
        return self.ctx.bargaining.rounds()

    @staticmethod
    def list_text(row: RoundSummary) -> str:
        stage = words.round_stage_name(row.stage)
        if row.stage is RoundStage.CONCLUDED and row.agreement_stage is not AgreementStage.DRAFT:
            stage = words.agreement_stage_name(row.agreement_stage)
        return f"{words.kind_name(row.kind)}\n{dmy(row.requested_on)}\n{stage}"

    # -- the chosen round -----------------------------------------------------------------------
    def load_current(self) -> None:
        round_id = self.show_chosen()
        if round_id is None:
            self.view = None
            return
        today = words.today()
        try:
            info = self.ctx.bargaining.get(round_id)
            agreement = self.ctx.agreements.get(info.agreement_id, today)
            amended = (self.ctx.agreements.get(agreement.amends_id, today)
                       if agreement.amends_id is not None else None)
        except DcsError as error:
            show_error(self, error)
            return
        self.view = view = words.RoundView(info, agreement, today, amended)
        self.title.setText(translate("BargainingPage", "{kind}: {title}").format(
            kind=words.kind_name(info.kind), title=agreement.title))
        self._show_stages(view)
        self.clocks.load(view)
        self.load_tabs(view)

    def _show_stages(self, view: words.RoundView) -> None:
        """Every stage from the request to the filed agreement in one wrapping line: those
        done in green, the current one highlighted (in red when the bargaining failed)."""
        stage = view.round.stage
        names = [words.round_stage_name(s) for s in ROUND_STEPS]
        names += [words.agreement_stage_name(s) for s in AGREEMENT_STEPS]
        if stage is RoundStage.FAILED:
            reached = 2 if view.round.sessions else 1 if view.round.arranged_on else 0
            names = names[:reached + 1] + [words.round_stage_name(RoundStage.FAILED)]
            current = reached + 1
        elif stage is RoundStage.CONCLUDED:
            current = 3 + [AgreementStage.DRAFT, *AGREEMENT_STEPS].index(view.agreement.stage)
        else:
            current = ROUND_STEPS.index(stage)
        self.strip.setText(stage_strip(
            names, current, FAILED_STYLE if stage is RoundStage.FAILED else CURRENT_STYLE))

    # -- actions ------------------------------------------------------------------------------
    def new_request(self) -> RequestDialog | None:
        try:
            signed = self.ctx.agreements.signed(words.today())
        except DcsError as error:
            show_error(self, error)
            return None

        def submit(data) -> None:
            made = self.ctx.bargaining.request(data)
            self.refresh(made.id)

        dialog = RequestDialog(submit, words.today(), signed, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
