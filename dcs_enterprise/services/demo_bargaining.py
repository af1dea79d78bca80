"""The demo's collective bargaining (Labour Code 2019 Arts 67-83), recorded through the services
as the union and HR would, dated around ``today``: the union's request a little over two years
ago, answered in time (B1, B3), three sessions whose minutes were published (B4), the draft in
three versions, the vote of all workers (A1), signing, filing within 10 days (A2) and the
announcement. Its 24-month term ends 60 to 90 days after ``today``, so the renewal window (A5)
is open; one clause has its own 12-month term, and the clauses are followed up."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from ..domain.agreement_text import ClauseText
from ..domain.bargaining_rules import Requester, Topic
from ..domain.calendar import WorkCalendar
from ..domain.commitments import Status
from ..domain.enums import EmploymentStatus
from ..domain.publication import PublicationForm
from ..storage.database import Database
from ..storage.tables import Employee
from .agreements import AgreementService
from .bargaining import BargainingService
from .bargaining_models import RequestInput, SessionInput, SigningInput, VoteInput
from .demo_dialogues import (
    DIRECTOR,
    HR_HEAD,
    UNION_CHAIR,
    chief_accountant,
    demo_calendar,
    on_roster,
    workshop_members,
)
from .session import Actor

PLACE = "Phòng họp số 1, Nhà điều hành"
NOTICE_PLACE = "Bảng tin nhà ăn và bảng tin các phân xưởng"
TERM_MONTHS = 24
# Articles are numbered through the whole agreement (Điều 1-9) and keep their numbers across
# the draft's versions, so the comparison of two versions matches article with article; the
# renderer adds the closing articles (effect, implementation) after the last one.
GENERAL, PAY, TIME, SAFETY, OTHER = (
    (1, "Những quy định chung"), (2, "Tiền lương, phụ cấp và thưởng"),
    (3, "Thời giờ làm việc, thời giờ nghỉ ngơi"), (4, "An toàn, vệ sinh lao động"),
    (5, "Hỗ trợ người lao động, lao động nữ và bình đẳng giới"))
UPPER_UNION = "Đại diện Ban Quan hệ lao động, công đoàn cấp trên trực tiếp cơ sở"

# What each session agreed and left disputed (one point per line), and the draft it saved.
SESSIONS = (
    ("Phạm vi và đối tượng áp dụng\nCấp 2 bộ trang phục bảo hộ mỗi năm\nKhám sức khỏe định kỳ "
     "mỗi năm một lần",
     "Tiền ăn giữa ca: công ty đề xuất 22.000 đồng, công đoàn đề nghị 27.000 đồng\nMức nâng "
     "lương hằng năm\nThưởng Tết"),
    ("Tiền ăn giữa ca 25.000 đồng mỗi bữa\nNâng lương hằng năm bình quân không dưới 5%\n"
     "Thưởng Tết ít nhất một tháng lương, điều khoản có thời hạn riêng 12 tháng",
     "Hỗ trợ nhà trọ: công ty đề xuất 300.000 đồng, công đoàn đề nghị 500.000 đồng\nHỗ trợ "
     "lao động nữ nuôi con nhỏ"),
    ("Hỗ trợ nhà trọ 400.000 đồng mỗi tháng\nHỗ trợ gửi trẻ 200.000 đồng mỗi tháng cho con "
     "dưới 6 tuổi\nThống nhất toàn văn dự thảo, đưa ra lấy ý kiến toàn thể người lao động",
     ""),
)
DISCUSSED = ("Dự thảo thỏa ước do Công ty chuẩn bị và các đề nghị của Công đoàn cơ sở.",
             "Các nội dung còn bất đồng ở phiên thứ nhất; đề nghị hỗ trợ nhà trọ.",
             "Các nội dung còn bất đồng; toàn văn dự thảo sau hai phiên.")


def _clause(chapter: tuple[int, str], number: int, title: str, topic: Topic, text: str,
            term: int | None = None) -> ClauseText:
    return ClauseText(chapter[0], chapter[1], number, title, topic, text, term)


def draft(version: int) -> list[ClauseText]:
    """The draft after session ``version`` (1-3): the employer's first text, then what each
    session settled."""
    meal = ("22.000", "25.000", "25.000")[version - 1]
    raise_ = ("4%", "5%", "5%")[version - 1]
    clauses = [
        _clause(GENERAL, 1, "Phạm vi và đối tượng áp dụng", Topic.OTHER,
                "Thỏa ước áp dụng cho Công ty và toàn thể người lao động làm việc theo hợp "
                "đồng lao động tại Công ty."),
        _clause(PAY, 2, "Tiền ăn giữa ca", Topic.WAGES,
                f"Người lao động được hỗ trợ bữa ăn giữa ca trị giá {meal} đồng/người/bữa; "
                "ca đêm được thêm một phần ăn nhẹ."),
        _clause(PAY, 3, "Nâng lương hằng năm", Topic.WAGES,
                "Hằng năm Công ty xét nâng lương cho người lao động làm việc đủ 12 tháng; mức "
                f"tăng bình quân không thấp hơn {raise_} tiền lương theo hợp đồng."),
        _clause(PAY, 4, "Thưởng Tết", Topic.WAGES,
                "Thưởng Tết Nguyên đán tùy kết quả kinh doanh, tối thiểu nửa tháng lương."
                if version == 1 else
                "Thưởng Tết Nguyên đán ít nhất bằng một tháng tiền lương theo hợp đồng, chi "
                "trả chậm nhất 7 ngày trước Tết.", None if version == 1 else 12),
        _clause(TIME, 5, "Làm thêm giờ", Topic.WORKING_TIME,
                "Làm thêm giờ phải được người lao động đồng ý; không quá 40 giờ/tháng và "
                "300 giờ/năm; tiền lương làm thêm giờ trả theo Điều 98 Bộ luật Lao động."
                + ("" if version == 1 else " Làm thêm từ 2 giờ trở lên được thêm một bữa ăn "
                                           "nhẹ.")),
        _clause(SAFETY, 6, "Trang phục bảo hộ lao động", Topic.SAFETY,
                "Mỗi năm cấp 2 bộ quần áo, 2 đôi giày bảo hộ; khẩu trang và găng tay cấp theo "
                "nhu cầu công việc."),
        _clause(SAFETY, 7, "Khám sức khỏe định kỳ", Topic.SAFETY,
                "Khám sức khỏe định kỳ mỗi năm một lần; lao động nữ được khám chuyên khoa phụ "
                "sản; người làm công việc nặng nhọc, độc hại khám 6 tháng một lần."),
    ]
    if version >= 2:
        clauses.append(_clause(
            OTHER, 8, "Hỗ trợ nhà trọ", Topic.WAGES,
            f"Người lao động thuê nhà trọ được hỗ trợ {('300.000', '400.000')[version - 2]} "
            "đồng/tháng, trả cùng kỳ lương."))
    if version >= 3:
        clauses.append(
            _clause(OTHER, 9, "Lao động nữ nuôi con nhỏ", Topic.EQUALITY,
                    "Lao động nữ nuôi con dưới 12 tháng tuổi được nghỉ 60 phút mỗi ngày hưởng "
                    "đủ lương; người có con dưới 6 tuổi được hỗ trợ gửi trẻ 200.000 đồng/tháng."))
    return clauses


def dates(today: date, calendar: WorkCalendar) -> tuple[date, date]:
    """(effective, request): the agreement runs from the first of a month for 24 months and so
    expires on a month's last day, the first one at least 60 days after ``today`` (at most 90:
    a month has 31 days at most); the request comes about 100 days before it takes effect."""
    expires = today + timedelta(days=60)
    while (expires + timedelta(days=1)).day != 1:
        expires += timedelta(days=1)
    after = expires + timedelta(days=1)
    effective = after.replace(year=after.year - TERM_MONTHS // 12)
    return effective, calendar.next_working_day(effective - timedelta(days=100))


def filed_with(day: date) -> str:
    """The provincial labour authority of the day (Bình Dương's labour department became part
    of its home affairs department on 1 March 2025; the province joined the city on 1 July)."""
    if day < date(2025, 3, 1):
        return "Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương"
    if day < date(2025, 7, 1):
        return "Sở Nội vụ tỉnh Bình Dương"
    return "Sở Nội vụ Thành phố Hồ Chí Minh"


def create_demo_bargaining(db: Database, hr: Actor, union: Actor, today: date) -> None:
    calendar = demo_calendar(db)
    effective, requested = dates(today, calendar)
    talks, employer = BargainingService(db, union), BargainingService(db, hr)
    leaders = AgreementService(db, union)
    if not _hired_by(db, calendar.add_days(requested, 52)):  # no one to vote: no agreement
        return
    asked = talks.request(RequestInput(
        Requester.UNION, "Công đoàn cơ sở Công ty TNHH Giày da Phú Lợi", requested,
        (Topic.WAGES, Topic.WORKING_TIME, Topic.SAFETY, Topic.EQUALITY),
        "Tiền ăn giữa ca; nâng lương hằng năm; thưởng Tết; hỗ trợ nhà trọ\nThời giờ làm thêm\n"
        "Trang phục bảo hộ; khám sức khỏe định kỳ\nChế độ cho lao động nữ nuôi con nhỏ",
        f"Thỏa ước lao động tập thể Công ty TNHH Giày da Phú Lợi {effective.year}-"
        f"{effective.year + 2}", information_requested_on=requested))
    started = calendar.add_days(requested, 14)
    talks.arrange(asked.id, calendar.add_working_days(requested, 4), started, PLACE)
    employer.supply_information(
        asked.id, calendar.add_days(requested, 6),
        "Giá thành chi tiết từng mã hàng (bí mật kinh doanh theo hợp đồng với khách hàng).")
    union_side = _union_side(db)
    employer_side = (f"{DIRECTOR} - Tổng Giám đốc\n{HR_HEAD} - Trưởng phòng Hành chính - "
                     f"Nhân sự\n{chief_accountant(db)[1]} - Kế toán trưởng")
    held_on = started
    for number, (agreed, disputed) in enumerate(SESSIONS, 1):
        last = number == len(SESSIONS)
        following = None if last else calendar.add_days(held_on, 14)
        info = talks.add_session(asked.id, SessionInput(
            held_on, employer_side, union_side, HR_HEAD, agreed, disputed, DISCUSSED[number - 1],
            upper_union_representatives=UPPER_UNION if number == 1 else "",
            start_time="08:30", place=PLACE, next_session_on=following))
        minutes = info.sessions[-1]
        leaders.save_draft(asked.agreement_id, draft(number), held_on, session_id=minutes.id,
                           note=f"Sau phiên thương lượng thứ {number}")
        talks.publish_session(minutes.id, PublicationForm.NOTICE_BOARD.value, NOTICE_PLACE,
                              calendar.add_working_days(held_on, 2))
        if not last:
            held_on = following
    talks.conclude(asked.id, held_on)
    vote_on = max(calendar.add_days(requested, 52), calendar.add_days(held_on, 7))
    _vote_sign_file(db, hr, union, asked.agreement_id, vote_on, effective, today, calendar)


def _union_side(db: Database) -> str:
    lines = [f"{UNION_CHAIR} - Chủ tịch Công đoàn cơ sở"]
    with_names = workshop_members(db, 2, set(on_roster(db, UNION_CHAIR).values()))
    lines += [f"{name} - Ủy viên Ban Chấp hành" for name in _names(db, with_names)]
    return "\n".join(lines)


def _hired_by(db: Database, day: date) -> bool:
    with db.session() as session:
        return session.exec(select(Employee.id).where(
            Employee.status == EmploymentStatus.ACTIVE.value,
            Employee.hire_date.is_(None) | (Employee.hire_date <= day)).limit(1)).first() \
            is not None


def _names(db: Database, ids: list[int]) -> list[str]:
    with db.session() as session:
        return [session.get(Employee, i).full_name for i in ids]


def _vote_sign_file(db: Database, hr: Actor, union: Actor, agreement_id: int, vote_on: date,
                    effective: date, today: date, calendar: WorkCalendar) -> None:
    """A1: 78% of all the enterprise's workers in favour, a few ballots not returned and a
    few invalid; signed in the days after, filed within 10 days (A2), announced."""
    leaders = AgreementService(db, union)
    workforce = leaders.workforce(vote_on)
    in_favour = max(workforce // 2 + 1, -(-workforce * 78 // 100))
    missing = min(workforce - in_favour, workforce * 5 // 100)
    returned = workforce - missing
    invalid = min(returned - in_favour, max(1, workforce // 100))
    counters = _names(db, workshop_members(db, 3, set()))
    leaders.record_vote(agreement_id, VoteInput(
        vote_on, workforce, returned, in_favour, returned - in_favour - invalid, invalid,
        "Bỏ phiếu kín tại các phân xưởng và phòng ban", "Nhà ăn số 1 và các phân xưởng",
        "\n".join(counters)))
    signed_on = min(calendar.add_working_days(vote_on, 3), effective)
    leaders.sign(agreement_id, SigningInput(
        signed_on, DIRECTOR, UNION_CHAIR, TERM_MONTHS, effective, "Tổng Giám đốc",
        "Chủ tịch Công đoàn cơ sở"))
    office = AgreementService(db, hr)
    filed_on = calendar.add_days(signed_on, 5)
    authority = filed_with(filed_on)
    office.file(agreement_id, filed_on, f"Gửi qua bưu điện đến {authority}",
                f"Phiếu gửi bảo đảm ngày {filed_on:%d/%m/%Y}; {authority} đã xác nhận nhận "
                "văn bản.")
    office.announce(agreement_id, calendar.add_working_days(signed_on, 2),
                    PublicationForm.NOTICE_BOARD.value, NOTICE_PLACE)
    _follow_up(office, agreement_id, effective, today)


def _follow_up(office: AgreementService, agreement_id: int, effective: date,
               today: date) -> None:
    """Some clauses carried out, one under way, one late."""
    plan = {
        "Tiền ăn giữa ca": ("Phòng Hành chính - Nhân sự", effective, Status.DONE, 100,
                            "Áp dụng từ ngày thỏa ước có hiệu lực."),
        "Nâng lương hằng năm": ("Phòng Hành chính - Nhân sự", effective + timedelta(days=90),
                                Status.DONE, 100, "Đã nâng lương bình quân 5,4%."),
        "Trang phục bảo hộ lao động": ("Phòng Hành chính - Nhân sự",
                                       effective + timedelta(days=60), Status.DONE, 100,
                                       "Đã cấp đủ 2 bộ cho người lao động."),
        "Khám sức khỏe định kỳ": ("Phòng Hành chính - Nhân sự", today + timedelta(days=30),
                                  Status.IN_PROGRESS, 60,
                                  "Đã khám cho Phân xưởng Cắt và hai Phân xưởng May."),
        "Hỗ trợ nhà trọ": ("Phòng Kế toán", today - timedelta(days=45), Status.IN_PROGRESS, 70,
                           "Còn hồ sơ của người lao động mới tuyển chưa được duyệt."),
    }
    for clause in office.get(agreement_id, today).clauses:
        if clause.text.title in plan:
            owner, due, status, progress, note = plan[clause.text.title]
            day = min(today, max(due, effective)) if status is Status.DONE else \
                min(today, max(effective, due - timedelta(days=10)))
            office.track_clause(clause.id, owner, due, status, progress, note, day)
