"""The window flow: first-run wizard or sign-in, then the main window or the employee view;
signing out comes back to the sign-in dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMainWindow

from ..domain.enums import Role
from ..paths import AppPaths
from ..services.session import Actor
from .context import UiContext

translate = QCoreApplication.translate


class Launcher(QObject):
    def __init__(self, db, paths: AppPaths) -> None:
        super().__init__()
        self.db, self.paths = db, paths
        self.window: QMainWindow | None = None

    def start(self) -> bool:
        """False when the user gave up before any window opened."""
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
        self.window = window
        window.show()
        if hasattr(window, "remind_overdue"):
            window.remind_overdue()  # something overdue: said once the window is up
        return window

    def _back_to_sign_in(self) -> None:
        if not self.sign_in():
            QCoreApplication.quit()
