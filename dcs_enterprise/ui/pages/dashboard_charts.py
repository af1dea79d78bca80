"""The dashboard's two charts (Qt Charts): petitions and supervision items opened and resolved
in each of the last twelve months, and what is overdue by addressee on the employer side."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ...services.supervision_models import AddresseeCount, MonthCount

translate = QCoreApplication.translate
CHART_HEIGHT = 240
TOP_ADDRESSEES = 6  # the rest are summed in one bar
_LABEL_CHARS = 34
OPENED_COLOR = QColor("#2f6690")
RESOLVED_COLOR = QColor("#3a8d5d")
OVERDUE_COLOR = QColor("#b00020")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(10)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_HEIGHT)
    return view


def _value_axis(top: int) -> QValueAxis:
    """Counts: whole numbers, at least 0..4, ticks on integers."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    step = max(1, -(-top // 4))
    axis.setRange(0, step * 4)
    axis.setTickCount(5)
    return axis


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def month_label(month) -> str:
    return month.strftime("%m/%Y")


class MonthsChart(QChartView):
    """Opened and resolved per month, the last twelve months, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = _chart(translate("Dashboard", "Petitions and supervision items per month"))
        super().__init__(chart, parent)
        self.setObjectName("monthsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.categories: list[str] = []
        self.opened: QBarSet | None = None
        self.resolved: QBarSet | None = None

    def set_months(self, months: tuple[MonthCount, ...]) -> None:
        chart = self.chart()
        _reset(chart)
        self.opened = QBarSet(translate("Dashboard", "Opened"))
        self.opened.setColor(OPENED_COLOR)
        self.resolved = QBarSet(translate("Dashboard", "Resolved or rejected"))
        self.resolved.setColor(RESOLVED_COLOR)
        for month in months:
            self.opened.append(month.opened)
            self.resolved.append(month.resolved)
        series = QBarSeries()
        series.append(self.opened)
        series.append(self.resolved)
        chart.addSeries(series)
        self.categories = [month_label(m.month) for m in months]
        months_axis = QBarCategoryAxis()
        months_axis.append(self.categories)
        months_axis.setLabelsAngle(-90)  # twelve MM/yyyy labels fit any width upright
        small = QFont()
        small.setPointSize(8)
        months_axis.setLabelsFont(small)
        counts = _value_axis(max((max(m.opened, m.resolved) for m in months), default=0))
        chart.addAxis(months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months_axis)
        series.attachAxis(counts)


def addressee_label(addressee: str) -> str:
    if not addressee.strip():
        return translate("Dashboard", "Not yet routed")
    if len(addressee) > _LABEL_CHARS:
        return addressee[:_LABEL_CHARS - 1].rstrip() + "…"
    return addressee


def _unique(bars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A category axis needs distinct labels: two addressees cut to the same text differ."""
    seen: set[str] = set()
    unique = []
    for label, count in bars:
        text, number = label, 2
        while text in seen:
            text, number = f"{label} ({number})", number + 1
        seen.add(text)
        unique.append((text, count))
    return unique


class AddresseeChart(QStackedWidget):
    """Overdue petitions and items by addressee, most overdue at the top; a plain sentence
    when nothing is overdue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addresseeChart")
        self.view = _view(_chart(translate("Dashboard", "Overdue by addressee")))
        self.empty = QLabel(translate("Dashboard", "No petition or supervision item is "
                                                   "overdue."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #3a8d5d; font-weight: 600;")
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.bars: list[tuple[str, int]] = []  # (label, overdue), top bar first

    def set_counts(self, counts: tuple[AddresseeCount, ...]) -> None:
        shown = [(addressee_label(c.addressee), c.overdue) for c in counts[:TOP_ADDRESSEES]]
        rest = sum(c.overdue for c in counts[TOP_ADDRESSEES:])
        if rest:
            shown.append((translate("Dashboard", "{count} other addressees").format(
                count=len(counts) - TOP_ADDRESSEES), rest))
        shown = _unique(shown)
        self.bars = shown
        chart = self.view.chart()
        _reset(chart)
        self.setCurrentWidget(self.view if shown else self.empty)
        if not shown:
            return
        overdue = QBarSet(translate("Dashboard", "Overdue"))
        overdue.setColor(OVERDUE_COLOR)
        series = QHorizontalBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        ordered = list(reversed(shown))  # Qt draws the first category at the bottom
        for _label, count in ordered:
            overdue.append(count)
        series.append(overdue)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        names = QBarCategoryAxis()
        names.append([label for label, _count in ordered])
        top = max(count for _label, count in shown)
        counts = _value_axis(top + max(1, top // 5))  # room for the count after the bar
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(counts)
