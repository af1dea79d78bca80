"""The workers' conference (DOMAIN.md workflow 1): the conferences year by year at the left; at
the right the chosen one's stage among all stages, what still keeps it there, the step to the
next stage, and one tab per part of the work. Tabs emit `changed` after a mutation; the page
then reloads the conference and every tab."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_rules import ConferenceForm, suggest_form
from ...domain.conference_stages import ORDER, Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import ConferenceInfo, ConferenceSummary
from ...services.employees import RosterQuery
from ..context import UiContext
from ..dialogs.conference_new_dialog import NewConferenceDialog
from ..errors import show_error
from .conference_articles_tab import ArticlesTab
from .conference_day_tab import DayTab
from .conference_delegates_tab import DelegatesTab
from .conference_followup_tab import FollowUpTab
from .conference_petitions_tab import PetitionsTab
from .conference_plan_tab import PlanTab
from .conference_results_tab import ResultsTab
from .conference_text import RED, form_name, note_label, stage_name

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
CURRENT_STYLE = "background-color: #2f6690; color: white; font-weight: 600;"
DONE_STYLE = "color: #1b6e20;"
LATER_STYLE = "color: #777777;"
NO_NEXT = (Stage.HELD, Stage.ADOPTED, Stage.UNDER_REVIEW)  # they end by their own records
LIST_MIN_WIDTH, LIST_WIDTH = 140, 170  # a year, a form and a stage: the tabs need the width


def conference_tabs(ctx: UiContext) -> list[tuple[QWidget, str]]:
    """Every tab of the page, in order, with its title."""
    return [
        (PlanTab(ctx), translate("ConferencePage", "Plan")),
        (DelegatesTab(ctx), translate("ConferencePage", "Delegates")),
        (PetitionsTab(ctx), translate("ConferencePage", "Petitions")),
        (ArticlesTab(ctx), translate("ConferencePage", "Draft resolution")),
        (DayTab(ctx), translate("ConferencePage", "Conference day")),
        (ResultsTab(ctx), translate("ConferencePage", "Results")),
        (FollowUpTab(ctx), translate("ConferencePage", "Follow-up")),
    ]


def shown_stages(form: ConferenceForm) -> list[Stage]:
    """A full conference summons everyone: it has no delegates stage."""
    return [s for s in ORDER if not (s is Stage.DELEGATES and form is ConferenceForm.FULL)]


class ConferencePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dialog: NewConferenceDialog | None = None
        heading = QLabel(translate("ConferencePage", "Workers' conference"))
        heading.setObjectName("pageTitle")

        self.list = QListWidget()
        self.list.setObjectName("conferenceList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        self.list.currentItemChanged.connect(lambda *_args: self.load_current())
        self.new_button = QPushButton(translate("ConferencePage", "New conference…"))
        self.new_button.setObjectName("newConferenceButton")
        self.new_button.clicked.connect(self.new_conference)
        self.new_button.setVisible(ctx.can(Action.PLAN_CONFERENCE))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.title = QLabel()
        self.title.setObjectName("conferenceTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600; color: #1f3b57;")
        self.strip = QLabel()
        self.strip.setObjectName("stageStrip")
        self.strip.setWordWrap(True)
        self.strip.setTextFormat(Qt.TextFormat.RichText)
        self.shown_stages: list[Stage] = []
        self.blockers = note_label("", "conferenceBlockers")
        self.blockers.setStyleSheet(f"color: {RED};")
        self.next_button = QPushButton(translate("ConferencePage", "Next stage"))
        self.next_button.setObjectName("nextStageButton")
        self.next_button.clicked.connect(self.advance)
        status = QHBoxLayout()
        status.addWidget(self.blockers, 1)
        status.addWidget(self.next_button, 0,  # its own width when no blocker is shown
                         Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.empty = note_label(translate(
            "ConferencePage", "No workers' conference is recorded yet. Open the year's "
            "conference with \"New conference…\": the program proposes the form by rule C2 and "
            "dates the preparation checklist back from the conference day."), "noConference")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("conferenceTabs")
        self.tab_pages: list[QWidget] = []
        for tab, title in conference_tabs(ctx):
            holder = QScrollArea()  # no tab's minimum size may push the window off screen
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
        detail_layout.addLayout(status)
        detail_layout.addWidget(self.tabs, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.detail, 1)

        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setSizes([LIST_WIDTH, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

    # -- the list of conferences ------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reloads the list; keeps the chosen conference, or chooses the newest."""
        try:
            rows = self.ctx.conferences.list()
        except DcsError as error:
            show_error(self, error)
            return
        keep = select_id or self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(self._list_text(row))
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
        ids = [row.id for row in rows]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.list.blockSignals(False)
        self.load_current()

    @staticmethod
    def _list_text(row: ConferenceSummary) -> str:
        return f"{row.year}\n{form_name(row.form)}\n{stage_name(row.stage)}"

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, conference_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == conference_id:
                self.list.setCurrentRow(row)

    def reload(self) -> None:
        """After a change: the list's stage texts, the conference and every tab."""
        self.refresh(self.current_id())

    # -- the chosen conference ----------------------------------------------------------------
    def load_current(self) -> None:
        conference_id = self.current_id()
        self.empty.setVisible(conference_id is None)
        self.detail.setVisible(conference_id is not None)
        if conference_id is None:
            self.info = None
            return
        try:
            info = self.ctx.conferences.get(conference_id)
        except DcsError as error:
            show_error(self, error)
            return
        self.info = info
        self.title.setText(translate("ConferencePage", "Workers' conference {year} — {form}")
                           .format(year=info.year, form=form_name(info.form)))
        self._show_stages(info)
        blockers = [translate("Conference", text) for text in info.blockers]
        # One wrapping paragraph, not a line each: the tabs keep their height.
        self.blockers.setText("\u2003".join(f"• {text}" for text in blockers))
        self.blockers.setVisible(bool(blockers))
        self.next_button.setVisible(self.ctx.can(Action.PLAN_CONFERENCE)
                                    and info.stage not in NO_NEXT)
        self.next_button.setEnabled(not blockers and info.next_stage is not None)
        if info.next_stage is not None:
            self.next_button.setToolTip(translate("ConferencePage", "Move on to \"{stage}\"")
                                        .format(stage=stage_name(info.next_stage)))
        for tab in self.tab_pages:
            try:
                tab.load(info)
            except DcsError as error:
                show_error(self, error)

    def _show_stages(self, info: ConferenceInfo) -> None:
        """All stages in one wrapping line, the current one highlighted, those done in green."""
        stages = shown_stages(info.form)
        current = stages.index(info.stage)
        parts = []
        for number, stage in enumerate(stages):
            name = html.escape(stage_name(stage)).replace(" ", "&nbsp;")
            style = CURRENT_STYLE if number == current else (
                DONE_STYLE if number < current else LATER_STYLE)
            if number == current:
                name = f"&nbsp;{name}&nbsp;"
            parts.append(f'<span style="{style}">{name}</span>')
        self.strip.setText(" <span style='color:#999999'>›</span> ".join(parts))
        self.shown_stages = stages

    # -- actions ------------------------------------------------------------------------------
    def advance(self) -> None:
        info = self.info
        if info is None or info.next_stage is None:
            return
        answer = QMessageBox.question(
            self, translate("ConferencePage", "Next stage"),
            translate("ConferencePage", "Move the conference of {year} on to the stage "
                      "\"{stage}\"? The program does not go back to an earlier stage.").format(
                year=info.year, stage=stage_name(info.next_stage)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.conferences.advance(info.id)
        except DcsError as error:
            show_error(self, error)
        self.reload()

    def new_conference(self) -> NewConferenceDialog | None:
        try:
            settings = self.ctx.enterprise.get().settings
            suggestion = suggest_form(self.ctx.employees.count(RosterQuery()), settings)
        except DcsError as error:
            show_error(self, error)
            return None

        def submit(year, plan) -> None:
            made = self.ctx.conferences.create(year, plan)
            self.refresh(made.id)

        dialog = NewConferenceDialog(suggestion, submit, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
