"""The dashboard lists every running legal clock with its rule, overdue ones in red, and opens
the workflow of a line on double-click."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from dcs_enterprise.domain.bargaining_rules import Requester, Topic, arrangement_due
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.bargaining_models import RequestInput
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.dashboard_page import DashboardPage


def _cells(page: DashboardPage) -> list[list[str]]:
    model = page.table.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_first_page_lists_what_the_services_say_is_due(qtbot, make_ctx):
    ctx = make_ctx(Role.HR_OFFICER)
    window = MainWindow(ctx, "Phú Lợi")
    qtbot.addWidget(window)
    page = window.page("dashboard")
    assert window.stack.currentWidget() is page
    today = QDate.currentDate().toPython()
    expected = ctx.deadlines.due(today, 30)
    assert len(_cells(page)) == len(expected)
    for row, item in zip(_cells(page), expected, strict=True):
        assert row[0].startswith(item.due.strftime("%d/%m/%Y"))
        assert row[3] == item.record


def test_a_bargaining_request_shows_its_clock_and_opens_the_workflow(qtbot, make_ctx):
    union = make_ctx(Role.UNION_OFFICER)
    today = QDate.currentDate().toPython()
    requested_on = today - timedelta(days=20)  # the 7-working-day clock has run out
    union.bargaining.request(RequestInput(
        Requester.UNION, "Công đoàn cơ sở", requested_on, (Topic.WAGES,),
        title="Thỏa ước thử nghiệm"))
    window = MainWindow(union, "Phú Lợi")
    qtbot.addWidget(window)
    page = window.page("dashboard")
    calendar = union.enterprise.work_calendar()
    due = arrangement_due(requested_on, calendar).due
    [row] = [r for r in _cells(page) if r[3] == "Thỏa ước thử nghiệm" and r[4].startswith("B1")
             and r[0].startswith(due.strftime("%d/%m/%Y"))]
    assert "Labour Code 2019 Art 70.1" in row[4] or "Bộ luật Lao động" in row[4]
    index = page.table.model().index(_cells(page).index(row), 0)
    assert page.table.model().data(index, Qt.ItemDataRole.ForegroundRole) is not None  # red
    page.table.doubleClicked.emit(index)
    assert window.stack.currentWidget() is window.page("bargaining")


def test_nothing_due_shows_the_first_steps(qtbot, initialized, tmp_path, monkeypatch):
    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.ui.context import UiContext

    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db, admin = initialized
    page = DashboardPage(UiContext(db, admin, app_paths()), "Bắt đầu")
    qtbot.addWidget(page)
    page.refresh()
    if date.today().month < 10:  # from October the yearly dialogue (D1) is listed
        assert page.table.isHidden() and not page.hint.isHidden()
    else:
        assert [r[4][:2] for r in _cells(page)] == ["D1"]
