"""The dashboard's deadlines: each open record's running clock, with its rule, soonest first;
closed records drop out, and only what is overdue or due within the horizon is listed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from bargaining_flow import Parties as Bargainers
from bargaining_flow import hire_workers, requested, signed
from dialogue_flow import HELD_ON, full_list, held, parties, scheduled

from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.dialogue_rules import agenda_due, notice_due
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import PermissionDenied
from dcs_enterprise.services.deadlines import DeadlineService
from dcs_enterprise.services.session import EMPLOYEE_VIEW


def _calendar(db) -> WorkCalendar:
    from dcs_enterprise.services.enterprise import EnterpriseService

    return EnterpriseService(db, EMPLOYEE_VIEW).work_calendar()


def _rules(items) -> list[tuple[str, date]]:
    return [(i.rule_id, i.due) for i in items]


def test_a_dialogue_shows_its_agenda_then_its_notice_deadline(initialized, make_actor,
                                                               tmp_path):
    db, admin = initialized
    p = parties(db, admin, make_actor, tmp_path)
    info = full_list(p)
    dialogue_id = scheduled(p)
    service = DeadlineService(db, p.hr)
    calendar = _calendar(db)
    agenda = agenda_due(HELD_ON, calendar).due
    assert ("D6", agenda) in _rules(service.due(agenda))
    assert ("D6", agenda) not in _rules(service.due(date(2027, 1, 4), horizon_days=10))
    held(p, dialogue_id, info)
    due = service.due(HELD_ON)
    assert ("D6", agenda) not in _rules(due)
    assert ("D9", notice_due(HELD_ON, calendar).due) in _rules(due)
    assert service.due(date(2027, 4, 1))[0].overdue(date(2027, 4, 1))


def test_a_request_starts_the_bargaining_clocks_and_signing_the_filing_one(initialized,
                                                                          make_actor):
    db, admin = initialized
    hire_workers(db, admin)
    p = Bargainers(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))
    round_id = requested(p)
    info = p.bargaining().get(round_id)
    due = _rules(DeadlineService(db, p.hr).due(date(2027, 1, 11), horizon_days=60))
    assert ("B1", info.arrangement.clock.due) in due
    assert ("B1", info.start.clock.due) in due
    assert ("B3", info.information.clock.due) in due


def test_a_signed_agreement_must_be_filed_and_warns_before_expiry(initialized, make_actor):
    db, admin = initialized
    hire_workers(db, admin)
    p = Bargainers(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))
    _round, agreement_id = signed(p)
    agreement = p.agreements().get(agreement_id, date(2027, 2, 5))
    service = DeadlineService(db, p.union)
    assert ("A2", agreement.filing.clock.due) in _rules(service.due(date(2027, 2, 5)))
    p.agreements(p.hr).file(agreement_id, date(2027, 2, 8), "Nộp trực tiếp", "Biên nhận 1")
    assert all(i.rule_id != "A2" for i in service.due(date(2027, 2, 8)))
    # Listed from the day the renewal window opens (90 days ahead), not only 30 days ahead.
    assert ("A5", agreement.expires_on) in _rules(service.due(agreement.renewal_opens))
    the_day_before = agreement.renewal_opens - timedelta(days=1)
    assert all(i.rule_id != "A5" for i in service.due(the_day_before))
    assert all(i.rule_id != "A5" for i in service.due(date(2027, 6, 1)))


def test_employees_do_not_see_the_dashboard(initialized):
    db, _admin = initialized
    with pytest.raises(PermissionDenied):
        DeadlineService(db, EMPLOYEE_VIEW).due(date(2027, 1, 1))


def test_the_yearly_periodic_dialogue_is_listed_from_october(initialized, make_actor):
    db, _admin = initialized
    service = DeadlineService(db, make_actor(Role.HR_OFFICER))
    assert ("D1", date(2027, 12, 31)) in _rules(service.due(date(2027, 10, 1)))
    assert ("D1", date(2027, 12, 31)) not in _rules(service.due(date(2027, 9, 30)))
