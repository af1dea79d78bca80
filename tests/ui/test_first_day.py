"""Issue 2's whole story through the real windows: an HR officer's first day.

She walks the first-run wizard on an empty file, builds a department, imports HR's roster
(first with bad rows: she sees every error and nothing changes; then fixed), finds a worker by
typing the name without diacritics, creates the union chair's account, and finds all of it in
the audit trail.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWizard

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.wizard import FirstRunWizard

HEADER = ["Mã NV", "Họ và tên", "Giới tính", "Ngày sinh", "Phòng ban", "Chức vụ",
          "Đoàn viên công đoàn"]
GOOD_ROWS = [
    ["NV001", "Nguyễn Văn An", "Nam", "12/03/1990", "Phân xưởng May", "Công nhân may", "Có"],
    ["NV002", "Trần Thị Bích Ngọc", "Nữ", "01/02/1995", "Phân xưởng May", "Tổ trưởng", "Có"],
    ["NV003", "Đỗ Minh Đức", "Nam", "30/11/1988", "Phân xưởng May", "Công nhân may", "Không"],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # Excel's "CSV UTF-8"
        csv.writer(handle).writerows([HEADER, *rows])
    return path


@pytest.fixture
def fresh_db(tmp_path, monkeypatch):
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = open_file(tmp_path / "new.sqlite")
    yield db
    db.close()


def test_first_day_of_an_hr_officer(qtbot, type_text, fresh_db, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"warning: {args}"))

    # 1. The first-run wizard creates the enterprise and the administrator (her).
    wizard = FirstRunWizard(fresh_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    type_text(wizard.findChild(QLineEdit, "enterpriseName"), "Công ty TNHH May mặc Bình An")
    type_text(wizard.findChild(QLineEdit, "province"), "Bình Dương")
    wizard.next()  # the democracy regulation: the defaults, with their sources
    wizard.next()
    for name, text in (("adminUsername", "hanh"), ("adminFullName", "Lê Thị Hạnh"),
                       ("adminPassword", "mat-khau-2027"), ("adminConfirm", "mat-khau-2027")):
        type_text(wizard.findChild(QLineEdit, name), text)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.actor is not None and wizard.actor.role == Role.ADMIN
    # The administrator is also the HR officer here, as in many small enterprises.
    ctx = UiContext(fresh_db, wizard.actor, app_paths())
    window = MainWindow(ctx, "Công ty TNHH May mặc Bình An")
    qtbot.addWidget(window)
    window.show()

    # 2. She builds the department tree.
    people = window.show_area("people")
    tree = people.tree
    tree.add()
    dialog = tree.findChild(QLineEdit, "departmentCode").window()
    dialog.code.setText("PXM")
    dialog.name.insert("Phân xưởng May")
    dialog._save()
    assert [d.name for d in tree.departments.values()] == ["Phân xưởng May"]

    # 3. She imports HR's file: two bad rows, so nothing is imported and both are listed.
    bad = [*GOOD_ROWS[:2],
           ["NV003", "Đỗ Minh Đức", "Nam", "31/02/1988", "Phân xưởng May", "", "Có"],
           ["NV002", "Phạm Thị Lan", "Nữ", "", "Phòng Kỹ thuật", "", "Có"]]
    importer = people.open_import()
    importer.path.setText(str(write_csv(tmp_path / "roster.csv", bad)))
    import_and_wait(qtbot, importer)
    problems = {(e.row, e.column) for e in importer.error_model.errors}
    assert problems == {(4, "date_of_birth"), (5, "code"), (5, "department")}
    assert ctx.employees.count(RosterQuery(include_left=True)) == 0  # nothing changed
    assert "nothing was imported" in importer.status.text()

    # 4. She fixes the file and imports it again.
    importer.path.setText(str(write_csv(tmp_path / "roster-fixed.csv", GOOD_ROWS)))
    import_and_wait(qtbot, importer)
    assert importer.error_model.errors == []
    assert "3 new" in importer.status.text()
    importer.close()
    assert people.model.rowCount() == 3

    # 5. She types a name without diacritics and finds the worker.
    qtbot.keyClicks(people.filter, "do minh duc")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    assert people.model.item(0).full_name == "Đỗ Minh Đức"

    # 6. She creates the union chair's account; he can sign in as a union officer.
    accounts = window.show_area("accounts")
    created = accounts.ctx.accounts.create("chutich", "Võ Văn Tâm", Role.UNION_OFFICER,
                                           "cong-doan-2027")
    assert sign_in(fresh_db, "chutich", "cong-doan-2027").role == Role.UNION_OFFICER

    # 7. Every change is in the audit trail, newest first.
    audit = window.show_area("audit")
    actions = [audit.model.item(row).action for row in range(audit.model.rowCount())]
    assert actions[:3] == ["create_account", "import_employees", "create_department"]
    assert {"create_enterprise", "seed_holidays"} <= set(actions)
    assert created.username == "chutich"


def import_and_wait(qtbot, dialog) -> None:
    """Clicks Import and waits for the background task to end, either way."""
    dialog.import_button.click()
    assert dialog.is_running()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)


def test_the_administrator_backs_up_from_the_window(qtbot, make_ctx, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    ctx = make_ctx(Role.ADMIN)
    window = MainWindow(ctx, "Công ty TNHH Giày da Phú Lợi")
    qtbot.addWidget(window)
    target = tmp_path / "copy.sqlite"
    window.back_up_to(target)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert str(target) in told[0]
    copy = open_file(target)  # a whole database, openable as it is
    try:
        assert sign_in(copy, "nhansu", "demo-nhansu").role == Role.HR_OFFICER
    finally:
        copy.close()
    def file_menu_texts(window) -> list[str]:
        return [a.text() for a in window.menuBar().actions()[0].menu().actions()]

    assert "&Back up the database…" in file_menu_texts(window)
    hr_window = MainWindow(make_ctx(Role.HR_OFFICER), "Công ty TNHH Giày da Phú Lợi")
    qtbot.addWidget(hr_window)
    assert "&Back up the database…" not in file_menu_texts(hr_window)  # administrator only
