"""The first page after sign-in: every legal clock still running across the workflows, the
overdue ones first in red, each with the rule and article that set its date (DOMAIN.md: the
program decides the deadlines). Double-clicking a line opens its workflow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.deadlines import DueItem
from ..errors import show_error
from ..list_model import ListTableModel
from .conference_text import dmy

translate = QCoreApplication.translate
HORIZON_DAYS = 30
_OVERDUE = QColor("#b00020")


def area_name(area: str) -> str:
    return {
        "conference": translate("Dashboard", "Workers' conference"),
        "dialogue": translate("Dashboard", "Dialogue"),
        "bargaining": translate("Dashboard", "Bargaining"),
        "agreement": translate("Dashboard", "Agreement"),
    }[area]


class DeadlineModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = QDate.currentDate().toPython()

    def headers(self) -> list[str]:
        return [translate("Dashboard", "Due"), translate("Dashboard", "Workflow"),
                translate("Dashboard", "What"), translate("Dashboard", "Record"),
                translate("Dashboard", "Rule")]

    def display(self, row: DueItem, column: int) -> object:
        if column == 0:
            if row.overdue(self.today):
                return translate("Dashboard", "{day} (overdue)").format(day=dmy(row.due))
            return dmy(row.due)
        if column == 4:
            article = translate("Rules", row.article) if row.article else ""
            return " · ".join(part for part in (row.rule_id, article) if part)
        return (None, area_name(row.area), translate(row.context, row.what),
                row.record)[column]

    def foreground(self, row: DueItem) -> object:
        return _OVERDUE if row.overdue(self.today) else None


class DashboardPage(QWidget):
    def __init__(self, ctx, getting_started: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(translate("Dashboard", "Dashboard"))
        heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("deadlineSummary")
        self.summary.setWordWrap(True)
        self.model = DeadlineModel(self)
        self.table = QTableView()
        self.table.setObjectName("deadlineTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, stretch, stretch, QHeaderView.ResizeMode.Fixed)):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(4, 240)  # the rule id and its article, wrapped
        # Rows follow their wrapped text as the columns settle (a short list: cheap).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open)
        self.hint = QLabel(getting_started)
        self.hint.setObjectName("gettingStarted")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #444444;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def refresh(self) -> None:
        today = QDate.currentDate().toPython()
        self.model.today = today
        try:
            items = self.ctx.deadlines.due(today, HORIZON_DAYS)
        except DcsError as error:
            show_error(self, error)
            items = []
        self.model.set_rows(items)
        overdue = sum(item.overdue(today) for item in items)
        if not items:
            self.summary.setText(translate(
                "Dashboard", "Nothing is overdue and nothing falls due in the next {days} "
                             "days.").format(days=HORIZON_DAYS))
        else:
            self.summary.setText(translate(
                "Dashboard", "{overdue} overdue; {soon} coming up: due in the next {days} days, "
                             "or an agreement in its renewal window. Each date comes from the "
                             "rule shown beside it.").format(
                overdue=overdue, soon=len(items) - overdue, days=HORIZON_DAYS))
        self.table.setVisible(bool(items))
        self.hint.setVisible(not items)

    def _open(self, index) -> None:
        item: DueItem = self.model.rows[index.row()]
        key = "bargaining" if item.area == "agreement" else item.area
        window = self.window()
        if hasattr(window, "show_area") and key in window.area_keys():
            window.show_area(key)
