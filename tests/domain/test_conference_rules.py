"""Conference rules at and around every boundary (Law 10/2022 Arts 69-70; DOMAIN.md C2-C7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dcs_enterprise.domain.conference_rules import (
    ConferenceForm,
    allocate_seats,
    check_quorum,
    conference_due,
    decide_vote,
    review_dates,
    suggest_form,
)
from dcs_enterprise.domain.enums import Regime
from dcs_enterprise.domain.errors import ValidationError
from dcs_enterprise.domain.settings import DemocracySettings

DEFAULT = DemocracySettings()
SOE = replace(DEFAULT, regime=Regime.SOE)


# C2, Art 69.2.a-b: fewer than 100 workers -> full conference; 100 or more -> joint choice.
@pytest.mark.parametrize(("headcount", "form", "joint"), [
    (1, ConferenceForm.FULL, False), (99, ConferenceForm.FULL, False),
    (100, ConferenceForm.DELEGATE, True), (20000, ConferenceForm.DELEGATE, True)])
def test_c2_form_by_headcount(headcount, form, joint):
    suggestion = suggest_form(headcount, DEFAULT)
    assert (suggestion.form, suggestion.joint_choice) == (form, joint)
    assert suggestion.why.rule_id == "C2" and "69.2" in suggestion.why.article


def test_c2_threshold_comes_from_the_regulation():
    assert suggest_form(150, replace(DEFAULT, full_conference_below=200)).form == \
        ConferenceForm.FULL


def test_c2_says_whether_the_rule_binds():
    assert "regulation default" in suggest_form(50, DEFAULT).why.article
    assert suggest_form(50, SOE).why.article == "Law 10/2022 Art 69.2"


# C3, Art 69.2.c: at least two thirds of those summoned.
@pytest.mark.parametrize(("present", "summoned", "met", "required"), [
    (200, 300, True, 200), (199, 300, False, 200),  # exactly 2/3 is enough ("ít nhất")
    (67, 100, True, 67), (66, 100, False, 67),  # 66.67 rounds up to 67 people
    (2, 3, True, 2), (1, 3, False, 2), (0, 1, False, 1)])
def test_c3_quorum(present, summoned, met, required):
    result = check_quorum(present, summoned, DEFAULT)
    assert (result.met, result.required) == (met, required)
    assert result.why.rule_id == "C3"
    assert f"{present} of {summoned}" in result.why.english()


def test_c3_other_fraction_and_bad_input():
    assert check_quorum(51, 100, replace(DEFAULT, quorum_numerator=1,
                                         quorum_denominator=2)).met
    assert not check_quorum(49, 100, replace(DEFAULT, quorum_numerator=1,
                                             quorum_denominator=2)).met
    for present, summoned in ((101, 100), (-1, 10), (0, 0)):
        with pytest.raises(ValidationError):
            check_quorum(present, summoned, DEFAULT)


# C4, Art 69.2.c: MORE than 50% of those present in favour.
@pytest.mark.parametrize(("in_favour", "present", "passed", "needed"), [
    (50, 100, False, 51), (51, 100, True, 51),  # exactly half fails
    (50, 101, False, 51), (51, 101, True, 51),
    (2, 3, True, 2), (1, 3, False, 2), (1, 1, True, 1)])
def test_c4_vote(in_favour, present, passed, needed):
    result = decide_vote(in_favour, 0, present - in_favour, present, DEFAULT)
    assert (result.passed, result.needed) == (passed, needed)
    assert result.why.rule_id == "C4"


def test_c4_abstentions_and_silence_count_against():
    # 40 for, 10 against, 50 abstain of 100 present: 40% is not a majority of those present.
    assert not decide_vote(40, 10, 50, 100, DEFAULT).passed
    assert not decide_vote(40, 10, 0, 100, DEFAULT).passed


def test_c4_other_threshold_and_bad_input():
    sixty = replace(DEFAULT, pass_threshold_percent=60)
    assert decide_vote(7, 3, 0, 10, sixty).needed == 7
    assert not decide_vote(6, 4, 0, 10, sixty).passed  # 60% is not more than 60%
    with pytest.raises(ValidationError):
        decide_vote(60, 50, 0, 100, DEFAULT)


# C5, Art 69.1: SOE conference within 3 months of the financial year end.
def test_c5_only_where_the_regime_binds():
    assert conference_due(date(2026, 12, 31), DEFAULT) is None
    assert conference_due(date(2026, 12, 31), SOE) == date(2027, 3, 31)
    assert conference_due(date(2026, 11, 30), SOE) == date(2027, 2, 28)  # no 30 February
    assert conference_due(date(2027, 11, 30), SOE) == date(2028, 2, 29)  # 2028 is leap


# C7, Art 70.3: review every 6 months.
def test_c7_review_dates():
    assert review_dates(date(2026, 8, 31), date(2027, 12, 31)) == [
        date(2027, 2, 28), date(2027, 8, 31)]
    assert review_dates(date(2027, 1, 15), date(2027, 7, 14)) == []
    assert review_dates(date(2027, 1, 15), date(2027, 7, 15)) == [date(2027, 7, 15)]


# Delegate seats: largest remainder, at least one per department.
def test_seats_follow_the_largest_remainder():
    # quotas 6.25, 3.125, 0.625 -> 6, 3, 0 and the last seat to the largest remainder (C).
    assert allocate_seats({"A": 100, "B": 50, "C": 10}, 10) == {"A": 6, "B": 3, "C": 1}


def test_every_department_gets_a_seat():
    # quotas 2.994, 0.003, 0.003: A would take all three; B and C each take one from A.
    assert allocate_seats({"A": 1000, "B": 1, "C": 1}, 3) == {"A": 1, "B": 1, "C": 1}
    assert allocate_seats({"A": 1000, "B": 1, "C": 1}, 5) == {"A": 3, "B": 1, "C": 1}


def test_seats_add_up_and_empty_departments_get_none():
    headcounts = {f"D{i}": (i * 37) % 211 for i in range(1, 60)}
    result = allocate_seats(headcounts, 150)
    assert sum(result.values()) == 150
    assert all(seats >= 1 for seats in result.values())
    assert set(result) == {k for k, v in headcounts.items() if v > 0}
    with pytest.raises(ValidationError):
        allocate_seats({"A": 5, "B": 5, "C": 5}, 2)
