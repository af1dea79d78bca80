"""The main window: a sidebar with every area, the page of the chosen area, and a status bar
naming the database file and the signed-in user. Pages are built the first time they are shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ..domain.permissions import Action
from .context import UiContext
from .errors import show_error
from .pages.areas import Area, areas
from .pages.placeholder_page import UpcomingAreaPage
from .roles import role_label
from .style import SIDEBAR_STYLE
from .workers import Task

translate = QCoreApplication.translate


def _page_factories() -> dict[str, Callable[[UiContext], QWidget]]:
    # Imported on demand: start-up builds only the first page.
    def dashboard(ctx):
        from .pages.areas import getting_started
        from .pages.dashboard_page import DashboardPage
        return DashboardPage(ctx, getting_started())

    def conference(ctx):
        from .pages.conference_page import ConferencePage
        return ConferencePage(ctx)

    def dialogue(ctx):
        from .pages.dialogue_page import DialoguePage
        return DialoguePage(ctx)

    def bargaining(ctx):
        from .pages.bargaining_page import BargainingPage
        return BargainingPage(ctx)

    def supervision(ctx):
        from .pages.supervision_page import SupervisionPage
        return SupervisionPage(ctx)

    def publication(ctx):
        from .pages.publication_page import PublicationPage
        return PublicationPage(ctx)

    def people(ctx):
        from .pages.people_page import PeoplePage
        return PeoplePage(ctx)

    def accounts(ctx):
        from .pages.accounts_page import AccountsPage
        return AccountsPage(ctx)

    def audit(ctx):
        from .pages.audit_page import AuditPage
        return AuditPage(ctx)

    def settings(ctx):
        from .pages.settings_page import SettingsPage
        return SettingsPage(ctx)

    return {"dashboard": dashboard, "conference": conference, "dialogue": dialogue, "bargaining": bargaining,
            "supervision": supervision, "publication": publication, "people": people,
            "accounts": accounts, "audit": audit, "settings": settings}


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    restore_requested = Signal(object)  # the confirmed backup's Path: the launcher restores it

    def __init__(self, ctx: UiContext, enterprise_name: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"dcs-enterprise — {enterprise_name}")
        self.resize(1280, 800)
        self._areas = [a for a in areas() if a.needs is None or ctx.can(a.needs)]
        self._factories = _page_factories()
        self._pages: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setFixedWidth(270)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for area in self._areas:
            item = QListWidgetItem(area.title)
            item.setData(0x0100, area.key)  # Qt.UserRole
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(self._show_area)
        self.sidebar.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        """The page of area `key`, built on first use."""
        if key not in self._pages:
            area = next(a for a in self._areas if a.key == key)
            factory = self._factories.get(key)
            page = factory(self.ctx) if factory else UpcomingAreaPage(area.title, area.upcoming)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def show_area(self, key: str) -> QWidget:
        row = next(i for i, a in enumerate(self._areas) if a.key == key)
        self.sidebar.setCurrentRow(row)
        return self._pages[key]

    def area_keys(self) -> list[str]:
        return [a.key for a in self._areas]

    def remind_overdue(self) -> QMessageBox | None:
        """After sign-in: a reminder over the window when something is overdue (window-modal
        via open(), so start-up never blocks); None when nothing is."""
        from .pages.dashboard_reminder import overdue_reminder

        self._reminder = overdue_reminder(self)
        if self._reminder is not None:
            self._reminder.open()
        return self._reminder

    def _show_area(self, row: int) -> None:
        area: Area = self._areas[row]
        page = self.page(area.key)
        self.stack.setCurrentWidget(page)
        page.refresh()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        if self.ctx.can(Action.BACKUP):
            menu.addAction(translate("MainWindow", "&Back up the database…"), self.back_up)
            menu.addAction(translate("MainWindow", "&Restore from a backup…"),
                           self.restore_from_backup)
        sign_out = menu.addAction(translate("MainWindow", "Sign &out"))
        sign_out.triggered.connect(self._sign_out)
        menu.addSeparator()
        menu.addAction(translate("MainWindow", "&Quit"), self.close)

    def back_up(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        name, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Back up the database"),
            str(self.ctx.paths.backup_dir / f"{self.ctx.db_path.stem}-{stamp}.sqlite"),
            translate("MainWindow", "dcs-enterprise database (*.sqlite)"))
        if name:
            self.back_up_to(Path(name))

    def back_up_to(self, path: Path) -> Task:
        """A consistent copy of the whole record, made off the GUI thread."""
        service = self.ctx.backups
        self._task = Task(lambda _progress: service.backup(path))
        self._task.signals.finished.connect(lambda written: QMessageBox.information(
            self, translate("MainWindow", "Backup finished"),
            translate("MainWindow", "The database was copied to {path}. Keep the copy on "
                      "another disk or computer.").format(path=written)))
        self._task.signals.failed.connect(lambda error: show_error(self, error))
        self._task.start()
        return self._task

    def restore_from_backup(self) -> None:
        """The launcher owns the open database, so it does the restore (ui/launcher.py)."""
        from .restore_dialog import choose_backup

        backup = choose_backup(self, self.ctx.paths.backup_dir, self.ctx.db_path)
        if backup is not None:
            self.restore_requested.emit(backup)

    def _sign_out(self) -> None:
        self.sign_out_requested.emit()
        self.close()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(translate("MainWindow", "Database: {path}").format(path=self.ctx.db_path))
        actor = self.ctx.actor
        self.user_label = QLabel(translate("MainWindow", "Signed in: {name} ({role})").format(
            name=actor.full_name or actor.username, role=role_label(actor.role)))
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.user_label)
