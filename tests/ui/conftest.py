"""UI fixtures: an offscreen Qt platform, a demo database per test, a context per role."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from dcs_enterprise.domain.enums import Role  # noqa: E402
from dcs_enterprise.paths import app_paths  # noqa: E402
from dcs_enterprise.services.accounts import sign_in  # noqa: E402
from dcs_enterprise.services.demo import create_demo  # noqa: E402
from dcs_enterprise.services.maintenance import open_file  # noqa: E402
from dcs_enterprise.services.session import EMPLOYEE_VIEW  # noqa: E402
from dcs_enterprise.ui.context import UiContext  # noqa: E402

DEMO_SIGN_IN = {
    Role.ADMIN: ("admin", "demo-admin"),
    Role.HR_OFFICER: ("nhansu", "demo-nhansu"),
    Role.UNION_OFFICER: ("congdoan", "demo-congdoan"),
}


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A demo enterprise (60 employees) in a fresh database file under tmp_path."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = open_file(tmp_path / "t.sqlite")
    try:
        create_demo(db, employees=60)
        yield db
    finally:
        db.close()


@pytest.fixture
def make_ctx(ui_db) -> Callable[[Role], UiContext]:
    """Returns a function role -> UiContext signed in with that role's demo account
    (Role.EMPLOYEE_VIEW gives the shared PC's password-less employee view)."""

    def make(role: Role) -> UiContext:
        if role == Role.EMPLOYEE_VIEW:
            return UiContext(ui_db, EMPLOYEE_VIEW, app_paths())
        username, password = DEMO_SIGN_IN[role]
        return UiContext(ui_db, sign_in(ui_db, username, password), app_paths())

    return make


@pytest.fixture
def type_text(qtbot) -> Callable[[QWidget, str], None]:
    """Types text into a widget key by key. QTest.keyClicks takes ASCII only (it aborts on
    "ồ"), so other characters arrive as key events carrying their text, as an input method
    sends them."""

    def type_into(widget: QWidget, text: str) -> None:
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    return type_into


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Records message boxes instead of showing them; questions are answered Yes."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            if kind == "question":
                return QMessageBox.StandardButton.Yes
            return QMessageBox.StandardButton.Ok
        return show

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def show_page(qtbot, make_ctx):
    """Returns a function (page class, role) -> the page, shown and loaded for that role."""

    def show(page_class, role: Role):
        page = page_class(make_ctx(role))
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        page.refresh()
        return page

    return show
