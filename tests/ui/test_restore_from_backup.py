"""The administrator restores a backup from the app: the dialog lists this database's copies
newest first, the launcher closes the window and the database, restores, reopens and asks to
sign in again; a refused file, or a task still at work, changes nothing; a failed restore
reopens the same file for the same user. The day's automatic backup runs off the GUI thread
once the window shows, and a failed one is said in the status bar."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.maintenance import AutoBackup, BackupService
from dcs_enterprise.ui.launcher import Launcher
from dcs_enterprise.ui.login_dialog import LoginDialog
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.restore_dialog import RestoreDialog
from dcs_enterprise.ui.workers import Task, running_tasks

DAY = date(2031, 3, 14)


@pytest.fixture
def admin_window(qtbot, ui_db, make_ctx):
    """The launcher with the administrator's main window open; closes what it holds at the end."""
    launcher = Launcher(ui_db, app_paths())
    window = launcher.open_window(make_ctx(Role.ADMIN).actor)
    qtbot.addWidget(window)
    yield launcher, window
    for opened in {window, launcher.window}:  # the demo's overdue reminder, over each window
        if opened._reminder is not None:
            opened._reminder.close()
    launcher.shutdown()


def daily_copy(qtbot, launcher: Launcher):
    launcher.back_up_for_the_day(DAY)
    qtbot.waitUntil(lambda: launcher.daily_outcome is not None)
    return launcher.daily_outcome


def department_codes(launcher: Launcher) -> list[str]:
    return sorted(d.code for d in DepartmentService(launcher.db, launcher.actor).list())


@pytest.fixture
def sign_in_as_admin(monkeypatch):
    """The sign-in dialog answered as the demo administrator would type it."""
    shown = []

    def exec_(dialog: LoginDialog) -> int:
        shown.append(dialog)
        dialog.username.setText("admin")
        dialog.password.setText("demo-admin")
        dialog.sign_in_button.click()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    return shown


def test_the_dialog_lists_the_backup_folder_newest_first(qtbot, admin_window):
    launcher, _window = admin_window
    folder = launcher.paths.backup_dir
    daily = daily_copy(qtbot, launcher).path
    manual = BackupService(launcher.db, launcher.actor).backup(folder / "by-hand.sqlite")
    os.utime(daily, (1_700_000_000, 1_700_000_000))
    (folder / "notes.txt").write_text("not a copy")
    # The daily copy of a "t.sqlite" in another folder: not offered for this database.
    (folder / f"t-0123abcd.daily-{DAY.isoformat()}.sqlite").write_text("another database's")
    dialog = RestoreDialog(folder, launcher.db.path)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [row[3] for row in rows] == [manual.name, daily.name]
    assert [row[0] for row in rows] == ["Manual", "Daily (automatic)"]
    assert rows[1][1] == datetime.fromtimestamp(1_700_000_000).strftime("%d/%m/%Y %H:%M")
    assert all(row[2] for row in rows)
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0  # the newest
    assert dialog.restore_button.isEnabled() and dialog.empty.isHidden()

    empty = RestoreDialog(folder / "none", launcher.db.path)
    qtbot.addWidget(empty)
    assert empty.model.rowCount() == 0 and not empty.empty.isHidden()
    assert not empty.restore_button.isEnabled()


def test_restore_round_trip_through_the_dialog_and_the_launcher(
        qtbot, admin_window, boxes, sign_in_as_admin):
    launcher, old_window = admin_window
    folder = launcher.paths.backup_dir
    daily = daily_copy(qtbot, launcher)
    assert daily.written and not daily.failed
    before = department_codes(launcher)
    DepartmentService(launcher.db, launcher.actor).create("MOI", "Phòng Mới lập")

    dialog = RestoreDialog(folder, launcher.db.path, old_window)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()  # the newest, confirmed (boxes answers Yes)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == daily.path
    old_db = launcher.db
    assert launcher.restore(dialog.chosen)

    assert launcher.db is not old_db and launcher.db.path == old_db.path and old_db.closed
    assert department_codes(launcher) == before and "MOI" not in before
    trail = AuditTrailService(launcher.db, launcher.actor)
    [event] = trail.page(AuditFilter(action="restore"), 0, 9)
    assert str(daily.path) in event.after and event.actor == "admin"
    assert trail.verify().intact
    assert len(sign_in_as_admin) == 1  # signed in again, on the restored file
    new_window = launcher.window
    qtbot.addWidget(new_window)
    assert new_window is not old_window and new_window.isVisible()
    assert not old_window.isVisible()
    assert new_window.ctx.db is launcher.db
    [saved] = folder.glob("t-*.before-restore-*.sqlite")
    assert any(kind == "information" and str(saved) in text for kind, text in boxes)
    with sqlite3.connect(saved) as connection:  # the replaced database, kept
        assert connection.execute(
            "SELECT count(*) FROM department WHERE code = 'MOI'").fetchone() == (1,)


@pytest.mark.parametrize("kind", ["random bytes", "newer version", "the database itself"])
def test_a_refused_restore_changes_nothing(qtbot, admin_window, boxes, tmp_path,
                                          file_digest, kind):
    launcher, window = admin_window
    db = launcher.db
    if kind == "random bytes":
        chosen = tmp_path / "junk.sqlite"
        chosen.write_bytes(os.urandom(16384))
    elif kind == "newer version":
        chosen = tmp_path / "future.sqlite"
        shutil.copyfile(BackupService(db, launcher.actor).backup(tmp_path / "b.sqlite"), chosen)
        with sqlite3.connect(chosen) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    else:
        chosen = db.path
    digest, codes = file_digest(db.path), department_codes(launcher)

    dialog = RestoreDialog(launcher.paths.backup_dir, db.path, window)
    qtbot.addWidget(dialog)
    assert not dialog.confirm(chosen)  # said in the dialog, which stays open
    assert dialog.chosen is None
    assert not launcher.restore(chosen)  # and said again if the launcher is asked anyway

    assert [kind for kind, _text in boxes] == ["warning", "warning"]
    assert launcher.db is db and launcher.window is window and window.isVisible()
    assert file_digest(db.path) == digest
    assert not list(launcher.paths.backup_dir.glob("*.before-restore-*"))
    assert department_codes(launcher) == codes and not db.closed  # still open and working
    DepartmentService(db, launcher.actor).create("MOI", "Phòng Mới lập")
    assert department_codes(launcher) == sorted([*codes, "MOI"])


def test_a_failed_daily_copy_is_said_in_the_status_bar(qtbot, admin_window):
    launcher, window = admin_window
    folder: Path = launcher.paths.backup_dir
    folder.write_text("a file where the backup folder should be")
    outcome = daily_copy(qtbot, launcher)
    assert outcome.failed
    label = window.findChild(QLabel, "backupWarning")
    assert label is not None and label.isVisible()
    assert str(outcome.path) in label.toolTip()
    DepartmentService(launcher.db, launcher.actor).create("MOI", "Phòng Mới lập")  # works on
    assert "MOI" in department_codes(launcher)


def test_no_restore_while_a_task_works_on_the_database(qtbot, admin_window, boxes, tmp_path,
                                                       sign_in_as_admin):
    launcher, window = admin_window
    db = launcher.db
    backup = BackupService(db, launcher.actor).backup(tmp_path / "b.sqlite")
    DepartmentService(db, launcher.actor).create("MOI", "Phòng Mới lập")
    release = threading.Event()
    task = Task(lambda _progress: release.wait(60))  # an import, say, still at work
    task.start()
    try:
        assert not launcher.restore(backup)
        assert [kind for kind, _text in boxes] == ["warning"]
        assert "still working" in boxes[0][1]
        assert launcher.db is db and not db.closed
        assert launcher.window is window and window.isVisible()
        assert "MOI" in department_codes(launcher)
        assert not list(launcher.paths.backup_dir.glob("*.before-restore-*"))
    finally:
        release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0)

    assert launcher.restore(backup)  # the task is done: now it goes on
    qtbot.addWidget(launcher.window)
    assert launcher.db is not db and db.closed
    assert "MOI" not in department_codes(launcher)
    assert len(sign_in_as_admin) == 1 and not window.isVisible()


def test_a_failed_restore_reopens_the_same_file_for_the_same_user(qtbot, admin_window, boxes,
                                                                  tmp_path, sign_in_as_admin):
    launcher, old_window = admin_window
    old_db, actor = launcher.db, launcher.actor
    backup = BackupService(old_db, actor).backup(tmp_path / "b.sqlite")
    DepartmentService(old_db, actor).create("MOI", "Phòng Mới lập")
    codes = department_codes(launcher)
    launcher.paths.backup_dir.write_text("a file where the backup folder should be")

    assert not launcher.restore(backup)  # the replaced database cannot be saved: no restore

    new_window = launcher.window
    qtbot.addWidget(new_window)
    [(kind, text)] = boxes
    assert kind == "warning" and ".before-restore-" in text
    assert old_db.closed and launcher.db is not old_db and launcher.db.path == old_db.path
    assert isinstance(new_window, MainWindow) and new_window is not old_window
    assert new_window.isVisible() and not old_window.isVisible()
    assert launcher.actor == actor and new_window.ctx.actor == actor
    assert new_window.ctx.db is launcher.db
    assert sign_in_as_admin == []  # the same user works on, without signing in again
    assert department_codes(launcher) == codes and "MOI" in codes


def test_damage_found_by_the_days_copy_is_said_plainly(qtbot, admin_window, boxes):
    # The storage side (tests/storage/test_mid_file_damage.py) finds the damage; here, what the
    # administrator is told.
    launcher, window = admin_window
    launcher._daily_backup_done(AutoBackup(launcher.paths.backup_dir / "x.daily.sqlite",
                                           written=False, error="database disk image is malformed",
                                           damaged=True))
    assert [kind for kind, _text in boxes] == ["warning"]
    assert "malformed" in boxes[0][1] and "Restore" in boxes[0][1]
    label = window.findChild(QLabel, "backupWarning")
    assert label is not None and label.text() == "The database is damaged"
