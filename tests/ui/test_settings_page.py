"""The settings page driven as a user would: profile, democracy regulation, calendar, language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)
from qt_input import commit_text as type_text

from dcs_enterprise.domain.enums import Regime, Role
from dcs_enterprise.domain.errors import PermissionDenied
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.i18n import load_language
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.readmodels import EnterpriseProfile
from dcs_enterprise.ui.pages.settings_page import SettingsPage

SHOTS = Path("/tmp/ui_shots")


@pytest.fixture
def open_page(show_page):
    return lambda role: show_page(SettingsPage, role)


def _edit(page: SettingsPage, name: str) -> QLineEdit:
    return page.findChild(QLineEdit, name)


def _audit_actions(page: SettingsPage, action: str) -> list:
    admin_view = page.ctx.audit  # officers may read the trail
    return admin_view.page(AuditFilter(action=action), 0, 50)


def test_hr_edits_the_profile_name_and_the_trail_records_it(qtbot, open_page, boxes):
    page = open_page(Role.HR_OFFICER)
    name = _edit(page, "profile_name")
    assert name.text() == "Công ty TNHH Giày da Phú Lợi"
    name.clear()
    type_text(name, "Công ty Cổ phần Giày da Phú Lợi")
    qtbot.mouseClick(page.findChild(QPushButton, "saveProfileButton"), Qt.MouseButton.LeftButton)

    assert boxes == []
    assert page.ctx.enterprise.get().profile.name == "Công ty Cổ phần Giày da Phú Lợi"
    events = _audit_actions(page, "update_profile")
    assert len(events) == 1
    assert events[0].actor == "nhansu"
    assert "Cổ phần" in events[0].after and "TNHH" in events[0].before


def test_an_empty_name_is_refused_and_the_form_keeps_what_was_typed(qtbot, open_page, boxes):
    page = open_page(Role.HR_OFFICER)
    _edit(page, "profile_name").clear()
    qtbot.keyClicks(_edit(page, "profile_tax_code"), "99")
    page.profile_tab.save_button.click()

    assert [kind for kind, _ in boxes] == ["warning"]
    assert page.ctx.enterprise.get().profile.tax_code == "3701234567"
    assert _edit(page, "profile_tax_code").text() == "370123456799"
    assert _audit_actions(page, "update_profile") == []


def test_quorum_zero_is_refused_and_nothing_changes(qtbot, open_page, boxes):
    page = open_page(Role.HR_OFFICER)
    stored = page.ctx.enterprise.get().settings
    page.tabs.setCurrentWidget(page.regulation_tab)
    numerator = page.findChild(QSpinBox, "quorumNumerator")
    numerator.setValue(0)
    assert "not a valid" in page.regulation_tab.quorum_percent.text()
    qtbot.mouseClick(page.regulation_tab.save_button, Qt.MouseButton.LeftButton)

    assert [kind for kind, _ in boxes] == ["warning"]
    assert "quorum" in boxes[0][1]
    assert page.ctx.enterprise.get().settings == stored
    assert numerator.value() == 0  # what the user typed is still there
    assert _audit_actions(page, "update_settings") == []


def test_hr_saves_the_regulation_and_reset_fills_defaults_without_saving(qtbot, open_page,
                                                                         boxes):
    page = open_page(Role.HR_OFFICER)
    tab = page.regulation_tab
    assert tab.quorum_percent.text() == "(≈ 66.7%)"
    tab.regime.setCurrentIndex(tab.regime.findData(Regime.SOE.value))
    tab.quorum_numerator.setValue(3)
    tab.quorum_denominator.setValue(4)
    tab.pass_threshold.setValue(60)
    tab.rest_days[5].setChecked(True)  # Saturday
    tab.union_symbol.setText("CĐ")
    tab.union_seal.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert boxes == []
    stored = page.ctx.enterprise.get().settings
    assert stored.regime == Regime.SOE
    assert (stored.quorum_numerator, stored.quorum_denominator) == (3, 4)
    assert stored.pass_threshold_percent == 60
    assert stored.rest_weekdays == (5, 6)
    assert stored.union_doc_symbol == "CĐ" and not stored.union_has_seal
    assert tab.quorum_percent.text() == "(≈ 75.0%)"
    assert len(_audit_actions(page, "update_settings")) == 1

    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert tab.form_settings() == DemocracySettings()
    assert page.ctx.enterprise.get().settings == stored  # saved only on Save
    tab.save_button.click()
    assert page.ctx.enterprise.get().settings == DemocracySettings()


def test_every_sourced_setting_shows_its_source(open_page):
    page = open_page(Role.HR_OFFICER)
    notes = " ".join(label.text() for label in page.regulation_tab.findChildren(QLabel)
                     if label.objectName() == "sourceNote")
    assert "Law 10/2022 Art 82" in notes
    assert "Rule C3, Law 10/2022 Art 69.2.c" in notes
    assert "not a legal duty for private enterprises" in notes
    assert "Labour Code 2019 Art 111" in notes


def test_union_officer_reads_the_settings_but_cannot_change_them(open_page):
    page = open_page(Role.UNION_OFFICER)
    assert page.findChild(QLineEdit, "profile_name").text() == "Công ty TNHH Giày da Phú Lợi"
    for edit in page.profile_tab.findChildren(QLineEdit):
        assert edit.isReadOnly()
    for spin in page.regulation_tab.findChildren(QSpinBox):
        assert spin.isReadOnly()
        assert spin.buttonSymbols() == QAbstractSpinBox.ButtonSymbols.NoButtons
    assert not page.regulation_tab.regime.isEnabled()
    assert not any(box.isEnabled() for box in page.regulation_tab.rest_days)
    for name in ("saveProfileButton", "saveSettingsButton", "resetSettingsButton",
                 "addHolidayButton", "removeHolidayButton"):
        assert page.findChild(QPushButton, name).isHidden(), name
    assert not page.findChild(QPushButton, "saveLanguageButton").isHidden()  # a personal choice
    with pytest.raises(PermissionDenied):  # the service agrees with the hidden buttons
        page.ctx.enterprise.update_profile(EnterpriseProfile(name="X"))


def _table_rows(page: SettingsPage) -> list[tuple[str, str, str]]:
    model = page.calendar_tab.table.model()
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_the_2027_calendar_shows_tet(open_page):
    page = open_page(Role.UNION_OFFICER)
    page.calendar_tab.year.setValue(2027)
    rows = _table_rows(page)
    assert ("06/02/2027", "Saturday", "Tết Nguyên đán") in rows
    assert rows[0] == ("01/01/2027", "Friday", "Tết Dương lịch")
    assert page.calendar_tab.count_label.text() == "11 holidays in 2027"


def test_hr_adds_a_compensatory_day_off_and_removes_it(qtbot, open_page, boxes):
    page = open_page(Role.HR_OFFICER)
    tab = page.calendar_tab
    tab.year.setValue(2026)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.holiday_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date_edit.displayFormat() == "dd/MM/yyyy"
    dialog.date_edit.setDate(QDate(2027, 5, 3))
    type_text(dialog.name_edit, "Nghỉ bù Ngày Quốc tế Lao động")
    dialog.accept()

    assert boxes == []
    assert tab.year.value() == 2027  # the table follows the new day's year
    assert ("03/05/2027", "Monday", "Nghỉ bù Ngày Quốc tế Lao động") in _table_rows(page)
    assert date(2027, 5, 3) in {h.day for h in page.ctx.enterprise.holidays(2027)}

    row = next(i for i, r in enumerate(_table_rows(page)) if r[0] == "03/05/2027")
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _ in boxes] == ["question"]
    assert "03/05/2027" in boxes[0][1]
    assert "03/05/2027" not in [r[0] for r in _table_rows(page)]
    assert date(2027, 5, 3) not in {h.day for h in page.ctx.enterprise.holidays(2027)}
    assert len(_audit_actions(page, "add_holiday")) == 1
    assert len(_audit_actions(page, "remove_holiday")) == 1


def test_a_refused_holiday_keeps_the_dialog_open_with_its_contents(qtbot, open_page, boxes):
    page = open_page(Role.HR_OFFICER)
    tab = page.calendar_tab
    tab.year.setValue(2027)
    dialog = tab.add_holiday()
    dialog.date_edit.setDate(QDate(2027, 2, 6))  # already a Tết day
    type_text(dialog.name_edit, "Trùng ngày")
    dialog.accept()

    assert [kind for kind, _ in boxes] == ["warning"]
    assert "06/02/2027" in boxes[0][1]
    assert dialog.isVisible() and dialog.name_edit.text() == "Trùng ngày"
    assert len(_table_rows(page)) == 11


def test_removing_without_a_selection_only_explains(open_page, boxes):
    page = open_page(Role.HR_OFFICER)
    page.calendar_tab.year.setValue(2027)
    page.calendar_tab.remove_selected()
    assert [kind for kind, _ in boxes] == ["information"]
    assert len(_table_rows(page)) == 11


def test_language_is_saved_for_the_next_start(qtbot, open_page):
    page = open_page(Role.UNION_OFFICER)
    tab = page.language_tab
    assert tab.buttons["vi"].isChecked()
    tab.buttons["en"].click()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert load_language(page.ctx.paths) == "en"
    assert "Restart" in tab.status.text()


def test_refresh_keeps_unsaved_edits_and_shows_stored_changes(open_page):
    page = open_page(Role.HR_OFFICER)
    page.findChild(QLineEdit, "profile_short_name").setText("Đang sửa")
    page.refresh()
    assert page.findChild(QLineEdit, "profile_short_name").text() == "Đang sửa"
    stored = page.ctx.enterprise.get().settings
    page.ctx.enterprise.update_settings(DemocracySettings(petition_answer_days=10))
    page.refresh()  # the regulation form was not edited: it shows what is stored now
    assert page.regulation_tab.petition_days.value() == 10
    assert stored.petition_answer_days == 15


def test_screenshots_of_each_tab(qtbot, open_page):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = open_page(Role.HR_OFFICER)
    page.calendar_tab.year.setValue(2027)
    for index, name in enumerate(("profile", "regulation", "calendar", "language")):
        page.tabs.setCurrentIndex(index)
        qtbot.waitExposed(page)
        path = SHOTS / f"settings_{name}.png"
        assert page.grab().save(str(path))
        assert path.stat().st_size > 0
    regulation = SHOTS / "settings_regulation_full.png"
    assert page.regulation_tab.content.grab().save(str(regulation))
    readonly = open_page(Role.UNION_OFFICER)
    readonly.tabs.setCurrentIndex(1)
    assert readonly.grab().save(str(SHOTS / "settings_regulation_union.png"))


def test_the_employee_view_reads_the_settings(qtbot, ui_db):
    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.services.session import EMPLOYEE_VIEW
    from dcs_enterprise.ui.context import UiContext

    page = SettingsPage(UiContext(ui_db, EMPLOYEE_VIEW, app_paths()))
    qtbot.addWidget(page)
    page.refresh()
    assert page.profile_tab.edits["province"].text() == "Thành phố Hồ Chí Minh"
    assert page.profile_tab.edits["province"].isReadOnly()
    assert page.regulation_tab.save_button.isHidden()
    assert page.calendar_tab.add_button.isHidden()


def test_the_calendar_shows_the_days_in_lieu(open_page):
    page = open_page(Role.HR_OFFICER)
    tab = page.calendar_tab
    tab.year.setValue(2026)
    # Giỗ Tổ 2026 falls on Sunday 26 April: Monday 27 April is off in lieu (Art 111.3).
    assert "27/04/2026" in tab.lieu_label.text()
