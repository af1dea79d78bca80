"""The first page after sign-in: what is overdue and what falls due this week across every
workflow, petitions and supervision items counted by status, two charts (opened and resolved
per month, overdue by addressee), and every legal clock still running, the overdue ones first
in red, each with the rule and article that set its date (DOMAIN.md: the program decides the
deadlines). Double-clicking a line opens its workflow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.deadlines import DueItem
from ..errors import show_error
from ..style import PAGE_TITLE_STYLE
from .dashboard_charts import AddresseeChart, MonthsChart
from .dashboard_counts import CountTiles
from .dashboard_deadlines import (
    DeadlineModel,
    area_name,
    area_to_open,
    this_week,
)
from .row_fitter import VisibleRowFitter

__all__ = ["DashboardPage", "area_name"]

translate = QCoreApplication.translate
HORIZON_DAYS = 30
FILTERS = ("all", "overdue", "week", "later")


class DashboardPage(QWidget):
    def __init__(self, ctx, getting_started: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats_service = ctx.dashboard_stats
        self.today = QDate.currentDate().toPython()
        self.items: list[DueItem] = []
        self.stats = None
        heading = QLabel(translate("Dashboard", "Dashboard"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet(PAGE_TITLE_STYLE)
        self.summary = QLabel()
        self.summary.setObjectName("deadlineSummary")
        self.summary.setWordWrap(True)
        self.overview = QWidget()
        self.counts = CountTiles()
        self.months = MonthsChart()
        self.addressees = AddresseeChart()
        charts = QHBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.months, 1)
        charts.addWidget(self.addressees, 1)
        overview = QVBoxLayout(self.overview)
        overview.setContentsMargins(0, 0, 0, 0)
        overview.addWidget(self.counts)
        overview.addLayout(charts)
        self.model = DeadlineModel(self)
        self.table = self._table()
        self.filter_bar = QWidget()
        self.filters = QButtonGroup(self)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for key in FILTERS:
            button = QPushButton()
            button.setObjectName(f"filter_{key}")
            button.setCheckable(True)
            button.setChecked(key == "all")
            self.filters.addButton(button, FILTERS.index(key))
            bar.addWidget(button)
        self.filters.idClicked.connect(lambda _id: self._show_rows())
        opens = QLabel(translate("Dashboard", "Double-click a line to open its workflow."))
        opens.setStyleSheet("color: #6b7280;")
        bar.addStretch(1)
        bar.addWidget(opens)
        self.hint = QLabel(getting_started)
        self.hint.setObjectName("gettingStarted")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #444444;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.overview)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("deadlineTable")
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, stretch, stretch, QHeaderView.ResizeMode.Fixed)):
            header.setSectionResizeMode(column, mode)
        table.setColumnWidth(4, 240)  # the rule id and its article, wrapped
        self.row_fitter = VisibleRowFitter(table)  # rows follow their wrapped text
        table.doubleClicked.connect(self._open)
        return table

    def refresh(self) -> None:
        self.today = today = QDate.currentDate().toPython()
        self.model.today = today
        try:
            self.items = self.ctx.deadlines.due(today, HORIZON_DAYS)
            self.stats = self.stats_service.stats(today)
        except DcsError as error:
            show_error(self, error)
            self.items, self.stats = [], None
        self._show_stats()
        self._show_rows()
        self._summarize()
        self.table.setVisible(bool(self.items))
        self.filter_bar.setVisible(bool(self.items))
        self.hint.setVisible(not self.items)

    def show_overdue(self) -> None:
        """Lists only what is overdue (the reminder's button)."""
        self.filters.button(FILTERS.index("overdue")).setChecked(True)
        self._show_rows()
        self.table.setFocus()

    def _show_stats(self) -> None:
        stats = self.stats
        recorded = stats is not None and (any(stats.petitions.values())
                                          or any(stats.items.values()))
        self.overview.setVisible(recorded)
        if recorded:
            self.counts.set_stats(stats)
            self.months.set_months(stats.months)
            self.addressees.set_counts(stats.overdue_by_addressee)

    def _groups(self) -> dict[str, list[DueItem]]:
        today = self.today
        overdue = [i for i in self.items if i.overdue(today)]
        week = [i for i in self.items if this_week(i, today)]
        later = [i for i in self.items if not i.overdue(today) and not this_week(i, today)]
        return {"all": self.items, "overdue": overdue, "week": week, "later": later}

    def _show_rows(self) -> None:
        groups = self._groups()
        names = {"all": translate("Dashboard", "Everything ({count})"),
                 "overdue": translate("Dashboard", "Overdue ({count})"),
                 "week": translate("Dashboard", "Due this week ({count})"),
                 "later": translate("Dashboard", "Later ({count})")}
        for index, key in enumerate(FILTERS):
            self.filters.button(index).setText(names[key].format(count=len(groups[key])))
        self.model.set_rows(groups[FILTERS[self.filters.checkedId()]])

    def _summarize(self) -> None:
        groups = self._groups()
        overdue = len(groups["overdue"])
        self.summary.setStyleSheet("color: #b00020;" if overdue else "")
        self.filters.button(FILTERS.index("overdue")).setStyleSheet(
            "color: #b00020; font-weight: 600;" if overdue else "")
        if not self.items:
            self.summary.setText(translate(
                "Dashboard", "Nothing is overdue and nothing falls due in the next {days} "
                             "days.").format(days=HORIZON_DAYS))
            return
        self.summary.setText(translate(
            "Dashboard", "{overdue} overdue; {week} due this week (within 7 days); {later} "
                         "later: due in the next {days} days, or an agreement in its renewal "
                         "window. Each date comes from the rule shown beside it.").format(
            overdue=overdue, week=len(groups["week"]), later=len(groups["later"]),
            days=HORIZON_DAYS))

    def _open(self, index) -> None:
        item: DueItem = self.model.rows[index.row()]
        key = area_to_open(item.area)
        window = self.window()
        if hasattr(window, "show_area") and key in window.area_keys():
            window.show_area(key)
