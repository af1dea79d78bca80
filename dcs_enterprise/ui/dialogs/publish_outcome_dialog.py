"""The union publishes the answer to a petition, or the outcome of a supervision item: where
(the notice board of a workshop, the employee view, a meeting) and from which day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..date_edit import date_edit, event_day
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, heading, line

translate = QCoreApplication.translate


class PublishOutcomeDialog(SubmitDialog):
    """accept() hands (on, where) to `submit`."""

    def __init__(self, title: str, about: str, submit: Callable[[date, str], object],
                 today: date, lowest: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(540)
        self.where = line("publishWhere", translate(
            "PublishOutcomeDialog", "e.g. Notice board at the factory gate; employee view"))
        self.on = date_edit("publishOn", max(today, lowest) if lowest else today,
                            lowest=lowest)
        layout = form()
        layout.addRow(translate("PublishOutcomeDialog", "Published where"), self.where)
        layout.addRow(translate("PublishOutcomeDialog", "Published on"), self.on)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PublishOutcomeDialog", "Publish"), "publishOk",
            translate("PublishOutcomeDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addWidget(heading(about, "publishHeading"))
        box.addLayout(layout)
        box.addWidget(buttons)

    def send(self) -> object:
        return self.submit(event_day(self.on), self.where.text())
