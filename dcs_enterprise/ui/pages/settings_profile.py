"""Settings, first tab: the enterprise profile that heads every printed document."""

from __future__ import annotations

from dataclasses import asdict, fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.readmodels import EnterpriseProfile
from ..context import UiContext
from ..errors import show_error
from .settings_widgets import grey_note, read_only_note

translate = QCoreApplication.translate


def _labels() -> dict[str, tuple[str, str]]:
    """Each profile field: its label and a short hint shown under it (may be empty)."""
    return {
        "name": (translate("SettingsPage", "Enterprise name"),
                 translate("SettingsPage", "Full registered name, as on the business registration "
                           "certificate")),
        "short_name": (translate("SettingsPage", "Short name"), ""),
        "tax_code": (translate("SettingsPage", "Tax code"), ""),
        "address": (translate("SettingsPage", "Address"), ""),
        "province": (translate("SettingsPage", "Province or city"),
                     translate("SettingsPage", "Used in the place and date line of documents "
                               "(e.g. \"Bình Dương, ngày … tháng … năm …\")")),
        "legal_representative": (translate("SettingsPage", "Legal representative"), ""),
        "legal_representative_title": (translate("SettingsPage", "Title of the legal "
                                                 "representative"),
                                       translate("SettingsPage", "e.g. General Director")),
        "parent_body": (translate("SettingsPage", "Parent body"),
                        translate("SettingsPage", "The governing body printed above the enterprise "
                                  "name in document headings, if any")),
        "union_name": (translate("SettingsPage", "Grassroots trade union"), ""),
        "upper_union_name": (translate("SettingsPage", "Upper-level trade union"), ""),
    }


class ProfileTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.can(Action.EDIT_ENTERPRISE)
        self._loaded: EnterpriseProfile | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.status = QLabel()
        self.status.setObjectName("profileStatus")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(6)
        for field in fields(EnterpriseProfile):
            label, hint = _labels()[field.name]
            edit = QLineEdit()
            edit.setObjectName(f"profile_{field.name}")
            edit.setReadOnly(not self.editable)
            self.edits[field.name] = edit
            edit.textEdited.connect(lambda _text: self.status.clear())
            if hint:
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(edit)
                box.addWidget(grey_note(hint))
                form.addRow(label, box)
            else:
                form.addRow(label, edit)
        self.edits["name"].setPlaceholderText(translate("SettingsPage", "Required"))

        self.save_button = QPushButton(translate("SettingsPage", "Save profile"))
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        if not self.editable:
            layout.addWidget(read_only_note())
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def form_profile(self) -> EnterpriseProfile:
        return EnterpriseProfile(**{name: edit.text().strip() for name, edit in self.edits.items()})

    def set_form(self, profile: EnterpriseProfile) -> None:
        for name, value in asdict(profile).items():
            self.edits[name].setText(value)

    def refresh(self, profile: EnterpriseProfile) -> None:
        """Shows the stored profile, unless the user has unsaved edits in the form."""
        if self._loaded is None or self.form_profile() == self._loaded:
            self.set_form(profile)
        self._loaded = profile

    def save(self) -> None:
        try:
            saved = self.ctx.enterprise.update_profile(self.form_profile())
        except DcsError as error:
            show_error(self, error)
            return
        self._loaded = saved
        self.set_form(saved)
        self.status.setText(translate("SettingsPage", "The profile was saved."))

