"""The supervision and petition papers and the annual report, prepared from real records
(through the petition, plan and item services, and rows for the other workflows), rendered
through the catalogue and read back from the PDF: the S2 notice of the plan, the S1 answers of
the findings, the register's anonymity rule (S3) for each role, the annual figures."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dcs_enterprise.domain.enums import Gender, Regime, Role
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.reports.catalog import CATALOG
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.publication_register import PublicationRegisterService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_items import ItemService
from dcs_enterprise.services.supervision_models import (
    EntryInput,
    ItemInput,
    PetitionInput,
    PlanInput,
)
from dcs_enterprise.services.supervision_papers import SupervisionPaperService
from dcs_enterprise.services.supervision_plans import PlanService
from dcs_enterprise.storage.tables import (
    Agreement,
    BargainingRound,
    Conference,
    ConferenceDocument,
    Dialogue,
    DialogueList,
)

COMPANY = "Công ty TNHH Thử nghiệm"
UNION = "Công đoàn cơ sở Công ty TNHH Thử nghiệm"
UPPER = "Liên đoàn Lao động tỉnh Bình Dương"
CHAIR = "Nguyễn Thị Ánh Tuyết"
WHISTLE_BLOWER = "Lê Văn Đức"
NOW = datetime(2027, 1, 4, tzinfo=UTC)
TODAY = date(2027, 7, 20)


class Desk:
    def __init__(self, initialized, make_actor) -> None:
        self.db, self.admin = initialized
        self.hr = make_actor(Role.HR_OFFICER)
        self.union = make_actor(Role.UNION_OFFICER)
        profile = EnterpriseService(self.db, self.admin).get().profile
        EnterpriseService(self.db, self.admin).update_profile(replace(
            profile, legal_representative_title="Giám đốc", union_name=UNION,
            upper_union_name=UPPER))
        department = DepartmentService(self.db, self.admin).create("SX", "Phân xưởng may")
        self.employees = {
            name: EmployeeService(self.db, self.admin).create(EmployeeData(
                code=code, full_name=name, gender=Gender.FEMALE, department_id=department.id,
                position=position)).id
            for code, name, position in (("NV001", CHAIR, "Chủ tịch Công đoàn cơ sở"),
                                         ("NV002", WHISTLE_BLOWER, "Công nhân may"))}

    def papers(self, actor=None) -> SupervisionPaperService:
        return SupervisionPaperService(self.db, actor or self.union)

    def petitions(self, actor=None) -> PetitionService:
        return PetitionService(self.db, actor or self.union)

    def regime(self, regime: Regime) -> None:
        EnterpriseService(self.db, self.admin).update_settings(
            replace(DemocracySettings(), regime=regime))


@pytest.fixture
def d(initialized, make_actor) -> Desk:
    return Desk(initialized, make_actor)


def rendered(prepared) -> str:
    """The paper through its renderer, as the PDF's text on one line."""
    kind = CATALOG[prepared.kind]
    assert isinstance(prepared.data, kind.data_type)
    assert prepared.frame.title == kind.title(prepared.data)
    assert prepared.frame.type_name == kind.type_name
    pdf = kind.render(prepared.data, prepared.frame)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "None" not in text
    return text


def petition(raised_on: date, **changes) -> PetitionInput:
    values = dict(content="Đề nghị lắp thêm quạt thông gió tại dây chuyền may số 2.",
                  category=Category.SAFETY, channel=Channel.DIRECT, raised_on=raised_on,
                  subject="Quạt thông gió", raised_by="Tổ may 1")
    values.update(changes)
    return PetitionInput(**values)


def register_petitions(d: Desk) -> dict[str, int]:
    """An anonymous petition the union knows the author of, a named one answered and
    published, one left unanswered past its due date, and one of the year before."""
    p = d.petitions()
    secret = p.record(petition(date(2027, 3, 1), channel=Channel.SUGGESTION_BOX,
                               anonymous=True, raised_by=WHISTLE_BLOWER,
                               subject="Quản đốc ép làm thêm giờ",
                               content="Quản đốc xưởng 2 buộc làm thêm giờ không trả lương.",
                               category=Category.WORKING_TIME)).row.id
    kiosk = p.record(petition(date(2027, 3, 2), anonymous=True, raised_by="",
                              employee_id=d.employees[WHISTLE_BLOWER],
                              subject="Nước uống", channel=Channel.HOTLINE)).row.id
    named = p.record(petition(date(2027, 4, 1))).row.id
    p.route(named, "Phòng Hành chính - Nhân sự", date(2027, 4, 2))
    d.petitions(d.hr).answer(named, "Công ty lắp thêm 6 quạt trong tháng 4.", date(2027, 4, 9))
    p.publish_answer(named, date(2027, 4, 12), "Bảng tin nhà ăn")
    late = p.record(petition(date(2027, 5, 3), subject="Tiền ăn ca",
                             category=Category.WELFARE)).row.id
    p.route(late, "Giám đốc", date(2027, 5, 4))
    old = p.record(petition(date(2026, 11, 2), subject="Năm trước")).row.id
    return {"secret": secret, "kiosk": kiosk, "named": named, "late": late, "old": old}


def test_the_union_register_names_an_anonymous_petitioner_as_confidential(d):
    ids = register_petitions(d)
    paper = d.papers().petition_register(2027, TODAY)
    data = paper.data
    assert [line.number for line in data.lines] == [ids["secret"], ids["kiosk"], ids["named"],
                                                    ids["late"]]
    assert data.identities_shown
    secret = data.lines[0]
    assert (secret.petitioner, secret.anonymous, secret.identity_hidden) == (
        WHISTLE_BLOWER, True, False)
    assert data.lines[1].petitioner == WHISTLE_BLOWER  # from the employee record
    late = data.lines[3]
    assert late.status is Status.SENT and late.overdue and late.due_on == date(2027, 5, 18)
    assert paper.frame.number is None and paper.frame.issuers[0].name == UNION
    text = rendered(paper)
    assert f"Người gửi: {WHISTLE_BLOWER} (giữ bí mật)" in text
    assert "Quản đốc xưởng 2 buộc làm thêm giờ" in text
    assert "Công ty lắp thêm 6 quạt trong tháng 4. (ngày 09/04/2027)" in text
    assert "Công khai 12/04/2027 tại Bảng tin nhà ăn" in text
    assert "Quá hạn" in text and "Hạn: 18/05/2027 (15 ngày)" in text
    assert "Năm trước" not in text
    assert "SỔ THEO DÕI Kiến nghị, phản ánh của người lao động năm 2027" in text
    assert "chỉ Ban Chấp hành Công đoàn cơ sở được lưu giữ" in text


@pytest.mark.parametrize("role", [Role.HR_OFFICER, Role.ADMIN])
def test_the_employer_side_register_never_holds_an_anonymous_name(d, make_actor, role):
    ids = register_petitions(d)
    actor = d.hr if role is Role.HR_OFFICER else make_actor(role)
    paper = d.papers(actor).petition_register(2027, TODAY)
    assert WHISTLE_BLOWER not in repr(paper.data) and not paper.data.identities_shown
    hidden = [line for line in paper.data.lines if line.anonymous]
    assert [line.number for line in hidden] == [ids["secret"], ids["kiosk"]]
    assert all(line.identity_hidden and line.petitioner == "" for line in hidden)
    text = rendered(paper)
    assert WHISTLE_BLOWER not in text and "Đức" not in text
    assert text.count("Người gửi: Ẩn danh") == 2 and "Người gửi: Tổ may 1" in text
    assert "được giữ bí mật (khoản 2 Điều 9 Luật Thực hiện dân chủ ở cơ sở" in text


def test_the_register_is_printed_by_officers_only(d):
    with pytest.raises(PermissionDenied):
        d.papers(EMPLOYEE_VIEW).petition_register(2027, TODAY)
    empty = rendered(d.papers(d.hr).petition_register(2025, TODAY))
    assert "Trong năm 2025 chưa tiếp nhận kiến nghị, phản ánh nào" in empty


def plan_input(**changes) -> PlanInput:
    values = dict(subject=Subject.CONTRIBUTIONS,
                  title="Giám sát việc đóng bảo hiểm xã hội năm 2027",
                  starts_on=date(2027, 6, 14), ends_on=date(2027, 6, 18),
                  purpose="Bảo đảm người lao động được đóng đủ bảo hiểm xã hội",
                  scope="Phân xưởng may\nHồ sơ đóng bảo hiểm từ tháng 01 đến tháng 5",
                  members=f"{CHAIR} - Trưởng đoàn\nTrương Quốc Hưởng - Thành viên")
    values.update(changes)
    return PlanInput(**values)


def test_the_plan_states_the_s2_notice_where_it_binds(d):
    d.regime(Regime.SOE)
    plans = PlanService(d.db, d.union)
    plan = plans.create(plan_input()).row.id
    paper = d.papers().plan(plan)
    data = paper.data
    assert (data.notice_due, data.soe_rules, data.notice_sent_on) == (date(2027, 6, 8), True,
                                                                      None)
    assert paper.frame.issuers[0].name == UNION and paper.frame.number.text.endswith("/KH-CĐCS")
    assert paper.frame.signatures[0].name == CHAIR
    text = rendered(paper)
    assert "KẾ HOẠCH Giám sát việc đóng bảo hiểm xã hội năm 2027" in text
    assert "điểm d Điều 46 Nghị định số 145/2020/NĐ-CP" in text
    assert "chậm nhất ngày 08/06/2027, ít nhất 05 ngày làm việc trước ngày tiến hành" in text
    assert "Kế hoạch chưa được gửi" in text and "Căn cứ Nghị định số 59/2023/NĐ-CP" in text
    assert "Trương Quốc Hưởng" in text and "từ ngày 14/06/2027 đến ngày 18/06/2027" in text
    assert f"Giám đốc {COMPANY} (để phối hợp thực hiện)" in text and UPPER in text
    plans.record_notice(plan, date(2027, 6, 9))
    late = d.papers().plan(plan, numbered=True)
    assert late.data.notice_ok is False and late.frame.day == date(2027, 6, 9)
    assert late.frame.number.text == "01/KH-CĐCS"
    assert "đã được gửi ngày 09/06/2027, chậm so với thời hạn trên" in rendered(late)


def test_a_private_enterprise_plan_has_no_s2(d):
    plan = PlanService(d.db, d.union).create(plan_input(subject=Subject.OTHER,
                                                        title="Việc trả lương làm thêm giờ"))
    paper = d.papers(d.hr).plan(plan.row.id)
    assert not paper.data.soe_rules and paper.data.notice_ok is None
    text = rendered(paper)
    assert "KẾ HOẠCH Kiểm tra, giám sát việc trả lương làm thêm giờ" in text
    assert "59/2023" not in text and "trước ngày tiến hành (14/06/2027)" in text
    with pytest.raises(PermissionDenied):
        d.papers(EMPLOYEE_VIEW).plan(plan.row.id)


def test_the_findings_list_each_recommendation_with_its_answer(d):
    ids = register_petitions(d)
    plans = PlanService(d.db, d.union)
    plan = plans.create(plan_input()).row.id
    with pytest.raises(ValidationError):
        d.papers().findings(plan)
    plans.record_findings(plan, "Công ty đóng đủ bảo hiểm cho 118/120 người.\n"
                                "02 người lao động chưa được đóng bảo hiểm.", date(2027, 6, 20))
    items = ItemService(d.db, d.union)
    base = dict(source=Source.SUPERVISION, subject=Subject.CONTRIBUTIONS, plan_id=plan,
                raised_on=date(2027, 6, 20))
    answered = items.raise_item(ItemInput(
        title="Truy đóng bảo hiểm xã hội", addressee="Phòng Hành chính - Nhân sự",
        recommendation="Truy đóng cho 02 người lao động.", **base)).row.id
    waiting = items.raise_item(ItemInput(
        title="Cấp thẻ bảo hiểm y tế", addressee="Giám đốc", due_on=date(2027, 7, 1),
        **base)).row.id
    linked = items.raise_item(ItemInput(
        **{**base, "source": Source.PETITION}, source_id=ids["secret"],
        title="Trả lương làm thêm giờ", addressee="Giám đốc")).row.id
    for item in (answered, waiting, linked):
        items.step(item, Status.SENT, "", date(2027, 6, 21))
    ItemService(d.db, d.hr).step(answered, Status.ANSWERED, "Đã truy đóng ngày 30/6.",
                                 date(2027, 6, 30))
    items.step(answered, Status.RESOLVED, "Đã kiểm tra chứng từ nộp tiền", date(2027, 7, 2))
    paper = d.papers(d.hr).findings(plan, numbered=True, today=date(2027, 7, 5))
    data = paper.data
    assert [r.number for r in data.recommendations] == [answered, waiting, linked]
    assert [r.overdue for r in data.recommendations] == [False, True, False]
    assert data.recommendations[0].due_rule == "S1" and data.petitions == (ids["secret"],)
    assert paper.frame.day == date(2027, 6, 20) and paper.frame.number.text == "01/BC-CĐCS"
    text = rendered(paper)
    assert "BÁO CÁO Kết quả giám sát việc đóng bảo hiểm xã hội năm 2027" in text
    assert "02 người lao động chưa được đóng bảo hiểm." in text
    assert "Đã truy đóng ngày 30/6. (ngày 30/06/2027)" in text
    assert "Đã kiểm tra chứng từ nộp tiền" in text
    assert "Hạn: 01/07/2027 (ấn định)" in text and "Quá hạn (đến 05/07/2027)" in text
    assert "15 ngày kể từ ngày nhận kiến nghị" in text
    assert f"kiến nghị số {ids['secret']}" in text and WHISTLE_BLOWER not in text
    assert f"Giám đốc {COMPANY} (để giải quyết)" in text


def seed_year(d: Desk) -> None:
    """A conference, two dialogues and a signed agreement of 2027, as their workflows leave
    them; a publication entry; the petitions of register_petitions."""
    with d.db.session(write=True) as session:
        conference = Conference(year=2027, form="delegate", stage="published", headcount=120,
                                held_on=date(2027, 3, 20), published_from=date(2027, 3, 25),
                                created_at=NOW)
        listed = DialogueList(determined_on=date(2027, 1, 5), headcount=120, created_at=NOW)
        bargaining = BargainingRound(kind="new", stage="concluded", requested_by="union",
                                     requester_name="Công đoàn cơ sở",
                                     requested_on=date(2027, 1, 5), created_at=NOW)
        session.add_all([conference, listed, bargaining])
        session.flush()
        session.add_all([
            ConferenceDocument(conference_id=conference.id, kind="resolution", version=1,
                               number="01/NQ-HNNLĐ", issued_on=date(2027, 3, 20),
                               issued_by="admin"),
            Dialogue(kind="periodic", title="Đối thoại quý II", list_id=listed.id,
                     stage="published", scheduled_on=date(2027, 6, 12),
                     held_on=date(2027, 6, 12), minutes_number="02/BB-CT",
                     notice_published_on=date(2027, 6, 14), created_at=NOW),
            Dialogue(kind="incident", title="Nội quy lao động", list_id=listed.id,
                     stage="held", scheduled_on=date(2027, 7, 1), held_on=date(2027, 7, 1),
                     created_at=NOW),
            Agreement(round_id=bargaining.id, stage="signed", title="Thỏa ước 2027",
                      signed_on=date(2027, 4, 10), agreement_number="01/2027/TƯLĐTT",
                      effective_on=date(2027, 5, 1), expires_on=date(2029, 4, 30),
                      created_at=NOW)])


def test_the_annual_report_counts_every_register(d):
    seed_year(d)
    register_petitions(d)
    PublicationRegisterService(d.db, d.hr).add(EntryInput(
        PublishedMatter.BUSINESS, "Kết quả sản xuất 6 tháng", PublicationForm.NOTICE_BOARD,
        "Bảng tin", decided_on=date(2027, 7, 1), published_from=date(2027, 7, 3)))
    paper = d.papers(d.hr).annual_report(2027, TODAY, numbered=True)
    data = paper.data
    [conference] = data.conferences
    assert (conference.held, conference.resolution_number) == (True, "01/NQ-HNNLĐ")
    assert (data.dialogues.periodic, data.dialogues.incident, data.dialogues.periodic_ok,
            data.dialogues.notices_published) == (1, 1, True, 1)
    [agreement] = data.agreements
    assert agreement.in_force and agreement.filed_on is None
    assert (data.petitions.received, data.petitions.answered, data.petitions.awaiting,
            data.petitions.overdue, data.petitions.published) == (4, 1, 3, 3, 1)
    assert data.headcount == 2
    assert paper.frame.issuers[0].name == COMPANY and paper.frame.number.text == "01/BC-CT"
    assert paper.frame.signatures[0].authority_line == "TM. CÔNG TY"
    text = rendered(paper)
    assert "BÁO CÁO Tình hình thực hiện dân chủ ở cơ sở tại doanh nghiệp năm 2027" in text
    assert "Số 01/NQ-HNNLĐ ngày 20/03/2027" in text and "Từ 25/03/2027" in text
    assert "Đối thoại định kỳ: 01 cuộc" in text and "Đối thoại khi có vụ việc: 01 cuộc" in text
    assert "nội dung chính đã công khai: 01/02 cuộc" in text
    assert "Thỏa ước số 01/2027/TƯLĐTT ký ngày 10/04/2027" in text
    assert "chưa gửi cơ quan chuyên môn về lao động cấp tỉnh" in text
    assert "Còn 03 kiến nghị, phản ánh của người lao động quá hạn trả lời" in text
    assert "Tình hình sản xuất, kinh doanh" in text
    assert "Chưa ghi nhận việc công khai: nội quy lao động" in text
    assert WHISTLE_BLOWER not in text and "Tổ may 1" not in text


def test_an_empty_year_and_a_future_one(d):
    text = rendered(d.papers().annual_report(2026, TODAY))
    assert "chưa tổ chức Hội nghị người lao động" in text
    assert "Chưa tổ chức đối thoại định kỳ năm 2026" in text
    with pytest.raises(ValidationError):
        d.papers().annual_report(2028, TODAY)
    with pytest.raises(PermissionDenied):
        d.papers(EMPLOYEE_VIEW).annual_report(2026, TODAY)
