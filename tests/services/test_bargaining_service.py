"""Bargaining and the agreement through the services: the clocks, the sessions, the vote of
all workers (A1), signing, filing, standing, amendments; bad input changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from bargaining_flow import (
    CLAUSES,
    REQUESTED_ON,
    SIGNING,
    WORKFORCE,
    Parties,
    concluded,
    filed,
    hire_workers,
    negotiated,
    requested,
    signed,
    voted,
)

from dcs_enterprise.domain.agreement_rules import Standing
from dcs_enterprise.domain.agreement_text import ChangeKind
from dcs_enterprise.domain.bargaining_rules import FailureGround, Requester, Topic
from dcs_enterprise.domain.bargaining_stages import AgreementStage, RoundKind, RoundStage
from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.services.bargaining_models import RequestInput, SessionInput, VoteInput
from dcs_enterprise.services.session import EMPLOYEE_VIEW


@pytest.fixture
def parties(initialized, make_actor) -> Parties:
    db, admin = initialized
    hire_workers(db, admin)
    return Parties(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))


def test_the_request_starts_every_clock(parties):
    info = parties.bargaining().get(requested(parties))
    assert info.stage is RoundStage.REQUESTED
    assert info.arrangement.clock.due == date(2027, 1, 19)  # 7 working days from Mon 11/01
    assert info.information.clock.due == date(2027, 1, 21)  # 10 days
    assert info.end is None  # B2 counts from the first session


def test_tet_rolls_the_latest_start(parties):
    info = parties.bargaining().get(requested(parties))
    # 11/01 + 30 days = Wed 10/02/2027, the day in lieu of Tết's Sunday: Thursday 11/02.
    assert info.start.clock.due == date(2027, 2, 11)
    assert info.start.clock.why.rule_id == "B1"


def test_a_round_from_request_to_filed_agreement(parties):
    round_id, agreement_id = filed(parties)
    info = parties.bargaining().get(round_id)
    assert info.stage is RoundStage.CONCLUDED
    assert [s.number for s in info.sessions] == [1, 2]
    assert info.sessions[0].minutes_number.endswith("/BB-CĐCS")
    assert info.end.clock.due == date(2027, 4, 26)  # 90 days from 25/01
    assert not info.information.late
    agreement = parties.agreements().get(agreement_id, date(2027, 6, 1))
    assert agreement.stage is AgreementStage.FILED
    assert agreement.vote.passed and agreement.vote.workforce == WORKFORCE
    assert agreement.effective_on == date(2027, 3, 1)
    assert agreement.expires_on == date(2029, 2, 28)
    assert agreement.filing.clock.due == date(2027, 2, 15)  # 10 days, rolled off Sunday 14/02
    assert not agreement.filing.late
    assert agreement.standing is Standing.IN_FORCE
    assert [v.version for v in agreement.versions] == [1, 2]
    assert [c.text.title for c in agreement.clauses] == [c.title for c in CLAUSES]
    assert parties.agreements().published(date(2027, 6, 1)).id == agreement_id


def test_exactly_half_of_all_workers_fails_and_one_more_passes(parties):
    _round, agreement_id = voted(parties, in_favour=WORKFORCE // 2)
    info = parties.agreements().get(agreement_id, date(2027, 2, 3))
    assert not info.vote.passed and info.stage is AgreementStage.DRAFT
    assert info.vote.needed == WORKFORCE // 2 + 1
    with pytest.raises(ValidationError):
        parties.agreements().sign(agreement_id, SIGNING)
    # The union bargains again, the parties conclude and the workers vote once more.
    round_id = info.round_id
    parties.bargaining().add_session(round_id, SessionInput(
        held_on=date(2027, 2, 4), employer_representatives="Nguyễn Văn Một",
        union_representatives="Trần Thị Hai", note_taker="Phạm Thị Bốn",
        agreed_points="Giữ nguyên dự thảo, tổ chức lấy ý kiến lại."))
    parties.bargaining().conclude(round_id, date(2027, 2, 4))
    again = parties.agreements().record_vote(agreement_id, VoteInput(
        vote_on=date(2027, 2, 5), ballots_issued=WORKFORCE, ballots_returned=WORKFORCE,
        votes_for=WORKFORCE // 2 + 1, votes_against=WORKFORCE // 2 - 1, votes_invalid=0))
    assert again.vote.passed and again.stage is AgreementStage.VOTED


def test_the_base_is_the_whole_workforce_not_those_who_voted(parties):
    _round, agreement_id = concluded(parties)
    info = parties.agreements().record_vote(agreement_id, VoteInput(
        vote_on=date(2027, 2, 3), ballots_issued=12, ballots_returned=12, votes_for=10,
        votes_against=2, votes_invalid=0))
    assert not info.vote.passed  # 10 of 12 voters, but only 10 of the 20 workers


def test_bad_input_is_refused_and_changes_nothing(parties, table_contents):
    round_id, agreement_id = concluded(parties)
    before = table_contents(parties.db.path)
    agreements = parties.agreements()
    with pytest.raises(ValidationError) as more:
        agreements.record_vote(agreement_id, VoteInput(
            vote_on=date(2027, 2, 3), ballots_issued=WORKFORCE + 1, ballots_returned=5,
            votes_for=5, votes_against=0, votes_invalid=0))
    assert "workers" in more.value.template
    with pytest.raises(ValidationError):  # signing before a passing vote
        agreements.sign(agreement_id, SIGNING)
    with pytest.raises(ValidationError):  # a session dated before the request
        parties.bargaining().add_session(round_id, SessionInput(
            held_on=REQUESTED_ON.replace(day=5), employer_representatives="A",
            union_representatives="B", note_taker="C", agreed_points="D"))
    assert table_contents(parties.db.path) == before


def test_a_term_of_four_years_is_refused(parties, table_contents):
    _round, agreement_id = voted(parties)
    before = table_contents(parties.db.path)
    with pytest.raises(ValidationError) as caught:
        parties.agreements().sign(agreement_id, SIGNING.__class__(
            **{**SIGNING.__dict__, "term_months": 48}))
    assert caught.value.params["months"] == 48
    assert table_contents(parties.db.path) == before


def test_a_signed_agreement_is_final(parties):
    _round, agreement_id = signed(parties)
    with pytest.raises(ValidationError):
        parties.agreements().save_draft(agreement_id, CLAUSES, date(2027, 2, 6))
    with pytest.raises(ValidationError):
        parties.agreements().sign(agreement_id, SIGNING)


def test_the_draft_diff_between_versions(parties):
    _round, agreement_id = negotiated(parties)
    diff = parties.agreements().diff(agreement_id, 1, 2)
    assert [(c.kind, c.chapter, c.number) for c in diff.changes] == [(ChangeKind.ADDED, 2, 3)]


def test_standing_through_renewal_and_survival(parties):
    _round, agreement_id = filed(parties)
    agreements = parties.agreements()
    assert agreements.get(agreement_id, date(2028, 12, 1)).standing is Standing.RENEWAL_WINDOW
    assert agreements.get(agreement_id, date(2029, 3, 10)).standing is Standing.EXPIRED
    parties.bargaining().request(RequestInput(
        requested_by=Requester.UNION, requester_name="Công đoàn cơ sở",
        requested_on=date(2029, 1, 5), topics=(Topic.WAGES,), kind=RoundKind.RENEWAL,
        amends_agreement_id=agreement_id))
    info = agreements.get(agreement_id, date(2029, 3, 10))
    assert info.standing is Standing.SURVIVING
    assert info.survives_until == date(2029, 5, 29)
    assert agreements.in_force(date(2029, 3, 10)).id == agreement_id


def test_an_amendment_starts_from_the_signed_text(parties):
    _round, agreement_id = filed(parties)
    info = parties.bargaining().request(RequestInput(
        requested_by=Requester.EMPLOYER, requester_name="Giám đốc Công ty",
        requested_on=date(2027, 9, 1), topics=(Topic.WAGES,), kind=RoundKind.AMENDMENT,
        amends_agreement_id=agreement_id))
    amendment = parties.agreements().get(info.agreement_id, date(2027, 9, 1))
    assert amendment.amends_id == agreement_id and amendment.consolidated_version == 2
    assert [c.text for c in amendment.clauses] == list(CLAUSES)


def test_failure_needs_a_ground_the_dates_support(parties):
    round_id = requested(parties)
    with pytest.raises(ValidationError):  # 90 days cannot have run out: nothing started
        parties.bargaining().fail(round_id, FailureGround.TIME_RAN_OUT, date(2027, 3, 1))
    info = parties.bargaining().fail(round_id, FailureGround.REFUSED_OR_LATE, date(2027, 3, 1))
    assert info.stage is RoundStage.FAILED and info.failure_why.rule_id == "B5"
    assert info.failure_number.endswith("/TB-CĐCS")


def test_clauses_are_followed_after_signing(parties):
    _round, agreement_id = signed(parties)
    clause = parties.agreements().get(agreement_id, date(2027, 3, 1)).clauses[1]
    info = parties.agreements(parties.hr).track_clause(
        clause.id, "Phòng Hành chính", date(2027, 3, 31), Status.IN_PROGRESS, 40,
        "Đã điều chỉnh hợp đồng suất ăn", date(2027, 3, 10))
    tracked = next(c for c in info.clauses if c.id == clause.id)
    assert tracked.status == "in_progress" and tracked.progress == 40
    assert parties.agreements().get(agreement_id, date(2027, 4, 5)).clauses[1].overdue


def test_who_may_do_what(parties):
    round_id = requested(parties)
    with pytest.raises(PermissionDenied):  # the union keeps the bargaining records
        parties.bargaining(parties.hr).arrange(round_id, date(2027, 1, 15), date(2027, 1, 25),
                                               "Phòng họp")
    with pytest.raises(PermissionDenied):
        parties.bargaining(EMPLOYEE_VIEW).get(round_id)
    assert parties.agreements(EMPLOYEE_VIEW).published(date(2027, 6, 1)) is None


def test_a_signed_amendment_replaces_the_agreement_only_when_it_takes_effect(parties):
    _round, agreement_id = filed(parties)
    info = parties.bargaining().request(RequestInput(
        requested_by=Requester.UNION, requester_name="Công đoàn cơ sở",
        requested_on=date(2027, 9, 1), topics=(Topic.WAGES,), kind=RoundKind.AMENDMENT,
        amends_agreement_id=agreement_id))
    round_id, amendment_id = info.id, info.agreement_id
    service = parties.bargaining()
    service.arrange(round_id, date(2027, 9, 2), date(2027, 9, 6), "Phòng họp")
    service.add_session(round_id, SessionInput(
        held_on=date(2027, 9, 6), employer_representatives="Nguyễn Văn Một",
        union_representatives="Trần Thị Hai", note_taker="Phạm Thị Bốn",
        agreed_points="Tiền ăn giữa ca 40.000 đồng."))
    changed = [CLAUSES[0], CLAUSES[1].__class__(**{**CLAUSES[1].__dict__,
                                                   "text": "Tiền ăn giữa ca 40.000 đồng."}),
               CLAUSES[2]]
    parties.agreements().save_draft(amendment_id, changed, date(2027, 9, 6))
    service.conclude(round_id, date(2027, 9, 6))
    parties.agreements().record_vote(amendment_id, VoteInput(
        vote_on=date(2027, 9, 8), ballots_issued=WORKFORCE, ballots_returned=WORKFORCE,
        votes_for=WORKFORCE, votes_against=0, votes_invalid=0))
    parties.agreements().sign(amendment_id, SIGNING.__class__(**{
        **SIGNING.__dict__, "signed_on": date(2027, 9, 10),
        "effective_written": date(2027, 10, 1)}))
    # Signed but not yet in effect: the old agreement still binds and is still published.
    before = parties.agreements().get(agreement_id, date(2027, 9, 20))
    assert before.standing is Standing.IN_FORCE and before.superseded_by is None
    assert parties.agreements().in_force(date(2027, 9, 20)).id == agreement_id
    after = parties.agreements().get(agreement_id, date(2027, 10, 1))
    assert after.standing is Standing.SUPERSEDED and after.superseded_by == amendment_id
    assert parties.agreements().in_force(date(2027, 10, 1)).id == amendment_id


def test_the_parties_cannot_agree_a_start_past_30_days(parties, table_contents):
    round_id = requested(parties)
    latest = parties.bargaining().get(round_id).start.clock.due
    before = table_contents(parties.db.path)
    with pytest.raises(ValidationError) as caught:
        parties.bargaining().arrange(round_id, date(2027, 1, 15), latest + timedelta(days=1),
                                     "Phòng họp")
    assert caught.value.params["due"] == latest.strftime("%d/%m/%Y")
    assert table_contents(parties.db.path) == before
    assert parties.bargaining().arrange(round_id, date(2027, 1, 15), latest,
                                        "Phòng họp").agreed_start_on == latest
