"""The union's supervision plan (Decree 145/2020 Art 46; Law 10/2022 Art 81): what it checks
(the Art 46 list), its purpose and scope, the members of the team and the dates of the
activity. Rule S2, where it binds, wants the plan notified to the management at least 5
working days before the activity begins; the plan's page shows that date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.supervision import Subject
from ...services.supervision_models import PlanDetail, PlanInput
from ..date_edit import date_edit
from ..pages.supervision_text import choose, enum_box, subject_name
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, line, text_box

translate = QCoreApplication.translate


class SupervisionPlanDialog(SubmitDialog):
    """accept() hands a PlanInput to `submit`; with `plan`, its values are filled in."""

    def __init__(self, submit: Callable[[PlanInput], object], today: date,
                 plan: PlanDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("SupervisionPlanDialog", "Supervision plan") if plan
                            is None else translate("SupervisionPlanDialog", "Change the plan"))
        self.setMinimumWidth(660)
        row = plan.row if plan else None
        self.subject = enum_box("planSubject", Subject, subject_name, shortest=40)
        if row:
            choose(self.subject, row.subject)
        self.title = line("planTitle", translate(
            "SupervisionPlanDialog", "e.g. Supervision of overtime and pay in the second "
                                     "quarter"), row.title if row else "")
        self.purpose = text_box("planPurpose", 60, translate(
            "SupervisionPlanDialog", "Why the union supervises this now"),
            plan.purpose if plan else "")
        self.scope = text_box("planScope", 60, translate(
            "SupervisionPlanDialog", "Departments, period and documents to be checked"),
            plan.scope if plan else "")
        self.members = text_box("planMembers", 80, translate(
            "SupervisionPlanDialog", "One per line: name - role in the team"),
            plan.members if plan else "")
        start = row.starts_on if row else today + timedelta(days=14)
        self.starts_on = date_edit("planStartsOn", start)
        self.ends_on = date_edit("planEndsOn", row.ends_on if row else start)
        layout = form()
        layout.addRow(translate("SupervisionPlanDialog", "Subject"), self.subject)
        layout.addRow(translate("SupervisionPlanDialog", "Title"), self.title)
        layout.addRow(translate("SupervisionPlanDialog", "Purpose"), self.purpose)
        layout.addRow(translate("SupervisionPlanDialog", "Scope"), self.scope)
        layout.addRow(translate("SupervisionPlanDialog", "Members"), self.members)
        layout.addRow(translate("SupervisionPlanDialog", "From"), self.starts_on)
        layout.addRow(translate("SupervisionPlanDialog", "To"), self.ends_on)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("SupervisionPlanDialog", "Save"), "planOk",
            translate("SupervisionPlanDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(buttons)

    def plan(self) -> PlanInput:
        return PlanInput(
            subject=Subject(self.subject.currentData()), title=self.title.text(),
            starts_on=self.starts_on.date().toPython(), ends_on=self.ends_on.date().toPython(),
            purpose=self.purpose.toPlainText(), scope=self.scope.toPlainText(),
            members=self.members.toPlainText())

    def send(self) -> object:
        return self.submit(self.plan())
