"""The sign-in dialog: officers with a password, employees on the shared PC without one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.ui.login_dialog import LoginDialog

NAME = "Công ty TNHH Giày da Phú Lợi"


@pytest.fixture
def dialog(qtbot, ui_db, monkeypatch):
    boxes: list = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *args, **kwargs: boxes.append(args)))
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda *args, **kwargs: boxes.append(args)))
    widget = LoginDialog(ui_db, NAME)
    widget.boxes = boxes
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _sign_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    user = dialog.findChild(QLineEdit, "username")
    user.clear()
    qtbot.keyClicks(user, username)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "password"), password)
    qtbot.mouseClick(dialog.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)


def test_the_enterprise_name_heads_the_dialog(dialog):
    assert dialog.findChild(QLabel, "enterpriseName").text() == NAME
    assert dialog.findChild(QPushButton, "signInButton").text() == "Sign in"
    assert "no password" in dialog.findChild(QPushButton, "employeeViewButton").text()


def test_wrong_password_shows_the_message_and_nothing_else(qtbot, dialog):
    _sign_in(qtbot, dialog, "nhansu", "not-the-password")
    message = dialog.findChild(QLabel, "loginMessage")
    password = dialog.findChild(QLineEdit, "password")
    assert message.isVisible()
    assert message.text() == "Wrong user name or password."
    assert password.text() == ""
    assert password.hasFocus()
    assert dialog.findChild(QLineEdit, "username").text() == "nhansu"
    assert dialog.actor is None
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.boxes == []


def test_right_password_gives_the_actor_with_its_role(qtbot, dialog):
    _sign_in(qtbot, dialog, "nhansu", "wrong-once")
    _sign_in(qtbot, dialog, "nhansu", "demo-nhansu")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.actor.username == "nhansu"
    assert dialog.actor.role == Role.HR_OFFICER


def test_user_name_is_case_insensitive(qtbot, dialog):
    _sign_in(qtbot, dialog, "CongDoan", "demo-congdoan")
    assert dialog.actor is not None and dialog.actor.role == Role.UNION_OFFICER


def test_empty_user_name_asks_for_it(qtbot, dialog):
    qtbot.mouseClick(dialog.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "loginMessage").isVisible()
    assert dialog.findChild(QLineEdit, "username").hasFocus()
    assert dialog.actor is None


def test_employee_view_needs_no_password(qtbot, dialog):
    qtbot.mouseClick(dialog.findChild(QPushButton, "employeeViewButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == EMPLOYEE_VIEW
