"""Bargaining rules at their boundaries (Labour Code 2019 Arts 67-71; DOMAIN.md B1-B5)."""

from __future__ import annotations

from datetime import date

import pytest

from dcs_enterprise.domain.bargaining_rules import (
    FAILURE_LABELS,
    REQUESTER_LABELS,
    TOPIC_LABELS,
    FailureGround,
    Requester,
    Topic,
    arrangement_due,
    check_failure,
    check_session_date,
    end_due,
    information_due,
    start_due,
)
from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.errors import ValidationError

CAL = WorkCalendar.statutory()  # Sunday rest; Tết 2027 leaves Fri 5 .. Wed 10 Feb off


def test_art_67_topics_and_labels():
    assert len(Topic) == 8
    assert set(TOPIC_LABELS) == set(Topic) and all(TOPIC_LABELS.values())
    assert set(REQUESTER_LABELS) == set(Requester)
    assert set(FAILURE_LABELS) == set(FailureGround)


# B1, Art 70.1: time and place within 7 working days; start within 30 days.
def test_b1_arrangement_skips_tet():
    clock = arrangement_due(date(2027, 2, 4), CAL)  # Thu 11 .. Thu 18 are the 7 working days
    assert clock.due == date(2027, 2, 18)
    assert clock.why.rule_id == "B1" and clock.why.article == "Labour Code 2019 Art 70.1"


@pytest.mark.parametrize(("requested", "due"), [
    (date(2027, 3, 1), date(2027, 3, 31)),  # a Wednesday: not moved
    (date(2027, 1, 15), date(2027, 2, 15)),  # 14 Feb 2027 is a Sunday
    (date(2027, 1, 6), date(2027, 2, 11)),  # 5 Feb 2027 is in Tết
])
def test_b1_start_rolls_to_a_working_day(requested, due):
    clock = start_due(requested, CAL)
    assert clock.due == due
    assert clock.why.rule_id == "B1"
    assert clock.why.english().startswith(f"30 days after {requested:%d/%m/%Y}")


def test_b1_start_explains_the_move():
    assert start_due(date(2027, 1, 6), CAL).why.english() == (
        "30 days after 06/01/2027 is 05/02/2027, a rest day or holiday; moved to the next "
        "working day: 11/02/2027.")


# B2, Art 70.2: at most 90 days from the start unless agreed.
def test_b2_end_ninety_days_or_as_agreed():
    clock = end_due(date(2027, 3, 1), CAL)
    assert clock.due == date(2027, 5, 31)  # 30 May 2027 is a Sunday
    assert clock.why.rule_id == "B2" and "70.2" in clock.why.article
    agreed = end_due(date(2027, 3, 1), CAL, agreed_end=date(2027, 9, 30))
    assert agreed.due == date(2027, 9, 30)
    assert "agreed" in agreed.why.english()
    with pytest.raises(ValidationError):
        end_due(date(2027, 3, 1), CAL, agreed_end=date(2027, 2, 28))


# B3, Art 70.3: information within 10 days.
@pytest.mark.parametrize(("requested", "due"), [
    (date(2027, 3, 1), date(2027, 3, 11)),
    (date(2027, 2, 4), date(2027, 2, 15)),  # Sunday 14 Feb
    (date(2027, 1, 27), date(2027, 2, 11)),  # Sat 6 Feb, in Tết
])
def test_b3_information(requested, due):
    clock = information_due(requested, CAL)
    assert clock.due == due
    assert clock.why.rule_id == "B3" and clock.why.article == "Labour Code 2019 Art 70.3"


def test_session_dates():
    check_session_date(date(2027, 3, 1), date(2027, 3, 1), None)  # same day is fine
    check_session_date(date(2027, 3, 8), date(2027, 3, 1), date(2027, 3, 8))
    with pytest.raises(ValidationError, match="before the request"):
        check_session_date(date(2027, 2, 28), date(2027, 3, 1), None)
    with pytest.raises(ValidationError, match="previous session"):
        check_session_date(date(2027, 3, 5), date(2027, 3, 1), date(2027, 3, 8))


# B5, Art 71: the grounds of failure and the dates that support them.
REQUESTED = date(2027, 3, 1)  # start due 31/03/2027


def test_b5_refused_or_late():
    why = check_failure(FailureGround.REFUSED_OR_LATE, date(2027, 3, 10), REQUESTED, None, CAL)
    assert (why.rule_id, why.article) == ("B5", "Labour Code 2019 Art 71.a")
    late = check_failure(FailureGround.REFUSED_OR_LATE, date(2027, 4, 5), REQUESTED,
                         date(2027, 4, 1), CAL)
    assert "after the limit of 31/03/2027" in late.english()
    with pytest.raises(ValidationError):  # started on the last day: in time
        check_failure(FailureGround.REFUSED_OR_LATE, date(2027, 4, 5), REQUESTED,
                      date(2027, 3, 31), CAL)


def test_b5_time_ran_out():
    started = date(2027, 3, 1)  # end due 31/05/2027
    with pytest.raises(ValidationError):
        check_failure(FailureGround.TIME_RAN_OUT, date(2027, 5, 31), REQUESTED, started, CAL)
    why = check_failure(FailureGround.TIME_RAN_OUT, date(2027, 6, 1), REQUESTED, started, CAL)
    assert why.article == "Labour Code 2019 Art 71.b"
    with pytest.raises(ValidationError):  # the parties agreed a longer time
        check_failure(FailureGround.TIME_RAN_OUT, date(2027, 6, 1), REQUESTED, started, CAL,
                      agreed_end=date(2027, 7, 1))
    with pytest.raises(ValidationError):  # never started
        check_failure(FailureGround.TIME_RAN_OUT, date(2027, 9, 1), REQUESTED, None, CAL)


def test_b5_declared_any_time_but_not_before_the_request():
    why = check_failure(FailureGround.DECLARED, REQUESTED, REQUESTED, None, CAL)
    assert why.article == "Labour Code 2019 Art 71.c"
    assert why.english() == "The parties declared on 01/03/2027 that bargaining failed."
    with pytest.raises(ValidationError, match="before the request"):
        check_failure(FailureGround.DECLARED, date(2027, 2, 28), REQUESTED, None, CAL)
