"""Clocks: deadlines counted as Civil Code 2015 Arts 147-148 say, with their explanation."""

from __future__ import annotations

from datetime import date

import pytest

from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.clocks import (
    Clock,
    RuleCheck,
    days_after,
    dmy,
    working_days_after,
    working_days_before,
)
from dcs_enterprise.domain.conference_rules import RuleOutcome

CAL = WorkCalendar.statutory()  # Sunday rest; Tết 2027 leaves Fri 5 .. Wed 10 Feb off
ARTICLE = "Some Art 1"


def test_dmy():
    assert dmy(date(2027, 2, 5)) == "05/02/2027"


def test_working_days_after_skips_tet_and_explains():
    clock = working_days_after("X1", ARTICLE, date(2027, 2, 4), 3, CAL)  # a Thursday
    assert clock.due == date(2027, 2, 13)  # Thu 11, Fri 12, Sat 13
    assert (clock.why.rule_id, clock.why.article) == ("X1", ARTICLE)
    assert clock.why.english() == (
        "3 working days after 04/02/2027 (the day itself not counted; rest days and holidays "
        "skipped): 13/02/2027.")


def test_days_after_on_a_working_day_is_not_moved():
    clock = days_after("X2", ARTICLE, date(2027, 3, 1), 10, CAL)
    assert clock.due == date(2027, 3, 11)
    assert clock.why.english() == "10 days after 01/03/2027 (the day itself not counted): " \
                                  "11/03/2027."


@pytest.mark.parametrize(("start", "due"), [
    (date(2027, 2, 4), date(2027, 2, 15)),  # Sun 14 Feb -> Mon 15
    (date(2027, 1, 27), date(2027, 2, 11)),  # Sat 6 Feb, inside Tết -> Thu 11
])
def test_days_after_rolls_to_the_next_working_day(start, due):
    clock = days_after("X3", ARTICLE, start, 10, CAL)
    assert clock.due == due
    assert "moved to the next working day" in clock.why.english()
    assert dict(clock.why.params)["due"] == dmy(due)


def test_working_days_before():
    clock = working_days_before("X4", ARTICLE, date(2027, 3, 15), 5, CAL)  # a Monday
    assert clock.due == date(2027, 3, 9)  # Wed 10 .. Mon 15 are the 5 working days
    assert clock.why.english() == "At least 5 working days before 15/03/2027: by 09/03/2027."


def test_value_objects():
    why = RuleOutcome("X", ARTICLE, "t")
    assert Clock(date(2027, 1, 1), why).why is why
    assert RuleCheck(True, why).ok


def test_bad_count_is_a_programming_error():
    with pytest.raises(ValueError):
        days_after("X", ARTICLE, date(2027, 1, 1), 0, CAL)
