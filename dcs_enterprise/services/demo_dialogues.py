"""The demo's workplace dialogues (Labour Code 2019 Art 63; Decree 145/2020 Arts 37-41),
recorded through the services as HR and the union would, dated around ``today``: both sides'
representatives determined about 14 months ago and published (one worker representative
replaced since); two periodic dialogues and one on the workers' request held, signed and
published with their actions followed up (one overdue); a dialogue on the new bonus rules
(Labour Code Art 104) signed but not yet published; the next periodic dialogue scheduled."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlmodel import select

from ..domain.calendar import WorkCalendar
from ..domain.commitments import Status
from ..domain.dialogue_rules import DialogueKind, IncidentTrigger, Organisation, Side
from ..domain.enums import EmploymentStatus, Gender
from ..domain.publication import PublicationForm
from ..storage.database import Database
from ..storage.tables import Department, Employee
from .conference_common import calendar_of, settings_of
from .dialogue_lists import DialogueListService
from .dialogue_models import (
    ActionInput,
    AttendanceInput,
    DialogueInput,
    ItemInput,
    ListInfo,
    NoticeInput,
    RepresentativeInput,
    RequestInput,
)
from .dialogues import DialogueService
from .session import Actor

DIRECTOR, HR_HEAD, UNION_CHAIR = "Nguyễn Minh Quang", "Trần Thị Thu Hà", "Lê Văn Thắng"
PLACE = "Phòng họp số 2, Nhà điều hành"
NOTICE_PLACE = "Bảng tin nhà ăn và bảng tin các phân xưởng"
HR, TECH, BOARD = "Phòng Hành chính - Nhân sự", "Phòng Kỹ thuật - Cơ điện", "Ban Giám đốc"
OFFICES = ("BGD", "HCNS", "KT", "CD")  # the worker side comes from the workshops and stores

# (title, employer's position, workers' position, agreed, not agreed)
FIRST = (
    ("Đơn giá sản phẩm các mã giày mới",
     "Đơn giá mã hàng mới được xây dựng theo định mức thời gian chuẩn, đã tính năng suất "
     "bình quân của chuyền.",
     "Công nhân chuyền may phản ánh đơn giá mã giày thể thao mới thấp hơn mã cũ khoảng 8% "
     "trong khi thao tác phức tạp hơn; đề nghị bấm giờ lại.",
     "Phòng Kỹ thuật cùng tổ công đoàn bấm giờ lại 3 mã hàng mới tại 2 chuyền; điều chỉnh "
     "đơn giá nếu định mức thực tế chênh trên 5%.",
     "Công ty chưa đồng ý truy lĩnh phần chênh lệch đơn giá của tháng trước."),
    ("Bữa ăn giữa ca tại nhà ăn",
     "Nhà thầu suất ăn cam kết thay đổi thực đơn hằng tuần; công ty kiểm tra định kỳ.",
     "Suất ăn ca đêm nguội, ít rau xanh; đề nghị kiểm tra chất lượng và tăng khẩu phần.",
     "Lập tổ giám sát bữa ăn gồm 2 đại diện công đoàn và 1 cán bộ nhân sự, kiểm tra hằng "
     "tuần; nhà thầu bổ sung tủ giữ nhiệt cho suất ăn ca đêm.", ""),
    ("Tăng ca mùa cao điểm",
     "Đơn hàng cao điểm tăng khoảng 20%; công ty cần bố trí làm thêm 2 giờ mỗi ngày và một "
     "số ngày Chủ nhật.",
     "Người lao động đồng ý làm thêm nhưng không quá 40 giờ mỗi tháng, được báo trước và "
     "có sự đồng ý của từng người.",
     "Làm thêm không quá 40 giờ/tháng, 300 giờ/năm; danh sách làm thêm niêm yết trước 1 "
     "ngày, có chữ ký đồng ý của người lao động.",
     "Hỗ trợ thêm 20.000 đồng tiền ăn cho buổi tăng ca: công ty chưa chấp nhận, bàn lại ở "
     "kỳ đối thoại sau."),
)
REQUESTED = (
    ("Xe đưa đón công nhân tuyến Bến Cát",
     "Công ty đã khảo sát: 36 người đăng ký; chi phí thuê xe khoảng 45 triệu đồng mỗi tháng.",
     "Đề nghị mở tuyến ngay; người lao động sẵn sàng đóng góp một phần chi phí.",
     "Mở tuyến xe đưa đón Bến Cát từ đầu tháng sau; người đi xe đóng 150.000 đồng/tháng, "
     "công ty chi phần còn lại.",
     "Hỗ trợ tiền xăng cho người ở xa trên 10 km: công ty chưa đồng ý, xem xét khi thương "
     "lượng thỏa ước mới."),
)
SECOND = (
    ("Nóng và bụi tại Phân xưởng Cắt",
     "Đã lắp 12 quạt hút; hệ thống làm mát bằng hơi nước sẽ lắp khi có vật tư.",
     "Buổi trưa nhiệt độ trong xưởng trên 35 độ; đề nghị lắp làm mát sớm và cấp nước uống "
     "bổ sung điện giải.",
     "Cấp nước uống điện giải cho ca ngày từ tuần sau; lắp hệ thống làm mát trong năm nay.",
     ""),
    ("Thưởng Tết và lịch nghỉ Tết",
     "Thưởng Tết ít nhất 1 tháng lương theo thỏa ước; thưởng thêm tùy kết quả kinh doanh.",
     "Đề nghị công bố sớm mức thưởng, ngày chi trả và lịch nghỉ để người lao động chủ động "
     "về quê.",
     "Công ty thông báo mức thưởng Tết và lịch nghỉ Tết trước Tết ít nhất 30 ngày.",
     "Thưởng thêm nửa tháng lương cho người có thâm niên trên 5 năm: công ty chưa chấp nhận."),
    ("Khám sức khỏe định kỳ",
     "Đợt khám năm nay tổ chức tại công ty, chia theo phân xưởng để không gián đoạn sản xuất.",
     "Đề nghị bổ sung khám phụ khoa cho lao động nữ và đo thính lực cho công nhân khu máy "
     "dập.",
     "Bổ sung hai nội dung khám trên vào đợt khám định kỳ.", ""),
)
INCIDENT = (
    ("Dự thảo sửa đổi Quy chế thưởng",
     "Bổ sung thưởng năng suất hằng tháng cho chuyền đạt trên 105% kế hoạch; bỏ thưởng chuyên "
     "cần theo quý.",
     "Đồng ý thưởng năng suất; đề nghị giữ thưởng chuyên cần vì lao động nữ nghỉ chăm con ốm "
     "bị ảnh hưởng.",
     "Giữ thưởng chuyên cần; ngày nghỉ chăm con ốm có giấy tờ không tính là vắng mặt.",
     "Mức thưởng năng suất: công ty đề xuất 200.000 đồng, công đoàn đề nghị 300.000 đồng mỗi "
     "người mỗi tháng; hai bên tiếp tục trao đổi trước khi ban hành."),
)
# (item number, what, who, due days after the dialogue, status, progress, note)
FIRST_ACTIONS = (
    (1, "Bấm giờ lại 3 mã giày mới, điều chỉnh đơn giá", TECH, 30, Status.DONE, 100,
     "Đã điều chỉnh tăng đơn giá 2 mã, từ kỳ lương tháng sau."),
    (2, "Lắp tủ giữ nhiệt cho suất ăn ca đêm", HR, 45, Status.DONE, 100, "Đã lắp 2 tủ."),
    (3, "Niêm yết số giờ làm thêm của từng người hằng tháng", HR, 60, Status.IN_PROGRESS, 50,
     "Mới niêm yết tại Phân xưởng May 1; các phân xưởng khác chưa thực hiện."),
)
REQUEST_ACTIONS = ((1, "Ký hợp đồng thuê xe, thông báo lộ trình và giờ đón", HR, 20,
                    Status.DONE, 100, "Tuyến xe chạy từ đầu tháng; 41 người đăng ký."),)
SECOND_ACTIONS = (
    (1, "Cấp nước uống điện giải cho ca ngày tại Phân xưởng Cắt", HR, 14, Status.DONE, 100,
     "Đã cấp từ tuần sau kỳ đối thoại."),
    (1, "Lắp hệ thống làm mát Phân xưởng Cắt", TECH, 200, Status.IN_PROGRESS, 40,
     "Đã ký hợp đồng lắp đặt; chờ vật tư."),
    (2, "Thông báo mức thưởng Tết và lịch nghỉ Tết", BOARD, 150, None, 0, ""),
)
INCIDENT_ACTIONS = ((1, "Hoàn thiện dự thảo Quy chế thưởng, gửi Công đoàn góp ý", HR, 10,
                     None, 0, ""),)


def demo_calendar(db: Database) -> WorkCalendar:
    with db.session() as session:
        return calendar_of(session, settings_of(session))


def on_roster(db: Database, *names: str) -> dict[str, int]:
    """The active people the documents name: the demo roster's first rows."""
    with db.session() as session:
        rows = session.exec(select(Employee.full_name, Employee.id, Employee.status).where(
            Employee.full_name.in_(names)).order_by(Employee.id).limit(len(names))).all()
    return {n: i for n, i, status in reversed(rows) if status == EmploymentStatus.ACTIVE}


def chief_accountant(db: Database) -> tuple[int | None, str]:
    with db.session() as session:
        found = session.exec(select(Employee.id, Employee.full_name).join(Department).where(
            Department.code == "KT", Employee.status == EmploymentStatus.ACTIVE.value,
            Employee.position == "Kế toán trưởng").order_by(Employee.id).limit(1)).first()
    return tuple(found) if found else (None, "Đặng Quốc Bảo")


def workshop_members(db: Database, count: int, skip: set[int]) -> list[int]:
    """Union members from the workshops and stores, team leaders first, a few from each: small
    queries that walk one department's index (the demo runs at 100,000 employees)."""
    found: list[int] = []
    with db.session() as session:
        departments = session.exec(select(Department.id).where(
            Department.code.not_in(OFFICES)).order_by(Department.id)).all()
        share = -(-count // max(1, len(departments)))
        for leaders in (True, False):
            for department_id in departments:
                if len(found) >= count:
                    break
                leader = Employee.position == "Tổ trưởng"
                rows = session.exec(select(Employee.id).where(
                    Employee.department_id == department_id,
                    Employee.status == EmploymentStatus.ACTIVE.value, Employee.union_member,
                    leader if leaders else ~leader).order_by(Employee.id).limit(
                    share + len(skip))).all()
                found += [e for e in rows if e not in skip and e not in found][:share]
    return found[:count]


def create_demo_dialogues(db: Database, hr: Actor, union: Actor, today: date,
                          rng: random.Random) -> None:
    calendar = demo_calendar(db)
    day = calendar.next_working_day
    listed = _representatives(db, hr, union, day(today - timedelta(days=425)), calendar)
    talks = DialogueService(db, union)
    _periodic(db, hr, union, day(today - timedelta(days=330)), calendar, FIRST, FIRST_ACTIONS,
              today, rng)
    _replace(db, union, listed, day(today - timedelta(days=250)))
    received = day(today - timedelta(days=200))
    workers = DialogueListService(db, union).get(listed.id).side(Side.WORKER)
    backers = tuple(m.id for m in workers[:(len(workers) * 4 + 9) // 10])
    asked = talks.record_request(RequestInput(
        Side.WORKER, "Đối thoại theo yêu cầu của tập thể người lao động về xe đưa đón",
        received, "Đề nghị công ty bố trí xe đưa đón công nhân tuyến Bến Cát - Đồng An và hỗ "
                  "trợ tiền xăng cho người ở xa trên 10 km.", supporters=backers))
    held_on = calendar.add_days(received, 12)
    talks.reply(asked.id, calendar.add_working_days(received, 3),
                f"Công ty nhất trí đối thoại lúc 14 giờ 00 ngày {held_on:%d/%m/%Y} tại {PLACE}.",
                held_on, "14:00", PLACE)
    _hold(db, hr, union, asked.id, held_on, REQUESTED, REQUEST_ACTIONS, today, rng,
          "Mở tuyến xe đưa đón Bến Cát; người đi xe đóng 150.000 đồng/tháng")
    _periodic(db, hr, union, day(today - timedelta(days=140)), calendar, SECOND,
              SECOND_ACTIONS, today, rng)
    incident_on = today - timedelta(days=1)
    while not calendar.is_working_day(incident_on):  # the last working day: notice still due
        incident_on -= timedelta(days=1)
    incident = talks.schedule(DialogueInput(
        DialogueKind.INCIDENT, "Đối thoại về việc sửa đổi Quy chế thưởng", incident_on,
        "09:00", PLACE, trigger=IncidentTrigger.BONUS_RULES))
    _hold(db, hr, union, incident.id, incident_on, INCIDENT, INCIDENT_ACTIONS, today, rng, "")
    upcoming = day(today + timedelta(days=21))
    talks.schedule(DialogueInput(DialogueKind.PERIODIC, f"Đối thoại định kỳ tháng "
                                 f"{upcoming:%m/%Y}", upcoming, "08:00", PLACE))


def _representatives(db: Database, hr: Actor, union: Actor, determined: date,
                     calendar: WorkCalendar) -> ListInfo:
    """Art 38: the employer side led by the legal representative; the worker side sized for
    the headcount's band (D3), from the union's members."""
    lists = DialogueListService(db, hr)
    listed = lists.create(determined)
    known = on_roster(db, DIRECTOR, HR_HEAD, UNION_CHAIR)
    employer = [RepresentativeInput(Side.EMPLOYER, Organisation.EMPLOYER, determined,
                                    employee_id=known.get(DIRECTOR), full_name=DIRECTOR,
                                    position="Tổng Giám đốc", is_legal_representative=True),
                RepresentativeInput(Side.EMPLOYER, Organisation.EMPLOYER, determined,
                                    employee_id=known.get(HR_HEAD), full_name=HR_HEAD,
                                    position="Trưởng phòng Hành chính - Nhân sự"),
                RepresentativeInput(Side.EMPLOYER, Organisation.EMPLOYER, determined,
                                    *chief_accountant(db), position="Kế toán trưởng",
                                    department="Phòng Kế toán", gender=Gender.MALE.value)]
    for member in employer:
        lists.add_member(listed.id, member)
    band = listed.band
    seats = min(band.maximum or band.minimum + 2, band.minimum + 2)
    chair = [known[UNION_CHAIR]] if UNION_CHAIR in known else []
    workers = chair + workshop_members(db, seats - len(chair), set(known.values()))
    keeper = DialogueListService(db, union)
    for employee_id in workers:
        keeper.add_member(listed.id, RepresentativeInput(
            Side.WORKER, Organisation.UNION, determined, employee_id=employee_id))
    return lists.publish(listed.id, PublicationForm.NOTICE_BOARD, NOTICE_PLACE,
                         calendar.add_working_days(determined, 2))


def _replace(db: Database, union: Actor, listed: ListInfo, day: date) -> None:
    """Art 38.3: a worker representative leaves the workshop; the union names another."""
    workers = listed.side(Side.WORKER)
    spare = workshop_members(db, 1, {m.employee_id for m in listed.members})
    if len(workers) < 2 or not spare:
        return
    DialogueListService(db, union).replace_member(
        workers[-1].id, day, "Chuyển sang làm việc tại văn phòng công ty, không còn trực tiếp "
                             "sản xuất; Ban Chấp hành Công đoàn cử người thay thế.",
        RepresentativeInput(Side.WORKER, Organisation.UNION, day, employee_id=spare[0]))


def _periodic(db: Database, hr: Actor, union: Actor, held_on: date, calendar: WorkCalendar,
              items, actions, today: date, rng: random.Random) -> None:
    """Art 39: scheduled, both agendas sent in time (D6), held, signed and published."""
    talks = DialogueService(db, union)
    planned = talks.schedule(DialogueInput(DialogueKind.PERIODIC, f"Đối thoại định kỳ tháng "
                                           f"{held_on:%m/%Y}", held_on, "08:00", PLACE))
    sent = calendar.subtract_working_days(held_on, 7)
    DialogueService(db, hr).send_agenda(planned.id, Side.EMPLOYER, "; ".join(
        i[0] for i in items[::2]) + "; tình hình sản xuất, kinh doanh.", sent)
    talks.send_agenda(planned.id, Side.WORKER, "; ".join(i[0] for i in items) + ".", sent)
    agreed = "; ".join(i[3].split(";")[0].rstrip(".") for i in items)
    _hold(db, hr, union, planned.id, held_on, items, actions, today, rng, agreed)


def _hold(db: Database, hr: Actor, union: Actor, dialogue_id: int, held_on: date, items,
          actions, today: date, rng: random.Random, notice: str) -> None:
    """The day (quorum D7 well above 70%), the items and actions, the signed minutes (D8) and,
    with a ``notice``, its publication within 3 working days (D9); then the follow-up."""
    talks = DialogueService(db, union)
    info = DialogueListService(db, union).get(talks.get(dialogue_id, held_on).list_id)
    sitting = [m for m in info.members if m.joined_on <= held_on
               and (m.left_on is None or m.left_on > held_on)]
    workers = [m for m in sitting if m.side is Side.WORKER]
    absent = set(rng.sample([m.id for m in workers[1:]], len(workers) // 8))
    present = tuple(m.id for m in sitting if m.id not in absent)
    talks.record_attendance(dialogue_id, AttendanceInput(
        held_on, present, employer_representative_present=True, chair=DIRECTOR,
        note_taker=HR_HEAD, female_representative_present=any(
            m.gender == Gender.FEMALE.value and m.id in present for m in workers)))
    for title, employer, worker, agreed, disagreed in items:
        talks.save_item(dialogue_id, ItemInput(title, employer, worker, agreed, disagreed))
    item_ids = [i.id for i in talks.get(dialogue_id, held_on).items]
    for number, text, owner, days, *_ in actions:
        talks.add_action(dialogue_id, ActionInput(text, owner, held_on + timedelta(days=days),
                                                  item_ids[number - 1]))
    start = talks.get(dialogue_id, held_on).start_time
    talks.finalize(dialogue_id, held_on, f"{int(start[:2]) + 2:02d}:30")
    if notice:
        day = demo_calendar(db).add_working_days(held_on, 2)
        DialogueService(db, hr).publish_notice(dialogue_id, NoticeInput(
            f"Kết quả đối thoại ngày {held_on:%d/%m/%Y}: {notice}.",
            PublicationForm.NOTICE_BOARD, NOTICE_PLACE, day, day + timedelta(days=30), HR))
    tracked = sorted(talks.get(dialogue_id, today).actions, key=lambda a: a.id)
    for action, (_n, _t, _o, days, status, progress, note) in zip(tracked, actions,
                                                                   strict=True):
        if status is not None:
            due = held_on + timedelta(days=days)
            reported = min(today, due - timedelta(days=3) if status is Status.DONE else
                           held_on + timedelta(days=days * 3 // 4))
            talks.update_action(action.id, status, progress, note, max(reported, held_on))
