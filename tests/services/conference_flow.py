"""Driving a conference through its stages with the real services, for the service, report
and UI tests: each step is a plain function, so a test can stop where it needs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from dcs_enterprise.domain.conference_plan import OfficerRole
from dcs_enterprise.domain.conference_rules import ConferenceForm
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
from dcs_enterprise.services.resolutions import ResolutionService
from dcs_enterprise.services.session import Actor
from dcs_enterprise.storage.database import Database
from dcs_enterprise.storage.tables import Employee

HELD_ON = date(2027, 3, 12)  # a Friday


@dataclass
class Organisers:
    db: Database
    hr: Actor
    union: Actor

    def plan(self) -> ConferenceService:
        return ConferenceService(self.db, self.hr)

    def delegates(self) -> DelegateService:
        return DelegateService(self.db, self.union)

    def day(self) -> ConferenceDayService:
        return ConferenceDayService(self.db, self.union)

    def resolution(self) -> ResolutionService:
        return ResolutionService(self.db, self.hr)


def department_workers(db: Database, department_id: int) -> list[int]:
    with db.session() as session:
        return list(session.exec(select(Employee.id).where(
            Employee.department_id == department_id, Employee.status == "active"
        ).order_by(Employee.id)).all())


def planned(o: Organisers, form: ConferenceForm | None = None, seats: int = 30) -> int:
    info = o.plan().create(2027, PlanInput(held_on=HELD_ON, place="Hội trường A",
                                           budget=25_000_000, purpose="Tổng kết năm 2026",
                                           form=form))
    if info.form is ConferenceForm.DELEGATE:
        o.plan().allocate(info.id, seats)
    o.plan().approve_plan(info.id, for_union=False, day=date(2027, 1, 10))
    ConferenceService(o.db, o.union).approve_plan(info.id, for_union=True, day=date(2027, 1, 11))
    o.plan().advance(info.id)
    return info.id


def elect_everywhere(o: Organisers, conference_id: int) -> None:
    """Every department elects its first workers unanimously, in as many seats as it has."""
    for seat in o.plan().seats(conference_id):
        workers = department_workers(o.db, seat.department_id)
        present = len(workers)
        candidates = tuple(CandidateInput(e, present) for e in workers[:seat.seats])
        o.delegates().record_meeting(conference_id, MeetingInput(
            department_id=seat.department_id, held_on=date(2027, 2, 20), present=present,
            candidates=candidates, petitions=("Tăng tiền ăn ca",) if seat.seats > 2 else ()))


def documents_ready(o: Organisers, conference_id: int) -> None:
    for petition in o.delegates().petitions(conference_id):
        DelegateService(o.db, o.hr).answer_petition(petition.id, "Tăng 2.000 đồng từ tháng 4.",
                                                    date(2027, 3, 1))
    o.resolution().save_articles(conference_id, [
        ArticleInput("Đánh giá kết quả năm 2026", "Hội nghị nhất trí với báo cáo."),
        ArticleInput("Tăng tiền ăn ca", "Tăng thêm 2.000 đồng mỗi suất.",
                     owner="Phòng Hành chính - Nhân sự", due=date(2027, 4, 1)),
    ])
    o.plan().advance(conference_id)  # → invitations
    o.delegates().mark_invitations_sent(conference_id, date(2027, 3, 5))
    o.plan().advance(conference_id)  # → held


def check_in(o: Organisers, conference_id: int, how_many: int) -> None:
    """The day opens and the first ``how_many`` summoned are checked in."""
    o.day().open(conference_id, datetime(2027, 3, 12, 7, 30))
    at = datetime(2027, 3, 12, 7, 40)
    for delegate in o.delegates().delegates(conference_id)[:how_many]:
        o.day().check_in(conference_id, delegate.id, at)


def held_and_adopted(o: Organisers, conference_id: int) -> None:
    day = o.day()
    day.open(conference_id, datetime(2027, 3, 12, 8, 0))
    day.set_officers(conference_id, OfficerRole.PRESIDIUM,
                     [("Nguyễn Minh Quang", "Tổng Giám đốc"),
                      ("Lê Văn Thắng", "Chủ tịch Công đoàn cơ sở")])
    day.set_officers(conference_id, OfficerRole.SECRETARY, [("Trần Thị Thu Hà", "")])
    item = o.plan().agenda(conference_id)[3]
    day.save_item(item.id, "Tổng Giám đốc báo cáo kết quả sản xuất năm 2026.", True)
    present = day.attendance(conference_id).present
    day.record_vote(conference_id, "Thông qua nghị quyết", present, 0, 0,
                    adopts_resolution=True)
    o.resolution().finalize(conference_id, datetime(2027, 3, 12, 11, 30))


def published(o: Organisers, conference_id: int) -> None:
    o.resolution().publish(conference_id, PublicationInput(
        form="notice_board", place="Bảng tin nhà ăn", published_from=date(2027, 3, 15),
        published_until=date(2027, 4, 15)))
