"""What the supervision page's tests share: a demo enterprise without its other records, the
page shown for a role, answered file dialogs, and reading the buttons and tables shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.ui.pages.supervision_page import SupervisionPage

NAME = "Phạm Thị Lan"


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    button.click()


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The demo enterprise without its conferences, dialogues and bargaining: the test makes
    its own records."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = open_file(tmp_path / "s.sqlite")
    create_demo(db, employees=60, conferences=False)
    yield db
    db.close()


@pytest.fixture
def page_for(qtbot, make_ctx):
    def show(role: Role) -> SupervisionPage:
        page = SupervisionPage(make_ctx(role))
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        page.refresh()
        return page

    return show


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Answers the file dialogs: `chosen` is what "Attach files…" picks, `save_to` where a
    file is saved; `opened` collects the URLs handed to the system."""

    class Files:
        chosen: list[str] = []
        save_to = tmp_path / "saved.pdf"
        opened: list[QUrl] = []

    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: (list(Files.chosen), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(Files.save_to), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: Files.opened.append(url) or True)
    return Files


def visible_buttons(tab) -> set[str]:
    return {b.objectName() for b in tab.findChildren(QPushButton)
            if b.isVisibleTo(tab) and b.objectName()}


def table_text(tab) -> str:
    model = tab.model
    return "\n".join(str(model.display(row, c)) for row in model.rows
                     for c in range(model.columnCount()))
