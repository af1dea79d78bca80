"""Settings: the enterprise profile, the democracy regulation, the working-day calendar and the
language. Every officer can read them; only the employer side may change them (the service
checks; the forms hide what it would refuse)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...domain.errors import DcsError
from ..context import UiContext
from ..errors import show_error
from .settings_calendar import CalendarTab
from .settings_language import LanguageTab
from .settings_profile import ProfileTab
from .settings_regulation import RegulationTab

translate = QCoreApplication.translate


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(translate("SettingsPage", "Settings"))
        heading.setObjectName("pageTitle")
        self.profile_tab = ProfileTab(ctx)
        self.regulation_tab = RegulationTab(ctx)
        self.calendar_tab = CalendarTab(ctx)
        self.language_tab = LanguageTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self.profile_tab, translate("SettingsPage", "Enterprise profile"))
        self.tabs.addTab(self.regulation_tab, translate("SettingsPage", "Democracy regulation"))
        self.tabs.addTab(self.calendar_tab, translate("SettingsPage", "Working-day calendar"))
        self.tabs.addTab(self.language_tab, translate("SettingsPage", "Language"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Reloads what is stored; forms with unsaved edits keep them."""
        try:
            info = self.ctx.enterprise.get()
        except DcsError as error:
            show_error(self, error)
        else:
            self.profile_tab.refresh(info.profile)
            self.regulation_tab.refresh(info.settings)
        self.calendar_tab.refresh()
        self.language_tab.refresh()
