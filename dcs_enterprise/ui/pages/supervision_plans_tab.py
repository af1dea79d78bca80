"""The union's supervision plans (Decree 145/2020 Art 46): each plan's subject, scope, members
and dates; the notice to the management with rule S2's latest day and whether it was met (where
the regime binds it); the findings report; and the items raised from the findings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.permissions import Action
from ...domain.supervision import Source
from ...services.supervision_models import PlanDetail, PlanInput, PlanRow
from ..context import UiContext
from ..dialogs.item_dialog import ItemPreset
from ..dialogs.plan_record_dialogs import FindingsDialog, PlanNoticeDialog
from ..dialogs.supervision_plan_dialog import SupervisionPlanDialog
from .conference_text import action_button, size_columns
from .row_fitter import fit_visible_rows
from .supervision_plan_view import PlanModel, notice_due_text, plan_html
from .supervision_register import RegisterTab
from .supervision_text import today

translate = QCoreApplication.translate


class SupervisionPlansTab(RegisterTab):
    raise_from = Signal(object)  # an ItemPreset: the items tab raises the item
    item_link = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, PlanModel(), ("planTable", "planDetail"), translate(
            "SupervisionPlans", "No supervision plan yet. The union plans what it checks "
            "(Decree 145/2020 Art 46), notifies the management, records its findings and "
            "raises its recommendations as items."), parent)
        self.detail_info: PlanDetail | None = None
        self.dialog: QDialog | None = None
        planning = ctx.can(Action.PLAN_SUPERVISION)
        self.new_button = action_button(
            "newPlan", translate("SupervisionPlans", "New plan…"), self.new_plan, planning)
        self.filters.addStretch(1)
        self.filters.addWidget(self.new_button)
        self.edit_button = action_button(
            "editPlan", translate("SupervisionPlans", "Change the plan…"), self.edit_plan)
        self.notice_button = action_button(
            "recordNotice", translate("SupervisionPlans", "Record the notice…"),
            self.record_notice)
        self.findings_button = action_button(
            "recordFindings", translate("SupervisionPlans", "Record the findings…"),
            self.record_findings)
        self.raise_button = action_button(
            "raiseFromFindings", translate("SupervisionPlans", "Raise an item…"),
            self.raise_item)
        for button in self.plan_buttons():
            self.actions.addWidget(button)
        size_columns(self.table, stretch=(0,), widths={1: 90, 2: 80, 3: 80, 4: 70})
        self.row_fitter = fit_visible_rows(self.table)  # any length, rows sized on screen

    def plan_buttons(self):
        return (self.edit_button, self.notice_button, self.findings_button, self.raise_button)

    # -- the register ---------------------------------------------------------------------------
    def fetch(self) -> list[PlanRow]:
        return self.ctx.supervision_plans.plans()

    def show_record(self, row_id: int) -> None:
        info = self.ctx.supervision_plans.get(row_id, today())
        self.detail_info = info
        self.set_detail(row_id, plan_html(info))
        planning = self.ctx.can(Action.PLAN_SUPERVISION)
        reported = info.row.findings_on is not None
        self.edit_button.setVisible(planning and not reported)
        self.notice_button.setVisible(planning and not reported)
        self.notice_button.setText(
            translate("SupervisionPlans", "Change the notice date…") if info.row.notice_sent_on
            else translate("SupervisionPlans", "Record the notice…"))
        self.findings_button.setVisible(planning and not reported)
        self.raise_button.setVisible(self.ctx.can(Action.RAISE_ITEMS) and reported)

    def show_none(self) -> None:
        self.detail_info = None
        for button in self.plan_buttons():
            button.setVisible(False)

    def link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "item":
            self.item_link.emit(int(url.path()))

    # -- actions ------------------------------------------------------------------------------
    def new_plan(self) -> QDialog:
        made: list[int] = []

        def submit(data: PlanInput) -> None:
            made.append(self.ctx.supervision_plans.create(data).row.id)

        def accepted() -> None:
            self.refresh(made[-1])
            self.changed.emit()

        return self._open(SupervisionPlanDialog(submit, today(), None, self), accepted)

    def edit_plan(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        plan_id = info.row.id

        def submit(data: PlanInput) -> None:
            self.ctx.supervision_plans.update(plan_id, data)

        return self._open(SupervisionPlanDialog(submit, today(), info, self))

    def record_notice(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        plan_id = info.row.id

        def submit(on: date) -> None:
            self.ctx.supervision_plans.record_notice(plan_id, on)

        return self._open(PlanNoticeDialog(info, notice_due_text(info), submit, today(), self))

    def record_findings(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        plan_id = info.row.id

        def submit(text: str, on: date) -> None:
            self.ctx.supervision_plans.record_findings(plan_id, text, on)

        return self._open(FindingsDialog(info, submit, today(), self))

    def raise_item(self) -> None:
        info = self.detail_info
        if info is not None:
            self.raise_from.emit(ItemPreset(Source.SUPERVISION, info.row.id, info.row.subject,
                                            description=info.findings))
