"""Bringing a workers' conference to the stage a UI test starts from, with the real services
(the steps of tests/services/conference_flow.py, which pytest does not put on this folder's
path): each step is a plain function, so a test stops where it needs to.

The conference is that of 2026, held on a fixed past day: its day can be recorded (a day is
never recorded before it comes) on any day the tests run, and all the dates before it are in
the order the services require (approval, meetings, answers, invitations, the day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from dcs_enterprise.domain.conference_plan import OfficerRole
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.conference_day import ConferenceDayService
from dcs_enterprise.services.conference_delegates import DelegateService
from dcs_enterprise.services.conference_models import (
    ArticleInput,
    CandidateInput,
    MeetingInput,
    PlanInput,
    PublicationInput,
)
from dcs_enterprise.services.conferences import ConferenceService
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.resolutions import ResolutionService
from dcs_enterprise.services.session import Actor

YEAR = 2026
HELD_ON = date(2026, 3, 12)  # a Thursday
DUE = date(2026, 4, 1)


def demo_db(path: Path, employees: int):
    """A demo enterprise without its demo conferences: the test makes its own."""
    db = open_file(path)
    create_demo(db, employees=employees, conferences=False)
    return db


@dataclass
class Organisers:
    db: object
    hr: Actor
    union: Actor

    @classmethod
    def of(cls, db) -> Organisers:
        return cls(db, sign_in(db, "nhansu", "demo-nhansu"),
                   sign_in(db, "congdoan", "demo-congdoan"))

    def plan(self) -> ConferenceService:
        return ConferenceService(self.db, self.hr)

    def delegates(self) -> DelegateService:
        return DelegateService(self.db, self.union)

    def day(self) -> ConferenceDayService:
        return ConferenceDayService(self.db, self.union)

    def resolution(self) -> ResolutionService:
        return ResolutionService(self.db, self.hr)


def held(db, form: ConferenceForm | None = None, seats: int = 30,
         held_on: date = HELD_ON) -> int:
    """The conference of 2026 (or of the year of `held_on`) at the stage "held": planned,
    approved (10 and 11/01), delegates elected (delegate form, 20/02), petitions answered
    (01/03), two articles drafted (the second a commitment due 01/04), invited (05/03): the
    same days before another `held_on`."""
    o = Organisers.of(db)
    before = held_on - HELD_ON
    info = o.plan().create(held_on.year, PlanInput(
        held_on=held_on, place="Hội trường A", budget=25_000_000,
        purpose=f"Tổng kết năm {held_on.year - 1}", form=form))
    cid = info.id
    if info.form is ConferenceForm.DELEGATE:
        o.plan().allocate(cid, seats)
    o.plan().approve_plan(cid, for_union=False, day=date(2026, 1, 10) + before)
    ConferenceService(db, o.union).approve_plan(cid, for_union=True,
                                                day=date(2026, 1, 11) + before)
    o.plan().advance(cid)
    if info.form is ConferenceForm.DELEGATE:
        elect_departments(o, cid, on=date(2026, 2, 20) + before)
        o.plan().advance(cid)
    for petition in o.delegates().petitions(cid):
        DelegateService(db, o.hr).answer_petition(petition.id, "Tăng 2.000 đồng từ tháng 4.",
                                                  date(2026, 3, 1) + before)
    o.resolution().save_articles(cid, [
        ArticleInput(f"Đánh giá kết quả năm {held_on.year - 1}",
                     "Hội nghị nhất trí với báo cáo."),
        ArticleInput("Tăng tiền ăn ca", "Tăng thêm 2.000 đồng mỗi suất.",
                     owner="Phòng Hành chính - Nhân sự", due=DUE + before),
    ])
    o.plan().advance(cid)  # → invitations
    o.delegates().mark_invitations_sent(cid, date(2026, 3, 5) + before)
    o.plan().advance(cid)  # → held
    return cid


def planned_ahead(db, days: int = 40) -> tuple[int, date]:
    """A full conference at the stage "held" whose day is still `days` ahead of today."""
    day = date.today() + timedelta(days=days)
    return held(db, held_on=day), day


def elect_departments(o: Organisers, cid: int, but: int | None = None,
                      on: date = date(2026, 2, 20)) -> None:
    """Every department with seats (but the department `but`) elects its first workers."""
    employees = EmployeeService(o.db, o.hr)
    for seat in o.plan().seats(cid):
        if seat.department_id == but:
            continue
        workers = [e.id for e in employees.page(  # its own, not those of departments under it
            RosterQuery(department_id=seat.department_id), 0, 10_000)
            if e.department_id == seat.department_id]
        candidates = tuple(CandidateInput(e, len(workers)) for e in workers[:seat.seats])
        o.delegates().record_meeting(cid, MeetingInput(
            department_id=seat.department_id, held_on=on, present=len(workers),
            candidates=candidates))


def check_in(db, cid: int, how_many: int) -> None:
    o = Organisers.of(db)
    for delegate in o.delegates().delegates(cid)[:how_many]:
        o.day().check_in(cid, delegate.id, datetime(2026, 3, 12, 7, 40))


def adopted(db, cid: int) -> None:
    """Everyone present, the officers, one item's minutes, the resolution adopted, final."""
    o = Organisers.of(db)
    day = o.day()
    summoned = o.delegates().delegate_count(cid)
    check_in(db, cid, summoned)
    day.open(cid, datetime(2026, 3, 12, 8, 0))
    day.set_officers(cid, OfficerRole.PRESIDIUM, [("Nguyễn Minh Quang", "Tổng Giám đốc"),
                                                  ("Lê Văn Thắng", "Chủ tịch Công đoàn")])
    day.set_officers(cid, OfficerRole.SECRETARY, [("Trần Thị Thu Hà", "")])
    item = o.plan().agenda(cid)[3]
    day.save_item(item.id, "Tổng Giám đốc báo cáo kết quả sản xuất năm 2025.", True)
    day.record_vote(cid, "Thông qua nghị quyết", summoned - 2, 1, 1, adopts_resolution=True)
    o.resolution().finalize(cid, datetime(2026, 3, 12, 11, 30))


def published(db, cid: int) -> None:
    Organisers.of(db).resolution().publish(cid, PublicationInput(
        form="notice_board", place="Bảng tin nhà ăn", published_from=date(2026, 3, 15),
        published_until=date(2026, 4, 15)))
