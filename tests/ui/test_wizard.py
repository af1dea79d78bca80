"""The first-run wizard, driven as a user would on a fresh database."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWizard,
)

from dcs_enterprise.domain.enums import Regime
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.readmodels import EnterpriseProfile
from dcs_enterprise.services.setup import initialize, is_initialized
from dcs_enterprise.ui.wizard import FirstRunWizard

NAME = "Công ty Cổ phần Dệt may Đồng Nai"


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []

    def record(parent, title, text, *args, **kwargs):
        calls.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    return calls


def _child(wizard: QWizard, kind, name: str):
    widget = wizard.findChild(kind, name)
    assert widget is not None, name
    return widget


def _fill_to_admin_page(type_text, qtbot, wizard: FirstRunWizard, name: str = NAME) -> None:
    assert wizard.currentPage() is wizard.welcome_page
    wizard.next()
    assert wizard.currentPage() is wizard.enterprise_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the name is required
    type_text(_child(wizard, QLineEdit, "enterpriseName"), name)
    type_text(_child(wizard, QLineEdit, "shortName"), "Dệt may Đồng Nai")
    type_text(_child(wizard, QLineEdit, "province"), "Đồng Nai")
    type_text(_child(wizard, QLineEdit, "legalRepresentative"), "Phạm Thị Hồng")
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.regulation_page
    # The defaults come from DemocracySettings(), each with its source under it.
    assert _child(wizard, QSpinBox, "quorumNumerator").value() == 2
    assert _child(wizard, QSpinBox, "quorumDenominator").value() == 3
    assert _child(wizard, QCheckBox, "restDay6").isChecked()
    assert not _child(wizard, QCheckBox, "restDay5").isChecked()
    assert "Art 69.2.c" in _child(wizard, QLabel, "source_quorum").text()
    combo = _child(wizard, QComboBox, "regimeCombo")
    combo.setCurrentIndex(combo.findData(Regime.SOE.value))
    threshold = _child(wizard, QSpinBox, "passThreshold")
    threshold.clear()
    type_text(threshold, "60")
    qtbot.mouseClick(_child(wizard, QCheckBox, "restDay5"), Qt.MouseButton.LeftButton)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page


def _finish(wizard: QWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_creates_the_enterprise_and_the_administrator(qtbot, db, warnings, type_text):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    # Typed decomposed, as some Vietnamese keyboards send it; stored composed.
    _fill_to_admin_page(type_text, qtbot, wizard, unicodedata.normalize("NFD", NAME))

    type_text(_child(wizard, QLineEdit, "adminUsername"), "hongpt")
    type_text(_child(wizard, QLineEdit, "adminFullName"), "Phạm Thị Hồng")
    type_text(_child(wizard, QLineEdit, "adminPassword"), "mật-khẩu-dài")
    type_text(_child(wizard, QLineEdit, "adminConfirm"), "mật-khẩu-dai")
    _finish(wizard)
    message = _child(wizard, QLabel, "adminMessage")
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.isVisible()
    assert message.isVisible() and "do not match" in message.text()
    assert not is_initialized(db)
    assert wizard.actor is None

    confirm = _child(wizard, QLineEdit, "adminConfirm")
    confirm.clear()
    type_text(confirm, "mật-khẩu-dài")
    assert not message.isVisible()  # editing clears the old message
    _finish(wizard)

    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert warnings == []
    assert is_initialized(db)
    assert wizard.actor is not None and wizard.actor.username == "hongpt"
    actor = sign_in(db, "hongpt", "mật-khẩu-dài")
    info = EnterpriseService(db, actor).get()
    assert info.profile.name == NAME == unicodedata.normalize("NFC", info.profile.name)
    assert info.profile.short_name == "Dệt may Đồng Nai"
    assert info.profile.province == "Đồng Nai"
    assert info.settings.regime == Regime.SOE
    assert info.settings.pass_threshold_percent == 60
    assert info.settings.rest_weekdays == (5, 6)


def test_short_password_is_refused_on_the_page(qtbot, db, warnings, type_text):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_to_admin_page(type_text, qtbot, wizard)
    type_text(_child(wizard, QLineEdit, "adminUsername"), "admin")
    type_text(_child(wizard, QLineEdit, "adminPassword"), "short")
    type_text(_child(wizard, QLineEdit, "adminConfirm"), "short")
    _finish(wizard)
    assert wizard.isVisible()
    assert "at least 8" in _child(wizard, QLabel, "adminMessage").text()
    assert not is_initialized(db)


def test_no_working_day_is_refused_on_the_regulation_page(qtbot, db, warnings, type_text):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    type_text(_child(wizard, QLineEdit, "enterpriseName"), NAME)
    wizard.next()
    for day in range(7):
        _child(wizard, QCheckBox, f"restDay{day}").setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.regulation_page
    message = _child(wizard, QLabel, "regulationMessage")
    assert message.isVisible() and "working day" in message.text()
    _child(wizard, QCheckBox, "restDay0").setChecked(False)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page


def test_a_service_error_keeps_the_wizard_open_with_everything_typed(qtbot, db, warnings,
                                                                   type_text):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_to_admin_page(type_text, qtbot, wizard)
    type_text(_child(wizard, QLineEdit, "adminUsername"), "admin")
    type_text(_child(wizard, QLineEdit, "adminPassword"), "long-enough")
    type_text(_child(wizard, QLineEdit, "adminConfirm"), "long-enough")
    # Someone else set the enterprise up meanwhile: the service refuses a second one.
    initialize(db, EnterpriseProfile(name="Khác"), DemocracySettings(), "other", "", "other-pass")
    _finish(wizard)

    assert len(warnings) == 1 and "already set up" in warnings[0][1]
    assert wizard.isVisible()
    assert wizard.actor is None
    assert wizard.currentPage() is wizard.admin_page
    assert _child(wizard, QLineEdit, "adminPassword").text() == "long-enough"
    assert _child(wizard, QLineEdit, "enterpriseName").text() == NAME


def test_wizard_buttons_are_translatable_texts(qtbot, db):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    assert wizard.wizardStyle() == QWizard.WizardStyle.ClassicStyle
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Finish"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Cancel"
