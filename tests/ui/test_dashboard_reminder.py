"""Signing in with something overdue brings up a reminder over the main window (not blocking
the program), counted per workflow, with a button that lists the overdue lines; nothing
overdue, no reminder."""

from __future__ import annotations

from collections import Counter

from dashboard_data import add_records
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.paths import app_paths
from dcs_enterprise.ui.launcher import Launcher
from dcs_enterprise.ui.pages.dashboard_deadlines import area_name


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_signing_in_with_overdue_deadlines_shows_a_reminder(qtbot, ui_db, make_ctx):
    today = QDate.currentDate().toPython()
    add_records(ui_db, today)
    actor = make_ctx(Role.UNION_OFFICER).actor
    launcher = Launcher(ui_db, app_paths())
    window = launcher.open_window(actor)  # returns: the reminder does not block
    qtbot.addWidget(window)
    box = window._reminder
    assert box is not None and box.isVisible() and box in _boxes()
    assert box.parent() is window
    assert box.windowModality() != Qt.WindowModality.ApplicationModal
    overdue = [i for i in window.ctx.deadlines.due(today, 30) if i.due < today]
    per_area = Counter(area_name(i.area) for i in overdue)
    assert str(len(overdue)) in box.text()
    for name, count in per_area.items():
        assert f"{name}: {count}" in box.informativeText()
    assert per_area[area_name("petition")] >= 3 and per_area[area_name("supervision")] >= 2
    [show] = [b for b in box.buttons()
              if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    show.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    page = window.page("dashboard")
    assert window.stack.currentWidget() is page
    assert page.model.rows == overdue


def test_nothing_overdue_no_reminder(qtbot, initialized, tmp_path, monkeypatch):
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db, admin = initialized
    window = Launcher(db, app_paths()).open_window(admin)
    qtbot.addWidget(window)
    assert window.remind_overdue() is None
    assert window._reminder is None and not _boxes()
    assert window.page("dashboard").summary.text()
