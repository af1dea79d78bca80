"""Dialogue rules at their boundaries (Labour Code 2019 Art 63; Decree 145/2020 Arts 37-41;
DOMAIN.md D1-D11)."""

from __future__ import annotations

from datetime import date

import pytest

from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.dialogue_rules import (
    TRIGGER_LABELS,
    IncidentTrigger,
    Organisation,
    Side,
    agenda_due,
    check_dialogue_quorum,
    check_employer_side,
    check_request_support,
    check_worker_side,
    has_substantive_content,
    minutes_signatories,
    notice_due,
    periodic_dialogue_check,
    renewal_due,
    reply_due,
    side_of,
    split_worker_seats,
    trigger_article,
    worker_side_band,
)
from dcs_enterprise.domain.errors import ValidationError

CAL = WorkCalendar.statutory()  # Sunday rest; Tết 2027 leaves Fri 5 .. Wed 10 Feb off
SAT_SUN = WorkCalendar.statutory(rest_weekdays=frozenset({5, 6}))
UNION, OTHER, GROUP = (Organisation.UNION, Organisation.OTHER_ORGANISATION,
                       Organisation.DIALOGUE_GROUP)


# D1, LC Art 63.2.a: at least one periodic dialogue a year.
def test_d1_periodic_dialogue_each_year():
    held = [date(2026, 12, 31), date(2028, 1, 1)]
    assert not periodic_dialogue_check(2027, held).ok
    check = periodic_dialogue_check(2026, held)
    assert check.ok and check.why.rule_id == "D1" and "63.2.a" in check.why.article
    assert check.why.english() == "Periodic dialogues held in 2026: 1; at least one a year."


# D2, Decree 145 Art 38.1: at least 3 including the legal representative.
@pytest.mark.parametrize(("members", "legal_rep", "ok"), [
    (3, True, True), (2, True, False), (3, False, False), (10, False, False), (4, True, True)])
def test_d2_employer_side(members, legal_rep, ok):
    check = check_employer_side(members, legal_rep)
    assert check.ok is ok
    assert check.why.rule_id == "D2" and check.why.article == "Decree 145/2020 Art 38.1"


# D3, Decree 145 Art 38.2.a: bands by headcount, checked against the lower bound.
@pytest.mark.parametrize(("headcount", "minimum", "maximum"), [
    (1, 3, None), (49, 3, None), (50, 4, 8), (149, 4, 8), (150, 9, 13), (299, 9, 13),
    (300, 14, 18), (499, 14, 18), (500, 19, 23), (999, 19, 23), (1000, 24, None),
    (25000, 24, None)])
def test_d3_band_edges(headcount, minimum, maximum):
    band = worker_side_band(headcount)
    assert (band.minimum, band.maximum) == (minimum, maximum)
    assert band.why.rule_id == "D3" and "38.2.a" in band.why.article
    assert f"{headcount} workers" in band.why.english()


@pytest.mark.parametrize(("members", "headcount", "ok"), [
    (3, 49, True), (2, 49, False), (4, 50, True), (3, 50, False),
    (4, 149, True), (8, 149, True), (8, 150, False), (9, 150, True),
    (13, 299, True), (13, 300, False), (14, 300, True), (18, 499, True), (18, 500, False),
    (19, 500, True), (23, 999, True), (23, 1000, False), (24, 1000, True)])
def test_d3_worker_side_at_the_edges(members, headcount, ok):
    check = check_worker_side(members, headcount)
    assert check.ok is ok
    assert check.why.rule_id == "D3"


def test_d3_explanation_shows_the_band():
    assert check_worker_side(5, 120).why.english() == \
        "5 worker representatives for 120 workers; at least 4 needed (band 4 to 8)."
    assert check_worker_side(2, 30).why.english() == \
        "2 worker representatives for 30 workers; at least 3 needed."


@pytest.mark.parametrize("headcount", [0, -5])
def test_d3_refuses_an_empty_enterprise(headcount):
    with pytest.raises(ValidationError):
        worker_side_band(headcount)


# D4, Decree 145 Art 38.2.b: seats pro rata to membership.
def test_d4_pro_rata_largest_remainder():
    assert split_worker_seats(8, {UNION: 300, GROUP: 100}) == {UNION: 6, GROUP: 2}
    assert split_worker_seats(5, {UNION: 50, OTHER: 30, GROUP: 20}) == \
        {UNION: 3, OTHER: 1, GROUP: 1}  # quotas 2.5, 1.5, 1.0: ties to the larger


def test_d4_each_organisation_signs_so_gets_a_seat_when_seats_allow():
    assert split_worker_seats(4, {UNION: 990, GROUP: 10}) == {UNION: 3, GROUP: 1}


def test_d4_fewer_seats_than_organisations_plain_remainder():
    assert split_worker_seats(2, {UNION: 50, OTHER: 30, GROUP: 20}) == \
        {UNION: 1, OTHER: 1, GROUP: 0}


def test_d4_organisation_without_members_gets_none():
    assert split_worker_seats(3, {UNION: 40, GROUP: 0}) == {UNION: 3, GROUP: 0}


@pytest.mark.parametrize(("seats", "membership"), [
    (0, {UNION: 10}), (3, {UNION: -1}), (3, {UNION: 0}),
    (3, {Organisation.EMPLOYER: 5, UNION: 10})])
def test_d4_refusals(seats, membership):
    with pytest.raises(ValidationError):
        split_worker_seats(seats, membership)


# D5, Decree 145 Art 38.3: lists renewed at least every 2 years.
def test_d5_renewal_from_29_february():
    clock = renewal_due(date(2028, 2, 29), CAL)
    assert clock.due == date(2030, 2, 28)  # a Thursday, a working day
    assert clock.why.rule_id == "D5" and clock.why.article == "Decree 145/2020 Art 38.3"
    assert clock.why.english() == \
        "Lists fixed on 29/02/2028; renewed at least every 2 years: by 28/02/2030."


def test_d5_renewal_rolls_off_a_sunday():
    clock = renewal_due(date(2025, 2, 14), CAL)  # 14/02/2027 is a Sunday
    assert clock.due == date(2027, 2, 15)
    assert "moved to the next working day" in clock.why.english()


# D6, Decree 145 Art 39.3: content sent no later than 5 working days before.
def test_d6_agenda_before_a_monday():
    clock = agenda_due(date(2027, 3, 15), CAL)  # Mon; Tue 9 -> Wed, Thu, Fri, Sat, Mon
    assert clock.due == date(2027, 3, 9)
    assert clock.why.rule_id == "D6" and "39.3" in clock.why.article
    assert agenda_due(date(2027, 3, 15), SAT_SUN).due == date(2027, 3, 8)


def test_d6_agenda_counts_back_over_tet():
    # Mon 15 Feb 2027: Mon 15, Sat 13, Fri 12, Thu 11 then Tết (5-10 Feb), Thu 4.
    assert agenda_due(date(2027, 2, 15), CAL).due == date(2027, 2, 3)


# D7, Decree 145 Art 39.4: employer representative AND MORE than 70% of worker representatives.
@pytest.mark.parametrize(("present", "listed", "met", "required"), [
    (7, 10, False, 8), (8, 10, True, 8),  # exactly 70% fails
    (14, 20, False, 15), (15, 20, True, 15),
    (2, 3, False, 3), (3, 3, True, 3), (1, 1, True, 1), (0, 1, False, 1),
    (70, 100, False, 71), (71, 100, True, 71)])
def test_d7_quorum_boundary(present, listed, met, required):
    quorum = check_dialogue_quorum(True, present, listed)
    assert (quorum.met, quorum.required) == (met, required)
    assert quorum.why.rule_id == "D7" and quorum.why.article == "Decree 145/2020 Art 39.4"
    assert f"{present} of {listed}" in quorum.why.english()


def test_d7_exactly_seventy_percent_is_explained():
    assert check_dialogue_quorum(True, 7, 10).why.english() == (
        "7 of 10 worker representatives present (70%); more than 70% needed, that is at "
        "least 8.")


def test_d7_employer_representative_absent_fails():
    quorum = check_dialogue_quorum(False, 10, 10)
    assert not quorum.met and quorum.required == 8
    assert "absent" in quorum.why.english()


@pytest.mark.parametrize(("present", "listed"), [(11, 10), (-1, 10), (0, 0)])
def test_d7_refusals(present, listed):
    with pytest.raises(ValidationError):
        check_dialogue_quorum(True, present, listed)


# D8, Decree 145 Art 39.4: the signatories of the minutes.
def test_d8_signatories():
    assert minutes_signatories([GROUP, UNION, UNION]) == (Organisation.EMPLOYER, UNION, GROUP)
    assert minutes_signatories([OTHER, Organisation.EMPLOYER]) == (Organisation.EMPLOYER, OTHER)
    assert minutes_signatories([]) == (Organisation.EMPLOYER,)


def test_sides():
    assert side_of(Organisation.EMPLOYER) is Side.EMPLOYER
    assert {side_of(o) for o in (UNION, OTHER, GROUP)} == {Side.WORKER}


# D9, Decree 145 Arts 39.5, 40.4, 41.1.e: main points published within 3 working days.
def test_d9_notice_skips_tet():
    clock = notice_due(date(2027, 2, 4), CAL)  # Thu; Tết Fri 5 .. Wed 10
    assert clock.due == date(2027, 2, 13)
    assert clock.why.rule_id == "D9" and "39.5" in clock.why.article
    assert notice_due(date(2027, 3, 12), CAL).due == date(2027, 3, 16)  # Fri -> Sat, Mon, Tue


# D10, Decree 145 Art 40.1-40.2: at least 30% back a request; reply within 5 working days.
@pytest.mark.parametrize(("supporters", "listed", "ok"), [
    (3, 10, True), (2, 10, False), (6, 20, True), (5, 20, False),
    (3, 7, True), (2, 7, False), (1, 3, True), (0, 3, False)])
def test_d10_support_boundary(supporters, listed, ok):
    check = check_request_support(supporters, listed)
    assert check.ok is ok
    assert check.why.rule_id == "D10" and "40.1" in check.why.article


def test_d10_explanation_and_refusals():
    assert check_request_support(3, 10).why.english() == (
        "3 of 10 worker representatives back the request; at least 30% needed, that is 3.")
    for supporters, listed in ((11, 10), (-1, 10), (0, 0)):
        with pytest.raises(ValidationError):
            check_request_support(supporters, listed)


def test_d10_reply_skips_tet():
    clock = reply_due(date(2027, 2, 4), CAL)  # Thu 11, Fri 12, Sat 13, Mon 15, Tue 16
    assert clock.due == date(2027, 2, 16)
    assert clock.why.rule_id == "D10" and clock.why.article == "Decree 145/2020 Art 40.2"


# D11, LC Art 63.2.c, Decree 145 Art 41: incident triggers.
def test_d11_every_trigger_has_a_label_and_an_article():
    for trigger in IncidentTrigger:
        assert TRIGGER_LABELS[trigger]
        assert trigger_article(trigger) == f"Labour Code 2019 Art {trigger.value}"


# Sham minutes (Decree 145 Art 39.4: the course of the dialogue is written down).
def test_sham_minutes_warning():
    assert not has_substantive_content([])
    assert not has_substantive_content([("Agreed.", "No comment.", "", "  ")])
    assert has_substantive_content([("", "", "Lunch allowance up 10%", "")])
    assert has_substantive_content([("", "", "", "Overtime pay on Sundays")])
    assert has_substantive_content([("We propose a new shift pattern", "", "", "")])
