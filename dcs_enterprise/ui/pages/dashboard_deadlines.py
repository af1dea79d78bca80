"""The dashboard's list of running legal clocks: overdue lines in red, those due within the
week in bold, each with the rule and article that set its date; and the workflow page a line
opens."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

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


class VisibleRowFitter(QObject):
    """Sizes the rows on screen to their wrapped text, and the others as they scroll into
    view. The header's ResizeToContents sizes every row again each time a column settles:
    seventy lines cost a hundred milliseconds at start-up."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.fitted: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.verticalScrollBar().valueChanged.connect(self._timer.start)
        table.horizontalHeader().sectionResized.connect(self.refit)
        table.model().modelReset.connect(self.refit)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def refit(self, *_args) -> None:
        """Column widths or rows changed: the fitted heights are stale."""
        self.fitted.clear()
        self._timer.start()

    def fit(self) -> None:
        table, header = self.table, self.table.verticalHeader()
        height, rows = table.viewport().height(), table.model().rowCount()
        row = max(table.rowAt(0), 0)
        while row < rows and header.sectionViewportPosition(row) < height:
            if row not in self.fitted:
                table.resizeRowToContents(row)
                self.fitted.add(row)
            row += 1
