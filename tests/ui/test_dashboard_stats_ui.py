"""The dashboard's count tiles and charts hold exactly what DashboardStatsService returns, and
those numbers match plain SQL on the database; the deadline lines of petitions, supervision
items and the publication register open their pages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from dashboard_data import CANTEEN, HR, WORKSHOP, add_records, counted
from PySide6.QtCore import QDate, QLocale

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.supervision import Status
from dcs_enterprise.services.dashboard_stats import DashboardStatsService
from dcs_enterprise.services.deadlines import DueItem
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.dashboard_charts import addressee_label
from dcs_enterprise.ui.pages.dashboard_counts import OVERDUE


@pytest.fixture
def today():
    return QDate.currentDate().toPython()


@pytest.fixture
def dashboard(qtbot, ui_db, make_ctx, today):
    """The union officer's main window on the demo with the test petitions and items."""
    add_records(ui_db, today)
    ctx = make_ctx(Role.UNION_OFFICER)
    window = MainWindow(ctx, "Phú Lợi")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window, window.page("dashboard"), ctx


def test_the_services_numbers_match_plain_sql(dashboard, ui_db, today):
    _window, _page, ctx = dashboard
    stats = DashboardStatsService(ui_db, ctx.actor).stats(today)
    sql = counted(ui_db.path, today)
    assert stats.petitions == sql["petitions"]
    assert stats.items == sql["items"]
    assert stats.overdue_petitions == sql["overdue_petitions"]
    assert stats.overdue_items == sql["overdue_items"]
    assert [(m.month, m.opened, m.resolved) for m in stats.months] == sql["months"]
    assert {c.addressee: c.overdue for c in stats.overdue_by_addressee} == sql["by_addressee"]
    counts = [c.overdue for c in stats.overdue_by_addressee]
    assert counts == sorted(counts, reverse=True)  # most overdue first
    # The test records are in there: three petitions and two items past due and unanswered.
    assert stats.overdue_petitions >= 3 and stats.overdue_items >= 2
    assert sql["by_addressee"][HR] >= 3 and sql["by_addressee"][WORKSHOP] >= 1
    assert CANTEEN not in sql["by_addressee"]  # its item was answered: not overdue


def test_tiles_and_charts_show_exactly_the_services_numbers(dashboard, ui_db, today):
    _window, page, ctx = dashboard
    stats = DashboardStatsService(ui_db, ctx.actor).stats(today)
    assert page.overview.isVisible()
    for kind, by_status, overdue in (("petitions", stats.petitions, stats.overdue_petitions),
                                     ("items", stats.items, stats.overdue_items)):
        for status in Status:
            assert page.counts.values[(kind, status)] == by_status[status]
            assert page.counts.tiles[(kind, status)].text() == QLocale().toString(
                by_status[status])
        assert page.counts.values[(kind, OVERDUE)] == overdue
        assert "#b00020" in page.counts.tiles[(kind, OVERDUE)].styleSheet()  # red
    months = page.months
    assert months.categories == [m.month.strftime("%m/%Y") for m in stats.months]
    assert len(months.categories) == 12
    assert months.categories[-1] == today.strftime("%m/%Y")
    assert [months.opened.at(i) for i in range(12)] == [m.opened for m in stats.months]
    assert [months.resolved.at(i) for i in range(12)] == [m.resolved for m in stats.months]
    assert page.addressees.currentWidget() is page.addressees.view
    assert page.addressees.bars == [(addressee_label(c.addressee), c.overdue)
                                    for c in stats.overdue_by_addressee]
    [series] = page.addressees.view.chart().series()
    [bar_set] = series.barSets()
    bars = [bar_set.at(i) for i in range(bar_set.count())]
    assert bars[::-1] == [c.overdue for c in stats.overdue_by_addressee]  # top bar first
    sql = counted(ui_db.path, today)
    # The petitions never routed have their own bar.
    assert (addressee_label(""), sql["by_addressee"][""]) in page.addressees.bars


def test_overdue_and_this_week_are_set_apart(qtbot, dashboard, today):
    _window, page, ctx = dashboard
    # The lines on screen follow their wrapped text.
    qtbot.waitUntil(lambda: page.table.rowHeight(0) == page.table.sizeHintForRow(0))
    everything = ctx.deadlines.due(today, 30)
    overdue = [i for i in everything if i.due < today]
    week = [i for i in everything if today <= i.due < today + timedelta(days=7)]
    assert page.filters.button(0).text().endswith(f"({len(everything)})")
    assert page.model.rows == everything
    page.filters.button(1).click()
    assert page.model.rows == overdue and overdue
    assert all("(" in page.model.data(page.model.index(r, 0)) for r in range(len(overdue)))
    page.filters.button(2).click()
    assert page.model.rows == week and week  # the petition due in three days
    assert page.filters.button(2).text().endswith(f"({len(week)})")
    assert f"{len(overdue)}" in page.summary.text()


@pytest.mark.parametrize(("area", "opens"), [("petition", "supervision"),
                                             ("supervision", "supervision")])
def test_a_petition_or_item_line_opens_supervision(dashboard, area, opens):
    window, page, _ctx = dashboard
    rows = [r for r in page.model.rows if r.area == area]
    assert rows, f"no {area} deadline listed"
    page.table.doubleClicked.emit(page.model.index(page.model.rows.index(rows[0]), 1))
    assert window.stack.currentWidget() is window.page(opens)


def test_a_publication_line_opens_the_register(dashboard, today):
    window, page, _ctx = dashboard
    line = DueItem("publication", "Publish the decision", "Quy chế thưởng", 1,
                   today - timedelta(days=1), "P3", "Law 10/2022 Arts 65.2, 66")
    page.model.set_rows([line])
    assert page.model.data(page.model.index(0, 1)) in ("Publication", "Công khai")
    page.table.doubleClicked.emit(page.model.index(0, 2))
    assert window.stack.currentWidget() is window.page("publication")
