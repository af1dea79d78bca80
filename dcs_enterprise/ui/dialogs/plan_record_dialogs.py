"""What the union records on a supervision plan: the day it notified the management (rule S2
shows whether that was in time), and the findings report once the activity is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.supervision_models import PlanDetail
from ..date_edit import date_edit, event_day
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, heading, hint, text_box

translate = QCoreApplication.translate


class PlanNoticeDialog(SubmitDialog):
    """accept() hands the notice day to `submit`; `due` says by when S2 wants it."""

    def __init__(self, plan: PlanDetail, due: str, submit: Callable[[date], object],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("PlanRecordDialogs", "Notice to the management"))
        self.setMinimumWidth(520)
        self.on = date_edit("noticeOn", today)
        layout = form()
        layout.addRow(translate("PlanRecordDialogs", "Notified on"), self.on)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PlanRecordDialogs", "Record"), "noticeOk",
            translate("PlanRecordDialogs", "Cancel"))
        box = QVBoxLayout(self)
        box.addWidget(heading(plan.row.title, "noticeHeading"))
        box.addWidget(hint(due, "noticeDue"))
        box.addLayout(layout)
        box.addWidget(buttons)

    def send(self) -> object:
        return self.submit(event_day(self.on))


class FindingsDialog(SubmitDialog):
    """accept() hands (findings, on) to `submit`; the findings are final once recorded."""

    def __init__(self, plan: PlanDetail, submit: Callable[[str, date], object], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("PlanRecordDialogs", "Findings of the supervision"))
        self.setMinimumWidth(640)
        self.text = text_box("findingsText", 200, translate(
            "PlanRecordDialogs", "What the team checked and found; the recommendations are "
                                 "then raised as items"))
        self.on = date_edit("findingsOn", max(today, plan.row.starts_on),
                            lowest=plan.row.starts_on)
        layout = form()
        layout.addRow(translate("PlanRecordDialogs", "Findings"), self.text)
        layout.addRow(translate("PlanRecordDialogs", "Report dated"), self.on)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PlanRecordDialogs", "Record"), "findingsOk",
            translate("PlanRecordDialogs", "Cancel"))
        box = QVBoxLayout(self)
        box.addWidget(heading(plan.row.title, "findingsHeading"))
        box.addWidget(hint(translate(
            "PlanRecordDialogs", "Once recorded, the findings and the plan can no longer be "
                                 "changed.")))
        box.addLayout(layout)
        box.addWidget(buttons)

    def send(self) -> object:
        return self.submit(self.text.toPlainText(), event_day(self.on))
