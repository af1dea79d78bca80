"""The petition register through the services: filed at the employee view or recorded by an
officer, sent, answered or rejected, closed or escalated, published; every bad input refused
with nothing changed (DOMAIN.md workflow 4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from petition_flow import (
    ANSWERED_ON,
    DUE_ON,
    PUBLISHED_ON,
    RAISED_ON,
    ROUTED_ON,
    Desk,
    answered,
    desk,
    petition,
)

from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.supervision import PETITION_ARTICLE, Status
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.conference_delegates import DelegateService
from dcs_enterprise.services.conference_models import MeetingInput, PlanInput
from dcs_enterprise.services.conferences import ConferenceService
from dcs_enterprise.services.session import EMPLOYEE_VIEW


@pytest.fixture
def d(initialized, make_actor) -> Desk:
    return desk(initialized, make_actor)


def _verbs(d: Desk, petition_id: int) -> list[str]:
    events = AuditTrailService(d.db, d.admin).page(AuditFilter(entity="petition"), 0, 100)
    return [e.action for e in reversed(events) if e.entity_id == str(petition_id)]


def test_a_petition_filed_at_the_employee_view_goes_through_its_life_cycle(d):
    receipt = d.petitions(EMPLOYEE_VIEW).file(petition(channel=Channel.HOTLINE))
    assert (receipt.raised_on, receipt.due_on) == (RAISED_ON, DUE_ON)
    pid = receipt.id
    filed = d.petitions().get(pid, RAISED_ON)
    assert filed.row.channel is Channel.EMPLOYEE_VIEW  # whatever the kiosk sent
    assert filed.row.status is Status.OPEN and filed.row.due_on == DUE_ON
    assert filed.due_why.article == PETITION_ARTICLE and "16/03/2027" in filed.due_why.english()
    assert filed.row.petitioner == "Tổ may 1" and not filed.row.identity_hidden

    sent = d.petitions().route(pid, " Phòng  Hành chính - Nhân sự ", ROUTED_ON,
                               category=Category.WAGES)
    assert sent.row.status is Status.SENT and sent.row.addressee == "Phòng Hành chính - Nhân sự"
    assert sent.row.category is Category.WAGES and sent.row.due_on == DUE_ON
    assert d.petitions().get(pid, date(2027, 3, 17)).row.overdue  # past due, not answered

    done = d.petitions(d.hr).answer(pid, "Công ty tăng tiền ăn ca từ tháng 4.", ANSWERED_ON)
    assert done.row.status is Status.ANSWERED and done.row.answered_on == ANSWERED_ON
    assert done.answered_by == d.hr.full_name and not done.row.overdue

    shown = d.petitions().publish_answer(pid, PUBLISHED_ON, "Bảng tin nhà ăn")
    assert shown.row.published_on == PUBLISHED_ON and shown.published_where == "Bảng tin nhà ăn"
    [public] = d.petitions(EMPLOYEE_VIEW).published()
    assert (public.id, public.answer, public.status) == (
        pid, "Công ty tăng tiền ăn ca từ tháng 4.", Status.ANSWERED)

    closed = d.petitions().close(pid, Status.RESOLVED, "Đã thực hiện từ 01/04.",
                                 date(2027, 4, 2))
    assert closed.row.status is Status.RESOLVED and closed.closed_on == date(2027, 4, 2)
    assert closed.closing_note == "Đã thực hiện từ 01/04."
    assert d.petitions(EMPLOYEE_VIEW).published()[0].status is Status.RESOLVED
    assert _verbs(d, pid) == ["file_petition", "route_petition", "answer_petition",
                              "publish_petition_answer", "close_petition"]


def test_a_rejection_is_escalated_then_settled(d):
    pid = d.petitions().record(petition(channel=Channel.SUGGESTION_BOX)).row.id
    d.petitions().route(pid, "Giám đốc", ROUTED_ON)
    rejected = d.petitions(d.hr).answer(pid, "Chưa cân đối được quỹ lương.", ANSWERED_ON,
                                        reject=True)
    assert rejected.row.status is Status.REJECTED and rejected.closed_on == ANSWERED_ON
    escalated = d.petitions().close(pid, Status.ESCALATED, "Chuyển Liên đoàn Lao động tỉnh.",
                                    date(2027, 3, 15))
    assert escalated.row.status is Status.ESCALATED
    final = d.petitions().close(pid, Status.REJECTED, "Liên đoàn giữ ý kiến của công ty.",
                                date(2027, 4, 1))
    assert final.row.status is Status.REJECTED and final.closed_on == date(2027, 4, 1)
    assert _verbs(d, pid) == ["record_petition", "route_petition", "answer_petition",
                              "close_petition", "close_petition"]


def test_a_due_date_set_by_hand_replaces_the_regulations(d):
    pid = d.petitions().record(petition()).row.id
    routed = d.petitions().route(pid, "Giám đốc", ROUTED_ON, due_on=date(2027, 3, 5))
    assert routed.row.due_on == date(2027, 3, 5) and routed.due_why is None
    assert d.petitions().register(date(2027, 3, 6))[0].overdue


def test_the_register_lists_the_newest_first_and_filters(d):
    first = d.petitions().record(petition(raised_on=date(2026, 12, 1))).row.id
    second = d.petitions().record(petition(raised_on=date(2027, 2, 1))).row.id
    third = d.petitions().record(petition(raised_on=date(2027, 2, 1), subject="")).row.id
    answered(d, second)
    rows = d.petitions().register(date(2027, 3, 1))
    assert [r.id for r in rows] == [third, second, first]
    assert rows[0].subject.startswith("Đề nghị tăng tiền ăn ca")  # none given: the content
    assert [r.id for r in d.petitions().register(date(2027, 3, 1), year=2027)] == [third, second]
    assert [r.id for r in d.petitions(d.hr).register(date(2027, 3, 1),
                                                      status=Status.ANSWERED)] == [second]


def test_an_officer_records_a_petition_of_a_named_employee(d):
    employee = d.employees["Trần Thị Hoa"]
    detail = d.petitions(d.hr).record(petition(raised_by="", employee_id=employee))
    assert detail.row.petitioner == "Trần Thị Hoa (NV002)"
    assert detail.row.channel is Channel.DIRECT


def test_the_union_may_record_an_anonymous_petition_with_its_name(d):
    detail = d.petitions().record(petition(anonymous=True, raised_by="Nguyễn Thị Kín"))
    assert detail.row.petitioner == "Nguyễn Thị Kín" and detail.row.anonymous


def test_the_employee_view_may_not_record_or_route(d):
    pid = d.petitions().record(petition()).row.id
    with pytest.raises(PermissionDenied):
        d.petitions(EMPLOYEE_VIEW).record(petition())
    with pytest.raises(PermissionDenied):
        d.petitions(d.hr).route(pid, "Giám đốc", ROUTED_ON)
    with pytest.raises(PermissionDenied):
        d.petitions().answer(pid, "Đồng ý", ANSWERED_ON)
    with pytest.raises(PermissionDenied):
        d.petitions(EMPLOYEE_VIEW).register(RAISED_ON)


# Bad input: refused with a message, nothing changed ----------------------------------------

Step = Callable[[Desk, dict[str, int]], object]
BAD: list[tuple[str, Step]] = [
    ("empty content", lambda d, p: d.petitions(EMPLOYEE_VIEW).file(petition("  \n "))),
    ("named without a name", lambda d, p: d.petitions().record(petition(raised_by=""))),
    ("the employer side names an anonymous petitioner",
     lambda d, p: d.petitions(d.hr).record(petition(anonymous=True, raised_by="Lê Văn Đức"))),
    ("the employer side links an anonymous petition to an employee",
     lambda d, p: d.petitions(d.admin).record(petition(
         anonymous=True, raised_by="", employee_id=d.employees["Lê Văn Đức"]))),
    ("an officer records as if from the employee view",
     lambda d, p: d.petitions().record(petition(channel=Channel.EMPLOYEE_VIEW))),
    ("due date before the raised date",
     lambda d, p: d.petitions().route(p["open"], "Giám đốc", ROUTED_ON,
                                      due_on=date(2027, 2, 28))),
    ("routed without an addressee", lambda d, p: d.petitions().route(p["open"], " ", ROUTED_ON)),
    ("routed before it was raised",
     lambda d, p: d.petitions().route(p["open"], "Giám đốc", date(2027, 2, 28))),
    ("routed twice", lambda d, p: d.petitions().route(p["sent"], "Giám đốc", ROUTED_ON)),
    ("answering an open petition",
     lambda d, p: d.petitions(d.hr).answer(p["open"], "Đồng ý", ANSWERED_ON)),
    ("an empty answer", lambda d, p: d.petitions(d.hr).answer(p["sent"], "  ", ANSWERED_ON)),
    ("a refusal without reasons",
     lambda d, p: d.petitions(d.hr).answer(p["sent"], "", ANSWERED_ON, reject=True)),
    ("answered before it was sent",
     lambda d, p: d.petitions(d.hr).answer(p["sent"], "Đồng ý", date(2027, 3, 1))),
    ("answered twice",
     lambda d, p: d.petitions(d.hr).answer(p["answered"], "Lại đồng ý", ANSWERED_ON)),
    ("open to resolved", lambda d, p: d.petitions().close(p["open"], Status.RESOLVED, "Xong",
                                                          ANSWERED_ON)),
    ("sent to resolved", lambda d, p: d.petitions().close(p["sent"], Status.RESOLVED, "Xong",
                                                          ANSWERED_ON)),
    ("the union rejects in the employer's place",
     lambda d, p: d.petitions().close(p["sent"], Status.REJECTED, "Không", ANSWERED_ON)),
    ("the union answers through close",
     lambda d, p: d.petitions().close(p["sent"], Status.ANSWERED, "Đồng ý", ANSWERED_ON)),
    ("answered back to sent",
     lambda d, p: d.petitions().close(p["answered"], Status.SENT, "", ANSWERED_ON)),
    ("escalated without saying where",
     lambda d, p: d.petitions().close(p["answered"], Status.ESCALATED, " ", ANSWERED_ON)),
    ("closed before the answer",
     lambda d, p: d.petitions().close(p["answered"], Status.RESOLVED, "Xong", ROUTED_ON)),
    ("publishing what has no answer",
     lambda d, p: d.petitions().publish_answer(p["sent"], PUBLISHED_ON, "Bảng tin")),
    ("published nowhere",
     lambda d, p: d.petitions().publish_answer(p["answered"], PUBLISHED_ON, "  ")),
    ("published before the answer",
     lambda d, p: d.petitions().publish_answer(p["answered"], ROUTED_ON, "Bảng tin")),
]


@pytest.mark.parametrize("step", [b[1] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_input_changes_nothing(d, table_contents, step):
    ids = {"open": d.petitions().record(petition()).row.id,
           "sent": d.petitions().record(petition()).row.id,
           "answered": d.petitions().record(petition()).row.id}
    d.petitions().route(ids["sent"], "Giám đốc", ROUTED_ON)
    answered(d, ids["answered"])
    before = table_contents(d.db.path)
    with pytest.raises(ValidationError) as caught:
        step(d, ids)
    assert caught.value.english()  # a message the user reads
    assert table_contents(d.db.path) == before


# Conference and department-meeting petitions join the register ------------------------------


def _conference(d: Desk) -> int:
    plan = ConferenceService(d.db, d.hr)
    cid = plan.create(2027, PlanInput(held_on=date(2027, 3, 26))).id
    plan.approve_plan(cid, for_union=False, day=date(2027, 1, 5))
    ConferenceService(d.db, d.union).approve_plan(cid, for_union=True, day=date(2027, 1, 5))
    plan.advance(cid)
    assert plan.get(cid).stage is Stage.DOCUMENTS
    return cid


def test_conference_petitions_are_due_and_answered_in_the_register(d):
    cid = _conference(d)
    delegates = DelegateService(d.db, d.union)
    info = delegates.record_petition(cid, "Lắp thêm quạt ở xưởng may", "Tổ may 2", RAISED_ON)
    row = d.petitions().get(info.id, RAISED_ON).row
    assert (row.channel, row.status, row.due_on) == (Channel.CONFERENCE, Status.OPEN, DUE_ON)
    assert d.petitions().get(info.id, RAISED_ON).due_why is not None

    delegates.record_meeting(cid, MeetingInput(
        department_id=_department(d), present=2,
        held_on=date(2027, 3, 3), petitions=("Tăng phụ cấp độc hại",)))
    meeting_row = next(r for r in d.petitions().register(RAISED_ON)
                       if r.channel is Channel.DEPARTMENT_MEETING)
    assert meeting_row.due_on == date(2027, 3, 18) and meeting_row.status is Status.OPEN

    DelegateService(d.db, d.hr).answer_petition(info.id, "Lắp trong tháng 3.", date(2027, 3, 5))
    answered_row = d.petitions().get(info.id, date(2027, 3, 5)).row
    assert answered_row.status is Status.ANSWERED
    assert answered_row.answered_on == date(2027, 3, 5)
    d.petitions().close(info.id, Status.RESOLVED, "Đã lắp.", date(2027, 3, 20))
    with pytest.raises(ValidationError):  # closed in the register: no longer answered here
        DelegateService(d.db, d.hr).answer_petition(info.id, "Lại", date(2027, 3, 21))


def _department(d: Desk) -> int:
    from dcs_enterprise.services.departments import DepartmentService

    return DepartmentService(d.db, d.admin).list()[0].id


def test_an_employee_view_petition_is_filed_even_if_marked_otherwise(d):
    receipt = d.petitions(EMPLOYEE_VIEW).file(replace(
        petition(anonymous=True, raised_by=""), channel=Channel.CONFERENCE))
    assert d.petitions().get(receipt.id, RAISED_ON).row.channel is Channel.EMPLOYEE_VIEW
