"""The dashboard's list of running legal clocks: overdue lines in red, those due within the
week in bold, each with the rule and article that set its date; and the workflow page a line
opens."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...services.deadlines import DueItem
from ..list_model import ListTableModel
from .conference_text import dmy

translate = QCoreApplication.translate
WEEK_DAYS = 7  # "this week": due today or in the six days after
OVERDUE_COLOR = QColor("#b00020")
SOON_COLOR = QColor("#8a4b00")

# The area a deadline line opens: keys of the sidebar (main_window.area_keys()).
_OPENS = {"agreement": "bargaining", "petition": "supervision"}


def area_name(area: str) -> str:
    return {
        "conference": translate("Dashboard", "Workers' conference"),
        "dialogue": translate("Dashboard", "Dialogue"),
        "bargaining": translate("Dashboard", "Bargaining"),
        "agreement": translate("Dashboard", "Agreement"),
        "petition": translate("Dashboard", "Petitions"),
        "supervision": translate("Dashboard", "Supervision"),
        "publication": translate("Dashboard", "Publication"),
    }[area]


def area_to_open(area: str) -> str:
    """The sidebar area that holds a deadline of ``area``."""
    return _OPENS.get(area, area)


def this_week(item: DueItem, today: date) -> bool:
    return today <= item.due < today + timedelta(days=WEEK_DAYS)


class DeadlineModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = QDate.currentDate().toPython()
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [translate("Dashboard", "Due"), translate("Dashboard", "Workflow"),
                translate("Dashboard", "What"), translate("Dashboard", "Record"),
                translate("Dashboard", "Rule")]

    def display(self, row: DueItem, column: int) -> object:
        if column == 0:
            if row.overdue(self.today):
                return translate("Dashboard", "{day} (overdue)").format(day=dmy(row.due))
            if this_week(row, self.today):
                return translate("Dashboard", "{day} (this week)").format(day=dmy(row.due))
            return dmy(row.due)
        if column == 4:
            article = translate("Rules", row.article) if row.article else ""
            return " · ".join(part for part in (row.rule_id, article) if part)
        return (None, area_name(row.area), translate(row.context, row.what),
                row.record)[column]

    def foreground(self, row: DueItem) -> object:
        if row.overdue(self.today):
            return OVERDUE_COLOR
        return SOON_COLOR if this_week(row, self.today) else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.rows[index.row()]
            return self._bold if row.due < self.today + timedelta(days=WEEK_DAYS) else None
        return super().data(index, role)
