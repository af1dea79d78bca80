"""The demo's dialogues and bargaining, dated around a fixed ``today``: a published list that
meets D2/D3, a year of dialogues (D1, D6, D7, D9, D10), a concluded round whose agreement is
filed, announced and in its renewal window (A5); the employee view sees what was published."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dcs_enterprise.domain.agreement_rules import Standing
from dcs_enterprise.domain.bargaining_stages import AgreementStage, RoundStage
from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.dialogue_rules import DialogueKind, IncidentTrigger, Side
from dcs_enterprise.domain.dialogue_stages import DialogueStage
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.agreements import AgreementService
from dcs_enterprise.services.bargaining import BargainingService
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.dialogue_lists import DialogueListService
from dcs_enterprise.services.dialogues import DialogueService
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.session import EMPLOYEE_VIEW


@pytest.fixture
def make_demo(tmp_path):
    opened = []

    def make(**kwargs):
        db = open_file(tmp_path / f"d{len(opened)}.sqlite")
        opened.append(db)
        create_demo(db, **kwargs)
        return db, sign_in(db, "nhansu", "demo-nhansu")

    yield make
    for db in opened:
        db.close()


# An ordinary day, and one in Tết (Tết Nguyên đán 2027 falls on Saturday 6 February).
@pytest.mark.parametrize(("employees", "today"), [(300, date(2026, 11, 27)),
                                                  (420, date(2027, 2, 10))])
def test_a_year_of_dialogues(make_demo, employees, today):
    db, hr = make_demo(employees=employees, today=today)
    listed = DialogueListService(db, hr).current()
    assert listed.employer_check.ok and listed.worker_check.ok  # D2, D3
    assert any(m.is_legal_representative for m in listed.side(Side.EMPLOYER))
    assert listed.band.minimum <= len(listed.side(Side.WORKER)) <= listed.band.maximum
    assert today - timedelta(days=440) <= listed.determined_on <= today - timedelta(days=400)
    assert listed.published_on is not None and listed.renewal.due > today  # D5
    [left] = [m for m in listed.members if not m.active]
    assert left.left_reason and any(m.joined_on == left.left_on for m in listed.current)

    service = DialogueService(db, hr)
    dialogues = [service.get(s.id, today) for s in service.list()]
    held = [d for d in dialogues if d.held_on is not None]
    assert all(d.quorum.met and d.substantive and d.minutes_number for d in held)  # D7
    periodic = [d for d in held if d.kind is DialogueKind.PERIODIC]
    assert len(periodic) == 2
    assert all(today - d.held_on <= timedelta(days=365) for d in periodic)
    assert all(d.employer_agenda_on_time and d.worker_agenda_on_time for d in periodic)  # D6
    assert service.periodic_check(periodic[0].held_on.year).ok  # D1
    published = [d for d in held if d.stage is DialogueStage.PUBLISHED]
    assert len(published) == 3 and all(d.notice_on_time for d in published)  # D9
    [request] = [d for d in published if d.kind is DialogueKind.REQUEST]
    assert request.support.ok and request.reply_on_time  # D10
    [incident] = [d for d in held if d.kind is DialogueKind.INCIDENT]
    assert incident.trigger is IncidentTrigger.BONUS_RULES
    assert incident.stage is DialogueStage.SIGNED and incident.notice_due.due >= today
    [upcoming] = [d for d in dialogues if d.held_on is None]
    assert upcoming.stage is DialogueStage.SCHEDULED and upcoming.kind is DialogueKind.PERIODIC
    assert today < upcoming.agenda_due.due < upcoming.scheduled_on <= today + timedelta(days=30)
    assert upcoming.employer_agenda_sent_on is None
    actions = [a for d in held for a in d.actions]
    assert {Status.DONE, Status.IN_PROGRESS} <= {a.status for a in actions}
    assert sum(a.overdue for a in actions) == 1

    shown = DialogueService(db, EMPLOYEE_VIEW).published_notices()
    assert {n.title for n in shown} == {d.title for d in published}


@pytest.mark.parametrize(("employees", "today"), [(300, date(2026, 11, 27)),
                                                  (420, date(2027, 2, 10))])
def test_a_finished_round_and_an_agreement_near_expiry(make_demo, employees, today):
    db, hr = make_demo(employees=employees, today=today)
    [summary] = BargainingService(db, hr).rounds()
    assert summary.stage is RoundStage.CONCLUDED
    assert timedelta(days=730) < today - summary.requested_on < timedelta(days=800)
    bargaining = BargainingService(db, hr).get(summary.id)
    clocks = (bargaining.arrangement, bargaining.start, bargaining.information)
    assert all(c.done_on and not c.late for c in clocks)  # B1, B3
    assert len(bargaining.sessions) == 3
    assert all(s.published_on and (s.agreed_points or s.disputed_points)
               for s in bargaining.sessions)  # B4
    assert any(s.disputed_points for s in bargaining.sessions)

    agreements = AgreementService(db, hr)
    agreement = agreements.get(summary.agreement_id, today)
    assert agreement.stage is AgreementStage.FILED and not agreement.filing.late  # A2
    assert agreement.announced_on and agreement.filing_proof
    assert agreement.vote.passed and agreement.ballots_returned < agreement.ballots_issued
    assert agreement.vote.workforce == agreements.workforce(agreement.vote_on)  # A1
    assert agreement.standing is Standing.RENEWAL_WINDOW  # A5
    assert 60 <= (agreement.expires_on - today).days <= 90
    assert len(agreement.versions) == 3
    assert agreements.diff(agreement.id, 1, 3).changes
    assert [c.text.term_months for c in agreement.clauses if c.text.term_months] == [12]
    tracked = [c for c in agreement.clauses if c.updated_on]
    assert {c.status for c in tracked} == {Status.DONE, Status.IN_PROGRESS}
    assert sum(c.overdue for c in tracked) == 1

    assert agreements.in_force(today).id == agreement.id
    assert AgreementService(db, EMPLOYEE_VIEW).published(today).id == agreement.id
    assert len(AgreementService(db, EMPLOYEE_VIEW).published_sessions()) == 3


def test_the_flags(make_demo):
    db, hr = make_demo(employees=60, conferences=False, today=date(2026, 11, 27))
    assert not DialogueService(db, hr).list() and not BargainingService(db, hr).rounds()
    db, hr = make_demo(employees=60, conferences=False, dialogues=True,
                       today=date(2026, 11, 27))
    assert DialogueService(db, hr).list() and not BargainingService(db, hr).rounds()
    db, hr = make_demo(employees=60, bargaining=False, today=date(2026, 11, 27))
    assert DialogueService(db, hr).list() and not BargainingService(db, hr).rounds()
