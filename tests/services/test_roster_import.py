"""Importing HR's roster (all or nothing) and exporting it back."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dcs_enterprise.domain.enums import ContractType, EmploymentStatus, Gender, Role
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.roster_import import ImportRejected, RosterImportService

HEADER = ["Mã NV", "Họ và tên", "Giới tính", "Ngày sinh", "Phòng ban"]
BAD_ROWS = [
    ["NV01", "Nguyễn Văn An", "Nam", "01/02/1990", "SX"],
    ["NV02", "Trần Thị Bình", "Nữ", "31/02/1991", "SX"],  # no 31 February
    ["NV03", "Lê Văn Cường", "Nam", "01/01/1985", "Phòng Ma"],  # no such department
    ["NV04", "Phạm Thị Dung", "Gái", "02/02/1992", "SX"],  # not a gender
    ["NV01", "Hoàng Văn Em", "Nam", "", "SX"],  # code of row 2 again
    ["NV05", "", "Nữ", "", "Xưởng may"],  # no name
]
# (row, column) of each problem above: the header is row 1.
BAD_CELLS = [(3, "date_of_birth"), (4, "department"), (5, "gender"), (6, "code"),
             (7, "full_name")]
GOOD_ROWS = [
    ["NV01", "Nguyễn Văn An", "Nam", "01/02/1990", "SX"],
    ["NV02", "Trần Thị Bình", "Nữ", "28/02/1991", "SX"],
    ["NV03", "Lê Văn Cường", "Nam", "01/01/1985", "xuong may"],  # by name, no diacritics
    ["NV04", "Phạm Thị Dung", "Nữ", "02/02/1992", "sx"],
    ["NV06", "Hoàng Văn Em", "Nam", "", "SX"],
    ["NV05", "Đỗ Thị Phương", "Nữ", "", "Xưởng may"],
]


def write_table(path: Path, rows: list[list[str]]) -> Path:
    if path.suffix == ".csv":
        path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    else:
        wb = Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(path)
    return path


@pytest.fixture
def hr_world(initialized, make_actor):
    db, admin = initialized
    hr = make_actor(Role.HR_OFFICER)
    department = DepartmentService(db, admin).create("SX", "Xưởng may")
    return db, admin, hr, department.id


def employee_count(db, actor) -> int:
    return EmployeeService(db, actor).count(RosterQuery(include_left=True))


def audit_count(db, actor) -> int:
    return AuditTrailService(db, actor).count(AuditFilter())


def by_code(db, actor) -> dict:
    service = EmployeeService(db, actor)
    return {row.code: row for row in service.page(RosterQuery(include_left=True), 0, 1000)}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_bad_rows_are_all_reported_and_nothing_is_imported(hr_world, tmp_path, suffix):
    db, admin, hr, _dep = hr_world
    path = write_table(tmp_path / f"roster{suffix}", [HEADER, *BAD_ROWS])
    employees, events = employee_count(db, hr), audit_count(db, admin)
    with pytest.raises(ImportRejected) as caught:
        RosterImportService(db, hr).import_file(path)
    errors = caught.value.errors
    assert [(e.row, e.column) for e in errors] == BAD_CELLS
    assert caught.value.params == {"count": len(BAD_CELLS)}
    texts = {(e.row, e.column): e.english() for e in errors}
    assert "31/02/1991" in texts[(3, "date_of_birth")]
    assert "Phòng Ma" in texts[(4, "department")]
    assert "Gái" in texts[(5, "gender")]
    assert "row 2" in texts[(6, "code")]
    assert employee_count(db, hr) == employees
    assert audit_count(db, admin) == events


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_fixed_file_imports_every_row(hr_world, tmp_path, suffix):
    db, admin, hr, dep = hr_world
    path = write_table(tmp_path / f"roster{suffix}", [HEADER, *GOOD_ROWS])
    progress: list[tuple[int, int]] = []
    result = RosterImportService(db, hr).import_file(
        path, progress=lambda done, total: progress.append((done, total)))
    assert (result.inserted, result.updated, result.unchanged) == (6, 0, 0)
    assert result.created_departments == ()
    assert progress[-1] == (100, 100)
    rows = by_code(db, hr)
    assert sorted(rows) == sorted(r[0] for r in GOOD_ROWS)
    assert rows["NV02"].date_of_birth == date(1991, 2, 28)
    assert rows["NV02"].gender == Gender.FEMALE
    assert rows["NV05"].full_name == "Đỗ Thị Phương"
    assert rows["NV06"].date_of_birth is None
    assert {row.department_id for row in rows.values()} == {dep}


def test_reimport_counts_inserted_updated_and_unchanged(hr_world, tmp_path):
    db, admin, hr, _dep = hr_world
    RosterImportService(db, hr).import_file(write_table(tmp_path / "a.xlsx",
                                                        [HEADER, *GOOD_ROWS]))
    changed = [list(row) for row in GOOD_ROWS]
    changed[0][1] = "Nguyễn Văn Anh"  # new name
    changed[3][3] = "03/03/1993"  # new date of birth
    changed.append(["NV07", "Vũ Minh Khoa", "Nam", "", "SX"])
    result = RosterImportService(db, hr).import_file(write_table(tmp_path / "b.xlsx",
                                                                 [HEADER, *changed]))
    assert (result.inserted, result.updated, result.unchanged) == (1, 2, 4)
    rows = by_code(db, hr)
    assert rows["NV01"].full_name == "Nguyễn Văn Anh"
    assert rows["NV04"].date_of_birth == date(1993, 3, 3)
    assert len(rows) == 7
    # The filter finds the updated name (search text rewritten by the bulk update).
    assert [r.code for r in EmployeeService(db, hr).page(RosterQuery(text="van anh"), 0, 9)] \
        == ["NV01"]


def test_create_departments_adds_the_missing_ones(hr_world, tmp_path):
    db, admin, hr, dep = hr_world
    rows = [HEADER, ["A1", "Bùi Văn Long", "Nam", "", "Tổ Cơ điện"],
            ["A2", "Bùi Thị Mai", "Nữ", "", "Tổ Cơ điện"],
            ["A3", "Ngô Văn Nam", "Nam", "", "Kho vận"],
            ["A4", "Ngô Thị Oanh", "Nữ", "", "SX"]]
    path = write_table(tmp_path / "r.csv", rows)
    with pytest.raises(ImportRejected) as caught:
        RosterImportService(db, hr).import_file(path)
    assert [(e.row, e.column) for e in caught.value.errors] == [
        (2, "department"), (3, "department"), (4, "department")]
    result = RosterImportService(db, hr).import_file(path, create_departments=True)
    assert sorted(result.created_departments) == ["Kho vận", "Tổ Cơ điện"]
    assert result.inserted == 4
    departments = {d.name: d for d in DepartmentService(db, hr).list()}
    assert set(departments) == {"Xưởng may", "Tổ Cơ điện", "Kho vận"}
    assert departments["Tổ Cơ điện"].employee_count == 2
    employees = by_code(db, hr)
    assert employees["A3"].department_name == "Kho vận"
    assert employees["A4"].department_id == dep


def test_rejected_file_creates_no_departments_either(hr_world, tmp_path):
    db, admin, hr, _dep = hr_world
    path = write_table(tmp_path / "r.csv", [HEADER, ["A1", "Bùi Văn Long", "Nam", "", "Kho"],
                                            ["A2", "", "Nữ", "", "Kho"]])
    with pytest.raises(ImportRejected) as caught:
        RosterImportService(db, hr).import_file(path, create_departments=True)
    assert [(e.row, e.column) for e in caught.value.errors] == [(3, "full_name")]
    assert [d.name for d in DepartmentService(db, hr).list()] == ["Xưởng may"]


def test_nfd_names_are_stored_nfc(hr_world, tmp_path):
    db, admin, hr, _dep = hr_world
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")
    assert nfd != "Nguyễn Thị Ánh Tuyết"
    path = write_table(tmp_path / "r.csv", [HEADER, ["B1", nfd, "Nữ", "", "SX"]])
    RosterImportService(db, hr).import_file(path)
    (row,) = EmployeeService(db, hr).page(RosterQuery(), 0, 10)
    assert row.full_name == "Nguyễn Thị Ánh Tuyết"
    assert unicodedata.is_normalized("NFC", row.full_name)
    assert EmployeeService(db, hr).count(RosterQuery(text="tuyet")) == 1


def test_export_then_import_round_trips(hr_world, tmp_path):
    db, admin, hr, dep = hr_world
    sub = DepartmentService(db, admin).create("SX-T1", "Tổ Cắt", parent_id=dep)
    employees = EmployeeService(db, hr)
    people = [
        EmployeeData("E1", "Trịnh Văn Đức", Gender.MALE, dep, date(1980, 12, 31), "Quản đốc",
                     date(2010, 1, 4), ContractType.INDEFINITE, True),
        EmployeeData("E2", "Mai Thị Hằng", Gender.FEMALE, sub.id, None, "=1+1",
                     date(2024, 6, 1), ContractType.PROBATION, False),
        EmployeeData("E3", "Y Bih Niê", Gender.OTHER, sub.id, date(2000, 1, 1), "",
                     None, ContractType.DEFINITE, True, EmploymentStatus.LEFT),
    ]
    for person in people:
        employees.create(person)
    path = tmp_path / "export.xlsx"
    assert RosterImportService(db, hr).export_file(path) == 3
    sheet = load_workbook(path, read_only=True).worksheets[0]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][:2] == ["Mã NV", "Họ và tên"]
    assert sorted(row[0] for row in values[1:]) == ["E1", "E2", "E3"]
    before = by_code(db, hr)
    result = RosterImportService(db, hr).import_file(path)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 3)
    assert by_code(db, hr) == before


def test_round_trip_keeps_departments_that_share_a_name(hr_world, tmp_path):
    """Two workshops each with a "Tổ 1": the export must say which one."""
    db, admin, hr, dep = hr_world
    other = DepartmentService(db, admin).create("DG", "Xưởng đóng gói")
    team_a = DepartmentService(db, admin).create("SX-T1", "Tổ 1", parent_id=dep)
    team_b = DepartmentService(db, admin).create("DG-T1", "Tổ 1", parent_id=other.id)
    employees = EmployeeService(db, hr)
    employees.create(EmployeeData("C1", "Lý Văn Sơn", Gender.MALE, team_a.id))
    employees.create(EmployeeData("C2", "Lý Thị Tâm", Gender.FEMALE, team_b.id))
    path = tmp_path / "export.xlsx"
    RosterImportService(db, hr).export_file(path)
    result = RosterImportService(db, hr).import_file(path)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)
    rows = by_code(db, hr)
    assert (rows["C1"].department_id, rows["C2"].department_id) == (team_a.id, team_b.id)


def test_export_respects_the_query(hr_world, tmp_path):
    db, admin, hr, dep = hr_world
    employees = EmployeeService(db, hr)
    employees.create(EmployeeData("E1", "Trịnh Văn Đức", Gender.MALE, dep))
    employees.create(EmployeeData("E2", "Mai Thị Hằng", Gender.FEMALE, dep,
                                  status=EmploymentStatus.LEFT))
    union = RosterImportService(db, hr)
    path = tmp_path / "active.xlsx"
    assert union.export_file(path, RosterQuery()) == 1
    sheet = load_workbook(path, read_only=True).worksheets[0]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["E1"]


def test_a_failed_export_leaves_no_export_in_the_trail(initialized, tmp_path):
    from dcs_enterprise.domain.errors import DcsError
    from dcs_enterprise.services.audit_log import AuditFilter
    from dcs_enterprise.services.audit_trail import AuditTrailService

    db, admin = initialized
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DcsError):
        RosterImportService(db, admin).export_file(blocker / "roster.xlsx")
    assert AuditTrailService(db, admin).count(AuditFilter(action="export_employees")) == 0
