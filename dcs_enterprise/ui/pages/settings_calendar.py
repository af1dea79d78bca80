"""Settings, third tab: the working-day calendar's holidays, one year at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.readmodels import HolidayInfo
from ..context import UiContext
from ..dialogs.holiday_dialog import HolidayDialog
from ..errors import show_error
from ..list_model import ListTableModel
from ..roles import weekday_label
from .settings_widgets import grey_note, read_only_note

translate = QCoreApplication.translate


class HolidayModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("SettingsPage", "Date"), translate("SettingsPage", "Weekday"),
                translate("SettingsPage", "Name")]

    def display(self, row: HolidayInfo, column: int) -> object:
        return (row.day.strftime("%d/%m/%Y"), weekday_label(row.day.weekday()), row.name)[column]


class CalendarTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.can(Action.EDIT_CALENDAR)
        self.holiday_dialog: HolidayDialog | None = None

        self.year = QSpinBox()
        self.year.setObjectName("yearSpin")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.reload)
        self.model = HolidayModel(self)
        self.table = QTableView()
        self.table.setObjectName("holidayTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.add_button = QPushButton(translate("SettingsPage", "Add holiday…"))
        self.add_button.setObjectName("addHolidayButton")
        self.add_button.clicked.connect(self.add_holiday)
        self.remove_button = QPushButton(translate("SettingsPage", "Remove selected"))
        self.remove_button.setObjectName("removeHolidayButton")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.remove_button):
            button.setVisible(self.editable)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("SettingsPage", "Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("holidayCount")

        layout = QVBoxLayout(self)
        if not self.editable:
            layout.addWidget(read_only_note())
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.lieu_label = QLabel()
        self.lieu_label.setObjectName("daysInLieu")
        self.lieu_label.setWordWrap(True)
        layout.addWidget(self.lieu_label)
        layout.addWidget(grey_note(translate(
            "SettingsPage", "Public holidays (Labour Code 2019 Art 112) count as rest days in "
            "every \"working days\" deadline, together with the weekly rest days of the "
            "Democracy regulation tab. The Tết (Lunar New Year) days follow the Prime Minister's "
            "decision for each year: check the shipped list. A holiday that falls on a weekly "
            "rest day gives the next working day off (Labour Code 2019 Art 111.3); the program "
            "counts those days itself.")))

    def reload(self) -> None:
        try:
            rows = self.ctx.enterprise.holidays(self.year.value())
        except DcsError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in (0, 1):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 32)
        self.count_label.setText(translate("SettingsPage", "{count} holidays in {year}")
                                 .format(count=len(rows), year=self.year.value()))
        in_lieu = sorted(d for d in self.ctx.enterprise.work_calendar().days_in_lieu
                         if d.year == self.year.value())
        self.lieu_label.setText(translate(
            "SettingsPage", "Days off in lieu (Labour Code 2019 Art 111.3): {days}").format(
            days=", ".join(f"{d:%d/%m/%Y}" for d in in_lieu)
            or translate("SettingsPage", "none this year")))

    def refresh(self) -> None:
        self.reload()

    def add_holiday(self) -> HolidayDialog:
        """Opens the dialog without blocking; it closes itself once the service added the day."""
        today = date.today()
        initial = today if today.year == self.year.value() else date(self.year.value(), 1, 1)

        def submit(day: date, name: str) -> None:
            self.ctx.enterprise.add_holiday(day, name)
            if day.year != self.year.value():
                self.year.setValue(day.year)  # shows the year of the new day (and reloads)
            else:
                self.reload()

        dialog = HolidayDialog(submit, initial, self)
        dialog.finished.connect(dialog.deleteLater)
        self.holiday_dialog = dialog
        dialog.open()
        return dialog

    def selected(self) -> HolidayInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def remove_selected(self) -> None:
        holiday = self.selected()
        if holiday is None:
            QMessageBox.information(
                self, translate("SettingsPage", "Remove holiday"),
                translate("SettingsPage", "Select a holiday in the list first."))
            return
        answer = QMessageBox.question(
            self, translate("SettingsPage", "Remove holiday"),
            translate("SettingsPage", "Remove {day} ({name}) from the holidays? Deadlines will "
                      "no longer treat it as a holiday.").format(
                day=holiday.day.strftime("%d/%m/%Y"), name=holiday.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.enterprise.remove_holiday(holiday.id)
        except DcsError as error:
            show_error(self, error)
        self.reload()
