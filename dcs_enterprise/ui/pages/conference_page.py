"""The workers' conference (DOMAIN.md workflow 1): the conferences year by year at the left; at
the right the chosen one's stage among all stages, what still keeps it there, the step to the
next stage, and one tab per part of the work. Tabs emit `changed` after a mutation; the page
then reloads the conference and every tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
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
from ..style import PAGE_TITLE_STYLE
from .conference_articles_tab import ArticlesTab
from .conference_day_tab import DayTab
from .conference_delegates_tab import DelegatesTab
from .conference_followup_tab import FollowUpTab
from .conference_petitions_tab import PetitionsTab
from .conference_plan_tab import PlanTab
from .conference_results_tab import ResultsTab
from .conference_text import RED, form_name, note_label, stage_name
from .record_browser import (
    ID_ROLE,
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


class ConferencePage(RecordBrowser):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dialog: NewConferenceDialog | None = None
        heading = QLabel(translate("ConferencePage", "Workers' conference"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet(PAGE_TITLE_STYLE)

        self.list = record_list("conferenceList", LIST_MIN_WIDTH, lambda: self.load_current())
        self.new_button = QPushButton(translate("ConferencePage", "New conference…"))
        self.new_button.setObjectName("newConferenceButton")
        self.new_button.clicked.connect(self.new_conference)
        self.new_button.setVisible(ctx.can(Action.PLAN_CONFERENCE))
        left = column(self.list, self.new_button, stretch=self.list)

        self.title = title_label("conferenceTitle", wrap=False)
        self.strip = strip_label("stageStrip")
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

        self.tabs, self.tab_pages = record_tabs("conferenceTabs", conference_tabs(ctx),
                                                self.reload)
        self.detail = column(self.title, self.strip, status, self.tabs, stretch=self.tabs)
        self.splitter = record_splitter(left, self.empty, self.detail, LIST_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.splitter, 1)

    # -- the list of conferences ------------------------------------------------------------
    def records(self) -> list[ConferenceSummary]:
        return self.ctx.conferences.list()

    @staticmethod
    def list_text(row: ConferenceSummary) -> str:
        return f"{row.year}\n{form_name(row.form)}\n{stage_name(row.stage)}"

    def select(self, conference_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == conference_id:
                self.list.setCurrentRow(row)

    # -- the chosen conference ----------------------------------------------------------------
    def load_current(self) -> None:
        conference_id = self.show_chosen()
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
        self.load_tabs(info)

    def _show_stages(self, info: ConferenceInfo) -> None:
        """All stages in one wrapping line, the current one highlighted, those done in green."""
        stages = shown_stages(info.form)
        self.strip.setText(stage_strip([stage_name(s) for s in stages],
                                       stages.index(info.stage)))
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
