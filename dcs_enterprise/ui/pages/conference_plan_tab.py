"""The conference plan: the joint plan's fields and form, both sides' approvals, and under
them the preparation checklist and the agenda (conference_plan_lists); the plan on paper."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_rules import ConferenceForm
from ...domain.conference_stages import Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import ConferenceInfo, PlanInput
from ..context import UiContext
from ..date_edit import date_edit
from ..dialogs.conference_day_prompt import PromptDialog
from ..errors import show_error
from ..printing import preview
from . import conference_clock as clock
from .conference_plan_lists import AgendaBox, ChecklistBox
from .conference_text import dmy, form_name, note_label, rule_line

translate = QCoreApplication.translate


class PlanTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dialog: PromptDialog | None = None
        self.dirty = False
        self.planner = ctx.can(Action.PLAN_CONFERENCE)
        content = QWidget()
        column = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(self._plan_group(), 3)
        side = QVBoxLayout()
        side.addWidget(self._approval_group())
        side.addStretch(1)
        top.addLayout(side, 2)
        column.addLayout(top)
        self.checklist = ChecklistBox(ctx)
        self.agenda = AgendaBox(ctx)
        for box in (self.checklist, self.agenda):
            box.changed.connect(self.changed)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()  # a form and two lists: the page scrolls on a small screen
        scroll.setObjectName("planScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building -------------------------------------------------------------------------
    def _plan_group(self) -> QGroupBox:
        group = QGroupBox(translate("PlanTab", "Joint plan"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = QComboBox()
        self.form.setObjectName("planForm")
        for kind in ConferenceForm:
            self.form.addItem(form_name(kind), kind.value)
        self.form_reason = note_label("", "planFormReason")
        self.day = date_edit("planDay")
        self.start = QTimeEdit()
        self.start.setObjectName("planStart")
        self.start.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("planPlace")
        self.budget = QDoubleSpinBox()
        self.budget.setObjectName("planBudget")
        self.budget.setDecimals(0)
        self.budget.setRange(0, 1e13)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSuffix(translate("PlanTab", " VND"))
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("planPurpose")
        self.responsibilities = QPlainTextEdit()
        self.responsibilities.setObjectName("planResponsibilities")
        for edit in (self.purpose, self.responsibilities):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(52)
        self.due = note_label("", "planDue")
        self.save_button = QPushButton(translate("PlanTab", "Save plan"))
        self.save_button.setObjectName("savePlanButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.planner)
        self.print_button = QPushButton(translate("PlanTab", "Print plan…"))
        self.print_button.setObjectName("printPlanButton")
        self.print_button.clicked.connect(self.print_plan)
        self.print_button.setVisible(self.ctx.can(Action.PRINT_DOCUMENTS))
        form.addRow(translate("PlanTab", "Form"), self.form)
        form.addRow("", self.form_reason)
        form.addRow(translate("PlanTab", "Day"), self._pair(self.day, self.start))
        form.addRow(translate("PlanTab", "Place"), self.place)
        form.addRow(translate("PlanTab", "Budget"), self.budget)
        form.addRow(translate("PlanTab", "Purpose"), self.purpose)
        form.addRow(translate("PlanTab", "Responsibilities"), self.responsibilities)
        form.addRow("", self.due)
        form.addRow("", self._pair(self.save_button, self.print_button))
        for signal in (self.form.currentIndexChanged, self.day.dateChanged,
                       self.start.timeChanged, self.place.textEdited, self.budget.valueChanged,
                       self.purpose.textChanged, self.responsibilities.textChanged):
            signal.connect(self._edited)
        return group

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(first)
        row.addWidget(second)
        row.addStretch(1)
        return row

    def _approval_group(self) -> QGroupBox:
        group = QGroupBox(translate("PlanTab", "Approval of the joint plan"))
        grid = QGridLayout(group)
        self.employer_state = QLabel()
        self.employer_state.setObjectName("employerApproval")
        self.union_state = QLabel()
        self.union_state.setObjectName("unionApproval")
        self.approve_employer = QPushButton(translate("PlanTab", "Approve for the employer"))
        self.approve_employer.setObjectName("approveEmployerButton")
        self.approve_employer.clicked.connect(lambda: self.approve(for_union=False))
        self.approve_employer.setVisible(self.ctx.can(Action.APPROVE_PLAN_FOR_EMPLOYER))
        self.approve_union = QPushButton(translate("PlanTab", "Approve for the union"))
        self.approve_union.setObjectName("approveUnionButton")
        self.approve_union.clicked.connect(lambda: self.approve(for_union=True))
        self.approve_union.setVisible(self.ctx.can(Action.APPROVE_PLAN_FOR_UNION))
        for row, (side, state, button) in enumerate((
                (translate("PlanTab", "Employer side"), self.employer_state,
                 self.approve_employer),
                (translate("PlanTab", "Union side"), self.union_state, self.approve_union))):
            title = QLabel(side)
            title.setStyleSheet("font-weight: 600;")
            state.setWordWrap(True)
            grid.addWidget(title, 3 * row, 0)
            grid.addWidget(state, 3 * row + 1, 0)
            grid.addWidget(button, 3 * row + 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(note_label(translate(
            "PlanTab", "Each side approves the plan for itself (Decree 145/2020 Art 47). "
            "Saving a change withdraws both approvals.")), 6, 0)
        return group

    # -- showing a conference -----------------------------------------------------------------
    def load(self, info: ConferenceInfo) -> None:
        same = self.info is not None and self.info.id == info.id
        self.info = info
        at_plan = info.stage is Stage.PLAN and self.planner
        if not (same and self.dirty and at_plan):
            self._fill(info)
        self.form.setEnabled(at_plan and info.suggestion.joint_choice)
        for widget in (self.day, self.start, self.place, self.budget, self.save_button):
            widget.setEnabled(at_plan)
        for widget in (self.purpose, self.responsibilities):
            widget.setReadOnly(not at_plan)
        self.form_reason.setText(rule_line(info.suggestion.why))
        self.due.setText(rule_line(info.due_by) if info.due_by else "")
        self.due.setVisible(info.due_by is not None)
        self.employer_state.setText(self._approval(info.employer_approved_by,
                                                   info.employer_approved_on))
        self.union_state.setText(self._approval(info.union_approved_by, info.union_approved_on))
        self.approve_employer.setEnabled(info.stage is Stage.PLAN
                                         and info.employer_approved_on is None)
        self.approve_union.setEnabled(info.stage is Stage.PLAN
                                      and info.union_approved_on is None)
        self.checklist.load(info)
        self.agenda.load(info)

    def _fill(self, info: ConferenceInfo) -> None:
        self.form.setCurrentIndex(self.form.findData(info.form.value))
        self.day.setDateRange(QDate(info.year, 1, 1), QDate(info.year, 12, 31))
        self.day.setDate(QDate(info.held_on.year, info.held_on.month, info.held_on.day))
        self.start.setTime(QTime.fromString(info.start_time, "HH:mm"))
        self.place.setText(info.place)
        self.budget.setValue(info.budget)
        self.purpose.setPlainText(info.purpose)
        self.responsibilities.setPlainText(info.responsibilities)
        self.dirty = False

    def _edited(self) -> None:
        self.dirty = True

    @staticmethod
    def _approval(by: str, on: date | None) -> str:
        if on is None:
            return translate("PlanTab", "not approved yet")
        return translate("PlanTab", "approved by {name} on {day}").format(name=by,
                                                                         day=dmy(on))

    # -- actions ------------------------------------------------------------------------------
    def plan_input(self) -> PlanInput:
        return PlanInput(held_on=self.day.date().toPython(),
                         start_time=self.start.time().toString("HH:mm"),
                         place=self.place.text(), budget=int(self.budget.value()),
                         purpose=self.purpose.toPlainText(),
                         responsibilities=self.responsibilities.toPlainText(),
                         form=ConferenceForm(self.form.currentData()), seats=self.info.seats)

    def save(self) -> None:
        info = self.info
        if info is None:
            return
        if info.employer_approved_on or info.union_approved_on:
            answer = QMessageBox.question(self, translate("PlanTab", "Save plan"), translate(
                "PlanTab", "The plan has been approved. Saving a change withdraws both "
                "approvals: the employer and the union must approve it again. Save?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda: self.ctx.conferences.update_plan(info.id, self.plan_input()))

    def approve(self, *, for_union: bool) -> PromptDialog | None:
        """Approved today; once the conference day is past (the conference recorded
        afterwards), on the day the user gives, before the conference."""
        if self.info is None:
            return None
        info = self.info
        if not clock.afterwards(info):
            self._run(lambda: self.ctx.conferences.approve_plan(
                info.id, for_union=for_union, day=clock.now().date()))
            return None

        def submit(_text: str, day: date | None) -> None:
            self.ctx.conferences.approve_plan(info.id, for_union=for_union, day=day)
            self.dirty = False
            self.changed.emit()

        tasks = self.checklist.model.rows
        first = min((t.due for t in tasks), default=info.held_on - timedelta(days=30))
        side = (translate("PlanTab", "Approve for the union") if for_union
                else translate("PlanTab", "Approve for the employer"))
        self.dialog = PromptDialog(
            side, translate("PlanTab", "The conference day ({day}) is past: its records are "
                                       "entered afterwards. Give the day the plan was "
                                       "approved; the department meetings and the "
                                       "invitations come after it.").format(day=dmy(info.held_on)),
            "", submit, day=min(first, info.held_on), highest=info.held_on,
            ok_text=translate("PlanTab", "Approve"), parent=self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _run(self, action) -> bool:
        try:
            action()
        except DcsError as error:
            show_error(self, error)
            return False
        self.dirty = False
        self.changed.emit()
        return True

    def print_plan(self):
        if self.info is None:
            return None
        cid, papers, today = self.info.id, self.ctx.conference_papers, date.today()
        return preview(self, translate("PlanTab", "Conference plan"),
                       f"ke-hoach-hoi-nghi-{self.info.year}.pdf",
                       lambda numbered: papers.plan(cid, today, numbered),
                       can_number=self.ctx.can(Action.NUMBER_DOCUMENTS))
