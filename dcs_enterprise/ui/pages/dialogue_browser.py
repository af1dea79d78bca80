"""The dialogues view: a year's dialogues at the left (kind, date, stage) with rule D1 for the
year and the buttons that start one; at the right the chosen dialogue's stage among all stages,
its legal clocks (D6, D9, D10) and one tab per part of the work."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ...domain.dialogue_rules import DialogueKind
from ...domain.dialogue_stages import ORDER, DialogueStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.dialogue_models import DialogueInfo, DialogueSummary
from ..context import UiContext
from ..dialogs.dialogue_new_dialog import NewDialogueDialog
from ..dialogs.dialogue_request_dialog import RequestDialog
from ..errors import show_error
from .conference_text import action_button, dmy, note_label, rule_line, show_state
from .dialogue_actions_tab import ActionsTab
from .dialogue_clocks import ClocksPanel
from .dialogue_day_tab import DialogueDayTab
from .dialogue_minutes_tab import MinutesTab
from .dialogue_notice_tab import NoticeTab
from .dialogue_preparation_tab import PreparationTab
from .dialogue_text import kind_name, stage_name, today, trigger_name
from .record_browser import (
    RecordBrowser,
    column,
    fill_record_list,
    record_list,
    record_splitter,
    record_tabs,
    stage_strip,
    strip_label,
    title_label,
)

translate = QCoreApplication.translate
LIST_MIN_WIDTH, LIST_WIDTH = 170, 210


def dialogue_tabs(ctx: UiContext) -> list[tuple[QWidget, str]]:
    return [
        (PreparationTab(ctx), translate("DialoguePage", "Preparation")),
        (DialogueDayTab(ctx), translate("DialoguePage", "Dialogue day")),
        (MinutesTab(ctx), translate("DialoguePage", "Minutes")),
        (NoticeTab(ctx), translate("DialoguePage", "Notice")),
        (ActionsTab(ctx), translate("DialoguePage", "Actions follow-up")),
    ]


class DialogueBrowser(RecordBrowser):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.dialog = None
        self.year = QComboBox()
        self.year.setObjectName("dialogueYear")
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list = record_list("dialogueList", LIST_MIN_WIDTH, lambda: self.load_current())
        self.periodic = note_label("", "periodicCheck")
        planner = ctx.can(Action.PLAN_DIALOGUE)
        self.schedule_button = action_button(
            "schedulePeriodic", translate("DialoguePage", "Schedule a periodic dialogue…"),
            lambda: self.new_dialogue(DialogueKind.PERIODIC), planner)
        self.request_button = action_button(
            "recordRequest", translate("DialoguePage", "Record a request…"),
            self.record_request, planner)
        self.incident_button = action_button(
            "incidentDialogue", translate("DialoguePage", "Incident dialogue…"),
            lambda: self.new_dialogue(DialogueKind.INCIDENT), planner)
        left = column(self.year, self.list, self.periodic, self.schedule_button,
                      self.request_button, self.incident_button, stretch=self.list)

        self.title = title_label("dialogueTitle")
        self.strip = strip_label("dialogueStageStrip")
        self.clocks = ClocksPanel()
        self.empty = note_label(translate(
            "DialoguePage", "No dialogue is recorded for this year. Schedule the periodic "
            "dialogue (at least one a year, Labour Code 2019 Art 63.2.a), record a written "
            "request, or open a dialogue on an incident. Determine both sides' "
            "representatives first, in the \"Representatives\" view."), "noDialogue")
        self.tabs, self.tab_pages = record_tabs("dialogueTabs", dialogue_tabs(ctx), self.reload)
        self.detail = column(self.title, self.strip, self.clocks, self.tabs, stretch=self.tabs)
        self.splitter = record_splitter(left, self.empty, self.detail, LIST_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- the year's dialogues -------------------------------------------------------------
    def chosen_year(self) -> int:
        return self.year.currentData() or today().year

    def _fill_years(self, rows: list[DialogueSummary], keep: int) -> None:
        years = sorted({r.scheduled_on.year for r in rows} | {today().year, keep},
                       reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(years.index(keep))
        self.year.blockSignals(False)

    def refresh(self, select_id: int | None = None) -> None:
        """Reloads the year's list; keeps the chosen dialogue, or chooses the newest."""
        try:
            rows = self.ctx.dialogues.list()
            keep = select_id or self.current_id()
            if select_id is not None:
                year = next(r.scheduled_on.year for r in rows if r.id == select_id)
            else:
                year = self.chosen_year()
            check = self.ctx.dialogues.periodic_check(year)
        except DcsError as error:
            show_error(self, error)
            return
        self._fill_years(rows, year)
        shown = [r for r in rows if r.scheduled_on.year == year]
        fill_record_list(self.list, shown, self.list_text, keep)
        # The year is a name, not a quantity: never "2.026".
        why = replace(check.why, params=tuple(
            (name, str(value) if name == "year" else value) for name, value in check.why.params))
        show_state(self.periodic, rule_line(why), check.ok)
        self.load_current()

    @staticmethod
    def list_text(row: DialogueSummary) -> str:
        return f"{kind_name(row.kind)}\n{dmy(row.held_on or row.scheduled_on)}\n" \
               f"{stage_name(row.stage)}"

    # -- the chosen dialogue --------------------------------------------------------------
    def load_current(self) -> None:
        dialogue_id = self.show_chosen()
        if dialogue_id is None:
            self.info = None
            return
        day = today()
        try:
            info = self.ctx.dialogues.get(dialogue_id, day)
        except DcsError as error:
            show_error(self, error)
            return
        self.info = info
        title = f"{kind_name(info.kind)}: {info.title}"
        if info.trigger is not None:
            title += f" — {trigger_name(info.trigger)}"
        self.title.setText(title)
        self._show_stages(info)
        self.clocks.show_clocks(info, day)
        self.load_tabs(info)

    def _show_stages(self, info: DialogueInfo) -> None:
        """Only a dialogue on request starts as requested (its reply schedules it)."""
        stages = [s for s in ORDER
                  if s is not DialogueStage.REQUESTED or info.kind is DialogueKind.REQUEST]
        self.strip.setText(stage_strip([stage_name(s) for s in stages],
                                       stages.index(info.stage)))

    # -- starting a dialogue --------------------------------------------------------------
    def _opened(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_dialogue(self, kind: DialogueKind) -> NewDialogueDialog:
        def submit(plan) -> None:
            made = self.ctx.dialogues.schedule(plan)
            self.refresh(made.id)

        dialog = NewDialogueDialog(kind, submit, today(), parent=self)
        self._opened(dialog)
        return dialog

    def record_request(self) -> RequestDialog | None:
        try:
            current = self.ctx.dialogue_lists.current()
        except DcsError as error:
            show_error(self, error)
            return None

        def submit(request) -> None:
            made = self.ctx.dialogues.record_request(request)
            self.refresh(made.id)

        dialog = RequestDialog(current, submit, today(), parent=self)
        self._opened(dialog)
        return dialog
