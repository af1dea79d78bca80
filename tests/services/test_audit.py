"""The audit trail: one event per mutation, in the same transaction, hash-chained."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date

import pytest
from seal_tampering import edit_outside

from dcs_enterprise.domain.enums import ContractType, Gender, Role
from dcs_enterprise.domain.errors import ValidationError
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.services.accounts import AccountService
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.roster_import import RosterImportService


def events(db, admin):
    """Every event, oldest first."""
    trail = AuditTrailService(db, admin)
    return list(reversed(trail.page(AuditFilter(), 0, 10_000)))


def new_events(db, admin, since: int):
    return [e for e in events(db, admin) if e.seq > since]


def last_seq(db, admin) -> int:
    return max((e.seq for e in events(db, admin)), default=0)


def loads(text: str):
    return json.loads(text) if text else None


@pytest.fixture
def hr(make_actor):
    return make_actor(Role.HR_OFFICER)


def test_initialize_writes_its_own_events(initialized):
    db, admin = initialized
    actions = [(e.actor, e.action, e.entity) for e in events(db, admin)]
    assert actions == [("admin", "create_enterprise", "enterprise"),
                       ("admin", "create_account", "account"),
                       ("admin", "seed_holidays", "holiday")]


def test_update_profile_is_audited_with_before_and_after(initialized, hr):
    db, admin = initialized
    old = EnterpriseService(db, admin).get().profile
    since = last_seq(db, admin)
    new = replace(old, name="Công ty Cổ phần Mới", tax_code="0301234567")
    EnterpriseService(db, hr).update_profile(new)
    (event,) = new_events(db, admin, since)
    assert (event.actor, event.role, event.action, event.entity) == (
        hr.username, "hr_officer", "update_profile", "enterprise")
    assert loads(event.before) == asdict(old)
    assert loads(event.after) == asdict(new)


def test_update_settings_is_audited(initialized, hr):
    db, admin = initialized
    since = last_seq(db, admin)
    settings = replace(DemocracySettings(), quorum_numerator=3, quorum_denominator=4,
                       rest_weekdays=(5, 6))
    EnterpriseService(db, hr).update_settings(settings)
    (event,) = new_events(db, admin, since)
    assert event.action == "update_settings" and event.actor == hr.username
    assert loads(event.before)["quorum_numerator"] == 2
    after = loads(event.after)
    assert (after["quorum_numerator"], after["quorum_denominator"]) == (3, 4)
    assert after["rest_weekdays"] == [5, 6]
    assert EnterpriseService(db, hr).get().settings == settings


def test_add_holiday_is_audited(initialized, hr):
    db, admin = initialized
    since = last_seq(db, admin)
    info = EnterpriseService(db, hr).add_holiday(date(2031, 11, 20), "Ngày Nhà giáo")
    (event,) = new_events(db, admin, since)
    assert (event.action, event.entity, event.entity_id) == ("add_holiday", "holiday",
                                                             str(info.id))
    assert loads(event.before) is None
    assert loads(event.after) == {"day": "2031-11-20", "name": "Ngày Nhà giáo"}


def test_department_and_employee_mutations_are_audited(initialized, hr):
    db, admin = initialized
    since = last_seq(db, admin)
    department = DepartmentService(db, hr).create("SX", "Xưởng sản xuất")
    data = EmployeeData(code="NV01", full_name="Lê Thị Hoa", gender=Gender.FEMALE,
                        department_id=department.id, date_of_birth=date(1995, 2, 3))
    employee = EmployeeService(db, hr).create(data)
    EmployeeService(db, hr).update(employee.id, replace(data, position="Tổ trưởng",
                                                        contract_type=ContractType.DEFINITE))
    created_dep, created_emp, updated_emp = new_events(db, admin, since)
    assert (created_dep.action, created_dep.entity_id) == ("create_department",
                                                          str(department.id))
    assert loads(created_dep.after) == {"code": "SX", "name": "Xưởng sản xuất",
                                        "parent_id": None}
    assert (created_emp.action, created_emp.entity_id) == ("create_employee", str(employee.id))
    assert loads(created_emp.before) is None
    assert loads(created_emp.after)["full_name"] == "Lê Thị Hoa"
    assert loads(created_emp.after)["date_of_birth"] == "1995-02-03"
    assert updated_emp.action == "update_employee"
    before, after = loads(updated_emp.before), loads(updated_emp.after)
    assert (before["position"], after["position"]) == ("", "Tổ trưởng")
    assert (before["contract_type"], after["contract_type"]) == ("indefinite", "definite")
    assert all(e.actor == hr.username for e in (created_dep, created_emp, updated_emp))


def test_create_account_is_audited_without_the_password(initialized):
    db, admin = initialized
    since = last_seq(db, admin)
    info = AccountService(db, admin).create("congdoan", "Lê Văn Thắng", Role.UNION_OFFICER,
                                            "secret-password-1")
    (event,) = new_events(db, admin, since)
    assert (event.actor, event.action, event.entity_id) == ("admin", "create_account",
                                                            str(info.id))
    assert loads(event.after) == {"username": "congdoan", "full_name": "Lê Văn Thắng",
                                  "role": "union_officer"}
    assert "secret-password-1" not in event.after and "scrypt" not in event.after


def test_import_writes_one_event_for_the_whole_file(initialized, hr, tmp_path):
    db, admin = initialized
    DepartmentService(db, admin).create("SX", "Xưởng may")
    path = tmp_path / "ds.csv"
    path.write_text("Mã NV,Họ và tên,Giới tính,Phòng ban\n"
                    "A1,Phạm Văn Một,Nam,SX\nA2,Phạm Thị Hai,Nữ,SX\nA3,Phạm Văn Ba,Nam,SX\n",
                    encoding="utf-8")
    since = last_seq(db, admin)
    RosterImportService(db, hr).import_file(path)
    (event,) = new_events(db, admin, since)
    assert (event.actor, event.action) == (hr.username, "import_employees")
    after = loads(event.after)
    assert after["file"] == "ds.csv"
    assert sorted(after["inserted"]) == ["A1", "A2", "A3"]


def test_verify_is_intact_on_a_fresh_database(initialized):
    db, admin = initialized
    DepartmentService(db, admin).create("SX", "Xưởng may")
    report = AuditTrailService(db, admin).verify()
    assert report.intact
    assert report.chain.checked == len(events(db, admin)) == 4


@pytest.fixture
def five_more_events(initialized):
    db, admin = initialized
    for n in range(5):
        DepartmentService(db, admin).create(f"D{n}", f"Phòng {n}")
    return db, admin


def tamper(db, sql: str, *params) -> None:
    """An outside edit of the trail: its seal triggers dropped first, since a plain one is
    refused (storage.seals); the chain is what these tests look at."""
    edit_outside(db.path, sql, *params, drop_triggers_of="audit_event")


def test_changed_event_content_is_detected_at_its_seq(five_more_events):
    db, admin = five_more_events
    target = events(db, admin)[4]
    assert target.action == "create_department"
    tamper(db, "UPDATE audit_event SET after = ? WHERE seq = ?",
           target.after.replace("Phòng", "Ban"), target.seq)
    report = AuditTrailService(db, admin).verify()
    assert not report.intact
    assert [b.seq for b in report.chain.breaks] == [target.seq]
    assert report.chain.checked == 8


def test_deleted_middle_event_is_detected_at_the_next_seq(five_more_events):
    db, admin = five_more_events
    tamper(db, "DELETE FROM audit_event WHERE seq = ?", 5)
    report = AuditTrailService(db, admin).verify()
    assert not report.intact
    assert {b.seq for b in report.chain.breaks} == {6}
    assert report.chain.checked == 7


def test_changed_actor_is_detected(five_more_events):
    db, admin = five_more_events
    tamper(db, "UPDATE audit_event SET actor = 'someone-else' WHERE seq = ?", 2)
    assert [b.seq for b in AuditTrailService(db, admin).verify().chain.breaks] == [2]


def test_a_failed_call_writes_no_event(initialized, hr, table_contents):
    db, admin = initialized
    department = DepartmentService(db, hr).create("SX", "Xưởng may")
    data = EmployeeData(code="NV01", full_name="Lê Thị Hoa", gender=Gender.FEMALE,
                        department_id=department.id)
    EmployeeService(db, hr).create(data)
    before = table_contents(db.path)
    with pytest.raises(ValidationError):
        EmployeeService(db, hr).create(replace(data, full_name="Người Khác"))
    with pytest.raises(ValidationError):
        DepartmentService(db, hr).create("SX", "Trùng mã")
    with pytest.raises(ValidationError):
        AccountService(db, admin).create(hr.username, "Trùng tên", Role.HR_OFFICER,
                                         "long-enough-password")
    assert table_contents(db.path) == before


def test_audit_filter_by_actor_entity_and_action(initialized, hr):
    db, admin = initialized
    DepartmentService(db, hr).create("SX", "Xưởng may")
    DepartmentService(db, admin).create("KT", "Kế toán")
    trail = AuditTrailService(db, admin)
    assert trail.count(AuditFilter(actor=hr.username, entity="department")) == 1
    assert trail.count(AuditFilter(action="create_department")) == 2
    (entry,) = trail.page(AuditFilter(actor=hr.username, action="create_department"), 0, 10)
    assert loads(entry.after)["code"] == "SX"
    today = date.today().isoformat()
    assert trail.count(AuditFilter(date_from=today, date_to=today)) == trail.count(AuditFilter())
    assert trail.count(AuditFilter(date_to="2000-01-01")) == 0
    choices = trail.choices()
    assert hr.username in choices["actor"] and "department" in choices["entity"]
