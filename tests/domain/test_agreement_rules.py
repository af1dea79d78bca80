"""Agreement rules at their boundaries (Labour Code 2019 Arts 76-83; DOMAIN.md A1-A5)."""

from __future__ import annotations

from datetime import date

import pytest

from dcs_enterprise.domain.agreement_rules import (
    Standing,
    check_signing,
    check_term,
    decide_agreement_vote,
    effective_from,
    expires_on,
    filing_due,
    renewal_opens,
    standing,
    survives_until,
)
from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.errors import ValidationError

CAL = WorkCalendar.statutory()  # Sunday rest; Tết 2027 leaves Fri 5 .. Wed 10 Feb off


def vote(workforce, in_favour, against=0, invalid=0, returned=None, issued=None):
    returned = in_favour + against + invalid if returned is None else returned
    return decide_agreement_vote(workforce, returned if issued is None else issued, returned,
                                 in_favour, against, invalid)


# A1, Art 76.1: MORE than half of ALL the enterprise's workers in favour.
@pytest.mark.parametrize(("workforce", "in_favour", "passed", "needed"), [
    (100, 50, False, 51), (100, 51, True, 51),  # exactly half fails
    (101, 50, False, 51), (101, 51, True, 51),
    (2, 1, False, 2), (2, 2, True, 2), (1, 1, True, 1), (1, 0, False, 1)])
def test_a1_more_than_half_of_the_workforce(workforce, in_favour, passed, needed):
    result = decide_agreement_vote(workforce, workforce, workforce, in_favour,
                                   workforce - in_favour, 0)
    assert (result.passed, result.needed) == (passed, needed)
    assert (result.workforce, result.in_favour) == (workforce, in_favour)
    assert result.why.rule_id == "A1" and result.why.article == "Labour Code 2019 Art 76.1"


def test_a1_base_is_the_whole_workforce_even_when_few_voted():
    result = vote(1000, in_favour=90, against=10)  # 90% of the voters, 9% of the workers
    assert not result.passed and result.needed == 501
    assert result.why.english() == (
        "90 in favour of 1000 workers of the enterprise (9.0%); more than half of all workers "
        "needed, that is at least 501.")
    assert not vote(1000, in_favour=500).passed
    assert vote(1000, in_favour=501).passed
    assert dict(vote(3, in_favour=2).why.params)["percent"] == "66.6"  # rounded down


@pytest.mark.parametrize(("args", "message"), [
    ((10, 11, 11, 11, 0, 0), "More ballots were issued"),
    ((10, 8, 9, 9, 0, 0), "More ballots were returned"),
    ((10, 10, 10, 5, 3, 1), "add up to 9"),
    ((10, 10, 8, 5, 3, 1), "add up to 9"),
    ((10, 10, 10, -1, 10, 1), "negative"),
    ((-1, 0, 0, 0, 0, 0), "negative"),
    ((0, 0, 0, 0, 0, 0), "at least one worker"),
])
def test_a1_refusals(args, message):
    with pytest.raises(ValidationError, match=message):
        decide_agreement_vote(*args)


def test_signing_needs_a_passed_vote_before_it():
    why = check_signing(True, date(2027, 3, 1), date(2027, 3, 1))
    assert why.rule_id == "A1"
    for passed, on in ((None, None), (False, date(2027, 3, 1)), (True, None)):
        with pytest.raises(ValidationError, match="Art 76.1"):
            check_signing(passed, on, date(2027, 3, 2))
    with pytest.raises(ValidationError, match="before the vote"):
        check_signing(True, date(2027, 3, 2), date(2027, 3, 1))


# A2, Art 77: filed within 10 days of signing.
@pytest.mark.parametrize(("signed", "due"), [
    (date(2027, 3, 1), date(2027, 3, 11)),
    (date(2027, 2, 25), date(2027, 3, 8)),  # 7 March 2027 is a Sunday
    (date(2027, 1, 30), date(2027, 2, 11)),  # 9 Feb 2027 is in Tết
])
def test_a2_filing(signed, due):
    clock = filing_due(signed, CAL)
    assert clock.due == due
    assert clock.why.rule_id == "A2" and clock.why.article == "Labour Code 2019 Art 77"


# A3, Art 78.1: as written, else the signing date.
def test_a3_effective_date():
    day, why = effective_from(date(2027, 3, 1), None)
    assert day == date(2027, 3, 1) and why.rule_id == "A3" and "78.1" in why.article
    day, why = effective_from(date(2027, 3, 1), date(2027, 4, 1))
    assert day == date(2027, 4, 1) and "01/04/2027" in why.english()
    assert effective_from(date(2027, 3, 1), date(2027, 3, 1))[0] == date(2027, 3, 1)
    with pytest.raises(ValidationError):
        effective_from(date(2027, 3, 1), date(2027, 2, 28))


# A4, Art 78.3: 1 to 3 years.
@pytest.mark.parametrize("months", [12, 24, 36])
def test_a4_term_accepted(months):
    assert check_term(months).rule_id == "A4"


@pytest.mark.parametrize("months", [11, 37, 48, 0, -12])
def test_a4_term_refused(months):
    with pytest.raises(ValidationError, match=f"{months} months given"):
        check_term(months)


@pytest.mark.parametrize(("effective", "months", "last"), [
    (date(2027, 1, 1), 12, date(2027, 12, 31)),
    (date(2027, 3, 1), 12, date(2028, 2, 29)),  # leap year
    (date(2027, 3, 15), 36, date(2030, 3, 14)),
    (date(2028, 2, 29), 12, date(2029, 2, 28)),  # no 29 Feb 2029: that month's last day
    (date(2027, 1, 31), 13, date(2028, 2, 29)),
    (date(2027, 7, 1), 18, date(2028, 12, 31)),
])
def test_a4_last_day_in_force(effective, months, last):
    assert expires_on(effective, months) == last


# A5, Art 83: renewal talks from 90 days before expiry; survival up to 90 days after.
def test_a5_window_dates():
    assert renewal_opens(date(2027, 12, 31)) == date(2027, 10, 2)
    assert survives_until(date(2027, 12, 31)) == date(2028, 3, 30)


EFFECTIVE, EXPIRES = date(2025, 1, 1), date(2027, 12, 31)


@pytest.mark.parametrize(("today", "talks", "expected"), [
    (date(2024, 12, 31), False, Standing.NOT_YET),
    (date(2025, 1, 1), False, Standing.IN_FORCE),
    (date(2027, 10, 1), False, Standing.IN_FORCE),
    (date(2027, 10, 2), False, Standing.RENEWAL_WINDOW),
    (date(2027, 12, 31), False, Standing.RENEWAL_WINDOW),
    (date(2028, 1, 1), False, Standing.EXPIRED),
    (date(2028, 1, 1), True, Standing.SURVIVING),
    (date(2028, 3, 30), True, Standing.SURVIVING),
    (date(2028, 3, 31), True, Standing.EXPIRED),
])
def test_a5_standing(today, talks, expected):
    state, why = standing(EFFECTIVE, EXPIRES, today, talks, False)
    assert state is expected
    assert why.rule_id in {"A3", "A4", "A5"} and why.article.startswith("Labour Code 2019")


def test_a5_standing_explains_and_supersedes():
    state, why = standing(EFFECTIVE, EXPIRES, date(2027, 12, 1), False, False)
    assert why.english() == ("Expires on 31/12/2027, in 30 days: the parties may bargain to "
                             "extend it or sign a new agreement.")
    assert standing(EFFECTIVE, EXPIRES, date(2026, 1, 1), False, True)[0] is Standing.SUPERSEDED
    with pytest.raises(ValidationError):
        standing(EXPIRES, EFFECTIVE, date(2026, 1, 1), False, False)
