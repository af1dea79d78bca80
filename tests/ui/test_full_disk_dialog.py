"""A save on a full disk, as the HR officer meets it: the department dialog says the disk is
full, in Vietnamese, stays open with what was typed, and saves once space is free."""

from __future__ import annotations

import pytest
from full_disk import disk_full
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from qt_input import commit_text

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import DatabaseFull
from dcs_enterprise.i18n import error_text
from dcs_enterprise.paths import app_paths
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.dialogs.department_dialog import DepartmentDialog
from dcs_enterprise.ui.pages.people_page import PeoplePage


def department_name(n: int) -> str:
    return f"Tổ may số {n:04d} – Xưởng Hoàn thiện"


def test_the_department_dialog_keeps_what_was_typed_when_the_disk_is_full(
        qtbot, initialized, make_actor, boxes, vietnamese, tmp_path, monkeypatch):
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db, _admin = initialized  # a set-up enterprise, lighter than the demo
    ctx = UiContext(db, make_actor(Role.HR_OFFICER), app_paths())
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    with disk_full(ctx.db):
        # The disk fills up while departments are added; the one that no longer fits is
        # the one the officer now types (the failed unit left the file exactly as it was).
        for n in range(1000):
            try:
                ctx.departments.create(f"T{n:04d}", department_name(n))
            except DatabaseFull:
                break
        else:
            pytest.fail("the disk never filled up")
        before = ctx.departments.list()
        qtbot.mouseClick(page.findChild(QPushButton, "addDepartment"), Qt.MouseButton.LeftButton)
        dialog = page.findChild(DepartmentDialog)
        commit_text(dialog.code, f"T{n:04d}")
        commit_text(dialog.name, department_name(n))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

        message = error_text(DatabaseFull(path=str(ctx.db_path)))
        assert boxes == [("warning", message)]
        assert message != DatabaseFull(path=str(ctx.db_path)).english()  # said in Vietnamese
        assert "đầy" in message
        assert dialog.isVisible()
        assert (dialog.code.text(), dialog.name.text()) == (f"T{n:04d}", department_name(n))
        assert ctx.departments.list() == before

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # space was freed: the same save works
    assert not dialog.isVisible()
    assert len(boxes) == 1
    assert department_name(n) in {d.name for d in page.tree.departments.values()}
