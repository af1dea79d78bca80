"""The workers' conference through the services: plan, seats, elections, petitions, check-in,
votes, finalizing, publication, and every guard on the way (DOMAIN.md workflow 1)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conference_flow import (
    HELD_ON,
    Organisers,
    check_in,
    department_workers,
    documents_ready,
    elect_everywhere,
    held_and_adopted,
    planned,
    published,
)
from sqlalchemy import func
from sqlmodel import select

from dcs_enterprise.domain.conference_plan import DelegateKind, TaskKind
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.conference_delegates import DelegateService
from dcs_enterprise.services.conference_models import (
    ArticleInput,
    CandidateInput,
    MeetingInput,
    PlanInput,
)
from dcs_enterprise.services.conferences import ConferenceService
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.resolutions import ResolutionService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.storage.tables import Employee


@pytest.fixture
def organisers(tmp_path) -> Organisers:
    db = open_file(tmp_path / "c.sqlite")
    create_demo(db, employees=150, conferences=False)
    hr = sign_in(db, "nhansu", "demo-nhansu")
    union = sign_in(db, "congdoan", "demo-congdoan")
    yield Organisers(db, hr, union)
    db.close()


def test_the_plan_proposes_the_form_and_dates_the_checklist_back(organisers):
    info = organisers.plan().create(2027, PlanInput(held_on=HELD_ON, place="Hội trường A"))
    with organisers.db.session() as session:  # the active workers, not those who left
        active = session.exec(select(func.count()).select_from(Employee).where(
            Employee.status == "active")).one()
    assert info.headcount == active and 100 <= active < 150
    assert info.form is ConferenceForm.DELEGATE and info.suggestion.joint_choice
    assert info.suggestion.why.rule_id == "C2"
    tasks = organisers.plan().tasks(info.id)
    assert {t.kind for t in tasks} == set(TaskKind)
    assert all(t.due < HELD_ON for t in tasks)
    invitations = next(t for t in tasks if t.kind is TaskKind.INVITATIONS_SENT)
    # Friday 12 March less Mon-Fri; the demo works on Saturdays (Sunday is its rest day).
    assert invitations.due == date(2027, 3, 6)
    assert info.blockers  # neither side has approved


def test_both_sides_must_approve_and_each_only_for_itself(organisers):
    cid = organisers.plan().create(2027, PlanInput(held_on=HELD_ON)).id
    with pytest.raises(PermissionDenied):
        ConferenceService(organisers.db, organisers.hr).approve_plan(cid, for_union=True,
                                                                      day=date(2027, 1, 5))
    organisers.plan().approve_plan(cid, for_union=False, day=date(2027, 1, 5))
    with pytest.raises(ValidationError):
        organisers.plan().advance(cid)
    ConferenceService(organisers.db, organisers.union).approve_plan(cid, for_union=True,
                                                                    day=date(2027, 1, 6))
    assert organisers.plan().advance(cid).stage is Stage.DELEGATES


def test_changing_the_plan_withdraws_both_approvals(organisers):
    cid = organisers.plan().create(2027, PlanInput(held_on=HELD_ON)).id
    organisers.plan().approve_plan(cid, for_union=False, day=date(2027, 1, 5))
    info = organisers.plan().update_plan(cid, PlanInput(held_on=date(2027, 3, 19)))
    assert info.employer_approved_on is None
    tasks = organisers.plan().tasks(cid)
    assert next(t for t in tasks if t.kind is TaskKind.INVITATIONS_SENT).due == date(2027, 3, 13)


def test_seats_follow_headcount_with_one_at_least(organisers):
    cid = organisers.plan().create(2027, PlanInput(held_on=HELD_ON)).id
    seats = organisers.plan().allocate(cid, 30)
    assert sum(s.seats for s in seats) == 30
    assert all(s.seats >= 1 for s in seats)
    biggest = max(seats, key=lambda s: s.headcount)
    assert biggest.seats == max(s.seats for s in seats)


def test_a_department_elects_by_majority_of_those_present(organisers):
    cid = planned(organisers)
    seat = next(s for s in organisers.plan().seats(cid) if s.seats == 1 and s.headcount >= 3)
    a, b, c = department_workers(organisers.db, seat.department_id)[:3]
    meeting = organisers.delegates().record_meeting(cid, MeetingInput(
        department_id=seat.department_id, held_on=date(2027, 2, 20), present=3,
        candidates=(CandidateInput(b, 1), CandidateInput(a, 2), CandidateInput(c, 0)),
        petitions=("Sửa quạt thông gió",)))
    assert [x.employee_id for x in meeting.candidates if x.elected] == [a]
    assert meeting.election.rule_id == "A3.14"
    delegates = organisers.delegates().delegates(cid)
    assert [(d.employee_id, d.kind) for d in delegates] == [(a, DelegateKind.ELECTED)]
    assert [p.content for p in organisers.delegates().petitions(cid)] == ["Sửa quạt thông gió"]
    with pytest.raises(ValidationError):  # the same meeting twice
        organisers.delegates().record_meeting(cid, MeetingInput(
            department_id=seat.department_id, held_on=date(2027, 2, 21), present=3))


def test_votes_above_those_present_change_nothing(organisers):
    cid = planned(organisers)
    seat = organisers.plan().seats(cid)[0]
    workers = department_workers(organisers.db, seat.department_id)
    with pytest.raises(ValidationError):
        organisers.delegates().record_meeting(cid, MeetingInput(
            department_id=seat.department_id, held_on=date(2027, 2, 20), present=2,
            candidates=(CandidateInput(workers[0], 3),)))
    assert organisers.delegates().meetings(cid) == []
    assert organisers.delegates().delegate_count(cid) == 0


def _to_the_day(organisers) -> int:
    cid = planned(organisers)
    elect_everywhere(organisers, cid)
    organisers.plan().advance(cid)
    documents_ready(organisers, cid)
    return cid


def test_no_vote_before_quorum_then_passed_and_failed_by_rule_c4(organisers):
    cid = _to_the_day(organisers)
    summoned = organisers.day().attendance(cid).summoned
    assert summoned == 30
    check_in(organisers, cid, 19)  # 19 of 30: less than 2/3
    with pytest.raises(ValidationError):
        organisers.day().record_vote(cid, "Chương trình hội nghị", 19, 0, 0)
    check_in_more = organisers.delegates().delegates(cid)[19]
    organisers.day().check_in(cid, check_in_more.id, datetime(2027, 3, 12, 7, 50))
    attendance = organisers.day().attendance(cid)
    assert attendance.present == 20 and attendance.quorum.met  # exactly 2/3
    passed = organisers.day().record_vote(cid, "Chương trình hội nghị", 11, 9, 0)
    failed = organisers.day().record_vote(cid, "Quy chế thi đua", 10, 5, 5)
    assert passed.result.passed and passed.result.needed == 11
    assert not failed.result.passed  # exactly half is not more than half


def test_bad_day_input_is_refused_and_changes_nothing(organisers):
    cid = _to_the_day(organisers)
    check_in(organisers, cid, 25)
    first = organisers.delegates().delegates(cid)[0]
    with pytest.raises(ValidationError):
        organisers.day().check_in(cid, first.id, datetime(2027, 3, 12, 8, 0))
    assert organisers.day().attendance(cid).present == 25
    with pytest.raises(ValidationError):
        organisers.day().record_vote(cid, "Chương trình", 20, 5, 1)  # 26 votes, 25 present
    assert organisers.day().votes(cid) == []
    by_code = organisers.delegates().delegates(cid)[26]
    assert organisers.day().check_in_code(
        cid, by_code.invitation_code.lower(), datetime(2027, 3, 12, 8, 5)).checked_in_at


def test_finalize_numbers_freezes_and_tracks_commitments(organisers):
    cid = _to_the_day(organisers)
    check_in(organisers, cid, 28)
    with pytest.raises(ValidationError):  # no presidium, secretary or vote yet
        organisers.resolution().finalize(cid, datetime(2027, 3, 12, 11, 0))
    held_and_adopted(organisers, cid)
    info = organisers.plan().get(cid)
    assert info.stage is Stage.ADOPTED and not info.editable
    numbers = [(d.kind, d.number) for d in organisers.resolution().issued(cid)]
    assert numbers == [("minutes", "01/BB-HNNLĐ"), ("resolution", "01/NQ-HNNLĐ")]
    with pytest.raises(ValidationError):
        organisers.resolution().save_articles(cid, [ArticleInput("Sửa lại")])
    item = organisers.plan().agenda(cid)[3]
    with pytest.raises(ValidationError):
        organisers.day().save_item(item.id, "Sửa biên bản", True)
    assert organisers.plan().agenda(cid)[3].notes.startswith("Tổng Giám đốc báo cáo")
    from dcs_enterprise.services.commitments import CommitmentService
    tracked = CommitmentService(organisers.db, organisers.union).list(cid, today=date(2027, 5, 1))
    assert [(c.article_number, c.owner, c.overdue) for c in tracked] == [
        (2, "Phòng Hành chính - Nhân sự", True)]


def test_the_employee_view_sees_only_published_resolutions(organisers):
    cid = _to_the_day(organisers)
    check_in(organisers, cid, 28)
    held_and_adopted(organisers, cid)
    view = ResolutionService(organisers.db, EMPLOYEE_VIEW)
    assert view.published() == []
    published(organisers, cid)
    [shown] = view.published()
    assert shown.number == "01/NQ-HNNLĐ" and shown.adoption.in_favour == 28
    assert [a.title for a in shown.articles] == ["Đánh giá kết quả năm 2026", "Tăng tiền ăn ca"]


def test_a_correction_is_a_new_numbered_version_naming_the_old(organisers):
    cid = _to_the_day(organisers)
    check_in(organisers, cid, 28)
    held_and_adopted(organisers, cid)
    published(organisers, cid)
    resolution = organisers.resolution()
    draft = resolution.start_correction(cid)
    resolution.save_articles(cid, [ArticleInput(a.title, a.text + " (đính chính)", a.owner,
                                                a.due) for a in draft])
    issued = resolution.issue_correction(cid, "Sai số tiền", date(2027, 3, 20))
    assert issued.version == 2 and issued.supersedes == "01/NQ-HNNLĐ"
    assert issued.number == "02/NQ-HNNLĐ"
    [shown] = ResolutionService(organisers.db, EMPLOYEE_VIEW).published()
    assert shown.supersedes == "01/NQ-HNNLĐ"
    assert shown.articles[1].text.endswith("(đính chính)")
    assert resolution.articles(cid, 1)[1].text == "Tăng thêm 2.000 đồng mỗi suất."


def test_employees_cannot_touch_the_conference(organisers, ):
    cid = planned(organisers)
    with pytest.raises(PermissionDenied):
        ConferenceService(organisers.db, EMPLOYEE_VIEW).get(cid)


def test_progress_reports_are_dated_after_the_conference(organisers):
    from dcs_enterprise.domain.commitments import Status
    from dcs_enterprise.services.commitments import CommitmentService

    cid = _to_the_day(organisers)
    check_in(organisers, cid, 28)
    held_and_adopted(organisers, cid)
    tracking = CommitmentService(organisers.db, organisers.union)
    [commitment] = tracking.list(cid, today=HELD_ON)
    with pytest.raises(ValidationError):
        tracking.update(commitment.id, Status.IN_PROGRESS, 10, "", date(2027, 3, 1))
    tracking.update(commitment.id, Status.IN_PROGRESS, 10, "", date(2027, 3, 20))
    with pytest.raises(ValidationError):  # before the last report
        tracking.update(commitment.id, Status.IN_PROGRESS, 20, "", date(2027, 3, 19))
    assert tracking.list(cid, today=HELD_ON)[0].progress == 10


def test_a_refusal_of_the_state_machine_names_its_catalogue(organisers):
    cid = organisers.plan().create(2027, PlanInput(held_on=HELD_ON)).id
    with pytest.raises(ValidationError) as refused:
        organisers.plan().advance(cid)
    assert refused.value.context == "Conference"  # translated from the "Conference" strings


def test_a_tie_blocks_until_a_further_round_fills_the_seat(organisers):
    cid = planned(organisers)
    tied_seat = [s for s in organisers.plan().seats(cid)
                            if s.seats == 1 and s.headcount >= 3][0]
    for seat in organisers.plan().seats(cid):
        if seat.department_id == tied_seat.department_id:
            continue
        workers = department_workers(organisers.db, seat.department_id)
        organisers.delegates().record_meeting(cid, MeetingInput(
            department_id=seat.department_id, held_on=date(2027, 2, 20),
            present=len(workers),
            candidates=tuple(CandidateInput(e, len(workers)) for e in workers[:seat.seats])))
    a, b, c = department_workers(organisers.db, tied_seat.department_id)[:3]
    tied = organisers.delegates().record_meeting(cid, MeetingInput(
        department_id=tied_seat.department_id, held_on=date(2027, 2, 20), present=4,
        candidates=(CandidateInput(a, 3), CandidateInput(b, 3), CandidateInput(c, 1))))
    assert tied.unfilled == 1 and set(tied.tied) == {x.name for x in tied.candidates[:2]}
    with pytest.raises(ValidationError):
        organisers.plan().advance(cid)
    with pytest.raises(ValidationError):  # nobody present
        organisers.delegates().record_further_round(tied.id, 0, (CandidateInput(a, 0),))
    second = organisers.delegates().record_further_round(
        tied.id, 4, (CandidateInput(a, 1), CandidateInput(b, 3)))
    assert second.unfilled == 0
    assert [(x.employee_id, x.round) for x in second.candidates if x.elected] == [(b, 2)]
    with pytest.raises(ValidationError):  # nothing left to elect
        organisers.delegates().record_further_round(tied.id, 4, (CandidateInput(c, 4),))
    assert organisers.plan().advance(cid).stage is Stage.DOCUMENTS


def test_an_empty_resolution_is_refused_and_the_draft_kept(organisers):
    cid = organisers.plan().create(2027, PlanInput(held_on=HELD_ON)).id
    organisers.resolution().save_articles(cid, [ArticleInput("Tăng tiền ăn ca")])
    with pytest.raises(ValidationError):
        organisers.resolution().save_articles(cid, [])
    assert [a.title for a in organisers.resolution().articles(cid)] == ["Tăng tiền ăn ca"]


def test_the_day_is_not_recorded_before_it_comes(organisers):
    cid = _to_the_day(organisers)
    first = organisers.delegates().delegates(cid)[0]
    for early in (lambda: organisers.day().open(cid, datetime(2027, 3, 11, 8, 0)),
                  lambda: organisers.day().check_in(cid, first.id, datetime(2027, 3, 11, 8, 0))):
        with pytest.raises(ValidationError, match="planned for 12/03/2027"):
            early()
    assert organisers.day().attendance(cid).present == 0
    check_in(organisers, cid, 0)  # opened on the day, nobody checked in yet
    organisers.day().check_in(cid, first.id, datetime(2027, 3, 12, 7, 31))


def test_dates_before_the_day_keep_their_order(organisers):
    cid = planned(organisers)  # approved on 10 and 11 January
    seat = organisers.plan().seats(cid)[0]
    for day in (date(2027, 1, 10), date(2027, 3, 13)):  # before approval; after the day
        with pytest.raises(ValidationError, match="between the plan's approval"):
            organisers.delegates().record_meeting(cid, MeetingInput(
                department_id=seat.department_id, held_on=day, present=1))
    with pytest.raises(ValidationError):  # nobody named
        organisers.delegates().record_petition(cid, "Sửa quạt", " ", date(2027, 2, 1))
    with pytest.raises(ValidationError):  # after the conference
        organisers.delegates().record_petition(cid, "Sửa quạt", "Tổ 1", date(2027, 3, 13))
    petition = organisers.delegates().record_petition(cid, "Sửa quạt", "Tổ 1", date(2027, 2, 1))
    hr = DelegateService(organisers.db, organisers.hr)
    for day in (date(2027, 1, 31), date(2027, 3, 13)):  # before the petition; after the day
        with pytest.raises(ValidationError, match="between the petition"):
            hr.answer_petition(petition.id, "Đồng ý", day)
    assert organisers.delegates().petitions(cid)[0].answer == ""
