"""Settings, fourth tab: the language of the program (this computer's preference)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import LANGUAGES, load_language, save_language
from ..context import UiContext
from .settings_widgets import grey_note

translate = QCoreApplication.translate


class LanguageTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        box = QGroupBox(translate("SettingsPage", "Language of the program"))
        choices = QVBoxLayout(box)
        for code, name in LANGUAGES.items():
            button = QRadioButton(name)  # each language's own name: not translated
            button.setObjectName(f"language_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            choices.addWidget(button)
        choices.addWidget(grey_note(translate(
            "SettingsPage", "The language is kept for this computer's user and applies after you "
            "restart the program.")))

        self.save_button = QPushButton(translate("SettingsPage", "Save language"))
        self.save_button.setObjectName("saveLanguageButton")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("languageStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def chosen(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def refresh(self) -> None:
        self.buttons[load_language(self.ctx.paths)].setChecked(True)

    def save(self) -> None:
        try:
            save_language(self.ctx.paths, self.chosen())
        except OSError as error:
            self.status.setText(translate("SettingsPage", "The language could not be saved: "
                                          "{reason}").format(reason=error.strerror or error))
            return
        self.status.setText(translate("SettingsPage", "Saved. Restart the program to see the "
                                      "new language."))
