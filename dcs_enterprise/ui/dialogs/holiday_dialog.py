"""Adding a day to the working-day calendar's holiday list: a date and a name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ..date_edit import date_edit
from ..errors import show_error

translate = QCoreApplication.translate


class HolidayDialog(QDialog):
    """accept() hands the date and name to `submit`; if the service refuses, the dialog stays
    open with what the user typed."""

    def __init__(self, submit: Callable[[date, str], object], initial: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("HolidayDialog", "Add a holiday"))
        self.date_edit = date_edit("holidayDate", initial)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("holidayName")
        self.name_edit.setPlaceholderText(translate(
            "HolidayDialog", "e.g. Compensatory day off for National Day"))
        self.name_edit.setMinimumWidth(320)
        form = QFormLayout()
        form.addRow(translate("HolidayDialog", "Date"), self.date_edit)
        form.addRow(translate("HolidayDialog", "Name"), self.name_edit)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("HolidayDialog", "Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("HolidayDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.submit(self.date_edit.date().toPython(), self.name_edit.text().strip())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
