"""Rule outcomes on screen: the arithmetic with large counts grouped as the language writes
them."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from dcs_enterprise.domain.conference_rules import suggest_form
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.ui.pages.conference_text import rule_text


def test_large_headcounts_are_grouped_in_the_users_language(qtbot):
    why = suggest_form(1146, DemocracySettings()).why
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        assert rule_text(why).startswith("1.146 workers")  # the catalogue is not installed
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert rule_text(why).startswith("1,146 workers")
        assert "fewer than 100" in rule_text(suggest_form(60, DemocracySettings()).why)
    finally:
        QLocale.setDefault(previous)


def test_percentages_take_the_languages_decimal_mark(qtbot):
    from dcs_enterprise.domain.agreement_rules import decide_agreement_vote

    why = decide_agreement_vote(1146, 1146, 1000, 573, 400, 27).why
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        assert "(50,0%)" in rule_text(why) and "1.146" in rule_text(why)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert "(50.0%)" in rule_text(why) and "1,146" in rule_text(why)
    finally:
        QLocale.setDefault(previous)
