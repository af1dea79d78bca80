"""The shared PC's employee view: published records only, never the roster or drafts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.ui.employee_view import EmployeeViewWindow


def _window(qtbot, make_ctx) -> EmployeeViewWindow:
    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_nothing_published_yet_is_said_plainly(qtbot, make_ctx):
    window = _window(qtbot, make_ctx)
    assert window.findChild(QLabel, "enterpriseName").text() == "Công ty TNHH Giày da Phú Lợi"
    title = window.findChild(QLabel, "nothingPublished")
    details = window.findChild(QLabel, "nothingPublishedDetails")
    assert title.isVisible() and "Nothing has been published yet" in title.text()
    assert details.isVisible()
    for kind in ("resolutions of the workers' conference", "collective labour agreement",
                 "dialogue notices", "answers to petitions"):
        assert kind in details.text()
    assert window.findChild(QLineEdit, "searchBox") is not None


def test_the_window_shows_no_roster(qtbot, make_ctx):
    ctx = make_ctx(Role.EMPLOYEE_VIEW)
    window = EmployeeViewWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    # The demo roster exists (60 people), but none of it reaches this window.
    hr = make_ctx(Role.HR_OFFICER)
    names = [row.full_name for row in hr.employees.page(RosterQuery(), 0, 60)]
    assert len(names) > 50  # the active ones
    shown = " ".join(label.text() for label in window.findChildren(QLabel))
    assert not any(name in shown for name in names)
    for model in window.findChildren(QAbstractItemModel):
        assert model.rowCount() == 0
    tables = window.findChildren(QTableView)
    assert [t.objectName() for t in tables] == ["publishedTable"]
    assert not tables[0].isVisible()  # the empty message stands in its place
    assert "employees" not in vars(ctx)  # the roster service was never even built


def test_sign_in_as_officer_emits_and_closes(qtbot, make_ctx):
    window = _window(qtbot, make_ctx)
    with qtbot.waitSignal(window.sign_in_requested, timeout=1000):
        window.sign_in_action.trigger()
    assert not window.isVisible()
