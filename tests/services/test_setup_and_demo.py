"""First-run setup and the demo enterprise."""

from __future__ import annotations

import pytest

from dcs_enterprise.domain.enums import EmploymentStatus, Role
from dcs_enterprise.domain.errors import ValidationError
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.demo import DEMO_ACCOUNTS, DEMO_PROFILE, create_demo
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.readmodels import EnterpriseProfile
from dcs_enterprise.services.setup import initialize, is_initialized


def test_initialize_creates_the_enterprise_and_the_first_admin(db):
    assert not is_initialized(db)
    admin = initialize(db, EnterpriseProfile(name="  Công ty   TNHH Hòa Bình "),
                       DemocracySettings(petition_answer_days=10), " Admin ", "", "a-password")
    assert is_initialized(db)
    assert (admin.username, admin.role) == ("admin", Role.ADMIN)
    assert sign_in(db, "admin", "a-password").account_id == admin.account_id
    info = EnterpriseService(db, admin).get()
    assert info.profile.name == "Công ty TNHH Hòa Bình"
    assert info.settings.petition_answer_days == 10
    assert EnterpriseService(db, admin).holidays(), "the statutory holidays are shipped"


def test_initialize_twice_is_refused(initialized, table_contents):
    db, _admin = initialized
    before = table_contents(db.path)
    with pytest.raises(ValidationError):
        initialize(db, EnterpriseProfile(name="Khác"), DemocracySettings(), "root", "",
                   "root-password")
    assert table_contents(db.path) == before


@pytest.mark.parametrize(("profile", "username", "password"), [
    (EnterpriseProfile(name="   "), "admin", "a-password"),
    (EnterpriseProfile(name="Công ty"), "  ", "a-password"),
    (EnterpriseProfile(name="Công ty"), "admin", "short"),
])
def test_initialize_checks_its_input(db, table_contents, profile, username, password):
    before = table_contents(db.path)
    with pytest.raises(ValidationError):
        initialize(db, profile, DemocracySettings(), username, "", password)
    assert table_contents(db.path) == before
    assert not is_initialized(db)


def test_demo_enterprise(db):
    create_demo(db, employees=60, seed=5)
    actors = {username: sign_in(db, username, password)
              for username, _name, _role, password in DEMO_ACCOUNTS}
    assert {a.role for a in actors.values()} == {Role.ADMIN, Role.HR_OFFICER,
                                                 Role.UNION_OFFICER}
    hr = actors["nhansu"]
    assert EnterpriseService(db, hr).get().profile == DEMO_PROFILE
    employees = EmployeeService(db, hr)
    assert employees.count(RosterQuery(include_left=True)) == 60
    rows = employees.page(RosterQuery(include_left=True), 0, 100)
    active = [r for r in rows if r.status == EmploymentStatus.ACTIVE]
    assert employees.count(RosterQuery()) == len(active)
    departments = DepartmentService(db, hr).list()
    assert sum(d.employee_count for d in departments) == len(active)
    # The filter works on the bulk-inserted rows too.
    someone = rows[17]
    found = employees.page(RosterQuery(text=someone.code.lower(), include_left=True), 0, 5)
    assert [r.id for r in found] == [someone.id]
    assert AuditTrailService(db, actors["admin"]).verify().intact
    assert AuditTrailService(db, hr).count(AuditFilter(action="create_demo")) == 1
