"""The dialogues view: a year's dialogues at the left (kind, date, stage) with rule D1 for the
year and the buttons that start one; at the right the chosen dialogue's stage among all stages,
its legal clocks (D6, D9, D10) and one tab per part of the work."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

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

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
CURRENT_STYLE = "background-color: #2f6690; color: white; font-weight: 600;"
DONE_STYLE = "color: #1b6e20;"
LATER_STYLE = "color: #777777;"
LIST_MIN_WIDTH, LIST_WIDTH = 170, 210


def dialogue_tabs(ctx: UiContext) -> list[tuple[QWidget, str]]:
    return [
        (PreparationTab(ctx), translate("DialoguePage", "Preparation")),
        (DialogueDayTab(ctx), translate("DialoguePage", "Dialogue day")),
        (MinutesTab(ctx), translate("DialoguePage", "Minutes")),
        (NoticeTab(ctx), translate("DialoguePage", "Notice")),
        (ActionsTab(ctx), translate("DialoguePage", "Actions follow-up")),
    ]


class DialogueBrowser(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.dialog = None
        self.year = QComboBox()
        self.year.setObjectName("dialogueYear")
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list = QListWidget()
        self.list.setObjectName("dialogueList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        self.list.currentItemChanged.connect(lambda *_args: self.load_current())
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
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.year)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.periodic)
        for button in (self.schedule_button, self.request_button, self.incident_button):
            left_layout.addWidget(button)

        self.title = QLabel()
        self.title.setObjectName("dialogueTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600; color: #1f3b57;")
        self.strip = QLabel()
        self.strip.setObjectName("dialogueStageStrip")
        self.strip.setWordWrap(True)
        self.strip.setTextFormat(Qt.TextFormat.RichText)
        self.clocks = ClocksPanel()
        self.empty = note_label(translate(
            "DialoguePage", "No dialogue is recorded for this year. Schedule the periodic "
            "dialogue (at least one a year, Labour Code 2019 Art 63.2.a), record a written "
            "request, or open a dialogue on an incident. Determine both sides' "
            "representatives first, in the \"Representatives\" view."), "noDialogue")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dialogueTabs")
        self.tab_pages: list[QWidget] = []
        for tab, title in dialogue_tabs(ctx):
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(tab)
            self.tabs.addTab(holder, title)
            self.tab_pages.append(tab)
            tab.changed.connect(self.reload)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.strip)
        detail_layout.addWidget(self.clocks)
        detail_layout.addWidget(self.tabs, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setSizes([LIST_WIDTH, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

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
        self.list.blockSignals(True)
        self.list.clear()
        for row in shown:
            item = QListWidgetItem(self._list_text(row))
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
        ids = [r.id for r in shown]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.list.blockSignals(False)
        # The year is a name, not a quantity: never "2.026".
        why = replace(check.why, params=tuple(
            (name, str(value) if name == "year" else value) for name, value in check.why.params))
        show_state(self.periodic, rule_line(why), check.ok)
        self.load_current()

    @staticmethod
    def _list_text(row: DialogueSummary) -> str:
        return f"{kind_name(row.kind)}\n{dmy(row.held_on or row.scheduled_on)}\n" \
               f"{stage_name(row.stage)}"

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def reload(self) -> None:
        self.refresh(self.current_id())

    # -- the chosen dialogue --------------------------------------------------------------
    def load_current(self) -> None:
        dialogue_id = self.current_id()
        self.empty.setVisible(dialogue_id is None)
        self.detail.setVisible(dialogue_id is not None)
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
        for tab in self.tab_pages:
            try:
                tab.load(info)
            except DcsError as error:
                show_error(self, error)

    def _show_stages(self, info: DialogueInfo) -> None:
        """Only a dialogue on request starts as requested (its reply schedules it)."""
        stages = [s for s in ORDER
                  if s is not DialogueStage.REQUESTED or info.kind is DialogueKind.REQUEST]
        current = stages.index(info.stage)
        parts = []
        for number, each in enumerate(stages):
            name = html.escape(stage_name(each)).replace(" ", "&nbsp;")
            style = CURRENT_STYLE if number == current else (
                DONE_STYLE if number < current else LATER_STYLE)
            if number == current:
                name = f"&nbsp;{name}&nbsp;"
            parts.append(f'<span style="{style}">{name}</span>')
        self.strip.setText(" <span style='color:#999999'>›</span> ".join(parts))

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
