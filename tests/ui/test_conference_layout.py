"""The conference page inside the main window at 1280×800, in English and in Vietnamese (the
default language, whose words run longer): every tab and every section of the conference day
fits beside the sidebar and the conference list. No tab scrolls sideways, and no table's column
is narrower than its header or runs past the table's edge; the one exception is the summoned
list, whose seven columns scroll."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conference_steps import check_in, demo_db, held
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView

from dcs_enterprise.i18n import install_translator
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.conference_day_tab import DayTab
from dcs_enterprise.ui.pages.conference_delegates_tab import DelegatesTab

WINDOW = (1280, 800)


@pytest.fixture(params=["en", "vi"])
def language(request, qapp) -> Iterator[str]:
    """The catalogue installed before the window is built (its texts are set then)."""
    before = QLocale()
    installed = install_translator(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """150 workers: the demo's conferences are delegate conferences (rule C2), last year's
    held and followed up, next year's being planned."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    database = open_file(tmp_path / "l.sqlite")
    create_demo(database, employees=150)
    yield database
    database.close()


def conference_page(qtbot, db, username: str, password: str):
    window = MainWindow(UiContext(db, sign_in(db, username, password), app_paths()), "Công ty")
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    return window, window.show_area("conference")


def cut_columns(table: QTableView) -> list[str]:
    """The headers of the columns narrower than their header or past the table's edge."""
    header, model = table.horizontalHeader(), table.model()
    return [str(model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(model.columnCount()) if not table.isColumnHidden(column)
            and (header.sectionSize(column) < header.sectionSizeHint(column)
                 or header.sectionViewportPosition(column) + header.sectionSize(column)
                 > table.viewport().width())]


def assert_fits(qtbot, page, index: int) -> None:
    """The tab at `index` fits its place: as narrow as the space, its tables' columns whole."""
    page.tabs.setCurrentIndex(index)
    tab, holder = page.tab_pages[index], page.tabs.widget(index)
    scrolls = tab.summoned.table if isinstance(tab, DelegatesTab) else None

    def fits() -> None:
        assert tab.isVisible()
        assert tab.minimumSizeHint().width() <= holder.viewport().width(), type(tab).__name__
        assert not holder.horizontalScrollBar().isVisible(), type(tab).__name__
        for table in tab.findChildren(QTableView):
            if table.isVisible() and table is not scrolls:
                assert cut_columns(table) == [], table.objectName()

    qtbot.waitUntil(fits, timeout=2000)


def test_every_tab_fits_in_the_main_window(qtbot, db, language):
    _window, page = conference_page(qtbot, db, "nhansu", "demo-nhansu")
    bar = page.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() < bar.width()  # no scroll arrows
    assert page.list.width() <= 180  # the list leaves the room to the tabs
    for row in range(page.list.count()):  # next year's plan, last year's follow-up
        page.list.setCurrentRow(row)
        for index in range(page.tabs.count()):
            assert_fits(qtbot, page, index)
        day = next(t for t in page.tab_pages if isinstance(t, DayTab))
        for section in range(day.sections.count()):
            day.sections.setCurrentIndex(section)
            assert_fits(qtbot, page, page.tab_pages.index(day))


@pytest.fixture
def day_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A delegate conference on its day (120 workers), five delegates checked in."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    database = demo_db(tmp_path / "d.sqlite", 120)
    check_in(database, held(database), 5)
    yield database
    database.close()


def test_the_day_fits_while_it_is_run(qtbot, day_db, language):
    """On the day itself: the buttons enabled, the scan hint, a check-in's message."""
    _window, page = conference_page(qtbot, day_db, "congdoan", "demo-congdoan")
    day = next(t for t in page.tab_pages if isinstance(t, DayTab))
    page.tabs.setCurrentIndex(page.tab_pages.index(day))
    day.checkin.table.selectRow(7)
    day.checkin.check_in_selected()
    assert day.checkin.status.text() and day.open_button.isEnabled()
    for section in range(day.sections.count()):
        day.sections.setCurrentIndex(section)
        assert_fits(qtbot, page, page.tab_pages.index(day))
    assert day.open_button.isVisible() and day.finalize_button.isVisible()
