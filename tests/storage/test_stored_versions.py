"""The database of every released schema version, as our users have it, opens in this version:
backed up first, upgraded to the head, nothing lost, and the services work on it.

The stored files (tests/storage/fixtures, made by scripts/make_schema_fixture.py) are frozen:
see the README there.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.dashboard_stats import DashboardStatsService
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.maintenance import check_database, open_file
from dcs_enterprise.services.published_search import PublishedSearchService
from dcs_enterprise.storage.schema import HEAD_REVISION, KNOWN_REVISIONS
from dcs_enterprise.storage.sqlite_file import inspect_file

FIXTURES = Path(__file__).parent / "fixtures"
# The revisions shipped to users, oldest first. A release adds its revision here together with
# its stored file; a revision still being written (past the last entry) needs none yet.
RELEASED = ("0001_initial", "0002_document_series", "0003_conference",
            "0004_dialogue_bargaining", "0005_supervision")
STORED = sorted(FIXTURES.glob("schema_*.sqlite"))
MAX_FIXTURE_BYTES = 300 * 1024
# What every stored file holds (scripts/make_schema_fixture.py).
ADMIN, ADMIN_PASSWORD = "quantri", "Mật-khẩu-2024"
NHUNG = ("NV0001", "Nguyễn Thị Hồng Nhung", date(1990, 5, 12))
VOTE_IN_FAVOUR = 9  # the conference vote (0003 on)
# The full-text index is derived data, rebuilt on demand; the version table changes by design.
NOT_COMPARED = ("alembic_version", "published_fts")


def revision_of(path: Path) -> str:
    return path.stem.removeprefix("schema_")


def row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(NOT_COMPARED) and not name.startswith("sqlite_")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables}
    finally:
        connection.close()


def query_one(path: Path, sql: str) -> tuple:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchone()
    finally:
        connection.close()


def test_every_released_revision_has_a_stored_database():
    assert KNOWN_REVISIONS[:len(RELEASED)] == RELEASED, "RELEASED must be the oldest revisions"
    assert [revision_of(p) for p in STORED] == list(RELEASED)
    for path in STORED:
        assert path.stat().st_size < MAX_FIXTURE_BYTES, path.name
        assert not path.with_name(path.name + "-wal").exists()  # one file each


@pytest.mark.parametrize("fixture", STORED, ids=revision_of)
def test_inspect_reads_the_stored_file_without_writing(fixture, tmp_path, file_digest):
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / fixture.name
    shutil.copyfile(fixture, path)
    digest = file_digest(path)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        state = inspect_file(path)
    finally:
        folder.chmod(0o755)
    assert (state.is_new, state.revision) == (False, revision_of(fixture))
    assert file_digest(path) == digest
    assert sorted(p.name for p in folder.iterdir()) == [fixture.name]  # no -wal, no -shm


@pytest.mark.parametrize("fixture", STORED, ids=revision_of)
def test_stored_database_upgrades_to_head_keeping_everything(fixture, tmp_path,
                                                             table_contents):
    revision = revision_of(fixture)
    path = tmp_path / "enterprise.sqlite"
    shutil.copyfile(fixture, path)
    counts_before = row_counts(path)
    backups = tmp_path / "backups"

    db = open_file(path, backups)
    try:
        admin = sign_in(db, ADMIN, ADMIN_PASSWORD)
        assert query_one(path, "SELECT version_num FROM alembic_version") == (HEAD_REVISION,)
        counts_after = row_counts(path)
        assert {t: counts_after.get(t) for t in counts_before} == counts_before
        report = AuditTrailService(db, admin).verify()
        assert report.intact and report.chain.checked == counts_before["audit_event"]

        employees = EmployeeService(db, admin)
        everyone = RosterQuery(include_left=True)
        assert employees.count(everyone) == counts_before["employee"]
        (nhung,) = employees.page(RosterQuery(text=NHUNG[0]), 0, 10)
        assert (nhung.code, nhung.full_name, nhung.date_of_birth) == NHUNG
        assert [r.code for r in employees.page(RosterQuery(text="hong nhung"), 0, 10)] == [
            NHUNG[0]]  # the search text written by the old version still finds her
        added = employees.create(EmployeeData(
            code="NV0100", full_name="Trương Thị Mai", gender=Gender.FEMALE,
            department_id=nhung.department_id, date_of_birth=date(2001, 8, 19)))
        assert employees.get(added.id).full_name == "Trương Thị Mai"
        assert employees.count(everyone) == counts_before["employee"] + 1
        after_add = AuditTrailService(db, admin).verify()  # the new event links to the old chain
        assert after_add.intact and after_add.chain.checked == counts_before["audit_event"] + 1

        stats = DashboardStatsService(db, admin).stats(date(2024, 12, 31))
        assert sum(stats.petitions.values()) == counts_before.get("petition", 0)
        if "conference_vote" in counts_before:
            assert query_one(path, "SELECT in_favour FROM conference_vote") == (VOTE_IN_FAVOUR,)
            # Published before the search index existed (or before it was built), found now.
            found = PublishedSearchService(db, admin).search("an ca")
            assert ("resolution", 1) in found
    finally:
        db.close()

    report = check_database(path)
    assert report.ok, report.problems
    # Only the copies taken for the upgrade: a daily copy may lie beside them.
    made = sorted(backups.glob(f"*before-upgrade-{revision}*")) if backups.exists() else []
    if revision == HEAD_REVISION:
        assert made == []  # nothing to upgrade, nothing to back up
    else:
        (backup,) = made
        assert table_contents(backup) == table_contents(fixture)
