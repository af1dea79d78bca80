"""The audit trail page: newest first, filters, before/after, and the chain check."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)
from seal_tampering import edit_outside

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.ui.pages.audit_page import AuditPage


@pytest.fixture
def boxes(monkeypatch) -> list:
    calls: list = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *args, _n=name, **kw: calls.append((_n, args))))
    return calls


def _hr_change(ctx) -> int:
    """An HR officer moves an employee to another position; returns the employee id."""
    row = ctx.employees.page(RosterQuery(), 0, 1)[0]
    data = EmployeeData(code=row.code, full_name=row.full_name, gender=row.gender,
                        department_id=row.department_id, date_of_birth=row.date_of_birth,
                        position="Tổ trưởng chuyền may", hire_date=row.hire_date,
                        contract_type=row.contract_type, union_member=row.union_member,
                        status=row.status)
    ctx.employees.update(row.id, data)
    return row.id


def _page(qtbot, ctx) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.refresh()
    return page


def _count(page: AuditPage) -> int:
    return int(page.findChild(QLabel, "countLabel").text().rsplit(" ", 1)[1].replace(",", ""))


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index > 0, value
    combo.setCurrentIndex(index)


def test_an_hr_change_is_listed_first_with_its_before_and_after(qtbot, make_ctx, boxes):
    hr = make_ctx(Role.HR_OFFICER)
    employee_id = _hr_change(hr)
    page = _page(qtbot, make_ctx(Role.ADMIN))
    table = page.findChild(QTableView, "auditTable")
    model = table.model()
    assert model.rowCount() == _count(page) > 3
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[2:] == ["nhansu", "HR officer", "Changed an employee (update_employee)",
                         "Employee", str(employee_id)]
    assert first[0] == model.rowCount()  # newest first: the highest number on top
    day, clock = first[1].split(" ")
    assert QDate.fromString(day, "dd/MM/yyyy").isValid() and len(clock) == 8

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(0, 4)).center())
    before = page.findChild(QPlainTextEdit, "beforeText").toPlainText()
    after = page.findChild(QPlainTextEdit, "afterText").toPlainText()
    assert '"position": "Tổ trưởng chuyền may"' in after  # pretty, not \u-escaped
    assert json.loads(after)["position"] == "Tổ trưởng chuyền may"
    assert json.loads(before)["position"] != "Tổ trưởng chuyền may"
    assert "\n  " in after  # indented
    assert "position" in page.findChild(QLabel, "changedFields").text()
    assert page.findChild(QPlainTextEdit, "afterText").isReadOnly()
    assert boxes == []


def test_filters_narrow_the_count(qtbot, make_ctx, boxes):
    _hr_change(make_ctx(Role.HR_OFFICER))
    page = _page(qtbot, make_ctx(Role.UNION_OFFICER))
    total = _count(page)
    actor = page.findChild(QComboBox, "actorFilter")
    assert actor.itemText(0) == "All"
    _choose(actor, "nhansu")
    hr_events = _count(page)  # the demo's conference work and the change above
    assert 1 <= hr_events < total
    assert "matching the filter" in page.findChild(QLabel, "countLabel").text()
    model = page.findChild(QTableView, "auditTable").model()
    assert model.rowCount() == hr_events
    assert {model.index(row, 2).data() for row in range(model.rowCount())} == {"nhansu"}

    _choose(actor, "admin")
    action = page.findChild(QComboBox, "actionFilter")
    assert action.itemText(action.findData("create_account")) == \
        "Created an account (create_account)"
    _choose(action, "create_account")
    assert _count(page) == 3  # the administrator's own, the HR and the union officers'
    entity = page.findChild(QComboBox, "entityFilter")
    _choose(entity, "holiday")
    assert _count(page) == 0

    page.findChild(QPushButton, "clearFilters").click()
    assert _count(page) == total
    # Dates: nothing before tomorrow's date is later than today's events.
    page.findChild(QCheckBox, "fromCheck").setChecked(True)
    page.findChild(QDateEdit, "fromDate").setDate(QDate.currentDate().addDays(1))
    assert _count(page) == 0
    page.findChild(QDateEdit, "fromDate").setDate(QDate.currentDate().addDays(-1))
    page.findChild(QCheckBox, "toCheck").setChecked(True)
    assert _count(page) == total
    page.findChild(QCheckBox, "fromCheck").setChecked(False)
    assert not page.findChild(QDateEdit, "fromDate").isEnabled()
    assert boxes == []


def test_refresh_keeps_the_filter_and_shows_new_events(qtbot, make_ctx):
    hr = make_ctx(Role.HR_OFFICER)
    page = _page(qtbot, make_ctx(Role.ADMIN))
    _choose(page.findChild(QComboBox, "actionFilter"), "create_account")
    assert _count(page) == 3
    hr.enterprise.update_profile(replace(hr.enterprise.get().profile, tax_code="0101"))
    page.refresh()
    assert page.findChild(QComboBox, "actionFilter").currentData() == "create_account"
    page.findChild(QPushButton, "clearFilters").click()
    assert page.findChild(QComboBox, "actionFilter").findData("update_profile") > 0
    first = page.findChild(QTableView, "auditTable").model().index(0, 4).data()
    assert first == "Changed the enterprise profile (update_profile)"


def _verify(qtbot, page: AuditPage) -> QLabel:
    qtbot.mouseClick(page.findChild(QPushButton, "verifyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_verifying(), timeout=10000)
    return page.findChild(QLabel, "verifyResult")


def _sealed_rows(path) -> int:
    """Rows of every table but the seals, Alembic's stamp and the search index (the audit
    trail's included), counted on the file itself."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'") if name not in
            ("record_seal", "record_seal_layout", "alembic_version") and not name.startswith(
                ("sqlite_", "published_fts"))]
        return sum(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                   for name in tables)
    finally:
        connection.close()


def test_verify_says_intact_then_finds_a_tampered_row(qtbot, make_ctx, ui_db, boxes):
    _hr_change(make_ctx(Role.HR_OFFICER))
    page = _page(qtbot, make_ctx(Role.ADMIN))
    total = _count(page)
    result = _verify(qtbot, page)
    assert result.isVisible()
    assert result.text().splitlines() == [
        f"{total} events checked, the chain is intact.",
        f"{_sealed_rows(ui_db.path):,} records checked, each matches its seal."]

    # Someone edits the file behind the program's back: sqlite3 alone is refused, so they
    # drop the audit trail's seal triggers first.
    with pytest.raises(sqlite3.OperationalError, match="no such function: dcs_seal"):
        edit_outside(ui_db.path, "UPDATE audit_event SET actor = 'ghost' WHERE seq = 2")
    edit_outside(ui_db.path, "UPDATE audit_event SET actor = 'ghost' WHERE seq = 2",
                 drop_triggers_of="audit_event")
    result = _verify(qtbot, page)
    assert "chain is broken" in result.text()
    assert "Event 2: its content was changed after it was written" in result.text()
    assert "Audit trail (audit_event), row 2: the row was changed outside the program" in (
        result.text())
    assert "b00020" in result.styleSheet()  # red
    assert "intact" not in result.text()
    assert boxes == []


def test_verify_names_records_changed_added_and_removed_outside_the_program(
        qtbot, make_ctx, ui_db, boxes):
    """Someone drops the seal triggers with sqlite3, then edits, adds and removes rows."""
    page = _page(qtbot, make_ctx(Role.ADMIN))
    connection = sqlite3.connect(ui_db.path)
    with connection:
        for trigger in ("seal_employee_update", "seal_holiday_insert", "seal_holiday_delete"):
            connection.execute(f"DROP TRIGGER {trigger}")
        employee_id, holiday_id = connection.execute(
            "SELECT (SELECT max(id) FROM employee), (SELECT min(id) FROM holiday)").fetchone()
        connection.execute("UPDATE employee SET full_name = 'Kẻ Mạo Danh' WHERE id = ?",
                           (employee_id,))
        connection.execute("DELETE FROM holiday WHERE id = ?", (holiday_id,))
        added = connection.execute("INSERT INTO holiday (day, name) VALUES ('2040-01-02', "
                                   "'Ngày nghỉ bịa ra')").lastrowid
    connection.close()
    lines = _verify(qtbot, page).text().splitlines()
    assert lines[0].endswith("events checked, the chain is intact.")  # the trail was not touched
    assert "Problems with their seals: 5;" in lines[1]
    assert lines[2:] == [
        "Employee (employee): the seal trigger is missing or altered",
        "Holiday (holiday): the seal trigger is missing or altered",
        f"Employee (employee), row {employee_id}: the row was changed outside the program",
        f"Holiday (holiday), row {holiday_id}: the row is missing (deleted outside the program)",
        f"Holiday (holiday), row {added}: the row has no seal (added outside the program)",
        "Restore the database from a backup made before the change. The audit trail shows who "
        "changed what through the program."]
    assert "b00020" in page.findChild(QLabel, "verifyResult").styleSheet()  # red
    assert boxes == []


def test_a_long_list_of_record_breaks_shows_the_first_ones_and_a_count(qapp):
    from dcs_enterprise.domain.seals import ROW_CHANGED, RecordBreak, RecordReport
    from dcs_enterprise.ui.pages.seal_report import MAX_SHOWN, record_report_text

    breaks = tuple(RecordBreak("petition", n, ROW_CHANGED) for n in range(1, 51))
    lines = record_report_text(RecordReport(900, breaks, 75)).splitlines()
    assert lines[1] == "Petition (petition), row 1: the row was changed outside the program"
    assert len([line for line in lines if line.startswith("Petition")]) == MAX_SHOWN
    assert lines[-2] == f"… and {75 - MAX_SHOWN} more."


def test_a_planted_trigger_is_named_under_the_button(qapp):
    from dcs_enterprise.domain.seals import FOREIGN_TRIGGER, RecordBreak, RecordReport
    from dcs_enterprise.ui.pages.seal_report import record_report_text

    report = RecordReport(9, (RecordBreak("department", None, FOREIGN_TRIGGER, "zz"),), 1)
    assert record_report_text(report).splitlines()[1] == (
        'Department (department): the trigger "zz" was not made by the program: it can change '
        'records unseen')


def test_every_recorded_action_has_a_label():
    """A service that records a new action must give it a label on the audit page."""
    import re
    from pathlib import Path

    import dcs_enterprise
    from dcs_enterprise.ui.pages.audit_model import action_labels, entity_labels

    source = "\n".join(p.read_text("utf-8") for p in
                       Path(dcs_enterprise.__file__).parent.joinpath("services").glob("*.py"))
    recorded = re.findall(r'audit_log\.record\(\s*\w+,\s*[\w.]+,\s*"(\w+)",\s*"(\w+)"', source)
    assert len(recorded) > 15
    assert {action for action, _ in recorded} <= set(action_labels())
    assert {entity for _, entity in recorded} <= set(entity_labels())
