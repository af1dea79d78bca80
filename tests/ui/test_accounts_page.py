"""The accounts page: the administrator creates, edits and re-passwords accounts; nobody else."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from qt_input import commit_text as type_text

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import AuthenticationError, PermissionDenied
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.ui.dialogs.account_dialog import ACCOUNT_ROLES, Mode
from dcs_enterprise.ui.pages.accounts_page import AccountsPage

SHOTS = Path("/tmp/ui_shots")


@pytest.fixture
def open_page(show_page):
    return lambda role: show_page(AccountsPage, role)


def _rows(page: AccountsPage) -> list[tuple[str, ...]]:
    model = page.table.model()
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def _row_of(page: AccountsPage, username: str) -> int:
    return next(i for i, row in enumerate(_rows(page)) if row[0] == username)


def test_admin_sees_every_account(open_page):
    page = open_page(Role.ADMIN)
    assert _rows(page) == [
        ("admin", "Quản trị hệ thống", "Administrator", "Yes"),
        ("congdoan", "Lê Văn Thắng", "Union officer", "Yes"),
        ("nhansu", "Trần Thị Thu Hà", "HR officer", "Yes"),
    ]


def test_admin_creates_the_union_chairs_account(qtbot, open_page, boxes, ui_db):
    page = open_page(Role.ADMIN)
    qtbot.mouseClick(page.findChild(QPushButton, "newAccountButton"), Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.mode == Mode.CREATE
    assert [dialog.role.itemData(i) for i in range(dialog.role.count())] == [
        r.value for r in ACCOUNT_ROLES]  # no employee view: it needs no account
    qtbot.keyClicks(dialog.username, "chutichcd")
    type_text(dialog.full_name, "Phạm Thị Hồng")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.UNION_OFFICER.value))
    qtbot.keyClicks(dialog.password, "hoi-nghi-2027")
    qtbot.keyClicks(dialog.confirm, "hoi-nghi-2028")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert [kind for kind, _ in boxes] == ["warning"]
    assert "do not match" in boxes[0][1]
    assert dialog.isVisible() and dialog.full_name.text() == "Phạm Thị Hồng"
    assert "chutichcd" not in [a.username for a in page.ctx.accounts.list()]
    with pytest.raises(AuthenticationError):
        sign_in(ui_db, "chutichcd", "hoi-nghi-2027")

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "hoi-nghi-2027")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert len(boxes) == 1
    assert not dialog.isVisible()
    assert ("chutichcd", "Phạm Thị Hồng", "Union officer", "Yes") in _rows(page)
    assert page.selected().username == "chutichcd"
    actor = sign_in(ui_db, "chutichcd", "hoi-nghi-2027")
    assert actor.role == Role.UNION_OFFICER and actor.full_name == "Phạm Thị Hồng"
    events = page.ctx.audit.page(AuditFilter(action="create_account"), 0, 10)
    assert events[0].actor == "admin" and "chutichcd" in events[0].after


def test_a_short_password_is_refused_and_the_dialog_stays(qtbot, open_page, boxes):
    page = open_page(Role.ADMIN)
    dialog = page.new_account()
    qtbot.keyClicks(dialog.username, "ngan")
    qtbot.keyClicks(dialog.password, "abc")
    qtbot.keyClicks(dialog.confirm, "abc")
    dialog.accept()
    assert [kind for kind, _ in boxes] == ["warning"]
    assert dialog.isVisible() and dialog.username.text() == "ngan"
    assert len(_rows(page)) == 3


def test_admin_edits_an_account_and_sets_a_password(qtbot, open_page, boxes, ui_db):
    page = open_page(Role.ADMIN)
    page.table.selectRow(_row_of(page, "nhansu"))
    qtbot.mouseClick(page.findChild(QPushButton, "editAccountButton"), Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.mode == Mode.EDIT and dialog.username.isReadOnly()
    assert dialog.full_name.text() == "Trần Thị Thu Hà"
    dialog.active.setChecked(False)
    dialog.accept()
    assert boxes == []
    assert ("nhansu", "Trần Thị Thu Hà", "HR officer", "No") in _rows(page)
    with pytest.raises(AuthenticationError):
        sign_in(ui_db, "nhansu", "demo-nhansu")

    page.table.selectRow(_row_of(page, "congdoan"))
    qtbot.mouseClick(page.findChild(QPushButton, "setPasswordButton"),
                     Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.mode == Mode.PASSWORD
    qtbot.keyClicks(dialog.password, "mat-khau-moi-1")
    qtbot.keyClicks(dialog.confirm, "mat-khau-moi-1")
    dialog.accept()
    assert boxes == []
    assert sign_in(ui_db, "congdoan", "mat-khau-moi-1").role == Role.UNION_OFFICER
    assert "congdoan" in page.status.text()


def test_the_last_administrator_cannot_be_demoted(open_page, boxes):
    page = open_page(Role.ADMIN)
    page.table.selectRow(_row_of(page, "admin"))
    dialog = page.edit_account()
    dialog.role.setCurrentIndex(dialog.role.findData(Role.HR_OFFICER.value))
    dialog.accept()
    assert [kind for kind, _ in boxes] == ["warning"]
    assert dialog.isVisible()
    assert ("admin", "Quản trị hệ thống", "Administrator", "Yes") in _rows(page)


def test_edit_without_a_selection_only_explains(open_page, boxes):
    page = open_page(Role.ADMIN)
    assert page.edit_account() is None
    assert page.set_password() is None
    assert [kind for kind, _ in boxes] == ["information", "information"]


def test_hr_gets_no_account_functions(open_page, make_ctx):
    page = open_page(Role.HR_OFFICER)
    for name in ("newAccountButton", "editAccountButton", "setPasswordButton"):
        assert page.findChild(QPushButton, name).isHidden()
    assert page.table.isHidden() and page.model.rowCount() == 0
    assert page.findChild(QLabel, "accountsRefused").isVisible()
    with pytest.raises(PermissionDenied):  # the service refuses what the page hides
        page.ctx.accounts.list()
    with pytest.raises(PermissionDenied):
        page.ctx.accounts.create("x", "X", Role.HR_OFFICER, "long-enough-1")

    from dcs_enterprise.ui.main_window import MainWindow

    assert "accounts" not in MainWindow(make_ctx(Role.HR_OFFICER), "x").area_keys()
    assert "accounts" in MainWindow(make_ctx(Role.ADMIN), "x").area_keys()


def test_screenshot(qtbot, open_page):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = open_page(Role.ADMIN)
    page.table.selectRow(0)
    qtbot.waitExposed(page)
    assert page.grab().save(str(SHOTS / "accounts.png"))
    dialog = page.new_account()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(SHOTS / "accounts_new_dialog.png"))
