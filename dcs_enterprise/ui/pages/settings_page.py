"""Settings: the enterprise profile, the democracy regulation, the working-day calendar and the
language. Every officer can read them; only the employer side may change them (the service
checks; the forms hide what it would refuse)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ..context import UiContext
from ..errors import show_error
from ..printing import preview
from ..style import PAGE_TITLE_STYLE
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
        heading.setStyleSheet(PAGE_TITLE_STYLE)
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
        header = QHBoxLayout()
        header.addWidget(heading, 1)
        if ctx.can(Action.PRINT_DOCUMENTS):
            print_button = QPushButton(translate("SettingsPage", "Print the regulation sheet…"))
            print_button.setObjectName("printSettings")
            print_button.clicked.connect(self.print_sheet)
            header.addWidget(print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def print_sheet(self):
        """The regulation's main settings with their legal sources, for the notice board."""
        service, day = self.ctx.documents, date.today()
        return preview(self, translate("SettingsPage", "Democracy regulation sheet"),
                       f"quy-che-dan-chu-{day:%Y%m%d}.pdf",
                       lambda _numbered: service.settings_sheet(day))

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
