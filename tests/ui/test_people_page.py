"""The people page as an HR officer uses it: filter as you type, add, import, export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.ui.pages.people_page import PeoplePage


def shown_names(page: PeoplePage) -> list[str]:
    return [page.model.item(row).full_name for row in range(page.model.rowCount())]


def test_filter_without_diacritics_finds_the_accented_name(qtbot, make_ctx):
    ctx = make_ctx(Role.HR_OFFICER)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    everyone = page.model.rowCount()
    assert everyone == ctx.employees.count(RosterQuery())
    target = page.model.item(0)
    from dcs_enterprise.domain.text import fold

    qtbot.keyClicks(page.filter, fold(target.full_name))
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone)
    assert target.full_name in shown_names(page)
    assert all(fold(target.full_name) in fold(name) for name in shown_names(page))
    assert page.count_label.text().startswith(str(page.model.rowCount()))


def test_department_choice_narrows_the_roster(qtbot, make_ctx):
    ctx = make_ctx(Role.HR_OFFICER)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    department = max(page.tree.departments.values(), key=lambda d: d.employee_count)
    page.tree.select(department.id)
    assert page.model.rowCount() == department.employee_count
    assert {page.model.item(r).department_name for r in range(page.model.rowCount())} == {
        department.name}


def test_add_employee_through_the_dialog(qtbot, make_ctx, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    ctx = make_ctx(Role.HR_OFFICER)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    before = page.model.rowCount()
    dialog = page._open_employee_dialog(None)
    dialog.findChild(QLineEdit, "employeeCode").setText("PL000001")  # already used
    # keyClicks only types ASCII (QTest asserts on other keys): Vietnamese goes in as input text.
    dialog.findChild(QLineEdit, "employeeName").insert("Đặng Thị Ngọc Ánh")
    dialog._save()
    assert warnings and "PL000001" in warnings[0]
    assert dialog.isVisible()  # kept open: nothing typed is lost
    assert dialog.full_name.text() == "Đặng Thị Ngọc Ánh"
    dialog.code.setText("NEW-1")
    dialog._save()
    assert not dialog.isVisible()
    assert page.model.rowCount() == before + 1
    page.filter.setText("dang thi ngoc anh")
    page.apply_filter()
    assert shown_names(page) == ["Đặng Thị Ngọc Ánh"]


def test_union_officer_sees_the_roster_but_cannot_change_it(qtbot, make_ctx):
    page = PeoplePage(make_ctx(Role.UNION_OFFICER))
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() > 0
    names = {b.objectName() for b in page.findChildren(QPushButton)}
    assert "exportEmployees" in names
    assert not names & {"addEmployees", "editEmployees", "importEmployees", "addDepartment"}


def test_export_writes_the_filtered_roster(qtbot, make_ctx, tmp_path: Path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    ctx = make_ctx(Role.HR_OFFICER)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.filter.setText("nguyen")
    page.apply_filter()
    expected = page.model.rowCount()
    target = tmp_path / "out.xlsx"
    page.export_to(target)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)  # the "export finished" message
    assert str(expected) in told[0]
    sheet = openpyxl.load_workbook(target, read_only=True).active
    assert sum(1 for _ in sheet.iter_rows(min_row=2)) == expected
