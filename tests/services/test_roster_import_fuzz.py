"""HR's roster files, fuzzed with hypothesis: whatever the file, the import ends in our typed
error or a complete import, never a crash, and never half of one.

Each generated file comes with what it should do (the cells are drawn from pools of values
known good or bad), so the tests check the exact outcome: which (row, column) are reported,
or what every employee holds afterwards. HYPOTHESIS_PROFILE=thorough runs many more examples.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from roster_fuzz_cells import (
    DEPARTMENTS,
    EXISTING,
    RosterSpec,
    expected_outcome,
    rosters,
)

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import DcsError
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.domain.text import fold, nfc
from dcs_enterprise.services.audit_log import verify_records
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.readmodels import EnterpriseProfile
from dcs_enterprise.services.roster_files import read_roster
from dcs_enterprise.services.roster_import import ImportRejected, RosterImportService
from dcs_enterprise.services.session import Actor
from dcs_enterprise.services.setup import initialize

settings.register_profile("ci", deadline=None, print_blob=True, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
settings.register_profile("thorough", settings.get_profile("ci"), max_examples=2000)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"


def examples(n: int) -> settings:
    return settings(PROFILE, max_examples=PROFILE.max_examples if THOROUGH else n)


HR = Actor(username="nhansu", role=Role.HR_OFFICER, full_name="Trần Thị Ánh Tuyết")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One initialised database with three departments and a few employees, copied per example."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite"
    db = open_file(path)
    try:
        admin = initialize(db, EnterpriseProfile(name="Công ty TNHH Giày da Phước Long"),
                           DemocracySettings(), "admin", "Quản trị", "admin-password")
        for code, name in DEPARTMENTS:
            DepartmentService(db, admin).create(code, name)
        seed = folder / "seed.csv"
        seed.write_text("Mã NV,Họ và tên,Giới tính,Ngày sinh,Phòng ban\n" + "".join(
            f"{code},{name},{gender},{born},{dep}\n" for code, name, gender, born, dep in EXISTING),
            encoding="utf-8")
        RosterImportService(db, admin).import_file(seed)
    finally:
        db.close()
    return path


@contextmanager
def fresh_database(template: Path) -> Iterator[tuple[object, Path, Path]]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        path = Path(folder) / "db.sqlite"
        shutil.copyfile(template, path)
        db = open_file(path)
        try:
            yield db, path, Path(folder)
        finally:
            db.close()


def snapshot(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in ("employee", "department", "audit_event")}
    finally:
        connection.close()


@dataclass(frozen=True)
class Outcome:
    result: object | None  # ImportResult
    error: DcsError | None


def run_import(db, path: Path, create_departments: bool) -> Outcome:
    """The import; anything but our typed error fails the test with its traceback."""
    try:
        return Outcome(RosterImportService(db, HR).import_file(
            path, create_departments=create_departments), None)
    except DcsError as error:
        return Outcome(None, error)


def check_all_or_nothing(before, after, outcome: Outcome, roster: Path) -> None:
    """What holds for any file, even one we cannot predict."""
    if outcome.error is not None:
        assert after == before, "a refused import changed the database"
        if isinstance(outcome.error, ImportRejected):
            rows = {raw.row_number for raw in read_roster(roster).rows}
            assert outcome.error.errors
            assert {e.row for e in outcome.error.errors} <= rows | {0}
        return
    codes = [nfc(raw.values["code"]) for raw in read_roster(roster).rows]
    assert len(codes) == len(set(codes)) and codes
    stored = {row[1]: row for row in after["employee"]}
    assert len(stored) == len(after["employee"])  # every code once
    untouched = [row for row in before["employee"] if row[1] not in codes]
    assert all(stored[row[1]] == row for row in untouched)
    assert set(stored) == {row[1] for row in before["employee"]} | set(codes)
    assert after["department"][:len(before["department"])] == before["department"]
    assert len(after["audit_event"]) == len(before["audit_event"]) + 1
    result = outcome.result
    assert result.inserted + result.updated + result.unchanged == len(codes)
    assert len(after["employee"]) == len(before["employee"]) + result.inserted


def department_ids(departments: list[tuple]) -> dict[str, int]:
    ids = {fold(code): dep_id for dep_id, code, _name, _parent in departments}
    for dep_id, _code, name, _parent in departments:
        ids.setdefault(fold(name), dep_id)
    return ids


def check_expected(spec: RosterSpec, before, after, outcome: Outcome) -> None:
    kind, detail = expected_outcome(spec)
    event(f"{spec.fmt}: {kind}")  # the mix of outcomes, shown by --hypothesis-show-statistics
    if kind == "refused":
        assert outcome.error is not None and not isinstance(outcome.error, ImportRejected), (
            outcome)
    elif kind == "rejected":
        assert isinstance(outcome.error, ImportRejected), outcome
        assert {(e.row, e.column) for e in outcome.error.errors} == detail
    elif kind == "accepted":
        assert outcome.error is None, (outcome.error, getattr(outcome.error, "errors", None))
        ids = department_ids(after["department"])
        stored = {row[1]: row for row in after["employee"]}
        for code, (name, gender, born, department) in detail.items():
            row = stored[code]
            assert (row[2], row[5], row[6], row[7]) == (
                name, gender, born and born.isoformat(), ids[fold(department)])
        new_departments = {fold(d) for _c, (_n, _g, _b, d) in detail.items()} - set(
            department_ids(before["department"]))
        assert len(after["department"]) == len(before["department"]) + len(new_departments)
        assert len(outcome.result.created_departments) == len(new_departments)


@given(spec=rosters())
@examples(100)
def test_any_roster_file_imports_whole_or_not_at_all(template, spec: RosterSpec):
    with fresh_database(template) as (db, path, folder):
        roster = spec.write(folder)
        before = snapshot(path)
        outcome = run_import(db, roster, spec.create_departments)
        after = snapshot(path)
        check_all_or_nothing(before, after, outcome, roster)
        if outcome.error is None:  # the accepted import's bulk writes kept every seal right
            with db.session() as session:
                assert verify_records(session).intact
    check_expected(spec, before, after, outcome)


def _mutated(data: bytes, how: str, at: int, noise: bytes) -> bytes:
    at = at % max(len(data), 1)
    if how == "truncate":
        return data[:at]
    if how == "overwrite":
        return data[:at] + noise + data[at + len(noise):]
    if how == "insert":
        return data[:at] + noise + data[at:]
    if how == "not a workbook":  # a zip file, but of something else
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("[Content_Types].xml", noise)
        return buffer.getvalue()
    return noise  # garbage


@given(spec=rosters(formats=st.just("xlsx"), max_rows=8),
       how=st.sampled_from(["truncate", "overwrite", "insert", "not a workbook", "garbage"]),
       at=st.integers(0, 1 << 20), noise=st.binary(max_size=64))
@examples(40)
def test_damaged_xlsx_is_refused_cleanly(template, spec, how, at, noise):
    with fresh_database(template) as (db, path, folder):
        roster = spec.write(folder)
        roster.write_bytes(_mutated(roster.read_bytes(), how, at, noise))
        before = snapshot(path)
        outcome = run_import(db, roster, spec.create_departments)
        after = snapshot(path)
        if outcome.error is None or isinstance(outcome.error, ImportRejected):
            check_all_or_nothing(before, after, outcome, roster)  # the damage missed the sheet
    event(type(outcome.error).__name__ if outcome.error else "imported: the damage missed")
    assert outcome.error is None or isinstance(outcome.error, ImportRejected) or after == before


# Found by the fuzzing, kept as plain examples.

def import_bytes(template: Path, name: str, data: bytes, create: bool = False):
    with fresh_database(template) as (db, path, folder):
        roster = folder / name
        roster.write_bytes(data)
        before = snapshot(path)
        outcome = run_import(db, roster, create)
        after = snapshot(path)
        check_all_or_nothing(before, after, outcome, roster)
    return outcome, after


HEADER = "Mã NV,Họ và tên,Giới tính,Phòng ban\n"


def test_a_one_megabyte_cell_near_the_header_is_refused_not_a_crash(template):
    outcome, _ = import_bytes(template, "huge.csv",
                              (HEADER + "NV1," + "x" * 1_000_000 + ",Nam,XM\n").encode())
    assert outcome.error is not None and not isinstance(outcome.error, ImportRejected)


@pytest.mark.parametrize(("name", "data"), [
    ("empty.csv", b""), ("bom.csv", b"\xef\xbb\xbf"), ("blank.csv", b"\r\n ,, \n;;\n"),
    ("empty.xlsx", b""), ("text.xlsx", "Mã NV,Họ và tên".encode())])
def test_empty_and_unreadable_files_are_refused(template, name, data):
    outcome, _ = import_bytes(template, name, data)
    assert outcome.error is not None and not isinstance(outcome.error, ImportRejected)


def test_carriage_return_line_endings_import(template):
    outcome, after = import_bytes(template, "mac.csv", (
        HEADER + "NV1,Lê Văn An,Nam,XM\rNV2,Võ Thị Bé,Nữ,XM\r").replace("\n", "\r").encode())
    assert outcome.error is None and outcome.result.inserted == 2
    assert {"NV1", "NV2"} <= {row[1] for row in after["employee"]}


@pytest.mark.parametrize(("column", "text"), [
    ("full_name", "Nguyễn " * 200_000), ("code", "NV" * 26), ("department", "Xưởng " * 60),
    ("position", "Thợ " * 51)])
def test_text_longer_than_its_column_is_a_row_error(template, column, text):
    values = {"code": "NV1", "full_name": "Lê Văn An", "department": "XM", "position": "",
              column: text}
    wb = Workbook()
    wb.active.append(["Mã NV", "Họ và tên", "Giới tính", "Phòng ban", "Chức vụ"])
    wb.active.append([values["code"], values["full_name"], "Nam", values["department"],
                      values["position"]])
    buffer = io.BytesIO()
    wb.save(buffer)
    outcome, _ = import_bytes(template, "long.xlsx", buffer.getvalue(), create=True)
    assert isinstance(outcome.error, ImportRejected)
    assert (2, column) in {(e.row, e.column) for e in outcome.error.errors}


def test_a_float_too_large_for_whole_digits_keeps_its_exponent(template):
    """Excel shows 1E+200, not 201 digits (which were longer than the column allows)."""
    wb = Workbook()
    wb.active.append(["Mã NV", "Họ và tên", "Giới tính", "Phòng ban", "Chức vụ"])
    wb.active.append([1001.0, "Lê Văn An", "Nam", "XM", 1.0000000000000006e200])
    buffer = io.BytesIO()
    wb.save(buffer)
    outcome, after = import_bytes(template, "float.xlsx", buffer.getvalue())
    assert outcome.error is None
    assert [(row[1], row[8]) for row in after["employee"] if row[1] == "1001"] == [
        ("1001", "1e+200")]


def test_twenty_thousand_rows_import_whole(template):
    rows = "".join(f"R{n:05d},Người Thứ {n},{'Nam' if n % 2 else 'Nữ'},XM\n"
                   for n in range(20_000))
    outcome, after = import_bytes(template, "big.csv", (HEADER + rows).encode("utf-8-sig"))
    assert outcome.error is None and outcome.result.inserted == 20_000
    assert len(after["employee"]) == 20_000 + len(EXISTING)


def test_twenty_thousand_rows_with_one_bad_import_nothing(template):
    rows = [f"R{n:05d},Người Thứ {n},Nam,XM\n" for n in range(20_000)]
    rows[12_345] = "R12345,Người Thứ 12345,Nam,31/02/2024\n"  # a date in the department column
    outcome, _ = import_bytes(template, "big.csv", (HEADER + "".join(rows)).encode())
    assert isinstance(outcome.error, ImportRejected)
    assert [(e.row, e.column) for e in outcome.error.errors] == [(12_347, "department")]

