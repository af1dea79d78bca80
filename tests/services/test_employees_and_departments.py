"""The roster (filter, order, paging), the department tree, accounts, sign-in and settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dcs_enterprise.domain.enums import EmploymentStatus, Gender, Role
from dcs_enterprise.domain.errors import AuthenticationError, NotFoundError, ValidationError
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.services.accounts import AccountService, sign_in
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.enterprise import EnterpriseService


@pytest.fixture
def tree(initialized):
    """Khối sản xuất > Xưởng may > Tổ 1; and Phòng Kế toán beside it."""
    db, admin = initialized
    departments = DepartmentService(db, admin)
    block = departments.create("KSX", "Khối sản xuất")
    workshop = departments.create("XM", "Xưởng may", parent_id=block.id)
    team = departments.create("XM-T1", "Tổ 1", parent_id=workshop.id)
    accounting = departments.create("KT", "Phòng Kế toán")
    return db, admin, {"block": block.id, "workshop": workshop.id, "team": team.id,
                       "accounting": accounting.id}


def add(db, actor, code: str, name: str, department_id: int, **more) -> int:
    data = EmployeeData(code=code, full_name=name, gender=more.pop("gender", Gender.FEMALE),
                        department_id=department_id, **more)
    return EmployeeService(db, actor).create(data).id


def names(db, actor, query: RosterQuery, offset: int = 0, limit: int = 100) -> list[str]:
    return [row.full_name for row in EmployeeService(db, actor).page(query, offset, limit)]


# -- filter ------------------------------------------------------------------------------


def test_filter_ignores_diacritics_case_and_word_order(tree):
    db, admin, dep = tree
    add(db, admin, "NV1", "Nguyễn Văn A", dep["team"], gender=Gender.MALE)
    add(db, admin, "NV2", "Nguyễn Văn Bình", dep["team"], gender=Gender.MALE)
    add(db, admin, "NV3", "Trần Thị Ánh", dep["accounting"])
    add(db, admin, "NV4", "Nguyễn Thị Bích", dep["accounting"])
    # Every word must start a word of "code name", in any order: "a" is not the "a" of "Văn".
    assert names(db, admin, RosterQuery(text="nguyen van a")) == ["Nguyễn Văn A"]
    assert names(db, admin, RosterQuery(text="van b")) == ["Nguyễn Văn Bình"]
    assert names(db, admin, RosterQuery(text="NGUYỄN")) == ["Nguyễn Văn A", "Nguyễn Thị Bích",
                                                            "Nguyễn Văn Bình"]
    assert names(db, admin, RosterQuery(text="anh tran")) == ["Trần Thị Ánh"]
    assert names(db, admin, RosterQuery(text="nv3")) == ["Trần Thị Ánh"]
    assert names(db, admin, RosterQuery(text="3")) == ["Trần Thị Ánh"]  # digits: part of a code
    assert names(db, admin, RosterQuery(text="guyen")) == []  # letters: from a word's start
    assert EmployeeService(db, admin).count(RosterQuery(text="nguyen")) == 3


def test_filter_duc_finds_duc_with_stroke(tree):
    db, admin, dep = tree
    add(db, admin, "NV1", "Trịnh Minh Đức", dep["team"], gender=Gender.MALE)
    add(db, admin, "NV2", "Đặng Thị Hoa", dep["team"])
    add(db, admin, "NV3", "Lê Văn Dực", dep["team"], gender=Gender.MALE)
    assert names(db, admin, RosterQuery(text="duc")) == ["Lê Văn Dực", "Trịnh Minh Đức"]
    assert names(db, admin, RosterQuery(text="Đức")) == ["Lê Văn Dực", "Trịnh Minh Đức"]
    assert names(db, admin, RosterQuery(text="dang")) == ["Đặng Thị Hoa"]


def test_filter_wildcards_are_literal(tree):
    db, admin, dep = tree
    add(db, admin, "NV_1", "Hà Thị Lan", dep["team"])
    add(db, admin, "NVX1", "Hà Thị Mai", dep["team"])
    assert names(db, admin, RosterQuery(text="%")) == []
    assert names(db, admin, RosterQuery(text="nv_1")) == ["Hà Thị Lan"]


# -- order and paging --------------------------------------------------------------------


def test_order_is_by_given_name_then_family_and_middle(tree):
    db, admin, dep = tree
    for n, name in enumerate(["Trần Văn Bình", "Nguyễn Thị An", "Đỗ Minh Đức", "Lê Văn An",
                              "Phạm Dũng"]):
        add(db, admin, f"NV{n}", name, dep["team"])
    expected = ["Lê Văn An", "Nguyễn Thị An", "Trần Văn Bình", "Phạm Dũng", "Đỗ Minh Đức"]
    assert names(db, admin, RosterQuery()) == expected
    assert names(db, admin, RosterQuery(descending=True)) == expected[::-1]


def test_order_by_department_then_name(tree):
    db, admin, dep = tree
    add(db, admin, "A", "Vũ Thị Yến", dep["team"])
    add(db, admin, "B", "Vũ Thị Anh", dep["accounting"])
    add(db, admin, "C", "Vũ Thị Chi", dep["team"])
    rows = EmployeeService(db, admin).page(RosterQuery(order_by="department"), 0, 10)
    assert [(r.department_name, r.full_name) for r in rows] == [
        ("Phòng Kế toán", "Vũ Thị Anh"), ("Tổ 1", "Vũ Thị Chi"), ("Tổ 1", "Vũ Thị Yến")]


def test_paging_covers_everyone_once(tree):
    db, admin, dep = tree
    for n in range(25):
        add(db, admin, f"P{n:02d}", f"Nguyễn Văn Số{n:02d}", dep["team"])
    query = RosterQuery()
    everyone = names(db, admin, query)
    pages = [names(db, admin, query, offset, 10) for offset in (0, 10, 20, 30)]
    assert [len(p) for p in pages] == [10, 10, 5, 0]
    assert [name for page in pages for name in page] == everyone
    assert len(set(everyone)) == 25
    assert EmployeeService(db, admin).count(query) == 25


def test_department_filter_includes_sub_departments(tree):
    db, admin, dep = tree
    add(db, admin, "B1", "Bùi Văn Khối", dep["block"])
    add(db, admin, "W1", "Bùi Văn Xưởng", dep["workshop"])
    add(db, admin, "T1", "Bùi Văn Tổ", dep["team"])
    add(db, admin, "K1", "Bùi Văn Toán", dep["accounting"])
    service = EmployeeService(db, admin)

    def codes(department_id):
        query = RosterQuery(department_id=department_id, order_by="code")
        return [row.code for row in service.page(query, 0, 10)]

    assert codes(dep["block"]) == ["B1", "T1", "W1"]
    assert codes(dep["workshop"]) == ["T1", "W1"]
    assert codes(dep["team"]) == ["T1"]
    assert codes(dep["accounting"]) == ["K1"]
    assert service.count(RosterQuery(department_id=dep["workshop"])) == 2


def test_people_who_left_are_shown_only_on_request(tree):
    db, admin, dep = tree
    add(db, admin, "A", "Vũ Thị Anh", dep["team"])
    gone = add(db, admin, "B", "Vũ Thị Bé", dep["team"], status=EmploymentStatus.LEFT)
    assert names(db, admin, RosterQuery()) == ["Vũ Thị Anh"]
    assert names(db, admin, RosterQuery(include_left=True)) == ["Vũ Thị Anh", "Vũ Thị Bé"]
    assert EmployeeService(db, admin).get(gone).status == EmploymentStatus.LEFT
    counts = {d.id: d.employee_count for d in DepartmentService(db, admin).list()}
    assert counts[dep["team"]] == 1  # active people only


# -- employees -----------------------------------------------------------------------------


def test_update_changes_the_record_and_its_search_text(tree):
    db, admin, dep = tree
    service = EmployeeService(db, admin)
    data = EmployeeData("NV1", "Hồ Thị Lan", Gender.FEMALE, dep["team"])
    employee_id = service.create(data).id
    row = service.update(employee_id, replace(data, full_name="Hồ Thị Loan",
                                              department_id=dep["accounting"]))
    assert (row.full_name, row.department_name) == ("Hồ Thị Loan", "Phòng Kế toán")
    assert names(db, admin, RosterQuery(text="loan")) == ["Hồ Thị Loan"]
    assert names(db, admin, RosterQuery(text="lan")) == []


def test_employee_input_is_checked(tree, table_contents):
    db, admin, dep = tree
    service = EmployeeService(db, admin)
    data = EmployeeData("NV1", "Hồ Thị Lan", Gender.FEMALE, dep["team"])
    other = service.create(replace(data, code="NV2")).id
    service.create(data)
    before = table_contents(db.path)
    with pytest.raises(ValidationError):
        service.create(replace(data, full_name="Người trùng mã"))
    with pytest.raises(ValidationError):
        service.update(other, data)  # NV1 belongs to someone else
    with pytest.raises(ValidationError):
        service.create(replace(data, code="NV3", full_name="   "))
    with pytest.raises(ValidationError):
        service.create(replace(data, code="NV3", hire_date=date.today() + timedelta(days=1)))
    with pytest.raises(NotFoundError):
        service.create(replace(data, code="NV3", department_id=9999))
    with pytest.raises(NotFoundError):
        service.update(9999, replace(data, code="NV3"))
    assert table_contents(db.path) == before


# -- departments ---------------------------------------------------------------------------


def test_department_cannot_go_under_itself_or_its_parts(tree, table_contents):
    db, admin, dep = tree
    departments = DepartmentService(db, admin)
    before = table_contents(db.path)
    for new_parent in (dep["block"], dep["workshop"], dep["team"]):
        with pytest.raises(ValidationError):
            departments.update(dep["block"], "KSX", "Khối sản xuất", new_parent)
    assert table_contents(db.path) == before
    moved = departments.update(dep["workshop"], "XM", "Xưởng may", dep["accounting"])
    assert moved.parent_id == dep["accounting"]


def test_department_cannot_go_under_a_missing_parent(tree, table_contents):
    db, admin, dep = tree
    before = table_contents(db.path)
    with pytest.raises(NotFoundError):
        DepartmentService(db, admin).update(dep["team"], "XM-T1", "Tổ 1", 9999)
    with pytest.raises(NotFoundError):
        DepartmentService(db, admin).create("X", "X", parent_id=9999)
    assert table_contents(db.path) == before


def test_department_codes_are_unique(tree):
    db, admin, dep = tree
    with pytest.raises(ValidationError):
        DepartmentService(db, admin).create("KT", "Phòng Tài chính")
    with pytest.raises(ValidationError):
        DepartmentService(db, admin).update(dep["team"], "KT", "Tổ 1", dep["workshop"])


def test_department_with_people_or_parts_cannot_be_deleted(tree, table_contents):
    db, admin, dep = tree
    add(db, admin, "NV1", "Hồ Thị Lan", dep["accounting"], status=EmploymentStatus.LEFT)
    departments = DepartmentService(db, admin)
    before = table_contents(db.path)
    for department_id in (dep["accounting"], dep["workshop"]):
        with pytest.raises(ValidationError):
            departments.delete(department_id)
    assert table_contents(db.path) == before
    departments.delete(dep["team"])
    assert dep["team"] not in {d.id for d in departments.list()}
    departments.delete(dep["workshop"])  # its only part is gone now


# -- accounts and signing in ---------------------------------------------------------------


def test_last_admin_cannot_be_demoted_or_deactivated(initialized, table_contents):
    db, admin = initialized
    accounts = AccountService(db, admin)
    before = table_contents(db.path)
    with pytest.raises(ValidationError):
        accounts.update(admin.account_id, "Quản trị", Role.HR_OFFICER, True)
    with pytest.raises(ValidationError):
        accounts.update(admin.account_id, "Quản trị", Role.ADMIN, False)
    assert table_contents(db.path) == before
    second = accounts.create("admin2", "Quản trị 2", Role.ADMIN, "second-admin-pw")
    demoted = accounts.update(admin.account_id, "Quản trị", Role.HR_OFFICER, True)
    assert demoted.role == Role.HR_OFFICER
    with pytest.raises(ValidationError):  # now admin2 is the last one
        AccountService(db, sign_in(db, "admin2", "second-admin-pw")).update(
            second.id, "Quản trị 2", Role.ADMIN, False)


def test_an_account_cannot_become_the_employee_view(initialized):
    db, admin = initialized
    accounts = AccountService(db, admin)
    info = accounts.create("nhansu", "Nhân sự", Role.HR_OFFICER, "nhansu-password")
    with pytest.raises(ValidationError):
        accounts.create("xem", "Xem", Role.EMPLOYEE_VIEW, "xem-password")
    with pytest.raises(ValidationError):
        accounts.update(info.id, "Nhân sự", Role.EMPLOYEE_VIEW, True)
    assert {a.username: a.role for a in accounts.list()} == {"admin": Role.ADMIN,
                                                             "nhansu": Role.HR_OFFICER}


def test_sign_in(initialized):
    db, admin = initialized
    accounts = AccountService(db, admin)
    info = accounts.create("NhanSu", "Trần Thị Hà", Role.HR_OFFICER, "correct-horse")
    assert info.username == "nhansu"
    actor = sign_in(db, "  NHANSU ", "correct-horse")
    assert (actor.username, actor.role, actor.full_name, actor.account_id) == (
        "nhansu", Role.HR_OFFICER, "Trần Thị Hà", info.id)
    with pytest.raises(AuthenticationError):
        sign_in(db, "nhansu", "correct-horsE")
    with pytest.raises(AuthenticationError):
        sign_in(db, "nobody", "correct-horse")
    accounts.set_password(info.id, "battery-staple")
    with pytest.raises(AuthenticationError):
        sign_in(db, "nhansu", "correct-horse")
    assert sign_in(db, "nhansu", "battery-staple").account_id == info.id
    accounts.update(info.id, "Trần Thị Hà", Role.HR_OFFICER, False)
    with pytest.raises(AuthenticationError):
        sign_in(db, "nhansu", "battery-staple")


def test_short_password_is_refused(initialized):
    db, admin = initialized
    with pytest.raises(ValidationError):
        AccountService(db, admin).create("ngan", "Ngắn", Role.HR_OFFICER, "1234567")


# -- settings ------------------------------------------------------------------------------


@pytest.mark.parametrize("changes", [
    {"quorum_numerator": 0},
    {"quorum_numerator": 4, "quorum_denominator": 3},
    {"rest_weekdays": (0, 1, 2, 3, 4, 5, 6)},
    {"rest_weekdays": (7,)},
    {"pass_threshold_percent": 100},
    {"fiscal_year_end_month": 13},
    {"petition_answer_days": 0},
])
def test_invalid_settings_are_refused(initialized, table_contents, changes):
    db, admin = initialized
    before = table_contents(db.path)
    with pytest.raises(ValidationError):
        EnterpriseService(db, admin).update_settings(replace(DemocracySettings(), **changes))
    assert table_contents(db.path) == before


def test_valid_settings_are_kept(initialized):
    db, admin = initialized
    settings = replace(DemocracySettings(), rest_weekdays=(0, 1, 2, 3, 4, 5),
                       pass_threshold_percent=65, labour_authority="Sở Nội vụ tỉnh Đồng Nai")
    EnterpriseService(db, admin).update_settings(settings)
    stored = EnterpriseService(db, admin).get().settings
    assert stored == settings
    calendar = EnterpriseService(db, admin).work_calendar()
    assert calendar.rest_weekdays == frozenset({0, 1, 2, 3, 4, 5})


def test_holidays(initialized):
    db, admin = initialized
    service = EnterpriseService(db, admin)
    shipped = service.holidays()
    assert shipped, "initialize ships the statutory holidays"
    added = service.add_holiday(date(2031, 12, 24), "  Giáng   sinh ")
    assert added.name == "Giáng sinh"
    with pytest.raises(ValidationError):
        service.add_holiday(date(2031, 12, 24), "Lần nữa")
    assert [h.day for h in service.holidays(2031) if h.name == "Giáng sinh"] == [
        date(2031, 12, 24)]
    service.remove_holiday(added.id)
    assert len(service.holidays()) == len(shipped)
    with pytest.raises(NotFoundError):
        service.remove_holiday(added.id)


def test_a_password_typed_decomposed_still_signs_in(initialized):
    """Some Vietnamese input methods send NFD; the password is the same to its owner."""
    import unicodedata

    from dcs_enterprise.services.accounts import AccountService, sign_in

    db, admin = initialized
    AccountService(db, admin).create("thu", "Lê Thu", Role.HR_OFFICER, "mật khẩu dài")
    assert sign_in(db, "thu", unicodedata.normalize("NFD", "mật khẩu dài")).username == "thu"
