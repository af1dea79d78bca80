"""The demo's workers' conferences, recorded through the services as organisers would: last
conference complete (published, its commitments followed up, some late) and the next one in
preparation (the plan approved by the employer, awaiting the union)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlmodel import select

from ..domain.commitments import Status
from ..domain.conference_plan import OfficerRole
from ..domain.conference_rules import ConferenceForm
from ..domain.enums import EmploymentStatus
from ..storage.database import Database
from ..storage.tables import Employee
from .commitments import CommitmentService
from .conference_day import ConferenceDayService
from .conference_delegates import DelegateService
from .conference_models import (
    ArticleInput,
    CandidateInput,
    MeetingInput,
    PlanInput,
    PublicationInput,
)
from .conferences import ConferenceService
from .resolutions import ResolutionService
from .session import Actor

PLACE = "Hội trường Nhà ăn số 1"
PETITIONS = (
    "Đề nghị tăng tiền ăn ca lên 30.000 đồng mỗi suất.",
    "Đề nghị lắp thêm quạt hút ở chuyền may số 3.",
    "Đề nghị bố trí xe đưa đón công nhân ở tuyến Bến Cát.",
    "Đề nghị tổ chức khám sức khỏe chuyên khoa phụ sản cho lao động nữ.",
)
ANSWERS = (
    "Công ty đồng ý tăng lên 28.000 đồng từ tháng 4; xem xét tiếp khi giá cả ổn định.",
    "Phòng Kỹ thuật - Cơ điện lắp đặt trong quý II.",
    "Công ty khảo sát nhu cầu, báo cáo tại kỳ đối thoại định kỳ tháng 6.",
    "Đồng ý, tổ chức cùng đợt khám sức khỏe định kỳ tháng 5.",
)


def first_friday_after(day: date) -> date:
    return day + timedelta(days=(4 - day.weekday()) % 7)


def create_demo_conferences(db: Database, hr: Actor, union: Actor, today: date,
                            rng: random.Random) -> None:
    last_year = today.year if today.month >= 4 else today.year - 1
    held_on = first_friday_after(date(last_year, 3, 10))
    _complete(db, hr, union, last_year, held_on, today, rng)
    plan = ConferenceService(db, hr)
    info = plan.create(last_year + 1, PlanInput(
        held_on=first_friday_after(date(last_year + 1, 3, 10)), place=PLACE, start_time="07:30",
        budget=85_000_000, purpose=f"Đánh giá kết quả năm {last_year}, thực hiện nghị quyết "
                                   f"năm {last_year}; bàn biện pháp thực hiện năm "
                                   f"{last_year + 1}.",
        responsibilities="Phòng Hành chính - Nhân sự chuẩn bị báo cáo, hội trường; Công đoàn "
                         "cơ sở tổ chức hội nghị các phân xưởng, tổng hợp kiến nghị."))
    _ex_officio(db, plan, info.id)
    if info.form is ConferenceForm.DELEGATE:
        plan.allocate(info.id, _seats(info.headcount))
    plan.approve_plan(info.id, for_union=False, day=min(today, info.held_on))


def _seats(headcount: int) -> int:
    return max(20, min(300, headcount // 20))


def _employees(db: Database, department_id: int | None = None, *, names=()) -> list[int]:
    with db.session() as session:
        statement = select(Employee.id).where(Employee.status == EmploymentStatus.ACTIVE.value)
        if department_id is not None:
            statement = statement.where(Employee.department_id == department_id)
        if names:
            statement = statement.where(Employee.full_name.in_(names))
        return list(session.exec(statement.order_by(Employee.id)).all())


def _ex_officio(db: Database, plan: ConferenceService, conference_id: int) -> None:
    if plan.get(conference_id).form is not ConferenceForm.DELEGATE:
        return
    for employee_id in _employees(db, names=("Nguyễn Minh Quang", "Lê Văn Thắng"))[:2]:
        plan.add_ex_officio(conference_id, employee_id)


def _complete(db: Database, hr: Actor, union: Actor, year: int, held_on: date, today: date,
              rng: random.Random) -> None:
    plan, delegates = ConferenceService(db, hr), DelegateService(db, union)
    info = plan.create(year, PlanInput(
        held_on=held_on, place=PLACE, budget=80_000_000,
        purpose=f"Đánh giá kết quả sản xuất, kinh doanh năm {year - 1}; thông qua nghị quyết "
                f"năm {year}."))
    cid = info.id
    _ex_officio(db, plan, cid)
    delegate_form = info.form is ConferenceForm.DELEGATE
    if delegate_form:
        plan.allocate(cid, _seats(info.headcount))
    plan.approve_plan(cid, for_union=False, day=held_on - timedelta(days=45))
    ConferenceService(db, union).approve_plan(cid, for_union=True,
                                              day=held_on - timedelta(days=44))
    plan.advance(cid)
    meeting_day = held_on - timedelta(days=21)
    for n, seat in enumerate(plan.seats(cid) if delegate_form else ()):
        summoned = _delegate_ids(delegates, cid)
        workers = [e for e in _employees(db, seat.department_id) if e not in summoned]
        present = max(1, round(len(workers) * rng.uniform(0.8, 0.95)))
        chosen = workers[:min(len(workers), seat.seats + 1)]
        candidates = tuple(CandidateInput(e, present - rng.randint(0, present // 4))
                           for e in chosen[:seat.seats])
        if len(chosen) > seat.seats:  # a runner-up short of a majority
            candidates += (CandidateInput(chosen[-1], present // 3),)
        delegates.record_meeting(cid, MeetingInput(
            department_id=seat.department_id, held_on=meeting_day, present=present,
            chair="Tổ trưởng Công đoàn", secretary="Thư ký tổ", candidates=candidates,
            discussion="Thảo luận dự thảo báo cáo và dự thảo nghị quyết; góp ý về tiền ăn "
                       "ca, điều kiện làm việc.",
            petitions=(PETITIONS[n % len(PETITIONS)],) if n < len(PETITIONS) else ()))
    if delegate_form:
        plan.advance(cid)
    else:
        for text in PETITIONS:
            delegates.record_petition(cid, text, "Người lao động", meeting_day)
    employer = DelegateService(db, hr)
    for petition in delegates.petitions(cid):
        employer.answer_petition(petition.id, ANSWERS[PETITIONS.index(petition.content)],
                                 held_on - timedelta(days=10))
    resolution = ResolutionService(db, hr)
    resolution.save_articles(cid, _articles(year, held_on))
    plan.advance(cid)
    delegates.mark_invitations_sent(cid, held_on - timedelta(days=7))
    plan.advance(cid)
    _hold(db, union, cid, held_on, rng)
    resolution.publish(cid, PublicationInput(
        form="notice_board", place="Bảng tin nhà ăn và các phân xưởng",
        published_from=held_on + timedelta(days=3),
        published_until=held_on + timedelta(days=33),
        evidence="Ảnh chụp bảng tin ngày niêm yết, lưu tại Phòng Hành chính - Nhân sự."))
    plan.advance(cid)
    _follow_up(db, union, cid, today)


def _delegate_ids(delegates: DelegateService, cid: int) -> set[int]:
    return {d.employee_id for d in delegates.delegates(cid)}


def _articles(year: int, held_on: date) -> list[ArticleInput]:
    return [
        ArticleInput(f"Nhất trí với báo cáo kết quả sản xuất, kinh doanh năm {year - 1}",
                     "Hội nghị thống nhất đánh giá kết quả năm qua và chỉ tiêu năm nay."),
        ArticleInput("Tăng tiền ăn ca", "Tiền ăn ca tăng lên 28.000 đồng mỗi suất.",
                     "Phòng Hành chính - Nhân sự", date(year, 4, 1)),
        ArticleInput("Cải thiện điều kiện làm việc",
                     "Lắp thêm quạt hút, hệ thống làm mát tại các chuyền may.",
                     "Phòng Kỹ thuật - Cơ điện", date(year, 6, 30)),
        ArticleInput("Chăm sóc sức khỏe lao động nữ",
                     "Khám chuyên khoa phụ sản cho lao động nữ cùng đợt khám định kỳ.",
                     "Phòng Hành chính - Nhân sự", date(year, 5, 31)),
        ArticleInput("Xe đưa đón công nhân",
                     "Khảo sát và mở tuyến xe đưa đón Bến Cát nếu đủ 40 người đăng ký.",
                     "Ban Giám đốc", date(year, 9, 30)),
        ArticleInput("Tổ chức thực hiện",
                     "Người sử dụng lao động và Ban Chấp hành Công đoàn cơ sở phổ biến, "
                     "kiểm tra thực hiện nghị quyết; định kỳ 6 tháng đánh giá và thông báo "
                     "kết quả đến toàn thể người lao động."),
    ]


def _hold(db: Database, union: Actor, cid: int, held_on: date, rng: random.Random) -> None:
    day = ConferenceDayService(db, union)
    summoned = DelegateService(db, union).delegates(cid)
    for n, delegate in enumerate(summoned):
        if rng.random() < 0.93:
            day.check_in(cid, delegate.id,
                         datetime.combine(held_on, datetime.min.time()).replace(
                             hour=7, minute=15 + n % 30))
        else:
            day.set_absence_reason(cid, delegate.id, "Nghỉ ốm")
    day.open(cid, datetime.combine(held_on, datetime.min.time()).replace(hour=8))
    day.set_officers(cid, OfficerRole.PRESIDIUM, [("Nguyễn Minh Quang", "Tổng Giám đốc"),
                                                  ("Lê Văn Thắng", "Chủ tịch Công đoàn cơ sở")])
    day.set_officers(cid, OfficerRole.SECRETARY, [("Trần Thị Thu Hà",
                                                   "Trưởng phòng Hành chính - Nhân sự")])
    day.set_officers(cid, OfficerRole.COUNTER, [("Phạm Thị Lan", "Tổ trưởng Phân xưởng May 1"),
                                                ("Võ Văn Hùng", "Nhân viên kho")])
    for item in ConferenceService(db, union).agenda(cid):
        day.save_item(item.id, f"{item.presenter} trình bày: {item.title.lower()}.", True)
    day.save_minutes_text(cid, "Đại diện Công đoàn các Khu chế xuất và công nghiệp",
                          "Hội nghị khai mạc lúc 08 giờ 00.",
                          "Hội nghị bế mạc lúc 11 giờ 30 trong không khí đoàn kết.")
    present = day.attendance(cid).present
    day.record_vote(cid, "Thông qua chương trình và quy chế làm việc của hội nghị",
                    present, 0, 0)
    day.record_vote(cid, "Đề xuất làm thêm giờ vào Chủ nhật trong mùa cao điểm",
                    present // 3, present // 2, present - present // 3 - present // 2)
    dissent = present // 20  # a few against or abstaining: the resolution still passes
    day.record_vote(cid, "Thông qua nghị quyết hội nghị", present - dissent, dissent // 2,
                    dissent - dissent // 2, adopts_resolution=True)
    ResolutionService(db, union).finalize(
        cid, datetime.combine(held_on, datetime.min.time()).replace(hour=11, minute=30))


def _follow_up(db: Database, union: Actor, cid: int, today: date) -> None:
    tracking = CommitmentService(db, union)
    for commitment in tracking.list(cid, today=today):
        report_day = min(today, commitment.due)
        if commitment.article_number == 2:
            tracking.update(commitment.id, Status.DONE, 100, "Áp dụng từ ngày 01/4.",
                            report_day)
        elif commitment.article_number == 3:
            tracking.update(commitment.id, Status.IN_PROGRESS, 60,
                            "Đã lắp 12 quạt hút; còn 2 chuyền chờ vật tư.", report_day)
        elif commitment.article_number == 4:
            tracking.update(commitment.id, Status.IN_PROGRESS, 30,
                            "Đang chọn cơ sở khám.", report_day)
