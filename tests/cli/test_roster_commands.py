"""demo, import-employees and export-employees, run as the user would type them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from dcs_enterprise.services.demo import DEMO_ACCOUNTS

HEADER = "Mã NV,Họ và tên,Giới tính,Ngày sinh,Phòng ban\n"
GOOD_ROWS = [
    "NV900001,Nguyễn Thị Lan,Nữ,01/02/1990,Phòng Kế toán\n",
    "NV900002,Trần Văn Bình,Nam,02/03/1991,Phòng Kế toán\n",
    "NV900003,Lê Thị Đào,Nữ,03/04/1992,Phòng Kế toán\n",
]


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(rows), "utf-8")
    return path


def bad_csv(tmp_path: Path) -> Path:
    rows = list(GOOD_ROWS)
    rows[1] = "NV900002,Trần Văn Bình,Xyz,02/03/1991,Phòng Kế toán\n"  # row 3: gender
    rows[2] = "NV900003,Lê Thị Đào,Nữ,31/02/1992,Phòng Kế toán\n"  # row 4: no such date
    return write_csv(tmp_path / "roster.csv", rows)


# --- demo ---------------------------------------------------------------------------------------

def test_demo_creates_the_employees_and_prints_the_accounts(run, tmp_path, count_employees):
    db = tmp_path / "demo.sqlite"
    code, out, err = run("demo", "--employees", 50, "--db", db, "--lang", "en")
    assert code == 0, err
    assert count_employees(db) == 50
    for username, _name, _role, password in DEMO_ACCOUNTS:
        assert username in out and password in out


def test_demo_uses_the_default_database_without_db(run, home, count_employees):
    code, _out, err = run("demo", "--employees", 3)
    assert code == 0, err
    assert count_employees(home / "dcs-enterprise.sqlite") == 3


def test_demo_refuses_an_initialised_database(run, tmp_path, count_employees, file_digest):
    db = tmp_path / "demo.sqlite"
    assert run("--lang", "en", "demo", "--employees", 5, "--db", db)[0] == 0
    digest = file_digest(db)
    code, out, err = run("--lang", "en", "demo", "--employees", 9, "--db", db)
    assert code == 2
    assert "already holds an enterprise" in err and str(db) in err
    assert "demo-admin" not in out
    assert count_employees(db) == 5
    assert file_digest(db) == digest


def test_demo_reports_progress_for_a_big_demo(run, tmp_path, monkeypatch):
    from dcs_enterprise.cli import roster

    monkeypatch.setattr(roster, "DEMO_PROGRESS_FROM", 20)
    code, _out, err = run("demo", "--employees", 20, "--db", tmp_path / "d.sqlite", "--lang", "en")
    assert code == 0
    assert "Employees written: 20 of 20" in err
    code, _out, err = run("demo", "--employees", 19, "--db", tmp_path / "e.sqlite", "--lang", "en")
    assert code == 0 and err == ""


def test_demo_refuses_a_negative_size(run, tmp_path):
    code, _out, err = run("demo", "--employees", -1, "--db", tmp_path / "d.sqlite")
    assert code == 2 and "--employees" in err
    assert not (tmp_path / "d.sqlite").exists()


# --- import-employees ---------------------------------------------------------------------------

def test_import_with_errors_names_row_and_column_and_writes_nothing(
        run, demo_db, tmp_path, count_employees, table_contents):
    before = table_contents(demo_db)
    code, out, err = run("import-employees", bad_csv(tmp_path), "--db", demo_db, "--lang", "en")
    assert code == 2
    lines = err.splitlines()
    assert any(line.startswith("Row 3, column gender: ") and "Xyz" in line for line in lines)
    assert any(line.startswith("Row 4, column date of birth: ") for line in lines)
    assert "nothing was imported" in lines[-1]
    assert out == ""
    assert count_employees(demo_db) == 50
    assert table_contents(demo_db) == before  # not even an audit event


def test_import_errors_use_the_vietnamese_column_headers_by_default(run, demo_db, tmp_path):
    code, _out, err = run("import-employees", bad_csv(tmp_path), "--db", demo_db)
    assert code == 2
    assert "Giới tính" in err and "Ngày sinh" in err


def test_import_of_the_fixed_file_adds_the_employees(run, demo_db, tmp_path, count_employees):
    code, out, err = run("import-employees", write_csv(tmp_path / "roster.csv", GOOD_ROWS),
                         "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert "3 added, 0 updated, 0 unchanged" in out
    assert count_employees(demo_db) == 53
    code, out, _err = run("import-employees", tmp_path / "roster.csv", "--db", demo_db,
                          "--lang", "en")
    assert code == 0 and "0 added, 0 updated, 3 unchanged" in out


def test_import_can_create_the_missing_departments(run, demo_db, tmp_path, count_employees):
    rows = [row.replace("Phòng Kế toán", "Tổ Cắt mẫu") for row in GOOD_ROWS]
    path = write_csv(tmp_path / "roster.csv", rows)
    code, _out, err = run("import-employees", path, "--db", demo_db, "--lang", "en")
    assert code == 2 and "Row 2, column department: " in err
    code, out, err = run("import-employees", path, "--create-departments", "--db", demo_db,
                         "--lang", "en")
    assert code == 0, err
    assert "Departments created: Tổ Cắt mẫu" in out
    assert count_employees(demo_db) == 53


def test_import_refuses_a_file_of_another_kind(run, demo_db, tmp_path):
    path = tmp_path / "roster.txt"
    path.write_text("hello", "utf-8")
    code, _out, err = run("import-employees", path, "--db", demo_db, "--lang", "en")
    assert code == 2 and "only .xlsx and .csv" in err


def test_import_refuses_a_database_that_is_not_set_up(run, tmp_path, file_digest):
    from dcs_enterprise.services.maintenance import open_file

    db_path = tmp_path / "empty.sqlite"
    open_file(db_path).close()
    digest = file_digest(db_path)
    path = write_csv(tmp_path / "roster.csv", GOOD_ROWS)
    code, _out, err = run("import-employees", path, "--db", db_path, "--lang", "en")
    assert code == 2 and "not set up yet" in err
    assert file_digest(db_path) == digest


# --- export-employees ---------------------------------------------------------------------------

def test_export_writes_every_employee_to_xlsx(run, demo_db, tmp_path):
    target = tmp_path / "out" / "roster.xlsx"
    target.parent.mkdir()
    code, out, err = run("export-employees", target, "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert "50 employees written" in out
    wb = load_workbook(target, read_only=True)
    try:
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    assert rows[0][:2] == ("Mã NV", "Họ và tên")
    assert len(rows) - 1 == 50


@pytest.mark.parametrize("name", ["roster.csv", "roster"])
def test_export_needs_an_xlsx_name(run, demo_db, tmp_path, name):
    code, _out, err = run("export-employees", tmp_path / name, "--db", demo_db, "--lang", "en")
    assert code == 2 and ".xlsx" in err
    assert not (tmp_path / name).exists()
