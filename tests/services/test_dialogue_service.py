"""Workplace dialogues through the services (DOMAIN.md "2. Dialogue"; Decree 145/2020 Arts
39-41): a periodic dialogue from the schedule to the published notice, a request and its reply,
an incident, and every refusal leaving the database as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dialogue_flow import (
    HELD_ON,
    WORKERS,
    full_list,
    held,
    parties,
    scheduled,
    signed,
    worker_ids,
)

from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.dialogue_rules import (
    DialogueKind,
    IncidentTrigger,
    Organisation,
    Side,
)
from dcs_enterprise.domain.dialogue_stages import DialogueStage
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.services.dialogue_models import (
    ActionInput,
    AttendanceInput,
    DialogueInput,
    ItemInput,
    NoticeInput,
    RequestInput,
)
from dcs_enterprise.services.dialogues import DialogueService
from dcs_enterprise.services.session import EMPLOYEE_VIEW


@pytest.fixture
def p(initialized, make_actor, tmp_path):
    db, admin = initialized
    return parties(db, admin, make_actor, tmp_path)


def _notice(day: date) -> NoticeInput:
    return NoticeInput("Tăng tiền ăn ca 3.000 đồng từ tháng 4.", PublicationForm.NOTICE_BOARD,
                       "Bảng tin nhà ăn", day, until=day + timedelta(days=30), by="Phòng Nhân sự")


def test_a_periodic_dialogue_from_schedule_to_notice(p, table_contents):
    members = full_list(p)
    service = p.dialogues()
    did = scheduled(p)
    info = service.get(did, HELD_ON)
    assert info.stage is DialogueStage.SCHEDULED and info.kind is DialogueKind.PERIODIC
    # 5 working days before Fri 12/03 end on Sun 07/03, a rest day: by Saturday 06/03.
    assert info.agenda_due.due == date(2027, 3, 6) and info.agenda_due.why.rule_id == "D6"
    service.send_agenda(did, Side.EMPLOYER, "Kế hoạch sản xuất quý II", date(2027, 3, 6))
    info = service.send_agenda(did, Side.WORKER, "Tiền ăn ca", date(2027, 3, 8))
    assert info.employer_agenda_on_time is True and info.worker_agenda_on_time is False
    assert service.periodic_check(2027).ok is False  # D1: not held yet

    # D7: 7 of 10 worker representatives is exactly 70%: refused, nothing recorded.
    workers = worker_ids(members)
    legal = members.side(Side.EMPLOYER)[0].id
    before = table_contents(p.db.path)
    with pytest.raises(ValidationError) as refused:
        service.record_attendance(did, AttendanceInput(
            HELD_ON, (*workers[:7], legal), employer_representative_present=True))
    assert refused.value.context == "Rules"
    assert refused.value.params == {"present": 7, "listed": 10, "percent": "70",
                                    "required": 8}
    assert table_contents(p.db.path) == before
    info = service.record_attendance(did, AttendanceInput(
        HELD_ON, (*workers[:8], legal), employer_representative_present=True,
        chair="Người Thứ 150", note_taker="Người Thứ 2", female_representative_present=True))
    assert info.stage is DialogueStage.HELD and info.quorum.met and info.quorum.required == 8
    assert len(info.attendance) == 13 and sum(r.present for r in info.attendance) == 9
    assert service.periodic_check(2027).ok

    info = service.save_item(did, ItemInput("Tiền ăn ca", "Giữ", "Tăng"))
    assert not info.substantive  # a few words and nothing agreed: the sham-minutes warning
    item = info.items[0]
    info = service.save_item(did, ItemInput("Tiền ăn ca", "Giữ mức hiện nay đến hết quý II",
                                            "Tăng thêm 5.000 đồng mỗi suất",
                                            agreed="Tăng 3.000 đồng từ tháng 4."), item.id)
    assert info.substantive and len(info.items) == 1
    info = service.save_item(did, ItemInput("Khác"))
    info = service.remove_item(info.items[1].id)
    assert [i.title for i in info.items] == ["Tiền ăn ca"]
    with pytest.raises(ValidationError):
        service.add_action(did, ActionInput("Điều chỉnh hợp đồng suất ăn", "Phòng Hành chính",
                                            date(2027, 3, 11), item.id))
    info = service.add_action(did, ActionInput("Điều chỉnh hợp đồng suất ăn",
                                               "Phòng Hành chính", date(2027, 4, 1), item.id))
    assert service.get(did, date(2027, 4, 2)).actions[0].overdue

    info = service.finalize(did, HELD_ON, "11:30")
    assert info.stage is DialogueStage.SIGNED and info.minutes_number == "01/BB-CT"
    union_first = members.side(Side.WORKER)[0]
    group = members.side(Side.WORKER)[-1]
    assert info.signatories == (
        (Organisation.EMPLOYER, f"Người Thứ {WORKERS}", "Công nhân"),
        (Organisation.UNION, union_first.full_name, union_first.position),
        (Organisation.DIALOGUE_GROUP, group.full_name, group.position))
    for later in (lambda: service.save_item(did, ItemInput("Thêm")),
                  lambda: service.remove_item(item.id),
                  lambda: service.add_action(did, ActionInput("Thêm", "Ai", date(2027, 5, 1))),
                  lambda: service.finalize(did, HELD_ON, "12:00"),
                  lambda: service.record_attendance(did, AttendanceInput(
                      HELD_ON, tuple(workers), employer_representative_present=True))):
        with pytest.raises(ValidationError, match="signed and final"):
            later()

    # D9: Friday 12/03 → Saturday 13, Monday 15, Tuesday 16/03 (Sunday skipped).
    assert info.notice_due.due == date(2027, 3, 16)
    with pytest.raises(PermissionDenied):  # the employer publishes (Art 39.5)
        service.publish_notice(did, _notice(date(2027, 3, 16)))
    info = p.dialogues(p.hr).publish_notice(did, _notice(date(2027, 3, 16)))
    assert info.stage is DialogueStage.PUBLISHED and info.notice_on_time is True
    action = service.update_action(info.actions[0].id, Status.DONE, 100, "Đã ký phụ lục",
                                   date(2027, 3, 30))
    assert action.status is Status.DONE and not action.overdue
    with pytest.raises(ValidationError):
        service.update_action(action.id, Status.DONE, 90, "", date(2027, 3, 31))


def test_a_late_notice_is_recorded_and_flagged(p):
    members = full_list(p)
    did = scheduled(p, date(2027, 6, 4), "Đối thoại quý II")  # a Friday
    signed(p, did, members, date(2027, 6, 4))
    info = p.dialogues(p.hr).publish_notice(did, _notice(date(2027, 6, 9)))
    assert info.notice_due.due == date(2027, 6, 8) and info.notice_on_time is False
    assert info.notice_published_on == date(2027, 6, 9)


def test_the_employee_view_sees_published_notices_only(p):
    members = full_list(p)
    published = scheduled(p)
    signed(p, published, members)
    p.dialogues(p.hr).publish_notice(published, _notice(date(2027, 3, 15)))
    signed(p, scheduled(p, date(2027, 6, 4), "Chưa công bố"), members, date(2027, 6, 4))
    scheduled(p, date(2027, 9, 3), "Chưa họp")
    [notice] = DialogueService(p.db, EMPLOYEE_VIEW).published_notices()
    assert notice.title == "Đối thoại định kỳ" and notice.held_on == HELD_ON
    assert notice.summary.startswith("Tăng tiền ăn ca") and notice.place == "Bảng tin nhà ăn"
    assert notice.published_on == date(2027, 3, 15) and notice.until == date(2027, 4, 14)
    with pytest.raises(PermissionDenied):
        DialogueService(p.db, EMPLOYEE_VIEW).list()
    assert [s.title for s in p.dialogues().list(2027)] == ["Chưa họp", "Chưa công bố",
                                                           "Đối thoại định kỳ"]


def test_a_worker_request_needs_30_percent_of_the_worker_side(p, table_contents):
    members = full_list(p)
    workers = worker_ids(members)
    request = RequestInput(Side.WORKER, "Đề nghị đối thoại về tiền thưởng", date(2027, 3, 2),
                           "Thưởng tháng 13", supporters=tuple(workers[:2]))
    before = table_contents(p.db.path)
    with pytest.raises(ValidationError) as refused:
        p.dialogues().record_request(request)
    assert refused.value.params == {"supporters": 2, "listed": 10, "needed": 3}
    assert table_contents(p.db.path) == before
    info = p.dialogues().record_request(RequestInput(
        Side.WORKER, "Đề nghị đối thoại về tiền thưởng", date(2027, 3, 2), "Thưởng tháng 13",
        supporters=tuple(workers[:3])))
    assert info.stage is DialogueStage.REQUESTED and info.support.ok
    assert info.supporters == tuple(workers[:3])
    # D10: Tuesday 02/03 + 5 working days, Sunday 07/03 skipped: Monday 08/03.
    assert info.reply_due.due == date(2027, 3, 8) and info.reply_on_time is None
    info = p.dialogues(p.hr).reply(info.id, date(2027, 3, 9), "Đồng ý đối thoại",
                                   date(2027, 3, 19), "14:00", "Phòng họp 2")
    assert info.stage is DialogueStage.SCHEDULED and info.reply_on_time is False
    assert (info.scheduled_on, info.start_time) == (date(2027, 3, 19), "14:00")
    info = p.dialogues().reschedule(info.id, date(2027, 3, 22), "08:30", "Phòng họp 1")
    assert info.scheduled_on == date(2027, 3, 22) and info.agenda_due is None


def test_an_employer_request_needs_the_legal_representative(p):
    full_list(p)
    request = RequestInput(Side.EMPLOYER, "Đề nghị đối thoại về ca làm việc", date(2027, 3, 2),
                           "Bố trí ca ba")
    with pytest.raises(ValidationError, match="legal representative"):
        p.dialogues(p.hr).record_request(request)
    info = p.dialogues(p.hr).record_request(RequestInput(
        Side.EMPLOYER, "Đề nghị đối thoại về ca làm việc", date(2027, 3, 2), "Bố trí ca ba",
        approved_by_legal_representative=True))
    assert info.requested_by is Side.EMPLOYER and info.support is None


def test_the_reply_deadline_runs_over_tet(p):
    full_list(p)
    info = p.dialogues().record_request(RequestInput(
        Side.EMPLOYER, "Đề nghị đối thoại", date(2027, 2, 4), "Kế hoạch sử dụng lao động",
        approved_by_legal_representative=True))
    # Tết 05-09/02 and the day off for Sunday 07/02 (10/02), Sunday 14/02 skipped:
    # 11, 12, 13, 15, 16 February.
    assert info.reply_due.due == date(2027, 2, 16)
    assert dict(info.reply_due.why.params)["due"] == "16/02/2027"


def test_an_incident_dialogue_needs_its_trigger(p):
    full_list(p)
    with pytest.raises(ValidationError, match="Art 41"):
        p.dialogues().schedule(DialogueInput(DialogueKind.INCIDENT, "Cắt giảm lao động",
                                             date(2027, 5, 10)))
    info = p.dialogues().schedule(DialogueInput(
        DialogueKind.INCIDENT, "Cắt giảm lao động", date(2027, 5, 10),
        trigger=IncidentTrigger.REDUNDANCY))
    assert info.trigger is IncidentTrigger.REDUNDANCY and info.agenda_due is None
    with pytest.raises(ValidationError):
        p.dialogues().schedule(DialogueInput(DialogueKind.REQUEST, "Yêu cầu",
                                             date(2027, 5, 10)))


def test_nothing_before_a_list(p):
    with pytest.raises(ValidationError, match="Determine the dialogue representatives"):
        p.dialogues().schedule(DialogueInput(DialogueKind.PERIODIC, "Định kỳ", HELD_ON))


def test_bad_dates_are_refused_and_nothing_changes(p, table_contents):
    members = full_list(p)
    workers = worker_ids(members)
    requested = p.dialogues().record_request(RequestInput(
        Side.WORKER, "Đề nghị", date(2027, 3, 2), "Thưởng", supporters=tuple(workers[:3]))).id
    did = scheduled(p)
    before = table_contents(p.db.path)
    refusals = [
        lambda: p.dialogues().reply(requested, date(2027, 3, 1), "Đồng ý", date(2027, 3, 9),
                                    "08:00", "Phòng họp"),  # before the request
        lambda: p.dialogues().reply(requested, date(2027, 3, 4), "Đồng ý", date(2027, 3, 3),
                                    "08:00", "Phòng họp"),  # scheduled before the reply
        lambda: p.dialogues().reply(requested, date(2027, 3, 4), "Đồng ý", date(2027, 3, 9),
                                    "8 giờ", "Phòng họp"),  # not a time
        lambda: p.dialogues().reschedule(did, date(2027, 1, 3), "08:00", ""),  # before the list
        lambda: p.dialogues().record_attendance(did, AttendanceInput(
            date(2027, 3, 11), tuple(workers), employer_representative_present=True)),
        lambda: p.dialogues().record_attendance(did, AttendanceInput(  # employer absent
            HELD_ON, tuple(workers), employer_representative_present=False)),
        lambda: p.dialogues().schedule(DialogueInput(DialogueKind.PERIODIC, "Sớm",
                                                     date(2027, 1, 3))),
    ]
    for refused in refusals:
        with pytest.raises(ValidationError):
            refused()
    assert table_contents(p.db.path) == before
    held(p, did, members)
    p.dialogues().finalize(did, HELD_ON, "11:30")
    before = table_contents(p.db.path)
    with pytest.raises(ValidationError):  # the notice before the dialogue
        p.dialogues(p.hr).publish_notice(did, _notice(date(2027, 3, 11)))
    with pytest.raises(ValidationError):  # no summary
        p.dialogues(p.hr).publish_notice(did, NoticeInput(" ", PublicationForm.NOTICE_BOARD,
                                                          "Bảng tin", date(2027, 3, 15)))
    assert table_contents(p.db.path) == before


def test_finalize_needs_an_agenda_item(p):
    members = full_list(p)
    did = scheduled(p)
    p.dialogues().record_attendance(did, AttendanceInput(
        HELD_ON, tuple(worker_ids(members)), employer_representative_present=False,
        authorised_person="Người Thứ 149", authorisation="Giấy ủy quyền số 12/GUQ-CT"))
    with pytest.raises(ValidationError, match="no agenda item"):
        p.dialogues().finalize(did, HELD_ON, "11:00")
    p.dialogues().save_item(did, ItemInput("Tiền thưởng", agreed="Giữ nguyên"))
    info = p.dialogues().finalize(did, HELD_ON, "11:00")
    assert info.signatories[0] == (Organisation.EMPLOYER, "Người Thứ 149", "Công nhân")
