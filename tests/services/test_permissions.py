"""Who may do what, checked through the real service calls (DOMAIN.md "Who uses it")."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pytest

from dcs_enterprise.domain.agreement_text import ClauseText
from dcs_enterprise.domain.bargaining_rules import Requester, Topic
from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_plan import OfficerRole
from dcs_enterprise.domain.dialogue_rules import DialogueKind, Organisation, Side
from dcs_enterprise.domain.enums import Gender, Role
from dcs_enterprise.domain.errors import PermissionDenied
from dcs_enterprise.domain.permissions import ALLOWED, Action, can
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.domain.supervision import Source as ItemSource
from dcs_enterprise.domain.supervision import Status as ItemStatus
from dcs_enterprise.domain.supervision import Subject as SupervisionSubject
from dcs_enterprise.services.accounts import AccountService, sign_in
from dcs_enterprise.services.agreements import AgreementService
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.bargaining import BargainingService
from dcs_enterprise.services.bargaining_models import RequestInput as BargainingRequest
from dcs_enterprise.services.bargaining_models import SessionInput, SigningInput, VoteInput
from dcs_enterprise.services.commitments import CommitmentService
from dcs_enterprise.services.conference_day import ConferenceDayService
from dcs_enterprise.services.conference_delegates import DelegateService
from dcs_enterprise.services.conference_models import (
    ArticleInput,
    MeetingInput,
    PlanInput,
    PublicationInput,
)
from dcs_enterprise.services.conferences import ConferenceService
from dcs_enterprise.services.dashboard_stats import DashboardStatsService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.dialogue_lists import DialogueListService
from dcs_enterprise.services.dialogue_models import (
    ActionInput,
    AttendanceInput,
    DialogueInput,
    ItemInput,
    NoticeInput,
    RepresentativeInput,
)
from dcs_enterprise.services.dialogues import DialogueService
from dcs_enterprise.services.documents import DocumentService
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.maintenance import BackupService, open_file, restore_database
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.publication_register import PublicationRegisterService
from dcs_enterprise.services.published_search import PublishedSearchService
from dcs_enterprise.services.readmodels import EnterpriseProfile
from dcs_enterprise.services.resolutions import ResolutionService
from dcs_enterprise.services.roster_import import RosterImportService
from dcs_enterprise.services.session import EMPLOYEE_VIEW, Actor
from dcs_enterprise.services.setup import initialize
from dcs_enterprise.services.supervision_items import ItemService
from dcs_enterprise.services.supervision_models import EntryInput, PetitionInput
from dcs_enterprise.services.supervision_models import FileInput as EvidenceFile
from dcs_enterprise.services.supervision_models import ItemInput as SupervisionItemInput
from dcs_enterprise.services.supervision_models import PlanInput as SupervisionPlanInput
from dcs_enterprise.services.supervision_plans import PlanService
from dcs_enterprise.storage.database import Database

# The matrix of DOMAIN.md, written out here independently of domain.permissions.
EVERYONE = set(Role)
OFFICERS = {Role.ADMIN, Role.HR_OFFICER, Role.UNION_OFFICER}
EMPLOYER = {Role.ADMIN, Role.HR_OFFICER}
EXPECTED: dict[Action, set[Role]] = {
    Action.EDIT_ENTERPRISE: EMPLOYER,
    Action.EDIT_SETTINGS: EMPLOYER,
    Action.EDIT_CALENDAR: EMPLOYER,
    Action.EDIT_DEPARTMENTS: EMPLOYER,
    Action.EDIT_EMPLOYEES: EMPLOYER,
    Action.IMPORT_EMPLOYEES: EMPLOYER,
    Action.VIEW_ROSTER: OFFICERS,
    Action.EXPORT_EMPLOYEES: OFFICERS,
    Action.MANAGE_ACCOUNTS: {Role.ADMIN},
    Action.VIEW_AUDIT: OFFICERS,
    Action.BACKUP: {Role.ADMIN},
    Action.VIEW_PUBLISHED: EVERYONE,
    Action.PRINT_DOCUMENTS: OFFICERS,
    Action.NUMBER_DOCUMENTS: OFFICERS,
    Action.VIEW_CONFERENCE: OFFICERS,
    Action.PLAN_CONFERENCE: OFFICERS,
    Action.APPROVE_PLAN_FOR_EMPLOYER: EMPLOYER,
    Action.APPROVE_PLAN_FOR_UNION: {Role.UNION_OFFICER},
    Action.ELECT_DELEGATES: OFFICERS,
    Action.RECORD_PETITIONS: OFFICERS,
    Action.ANSWER_PETITIONS: EMPLOYER,
    Action.RUN_CONFERENCE: OFFICERS,
    Action.FINALIZE_CONFERENCE: OFFICERS,
    Action.PUBLISH_CONFERENCE: OFFICERS,
    Action.TRACK_COMMITMENTS: OFFICERS,
    Action.VIEW_DIALOGUE: OFFICERS,
    Action.KEEP_EMPLOYER_REPRESENTATIVES: EMPLOYER,
    Action.KEEP_WORKER_REPRESENTATIVES: {Role.UNION_OFFICER},
    Action.PLAN_DIALOGUE: OFFICERS,
    Action.RUN_DIALOGUE: OFFICERS,
    Action.FINALIZE_DIALOGUE: OFFICERS,
    Action.PUBLISH_DIALOGUE_NOTICE: EMPLOYER,
    Action.TRACK_DIALOGUE_ACTIONS: OFFICERS,
    Action.VIEW_BARGAINING: OFFICERS,
    Action.REQUEST_BARGAINING: OFFICERS,
    Action.RECORD_BARGAINING: {Role.UNION_OFFICER},
    Action.SUPPLY_BARGAINING_INFORMATION: EMPLOYER,
    Action.RECORD_AGREEMENT_VOTE: {Role.UNION_OFFICER},
    Action.SIGN_AGREEMENT: OFFICERS,
    Action.FILE_AGREEMENT: EMPLOYER,
    Action.TRACK_AGREEMENT: OFFICERS,
    Action.FILE_PETITION: EVERYONE,
    Action.ROUTE_PETITIONS: {Role.UNION_OFFICER},
    Action.PUBLISH_PETITION_ANSWERS: {Role.UNION_OFFICER},
    Action.VIEW_PUBLICATION: OFFICERS,
    Action.KEEP_PUBLICATION_REGISTER: EMPLOYER,
    Action.VIEW_SUPERVISION: OFFICERS,
    Action.PLAN_SUPERVISION: {Role.UNION_OFFICER},
    Action.RAISE_ITEMS: {Role.UNION_OFFICER},
    Action.ANSWER_ITEMS: EMPLOYER,
    Action.ADD_EVIDENCE: OFFICERS,
}


@pytest.mark.parametrize("action", list(Action))
def test_every_action_has_a_rule(action):
    assert action in ALLOWED, f"{action} has no row in ALLOWED: nobody may do it"
    assert action in EXPECTED, f"{action} is new: add it to EXPECTED and to CALLS"


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_allowed_table_matches_the_domain(action, role):
    assert can(role, action) == (role in EXPECTED[action])


@dataclass
class World:
    db: Database
    admin: Actor
    actors: dict[Role, Actor]
    tmp: Path  # this test's own folder
    department_id: int
    empty_department_id: int
    employee_id: int
    employee: EmployeeData
    holiday_id: int
    account_id: int
    roster_file: Path
    backup_file: Path
    conferences: dict[str, int]  # conference id by the stage the template left it at
    delegate_id: int  # summoned to the "held" conference, not checked in
    petition_id: int
    commitment_id: int
    dialogue_list_id: int  # employer side: the legal representative; worker side: NV001
    dialogue_members: dict[str, int]  # representative id by side ("employer", "worker")
    dialogues: dict[str, int]  # dialogue id by the stage the template left it at
    dialogue_action_id: int  # an action of the "signed" dialogue
    rounds: dict[str, int]  # bargaining round id by the stage the template left it at
    agreements: dict[str, int]  # the agreement of each of those rounds
    clause_id: int  # a clause of the signed agreement
    petitions: dict[str, int]  # register petitions by status: "sent", "answered"
    publication_id: int  # a published entry of the publication register
    supervision: dict[str, int]  # a plan, items (open, sent, answered) and a sent item's file


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict]:
    """One database built once per module (scrypt makes accounts slow); each test gets a copy."""
    folder = tmp_path_factory.mktemp("template")
    db = open_file(folder / "template.sqlite")
    try:
        admin = initialize(db, EnterpriseProfile(name="Công ty Mẫu"), DemocracySettings(),
                           "admin", "Quản trị", "admin-password")
        department = DepartmentService(db, admin).create("SX", "Phân xưởng may")
        empty = DepartmentService(db, admin).create("TMP", "Tạm")
        data = EmployeeData(code="NV001", full_name="Nguyễn Văn An", gender=Gender.MALE,
                            department_id=department.id, date_of_birth=date(1990, 5, 1))
        employee = EmployeeService(db, admin).create(data)
        holiday = EnterpriseService(db, admin).add_holiday(date(2031, 9, 3), "Nghỉ bù")
        accounts = AccountService(db, admin)
        account = accounts.create("ketoan", "Kế toán", Role.HR_OFFICER, "ketoan-password")
        actors = {Role.ADMIN: admin, Role.EMPLOYEE_VIEW: EMPLOYEE_VIEW}
        for role in (Role.HR_OFFICER, Role.UNION_OFFICER):
            accounts.create(role.value, role.value, role, f"{role.value}-password")
            actors[role] = sign_in(db, role.value, f"{role.value}-password")
        roster = folder / "roster.csv"
        roster.write_text("Mã NV,Họ và tên,Giới tính,Phòng ban\nNV002,Trần Thị Bình,Nữ,SX\n",
                          encoding="utf-8")
        conferences, ids = _conferences(db, admin, actors[Role.UNION_OFFICER], department.id)
        ids.update(_dialogues(db, admin, actors[Role.UNION_OFFICER]))
        ids.update(_bargaining(db, admin, actors[Role.UNION_OFFICER]))
        ids.update(_petitions(db, actors[Role.HR_OFFICER], actors[Role.UNION_OFFICER]))
        ids.update(_supervision(db, actors[Role.HR_OFFICER], actors[Role.UNION_OFFICER]))
        backup = BackupService(db, admin).backup(folder / "backup.sqlite")
    finally:
        db.close()
    return folder / "template.sqlite", {
        "admin": admin, "actors": actors, "department_id": department.id,
        "empty_department_id": empty.id, "employee_id": employee.id, "employee": data,
        "holiday_id": holiday.id, "account_id": account.id, "roster_file": roster,
        "backup_file": backup, "conferences": conferences, **ids}


def _conferences(db: Database, admin: Actor, union: Actor, department_id: int):
    """Conferences (full form: one worker) left at the stages the calls below need."""
    plan, day = ConferenceService(db, admin), ConferenceDayService(db, admin)
    at: dict[str, int] = {}
    for year, stage in ((2031, "plan"), (2030, "documents"), (2029, "held"), (2028, "ready"),
                        (2027, "adopted")):
        cid = plan.create(year, PlanInput(held_on=date(year, 3, 14))).id
        at[stage] = cid
        if stage == "plan":
            continue
        plan.approve_plan(cid, for_union=False, day=date(year, 1, 5))
        ConferenceService(db, union).approve_plan(cid, for_union=True, day=date(year, 1, 5))
        plan.advance(cid)
        if stage == "documents":
            petition = DelegateService(db, admin).record_petition(cid, "Tăng lương", "Tổ may",
                                                                  date(year, 2, 1))
            continue
        ResolutionService(db, admin).save_articles(cid, [ArticleInput(
            "Tăng tiền ăn ca", owner="Phòng Nhân sự", due=date(year, 6, 1))])
        plan.advance(cid)
        DelegateService(db, admin).mark_invitations_sent(cid, date(year, 3, 1))
        plan.advance(cid)
        [delegate] = DelegateService(db, admin).delegates(cid)
        if stage == "held":
            delegate_id = delegate.id
            continue
        day.open(cid, datetime(year, 3, 14, 7, 30))
        day.check_in(cid, delegate.id, datetime(year, 3, 14, 7, 30))
        day.set_officers(cid, OfficerRole.PRESIDIUM, [("Nguyễn Văn An", "Giám đốc")])
        day.set_officers(cid, OfficerRole.SECRETARY, [("Trần Thị Bình", "")])
        day.save_item(plan.agenda(cid)[0].id, "Điểm danh đủ.", True)
        day.record_vote(cid, "Nghị quyết", 1, 0, 0, adopts_resolution=True)
        if stage == "adopted":
            ResolutionService(db, admin).finalize(cid, datetime(year, 3, 14, 11, 0))
    commitment = CommitmentService(db, admin).list(at["adopted"], today=date(2027, 4, 1))[0]
    return at, {"delegate_id": delegate_id, "petition_id": petition.id,
                "commitment_id": commitment.id}


def _dialogues(db: Database, admin: Actor, union: Actor) -> dict:
    """A dialogue list (one representative a side) and dialogues left at the stages the calls
    below need: scheduled, held (one item), signed (one action)."""
    lists = DialogueListService(db, admin)
    listed = lists.create(date(2026, 1, 5))
    lists.add_member(listed.id, RepresentativeInput(
        Side.EMPLOYER, Organisation.EMPLOYER, date(2026, 1, 5), full_name="Nguyễn Văn Một",
        position="Giám đốc", is_legal_representative=True))
    [worker_row] = EmployeeService(db, admin).page(RosterQuery(), 0, 1)  # NV001
    info = DialogueListService(db, union).add_member(listed.id, RepresentativeInput(
        Side.WORKER, Organisation.UNION, date(2026, 1, 5), employee_id=worker_row.id))
    employer, worker = info.side(Side.EMPLOYER)[0].id, info.side(Side.WORKER)[0].id
    service = DialogueService(db, admin)
    at: dict[str, int] = {}
    for stage, day in (("scheduled", date(2026, 3, 13)), ("held", date(2026, 6, 12)),
                       ("signed", date(2026, 9, 11))):
        at[stage] = service.schedule(DialogueInput(DialogueKind.PERIODIC, stage, day)).id
        if stage == "scheduled":
            continue
        service.record_attendance(at[stage], AttendanceInput(
            day, (employer, worker), employer_representative_present=True))
        service.save_item(at[stage], ItemInput("Tiền ăn ca", agreed="Tăng 3.000 đồng"))
        if stage == "signed":
            service.add_action(at[stage], ActionInput("Ký phụ lục", "Phòng Nhân sự",
                                                      date(2026, 10, 1)))
            service.finalize(at[stage], day, "11:00")
    action = service.get(at["signed"], date(2026, 9, 11)).actions[0]
    return {"dialogue_list_id": listed.id, "dialogue_members": {"employer": employer,
                                                                "worker": worker},
            "dialogues": at, "dialogue_action_id": action.id}


CLAUSE = ClauseText(1, "Tiền lương", 1, "Tiền ăn ca", Topic.WAGES, "35.000 đồng một bữa.")


def _bargaining(db: Database, admin: Actor, union: Actor) -> dict:
    """Bargaining rounds left at the stages the calls below need: arranged, concluded (the
    draft awaits the vote), voted (awaits signing) and signed (awaits filing)."""
    rounds, agreements = {}, {}
    for stage, year in (("arranged", 2026), ("concluded", 2027), ("voted", 2028),
                        ("signed", 2029)):
        bargaining = BargainingService(db, union)
        info = bargaining.request(BargainingRequest(
            Requester.UNION, "Công đoàn cơ sở", date(year, 1, 5), (Topic.WAGES,)))
        rounds[stage], agreements[stage] = info.id, info.agreement_id
        bargaining.arrange(info.id, date(year, 1, 6), date(year, 1, 12), "Phòng họp")
        if stage == "arranged":
            continue
        session = bargaining.add_session(info.id, SessionInput(
            date(year, 1, 12), "Nguyễn Văn Một", "Nguyễn Văn An", "Trần Thị Bình",
            agreed_points="Tiền ăn ca"))
        AgreementService(db, union).save_draft(info.agreement_id, [CLAUSE], date(year, 1, 12),
                                               session.sessions[0].id)
        bargaining.conclude(info.id, date(year, 1, 12))
        if stage == "concluded":
            continue
        AgreementService(db, union).record_vote(info.agreement_id, VoteInput(
            date(year, 1, 14), 1, 1, 1, 0, 0))
        if stage == "signed":
            AgreementService(db, union).sign(info.agreement_id, SIGNING_2029)
    clause = AgreementService(db, union).get(agreements["signed"], date(2029, 2, 1)).clauses[0]
    return {"rounds": rounds, "agreements": agreements, "clause_id": clause.id}


SIGNING_2029 = SigningInput(date(2029, 1, 15), "Nguyễn Văn Một", "Nguyễn Văn An", 24)
SUPERVISION_PLAN = SupervisionPlanInput(SupervisionSubject.FUNDS, "Giám sát quỹ phúc lợi",
                                        date(2027, 4, 12), date(2027, 4, 16))


def _finding(plan_id: int, title: str) -> SupervisionItemInput:
    return SupervisionItemInput(ItemSource.SUPERVISION, SupervisionSubject.FUNDS, title,
                                "Phòng Tài chính", date(2027, 4, 16), plan_id=plan_id)


def _supervision(db: Database, hr: Actor, union: Actor) -> dict:
    """A supervision plan and three of its items: open, sent (with a scanned letter) and
    answered."""
    plan = PlanService(db, union).create(SUPERVISION_PLAN)
    items = ItemService(db, union)
    at = {name: items.raise_item(_finding(plan.row.id, name)).row.id
          for name in ("open", "sent", "answered")}
    letter = EvidenceFile("cong-van.pdf", b"%PDF-1.4 letter")
    for name in ("sent", "answered"):
        items.step(at[name], ItemStatus.SENT, "", date(2027, 4, 19), (letter,))
    ItemService(db, hr).step(at["answered"], ItemStatus.ANSWERED, "Đồng ý", date(2027, 4, 20))
    [attachment] = items.get(at["sent"], date(2027, 4, 19)).timeline[0].attachments
    return {"supervision": {"plan": plan.row.id, **at, "attachment": attachment.id}}


def _petition(content: str) -> PetitionInput:
    return PetitionInput(content, Category.SAFETY, Channel.SUGGESTION_BOX, date(2030, 2, 1),
                         anonymous=True)


def _publication(title: str) -> EntryInput:
    return EntryInput(PublishedMatter.FUNDS, title, PublicationForm.NOTICE_BOARD, "Bảng tin",
                      decided_on=date(2030, 2, 1), published_from=date(2030, 2, 5))


def _petitions(db: Database, hr: Actor, union: Actor) -> dict:
    """Register petitions sent to the employer and answered, and a published register entry
    (which fills the search index)."""
    petitions, ids = PetitionService(db, union), {}
    for status in ("sent", "answered"):
        ids[status] = petitions.record(_petition(f"Sửa quạt ({status})")).row.id
        petitions.route(ids[status], "Phòng Nhân sự", date(2030, 2, 2))
    PetitionService(db, hr).answer(ids["answered"], "Đồng ý", date(2030, 2, 3))
    entry = PublicationRegisterService(db, hr).add(_publication("Quỹ phúc lợi"))
    return {"petitions": ids, "publication_id": entry.row.id}


@pytest.fixture
def world(template, tmp_path) -> Iterator[World]:
    path, values = template
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(path, tmp_path / "t.sqlite")
    db = open_file(tmp_path / "t.sqlite")
    try:
        yield World(db=db, tmp=work, **values)
    finally:
        db.close()


def _settings(world: World) -> DemocracySettings:
    return replace(DemocracySettings(), petition_answer_days=20)


# (name, action, call(service world, actor)): every service entry point, with valid input.
CALLS: list[tuple[str, Action, Callable]] = [
    ("enterprise.get", Action.VIEW_PUBLISHED, lambda w, a: EnterpriseService(w.db, a).get()),
    ("enterprise.holidays", Action.VIEW_PUBLISHED,
     lambda w, a: EnterpriseService(w.db, a).holidays(2031)),
    ("enterprise.work_calendar", Action.VIEW_PUBLISHED,
     lambda w, a: EnterpriseService(w.db, a).work_calendar()),
    ("enterprise.update_profile", Action.EDIT_ENTERPRISE,
     lambda w, a: EnterpriseService(w.db, a).update_profile(EnterpriseProfile(name="Tên mới"))),
    ("enterprise.update_settings", Action.EDIT_SETTINGS,
     lambda w, a: EnterpriseService(w.db, a).update_settings(_settings(w))),
    ("enterprise.add_holiday", Action.EDIT_CALENDAR,
     lambda w, a: EnterpriseService(w.db, a).add_holiday(date(2031, 12, 24), "Giáng sinh")),
    ("enterprise.remove_holiday", Action.EDIT_CALENDAR,
     lambda w, a: EnterpriseService(w.db, a).remove_holiday(w.holiday_id)),
    ("departments.list", Action.VIEW_ROSTER, lambda w, a: DepartmentService(w.db, a).list()),
    ("departments.create", Action.EDIT_DEPARTMENTS,
     lambda w, a: DepartmentService(w.db, a).create("KT", "Phòng Kế toán")),
    ("departments.update", Action.EDIT_DEPARTMENTS,
     lambda w, a: DepartmentService(w.db, a).update(w.department_id, "SX", "Xưởng may", None)),
    ("departments.delete", Action.EDIT_DEPARTMENTS,
     lambda w, a: DepartmentService(w.db, a).delete(w.empty_department_id)),
    ("employees.count", Action.VIEW_ROSTER,
     lambda w, a: EmployeeService(w.db, a).count(RosterQuery())),
    ("employees.page", Action.VIEW_ROSTER,
     lambda w, a: EmployeeService(w.db, a).page(RosterQuery(), 0, 10)),
    ("employees.get", Action.VIEW_ROSTER,
     lambda w, a: EmployeeService(w.db, a).get(w.employee_id)),
    ("employees.create", Action.EDIT_EMPLOYEES,
     lambda w, a: EmployeeService(w.db, a).create(replace(w.employee, code="NV009"))),
    ("employees.update", Action.EDIT_EMPLOYEES,
     lambda w, a: EmployeeService(w.db, a).update(
         w.employee_id, replace(w.employee, position="Tổ trưởng"))),
    ("roster.import_file", Action.IMPORT_EMPLOYEES,
     lambda w, a: RosterImportService(w.db, a).import_file(w.roster_file)),
    ("roster.export_file", Action.EXPORT_EMPLOYEES,
     lambda w, a: RosterImportService(w.db, a).export_file(w.tmp / "export.xlsx")),
    ("accounts.list", Action.MANAGE_ACCOUNTS, lambda w, a: AccountService(w.db, a).list()),
    ("accounts.create", Action.MANAGE_ACCOUNTS,
     lambda w, a: AccountService(w.db, a).create("moi", "Mới", Role.UNION_OFFICER,
                                                  "moi-password")),
    ("accounts.update", Action.MANAGE_ACCOUNTS,
     lambda w, a: AccountService(w.db, a).update(w.account_id, "Kế toán", Role.ADMIN, True)),
    ("accounts.set_password", Action.MANAGE_ACCOUNTS,
     lambda w, a: AccountService(w.db, a).set_password(w.account_id, "another-password")),
    ("audit.count", Action.VIEW_AUDIT,
     lambda w, a: AuditTrailService(w.db, a).count(AuditFilter())),
    ("audit.page", Action.VIEW_AUDIT,
     lambda w, a: AuditTrailService(w.db, a).page(AuditFilter(), 0, 10)),
    ("audit.choices", Action.VIEW_AUDIT, lambda w, a: AuditTrailService(w.db, a).choices()),
    ("audit.verify", Action.VIEW_AUDIT, lambda w, a: AuditTrailService(w.db, a).verify()),
    ("maintenance.backup", Action.BACKUP,
     lambda w, a: BackupService(w.db, a).backup(w.tmp / "second-backup.sqlite")),
    ("documents.roster", Action.PRINT_DOCUMENTS,
     lambda w, a: DocumentService(w.db, a).roster(RosterQuery(), date(2027, 1, 5))),
    ("documents.settings_sheet", Action.PRINT_DOCUMENTS,
     lambda w, a: DocumentService(w.db, a).settings_sheet(date(2027, 1, 5))),
    ("documents.roster_numbered", Action.NUMBER_DOCUMENTS,
     lambda w, a: DocumentService(w.db, a).roster(RosterQuery(), date(2027, 1, 5),
                                                  numbered=True)),
    ("conferences.list", Action.VIEW_CONFERENCE,
     lambda w, a: ConferenceService(w.db, a).list()),
    ("conferences.create", Action.PLAN_CONFERENCE,
     lambda w, a: ConferenceService(w.db, a).create(2032, PlanInput(held_on=date(2032, 3, 12)))),
    ("conferences.approve_employer", Action.APPROVE_PLAN_FOR_EMPLOYER,
     lambda w, a: ConferenceService(w.db, a).approve_plan(
         w.conferences["plan"], for_union=False, day=date(2031, 1, 5))),
    ("conferences.approve_union", Action.APPROVE_PLAN_FOR_UNION,
     lambda w, a: ConferenceService(w.db, a).approve_plan(
         w.conferences["plan"], for_union=True, day=date(2031, 1, 5))),
    ("delegates.record_meeting", Action.ELECT_DELEGATES,
     lambda w, a: DelegateService(w.db, a).record_meeting(w.conferences["documents"], MeetingInput(
         department_id=w.department_id, held_on=date(2030, 2, 1), present=1))),
    ("delegates.record_petition", Action.RECORD_PETITIONS,
     lambda w, a: DelegateService(w.db, a).record_petition(
         w.conferences["documents"], "Sửa quạt", "Tổ cắt", date(2030, 2, 2))),
    ("delegates.answer_petition", Action.ANSWER_PETITIONS,
     lambda w, a: DelegateService(w.db, a).answer_petition(w.petition_id, "Đồng ý",
                                                           date(2030, 2, 3))),
    ("day.check_in", Action.RUN_CONFERENCE,
     lambda w, a: ConferenceDayService(w.db, a).check_in(
         w.conferences["held"], w.delegate_id, datetime(2029, 3, 14, 7, 30))),
    ("resolutions.finalize", Action.FINALIZE_CONFERENCE,
     lambda w, a: ResolutionService(w.db, a).finalize(w.conferences["ready"],
                                                      datetime(2028, 3, 14, 11, 0))),
    ("resolutions.publish", Action.PUBLISH_CONFERENCE,
     lambda w, a: ResolutionService(w.db, a).publish(w.conferences["adopted"], PublicationInput(
         "notice_board", "Bảng tin", date(2027, 3, 15)))),
    ("commitments.update", Action.TRACK_COMMITMENTS,
     lambda w, a: CommitmentService(w.db, a).update(w.commitment_id, Status.IN_PROGRESS, 50,
                                                    "Đang làm", date(2027, 4, 1))),
    ("dialogue_lists.current", Action.VIEW_DIALOGUE,
     lambda w, a: DialogueListService(w.db, a).current()),
    ("dialogues.list", Action.VIEW_DIALOGUE, lambda w, a: DialogueService(w.db, a).list()),
    ("dialogues.published_notices", Action.VIEW_PUBLISHED,
     lambda w, a: DialogueService(w.db, a).published_notices()),
    ("dialogue_lists.create", Action.PLAN_DIALOGUE,
     lambda w, a: DialogueListService(w.db, a).create(date(2028, 1, 5), w.dialogue_list_id)),
    ("dialogue_lists.add_employer", Action.KEEP_EMPLOYER_REPRESENTATIVES,
     lambda w, a: DialogueListService(w.db, a).add_member(w.dialogue_list_id, RepresentativeInput(
         Side.EMPLOYER, Organisation.EMPLOYER, date(2026, 2, 1), full_name="Trần Văn Cường"))),
    ("dialogue_lists.add_worker", Action.KEEP_WORKER_REPRESENTATIVES,
     lambda w, a: DialogueListService(w.db, a).add_member(w.dialogue_list_id, RepresentativeInput(
         Side.WORKER, Organisation.UNION, date(2026, 2, 1), full_name="Lê Thị Dung"))),
    ("dialogue_lists.end_employer", Action.KEEP_EMPLOYER_REPRESENTATIVES,
     lambda w, a: DialogueListService(w.db, a).end_membership(
         w.dialogue_members["employer"], date(2026, 12, 1), "Nghỉ hưu")),
    ("dialogue_lists.replace_worker", Action.KEEP_WORKER_REPRESENTATIVES,
     lambda w, a: DialogueListService(w.db, a).replace_member(
         w.dialogue_members["worker"], date(2026, 12, 1), "Nghỉ việc", RepresentativeInput(
             Side.WORKER, Organisation.UNION, date(2026, 12, 1), full_name="Lê Thị Dung"))),
    ("dialogue_lists.publish", Action.PLAN_DIALOGUE,
     lambda w, a: DialogueListService(w.db, a).publish(w.dialogue_list_id, "notice_board",
                                                       "Bảng tin", date(2026, 1, 6))),
    ("dialogues.schedule", Action.PLAN_DIALOGUE,
     lambda w, a: DialogueService(w.db, a).schedule(DialogueInput(
         DialogueKind.PERIODIC, "Định kỳ", date(2026, 12, 11)))),
    ("dialogues.record_attendance", Action.RUN_DIALOGUE,
     lambda w, a: DialogueService(w.db, a).record_attendance(
         w.dialogues["scheduled"], AttendanceInput(date(2026, 3, 13), tuple(
             w.dialogue_members.values()), employer_representative_present=True))),
    ("dialogues.finalize", Action.FINALIZE_DIALOGUE,
     lambda w, a: DialogueService(w.db, a).finalize(w.dialogues["held"], date(2026, 6, 12),
                                                    "11:00")),
    ("dialogues.publish_notice", Action.PUBLISH_DIALOGUE_NOTICE,
     lambda w, a: DialogueService(w.db, a).publish_notice(w.dialogues["signed"], NoticeInput(
         "Tăng tiền ăn ca", PublicationForm.NOTICE_BOARD, "Bảng tin", date(2026, 9, 14)))),
    ("dialogues.update_action", Action.TRACK_DIALOGUE_ACTIONS,
     lambda w, a: DialogueService(w.db, a).update_action(
         w.dialogue_action_id, Status.IN_PROGRESS, 50, "Đang làm", date(2026, 9, 20))),
    ("bargaining.rounds", Action.VIEW_BARGAINING,
     lambda w, a: BargainingService(w.db, a).rounds()),
    ("agreements.get", Action.VIEW_BARGAINING,
     lambda w, a: AgreementService(w.db, a).get(w.agreements["signed"], date(2029, 2, 1))),
    ("agreements.published", Action.VIEW_PUBLISHED,
     lambda w, a: AgreementService(w.db, a).published(date(2029, 2, 1))),
    ("bargaining.request", Action.REQUEST_BARGAINING,
     lambda w, a: BargainingService(w.db, a).request(BargainingRequest(
         Requester.EMPLOYER, "Giám đốc", date(2030, 2, 1), (Topic.SAFETY,)))),
    ("bargaining.add_session", Action.RECORD_BARGAINING,
     lambda w, a: BargainingService(w.db, a).add_session(w.rounds["arranged"], SessionInput(
         date(2026, 1, 12), "Nguyễn Văn Một", "Nguyễn Văn An", "Trần Thị Bình",
         disputed_points="Tiền ăn ca"))),
    ("bargaining.supply_information", Action.SUPPLY_BARGAINING_INFORMATION,
     lambda w, a: BargainingService(w.db, a).supply_information(w.rounds["arranged"],
                                                                date(2026, 1, 9))),
    ("agreements.record_vote", Action.RECORD_AGREEMENT_VOTE,
     lambda w, a: AgreementService(w.db, a).record_vote(w.agreements["concluded"], VoteInput(
         date(2027, 1, 14), 1, 1, 1, 0, 0))),
    ("agreements.sign", Action.SIGN_AGREEMENT,
     lambda w, a: AgreementService(w.db, a).sign(w.agreements["voted"], replace(
         SIGNING_2029, signed_on=date(2028, 1, 15)))),
    ("agreements.file", Action.FILE_AGREEMENT,
     lambda w, a: AgreementService(w.db, a).file(w.agreements["signed"], date(2029, 1, 20),
                                                 "Nộp trực tiếp", "Biên nhận số 3")),
    ("agreements.track_clause", Action.TRACK_AGREEMENT,
     lambda w, a: AgreementService(w.db, a).track_clause(
         w.clause_id, "Phòng Nhân sự", date(2029, 3, 1), Status.IN_PROGRESS, 30, "Đang làm",
         date(2029, 2, 1))),
    ("dashboard.stats", Action.VIEW_CONFERENCE,
     lambda w, a: DashboardStatsService(w.db, a).stats(date(2027, 5, 1))),
    ("plans.plans", Action.VIEW_SUPERVISION, lambda w, a: PlanService(w.db, a).plans()),
    ("plans.get", Action.VIEW_SUPERVISION,
     lambda w, a: PlanService(w.db, a).get(w.supervision["plan"])),
    ("plans.create", Action.PLAN_SUPERVISION,
     lambda w, a: PlanService(w.db, a).create(SUPERVISION_PLAN)),
    ("plans.update", Action.PLAN_SUPERVISION,
     lambda w, a: PlanService(w.db, a).update(w.supervision["plan"], replace(
         SUPERVISION_PLAN, scope="Năm 2026"))),
    ("plans.record_notice", Action.PLAN_SUPERVISION,
     lambda w, a: PlanService(w.db, a).record_notice(w.supervision["plan"], date(2027, 4, 2))),
    ("plans.record_findings", Action.PLAN_SUPERVISION,
     lambda w, a: PlanService(w.db, a).record_findings(w.supervision["plan"], "Chi đúng",
                                                       date(2027, 4, 16))),
    ("items.items", Action.VIEW_SUPERVISION,
     lambda w, a: ItemService(w.db, a).items(date(2027, 5, 1))),
    ("items.get", Action.VIEW_SUPERVISION,
     lambda w, a: ItemService(w.db, a).get(w.supervision["sent"], date(2027, 5, 1))),
    ("items.link_options", Action.VIEW_SUPERVISION,
     lambda w, a: ItemService(w.db, a).link_options(ItemSource.SUPERVISION)),
    ("items.attachment_data", Action.VIEW_SUPERVISION,
     lambda w, a: ItemService(w.db, a).attachment_data(w.supervision["attachment"])),
    ("items.years", Action.VIEW_SUPERVISION, lambda w, a: ItemService(w.db, a).years()),
    ("items.raise_item", Action.RAISE_ITEMS,
     lambda w, a: ItemService(w.db, a).raise_item(_finding(w.supervision["plan"], "Mới"))),
    ("items.send", Action.RAISE_ITEMS,
     lambda w, a: ItemService(w.db, a).step(w.supervision["open"], ItemStatus.SENT, "",
                                            date(2027, 4, 19))),
    ("items.answer", Action.ANSWER_ITEMS,
     lambda w, a: ItemService(w.db, a).step(w.supervision["sent"], ItemStatus.ANSWERED,
                                            "Đồng ý", date(2027, 4, 20))),
    ("items.add_note", Action.ADD_EVIDENCE,
     lambda w, a: ItemService(w.db, a).add_note(w.supervision["sent"], "Đã nhận", date(
         2027, 4, 20), (EvidenceFile("anh.jpg", b"\xff\xd8 photo"),))),
    ("items.published", Action.VIEW_PUBLISHED, lambda w, a: ItemService(w.db, a).published()),
    ("items.publish_outcome", Action.RAISE_ITEMS,
     lambda w, a: ItemService(w.db, a).publish_outcome(w.supervision["answered"],
                                                       date(2027, 4, 21), "Bảng tin")),
    ("petitions.file", Action.FILE_PETITION,
     lambda w, a: PetitionService(w.db, a).file(_petition("Thêm nước uống"))),
    ("petitions.record", Action.RECORD_PETITIONS,
     lambda w, a: PetitionService(w.db, a).record(_petition("Thêm nước uống"))),
    ("petitions.route", Action.ROUTE_PETITIONS,
     lambda w, a: PetitionService(w.db, a).route(w.petition_id, "Phòng Nhân sự",
                                                 date(2030, 2, 2))),
    ("petitions.answer", Action.ANSWER_PETITIONS,
     lambda w, a: PetitionService(w.db, a).answer(w.petitions["sent"], "Đồng ý",
                                                  date(2030, 2, 3))),
    ("petitions.close", Action.ROUTE_PETITIONS,
     lambda w, a: PetitionService(w.db, a).close(w.petitions["answered"], ItemStatus.RESOLVED,
                                                 "Đã sửa", date(2030, 2, 6))),
    ("petitions.publish_answer", Action.PUBLISH_PETITION_ANSWERS,
     lambda w, a: PetitionService(w.db, a).publish_answer(w.petitions["answered"],
                                                          date(2030, 2, 6), "Bảng tin")),
    ("petitions.register", Action.VIEW_SUPERVISION,
     lambda w, a: PetitionService(w.db, a).register(date(2030, 2, 6))),
    ("petitions.get", Action.VIEW_SUPERVISION,
     lambda w, a: PetitionService(w.db, a).get(w.petitions["answered"], date(2030, 2, 6))),
    ("petitions.published", Action.VIEW_PUBLISHED,
     lambda w, a: PetitionService(w.db, a).published()),
    ("published_search.search", Action.VIEW_PUBLISHED,
     lambda w, a: PublishedSearchService(w.db, a).search("quy phuc loi")),
    ("publication.entries", Action.VIEW_PUBLICATION,
     lambda w, a: PublicationRegisterService(w.db, a).entries(date(2030, 3, 1))),
    ("publication.get", Action.VIEW_PUBLICATION,
     lambda w, a: PublicationRegisterService(w.db, a).get(w.publication_id)),
    ("publication.published", Action.VIEW_PUBLISHED,
     lambda w, a: PublicationRegisterService(w.db, a).published(date(2030, 3, 1))),
    ("publication.add", Action.KEEP_PUBLICATION_REGISTER,
     lambda w, a: PublicationRegisterService(w.db, a).add(_publication("Quỹ khen thưởng"))),
    ("publication.update", Action.KEEP_PUBLICATION_REGISTER,
     lambda w, a: PublicationRegisterService(w.db, a).update(w.publication_id,
                                                             _publication("Quỹ phúc lợi 2030"))),
    ("publication.attach", Action.KEEP_PUBLICATION_REGISTER,
     lambda w, a: PublicationRegisterService(w.db, a).attach(
         w.publication_id, EvidenceFile("bang-tin.jpg", b"\xff\xd8photo"), date(2030, 2, 6))),
    ("maintenance.restore", Action.BACKUP,
     lambda w, a: restore_database(w.backup_file, w.tmp / "restored.sqlite", a)),
]


READS = {"enterprise.get", "enterprise.holidays", "enterprise.work_calendar", "departments.list",
         "employees.count", "employees.page", "employees.get", "accounts.list", "audit.count",
         "audit.page", "audit.choices", "audit.verify", "documents.roster",
         "documents.settings_sheet", "conferences.list", "dialogue_lists.current",
         "dialogues.list", "dialogues.published_notices", "bargaining.rounds",
         "agreements.get", "agreements.published", "dashboard.stats", "plans.plans", "plans.get",
         "items.items", "items.get", "items.link_options", "items.attachment_data"}
READS |= {"items.years"}
READS |= {"petitions.register", "petitions.get", "petitions.published",
          "published_search.search", "publication.entries", "publication.get",
          "publication.published"}
READS |= {"items.published"}


def test_every_action_is_exercised_by_some_call():
    assert {name for name, _action, _call in CALLS} > READS
    assert {action for _name, action, _call in CALLS} == set(Action)


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("name", "action", "call"), CALLS, ids=[c[0] for c in CALLS])
def test_service_call_per_role(world, table_contents, role, name, action, call):
    actor = world.actors[role]
    before = table_contents(world.db.path)
    files_before = _files(world.tmp)
    if role in EXPECTED[action]:
        call(world, actor)
        if name in READS:
            assert table_contents(world.db.path) == before
        elif name == "maintenance.restore":
            assert (world.tmp / "restored.sqlite").is_file()
        else:  # the change and its audit event
            assert table_contents(world.db.path) != before
        return
    with pytest.raises(PermissionDenied) as caught:
        call(world, actor)
    assert caught.value.params == {"role": role.value, "action": action.value}
    assert table_contents(world.db.path) == before
    assert _files(world.tmp) == files_before  # no export, backup or restored file either
