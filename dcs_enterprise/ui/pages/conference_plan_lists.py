"""The two lists of the plan tab: the preparation checklist dated back from the conference day
(marked done or reopened), and the agenda (edited in its dialog, printed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from ...domain.conference_stages import Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import AgendaInfo, ConferenceInfo, TaskInfo
from ..context import UiContext
from ..dialogs.conference_agenda_dialog import AgendaDialog
from ..errors import show_error
from ..list_model import ListTableModel
from ..printing import preview
from .conference_text import (
    RED,
    action_button,
    dmy,
    fit_rows,
    list_view,
    note_label,
    owner_name,
    rule_source,
    rule_text,
    selected_row,
    size_columns,
    task_label,
)

translate = QCoreApplication.translate
AGENDA_STAGES = (Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS, Stage.INVITATIONS)


class ChecklistModel(ListTableModel):
    today = date.today()

    def headers(self) -> list[str]:
        return [translate("PlanTab", "Task"), translate("PlanTab", "Owner"),
                translate("PlanTab", "Due"), translate("PlanTab", "Done on"),
                translate("PlanTab", "Basis")]

    def display(self, row: TaskInfo, column: int) -> object:
        return (task_label(row.kind), owner_name(row.owner), dmy(row.due),
                dmy(row.done_on), rule_text(row.basis))[column]

    def foreground(self, row: TaskInfo) -> object:
        return QColor(RED) if row.done_on is None and row.due < self.today else None


class AgendaModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("PlanTab", "Time"), translate("PlanTab", "Item"),
                translate("PlanTab", "Presenter")]

    def display(self, row: AgendaInfo, column: int) -> object:
        return (row.starts_at, row.title, row.presenter)[column]


class ChecklistBox(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("PlanTab", "Preparation checklist"), parent)
        self.ctx = ctx
        self.model = ChecklistModel(self)
        self.table = list_view("checklistTable", self.model)
        self.table.setWordWrap(True)
        size_columns(self.table, stretch=(4,), widths={0: 270, 1: 120, 2: 80, 3: 105})
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.basis = note_label("", "checklistBasis")
        self.done_button = action_button("taskDoneButton", translate("PlanTab", "Mark done"),
                                   self.toggle, ctx.can(Action.PLAN_CONFERENCE))
        row = QHBoxLayout()
        row.addWidget(self.basis, 1)
        row.addWidget(self.done_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addLayout(row)

    def load(self, info: ConferenceInfo) -> None:
        self.model.today = date.today()
        tasks = self.ctx.conferences.tasks(info.id)
        self.model.set_rows(tasks)
        self.basis.setText(translate(
            "PlanTab", "Due dates count working days back from the conference day ({source}). "
            "Open items past their due date are shown in red.").format(
            source=rule_source(tasks[0].basis)) if tasks else "")
        fit_rows(self.table)
        self._chosen()

    def selected(self) -> TaskInfo | None:
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None else None

    def _chosen(self) -> None:
        task = self.selected()
        self.done_button.setEnabled(task is not None)
        self.done_button.setText(translate("PlanTab", "Reopen") if task and task.done_on
                                 else translate("PlanTab", "Mark done"))

    def toggle(self) -> None:
        task = self.selected()
        if task is None:
            return
        try:
            self.ctx.conferences.set_task_done(task.id, None if task.done_on else date.today(),
                                               task.note)
        except DcsError as error:
            show_error(self, error)
            return
        self.changed.emit()


class AgendaBox(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("PlanTab", "Agenda"), parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dialog: AgendaDialog | None = None
        self.model = AgendaModel(self)
        self.table = list_view("agendaTable", self.model)
        self.table.setWordWrap(True)  # a long item on two lines, not cut
        size_columns(self.table, stretch=(1,), widths={2: 170})
        self.edit_button = action_button("editAgendaButton", translate("PlanTab", "Edit agenda…"),
                                   self.edit, ctx.can(Action.PLAN_CONFERENCE))
        self.print_button = action_button("printAgendaButton", translate("PlanTab", "Print agenda…"),
                                    self.print_agenda, ctx.can(Action.PRINT_DOCUMENTS))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.print_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addLayout(row)

    def load(self, info: ConferenceInfo) -> None:
        self.info = info
        self.model.set_rows(self.ctx.conferences.agenda(info.id))
        self.edit_button.setEnabled(info.stage in AGENDA_STAGES)
        fit_rows(self.table)

    def edit(self) -> AgendaDialog | None:
        if self.info is None:
            return None
        cid = self.info.id

        def submit(items: list[tuple[str, str, str]]) -> None:
            self.ctx.conferences.save_agenda(cid, items)
            self.changed.emit()

        self.dialog = AgendaDialog(self.model.rows, submit, self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def print_agenda(self):
        if self.info is None:
            return None
        cid, papers, today = self.info.id, self.ctx.conference_papers, date.today()
        return preview(self, translate("PlanTab", "Conference agenda"),
                       f"chuong-trinh-hoi-nghi-{self.info.year}.pdf",
                       lambda _numbered: papers.agenda(cid, today))
