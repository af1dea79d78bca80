"""Preparing the conference: the checklist dated in working days, delegate elections by a
majority of those present, seats at factory scale, commitments and publication timing (P3)."""

from __future__ import annotations

from datetime import date

import pytest

from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.commitments import Status, check_update, is_overdue
from dcs_enterprise.domain.conference_plan import (
    TASK_LABELS,
    TaskKind,
    decide_election,
    preparation_checklist,
)
from dcs_enterprise.domain.conference_rules import allocate_seats
from dcs_enterprise.domain.enums import Regime
from dcs_enterprise.domain.errors import ValidationError
from dcs_enterprise.domain.publication import check_publication
from dcs_enterprise.domain.settings import DemocracySettings

SUNDAY_REST = WorkCalendar(rest_weekdays=frozenset({6}), holidays=frozenset())
WEEKEND_REST = WorkCalendar(rest_weekdays=frozenset({5, 6}), holidays=frozenset())


def test_every_checklist_item_has_a_label_and_falls_on_a_working_day():
    assert set(TASK_LABELS) == set(TaskKind)
    for calendar in (SUNDAY_REST, WEEKEND_REST):
        tasks = preparation_checklist(date(2027, 3, 12), calendar)
        assert [t.kind for t in tasks] == list(TaskKind)
        assert all(calendar.is_working_day(t.due) for t in tasks)
        assert [t.due for t in tasks] == sorted(t.due for t in tasks)


def test_five_working_days_before_a_friday():
    # Mon 8 - Fri 12 March are the five working days: due the last working day before them.
    tasks = {t.kind: t.due for t in preparation_checklist(date(2027, 3, 12), WEEKEND_REST)}
    assert tasks[TaskKind.INVITATIONS_SENT] == date(2027, 3, 5)  # Friday, not the weekend
    assert tasks[TaskKind.VENUE_READY] == date(2027, 3, 11)


def test_holidays_push_the_checklist_earlier():
    # Tết 2027 holidays (5-10 Feb) fall inside the lead time of a conference on 19 Feb.
    tet = frozenset(date(2027, 2, d) for d in range(5, 11))
    with_tet = WorkCalendar(rest_weekdays=frozenset({5, 6}), holidays=tet)
    plain = {t.kind: t.due for t in preparation_checklist(date(2027, 2, 19), WEEKEND_REST)}
    during = {t.kind: t.due for t in preparation_checklist(date(2027, 2, 19), with_tet)}
    assert during[TaskKind.INVITATIONS_SENT] < plain[TaskKind.INVITATIONS_SENT]
    assert not any(d in tet for d in during.values())


def test_a_delegate_needs_more_than_half_of_those_present():
    result = decide_election({1: 3, 2: 2}, present=4, seats=2)  # 3 > 2; 2 is exactly half
    assert result.elected == (1,) and result.needed == 3
    assert result.why.rule_id == "A3.14"


def test_most_votes_take_the_seats_and_a_tie_for_the_last_seat_is_revoted():
    assert decide_election({1: 9, 2: 8, 3: 7}, present=10, seats=2).elected == (1, 2)
    tied = decide_election({1: 9, 2: 7, 3: 7}, present=10, seats=2)
    assert tied.elected == (1,) and set(tied.tied) == {2, 3}


def test_one_department_with_two_workers():
    assert decide_election({1: 2, 2: 0}, present=2, seats=1).elected == (1,)
    assert decide_election({1: 1, 2: 1}, present=2, seats=1).elected == ()  # half each
    assert allocate_seats({"small": 2, "large": 98}, 10) == {"small": 1, "large": 9}


def test_election_counts_are_checked():
    with pytest.raises(ValidationError):
        decide_election({1: 5}, present=4, seats=1)
    with pytest.raises(ValidationError):
        decide_election({1: 0}, present=0, seats=1)


def test_a_thousand_departments():
    headcounts = {f"D{i:04d}": 20 + (i * 7919) % 180 for i in range(1000)}
    result = allocate_seats(headcounts, 2000)
    assert sum(result.values()) == 2000 and min(result.values()) >= 1
    total = sum(headcounts.values())
    # Largest remainder: nobody is more than one seat away from their exact quota.
    assert all(abs(result[k] - 2000 * v / total) < 1 for k, v in headcounts.items())
    minimum = allocate_seats(headcounts, 1000)
    assert set(minimum.values()) == {1}


def test_commitment_updates_must_be_coherent():
    check_update(Status.IN_PROGRESS, 40, "")
    for status, progress, note in ((Status.DONE, 90, ""), (Status.NOT_STARTED, 10, ""),
                                   (Status.DROPPED, 0, " "), (Status.IN_PROGRESS, 101, "")):
        with pytest.raises(ValidationError):
            check_update(status, progress, note)
    assert is_overdue(Status.IN_PROGRESS, date(2027, 4, 1), date(2027, 4, 2))
    assert not is_overdue(Status.IN_PROGRESS, date(2027, 4, 1), date(2027, 4, 1))
    assert not is_overdue(Status.DONE, date(2027, 4, 1), date(2027, 5, 1))


SOE = DemocracySettings(regime=Regime.SOE)


def test_p3_within_15_days_and_posted_20_days_for_soe_only():
    decided = date(2027, 3, 12)
    assert check_publication(decided, date(2027, 3, 27), None, DemocracySettings()) is None
    on_time = check_publication(decided, date(2027, 3, 27), date(2027, 4, 15), SOE)
    assert on_time.met and on_time.rule_id == "P3"  # day 15; 20 days counting the first
    assert not check_publication(decided, date(2027, 3, 28), None, SOE).met
    assert not check_publication(decided, date(2027, 3, 27), date(2027, 4, 14), SOE).met
    with pytest.raises(ValidationError):
        check_publication(decided, date(2027, 3, 11), None, SOE)
    with pytest.raises(ValidationError):
        check_publication(decided, date(2027, 3, 20), date(2027, 3, 19), SOE)
