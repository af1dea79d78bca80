"""The window flow: first-run wizard or sign-in, then the main window or the employee view;
signing out comes back to the sign-in dialog. The launcher owns the open database: it makes
the day's automatic backup once the first window shows, and restores a backup (closing the
database, restoring, reopening, then sign-in again, since the backup has its own accounts)."""

from __future__ import annotations

import logging
import threading
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox

from ..domain.enums import Role
from ..domain.errors import DcsError
from ..domain.permissions import Action, require
from ..paths import AppPaths
from ..services.session import Actor
from .context import UiContext
from .errors import show_error
from .workers import Task, running_tasks

translate = QCoreApplication.translate
log = logging.getLogger("dcs_enterprise")


class Launcher(QObject):
    def __init__(self, db, paths: AppPaths) -> None:
        super().__init__()
        self.db, self.paths = db, paths
        self.window: QMainWindow | None = None
        self.actor: Actor | None = None
        self.daily_task: Task | None = None
        self.daily_outcome = None  # what the day's automatic backup did, once it is done
        self._copying = threading.Event()  # cleared while the daily copy reads the file
        self._copying.set()

    def start(self) -> bool:
        """False when the user gave up before any window opened."""
        if not self._first_window():
            return False
        self.back_up_for_the_day(date.today())
        QCoreApplication.instance().aboutToQuit.connect(self.shutdown)
        return True

    def _first_window(self) -> bool:
        from ..services.setup import is_initialized

        if not is_initialized(self.db):
            from .wizard import FirstRunWizard

            wizard = FirstRunWizard(self.db)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.actor is None:
                return False
            self.open_window(wizard.actor)
            return True
        return self.sign_in()

    def sign_in(self) -> bool:
        from ..services.enterprise import EnterpriseService
        from ..services.session import EMPLOYEE_VIEW
        from .login_dialog import LoginDialog

        name = EnterpriseService(self.db, EMPLOYEE_VIEW).get().profile.name
        dialog = LoginDialog(self.db, name)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self.open_window(dialog.actor)
        return True

    def open_window(self, actor: Actor) -> QMainWindow:
        ctx = UiContext(db=self.db, actor=actor, paths=self.paths)
        if actor.role == Role.EMPLOYEE_VIEW:
            from .employee_view import EmployeeViewWindow

            window = EmployeeViewWindow(ctx)
            window.sign_in_requested.connect(self._back_to_sign_in)
        else:
            from .main_window import MainWindow

            window = MainWindow(ctx, ctx.enterprise.get().profile.name)
            window.sign_out_requested.connect(self._back_to_sign_in)
            window.restore_requested.connect(self.restore)
        self.window, self.actor = window, actor
        window.show()
        if hasattr(window, "remind_overdue"):
            window.remind_overdue()  # something overdue: said once the window is up
        return window

    def _back_to_sign_in(self) -> None:
        if not self.sign_in():
            QCoreApplication.quit()

    # The day's automatic backup ----------------------------------------------------------

    def back_up_for_the_day(self, today: date) -> Task:
        """The first open of `today` leaves a copy in the backup folder, made off the GUI thread
        (45 MB take about 0.1 s, more on a slow disk: start-up does not wait for it)."""
        from ..services.maintenance import daily_backup

        db, folder, copying = self.db, self.paths.backup_dir, self._copying
        copying.clear()

        def work(_progress) -> object:
            try:
                return daily_backup(db, folder, today)
            finally:
                copying.set()

        self.daily_task = Task(work, tracked=False)  # waited for through _copying
        self.daily_task.signals.finished.connect(self._daily_backup_done)
        self.daily_task.signals.failed.connect(self._daily_backup_crashed)
        self.daily_task.start()
        return self.daily_task

    def _daily_backup_done(self, outcome) -> None:
        """A failed copy (full disk, read-only folder) is logged by the storage layer and said
        in the staff window's status bar, where it stays until the program closes; the
        next open tries again. The employee view, where nobody can act on it, only logs it."""
        self.daily_outcome = outcome
        if not outcome.failed or self.window is None or self.actor is None:
            return
        if self.actor.role == Role.EMPLOYEE_VIEW:
            return
        if outcome.damaged:
            label = QLabel(translate("Launcher", "The database is damaged"))
            explanation = translate(
                "Launcher", "SQLite's check of today's copy found damage in the database "
                "({detail}). Restore it from an earlier backup (File, Restore from a "
                "backup…); the damaged copy was not kept.").format(detail=outcome.error)
            QMessageBox.warning(self.window, translate("Launcher", "The database is damaged"),
                                explanation)
        else:
            label = QLabel(translate("Launcher", "Today's automatic backup failed"))
            explanation = translate(
                "Launcher", "The copy {path} could not be written ({detail}). Free some space "
                "or make the backup folder writable; the program tries again the next time it "
                "opens the database.").format(path=outcome.path, detail=outcome.error)
        label.setObjectName("backupWarning")
        label.setStyleSheet("color: #b00020; font-weight: bold;")
        label.setToolTip(explanation)
        self.window.statusBar().addPermanentWidget(label)

    def _daily_backup_crashed(self, error: BaseException) -> None:
        show_error(self.window, error)  # a bug: the world's faults come back as an outcome

    def shutdown(self) -> None:
        """At quit: the daily copy finishes first, then the database is closed."""
        self._copying.wait()
        if self.db is not None:
            self.db.close()

    # Restoring a backup -----------------------------------------------------------------

    def restore(self, backup: Path) -> bool:
        """Replaces the open database with `backup` for the signed-in administrator.

        A refused file (not a backup, from a newer version, the database itself) is said and
        nothing changes; so is a restore asked while a task (an import, an export, a backup)
        still works on the database. Otherwise the window and then the database close, the
        backup is restored (the replaced database saved in the backup folder first), and the
        restored file opens at the sign-in dialog; a failed restore reopens the same file in a
        new window for the same user. True when the restore was done.
        """
        from ..services.maintenance import check_restorable

        old_window, actor = self.window, self.actor
        try:
            require(actor.role, Action.BACKUP)
            check_restorable(backup, self.db.path)
        except DcsError as error:
            show_error(old_window, error)
            return False
        if running_tasks():
            QMessageBox.warning(old_window, translate("Launcher", "Restore from a backup"),
                                translate("Launcher", "A task is still working on the database "
                                          "(an import, an export or a backup). Wait until it "
                                          "is done, then restore the backup."))
            return False
        self._close_window()
        saved, failure = self._replace_database(Path(backup), actor)
        if self.db is None:  # the file could not be opened again: nothing more to do here
            QCoreApplication.quit()
            return False
        if failure is not None:  # nothing was replaced: back to work on the same file
            show_error(None, failure)
            self.open_window(actor)
        else:
            QMessageBox.information(None, translate("Launcher", "Database restored"), translate(
                "Launcher", "The database was restored from {backup}. The database it replaced "
                "was saved as {saved}. Sign in again.").format(backup=backup, saved=saved))
            if not self._first_window():
                QCoreApplication.quit()
        return failure is None

    def _close_window(self) -> None:
        """Closes the signed-in window before its database: nothing in it can act on the file
        being restored. Closing the last window would quit the program, so that is put off."""
        if self.window is None:
            return
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            self.window.close()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        self.window.deleteLater()  # its timers and models die with it
        self.window = None

    def _replace_database(self, backup: Path, actor: Actor
                          ) -> tuple[Path | None, Exception | None]:
        """Closes, restores and reopens; self.db is None when reopening failed (said). A
        failed restore changed nothing (the copy is one transaction on the file)."""
        from ..services.maintenance import open_file, restore_database

        self._copying.wait()  # the daily copy may still be reading the file
        path = self.db.path
        self.db.close()
        saved = failure = None
        try:
            saved = restore_database(backup, path, actor, now=datetime.now(),
                                     keep_previous_in=self.paths.backup_dir)
        except Exception as error:  # noqa: BLE001 - shown once the old file is open again
            failure = error
        try:
            self.db = open_file(path, self.paths.backup_dir)
        except DcsError as error:
            log.error("The database %s could not be opened after a restore: %s", path, error)
            show_error(None, error)
            self.db = None
        return saved, failure
