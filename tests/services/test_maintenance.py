"""Checking, backing up and restoring the database file."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from datetime import date, datetime

import pytest

from dcs_enterprise.domain.errors import DatabaseLocked, NotADatabase, ValidationError
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.maintenance import (
    BackupKind,
    BackupService,
    check_database,
    daily_backup,
    list_backups,
    open_file,
    restore_database,
)
from dcs_enterprise.storage import seals
from dcs_enterprise.storage.database import open_database
from dcs_enterprise.storage.schema import HEAD_REVISION

NOW = datetime(2031, 3, 14, 9, 30)  # the caller's clock, in the name of the copy kept


def test_check_is_ok_on_a_fresh_database(initialized):
    db, _admin = initialized
    report = check_database(db.path)
    assert report.ok
    assert (report.revision, report.head, report.problems) == (HEAD_REVISION, HEAD_REVISION, ())


def test_check_reports_a_broken_foreign_key(initialized):
    db, admin = initialized
    DepartmentService(db, admin).create("SX", "Xưởng may")
    connection = sqlite3.connect(db.path)  # foreign keys are off in a plain connection
    # The damage under test is the broken reference, not an unsealed row: the program's own
    # seal functions keep the record seals out of the way.
    seals.register(connection)
    connection.execute("UPDATE department SET parent_id = 4242")
    connection.commit()
    connection.close()
    report = check_database(db.path)
    assert not report.ok
    assert len(report.problems) == 1 and report.problems[0].startswith("foreign key:")
    assert "'department'" in report.problems[0]


def actions(db, actor) -> list[str]:
    return [e.action for e in reversed(AuditTrailService(db, actor).page(AuditFilter(), 0, 999))]


def test_backup_then_restore_round_trip(initialized, tmp_path):
    db, admin = initialized
    DepartmentService(db, admin).create("SX", "Xưởng may")
    backup = BackupService(db, admin).backup(tmp_path / "backups" / "b1.sqlite")
    assert backup.is_file()
    DepartmentService(db, admin).create("KT", "Phòng Kế toán")  # after the backup

    target = tmp_path / "elsewhere" / "restored.sqlite"
    restore_database(backup, target, admin, now=NOW)
    restored = open_file(target)
    try:
        assert [d.code for d in DepartmentService(restored, admin).list()] == ["SX"]
        # The copy holds what was committed before it; the backup event follows it, in the
        # live file only, and the restore is the last event of the restored file.
        trail = actions(restored, admin)
        assert trail[-2:] == ["create_department", "restore"]
        (event,) = AuditTrailService(restored, admin).page(AuditFilter(action="restore"), 0, 9)
        assert event.actor == admin.username and str(backup.resolve()) in event.after
        assert AuditTrailService(restored, admin).verify().intact
        assert check_database(restored.path).ok
    finally:
        restored.close()
    # The live database is untouched and still has both departments.
    assert sorted(d.code for d in DepartmentService(db, admin).list()) == ["KT", "SX"]
    assert actions(db, admin)[-2:] == ["backup", "create_department"]


def test_restore_replaces_an_existing_database(initialized, tmp_path):
    db, admin = initialized
    backup = BackupService(db, admin).backup(tmp_path / "b.sqlite")
    DepartmentService(db, admin).create("SX", "Xưởng may")
    db.close()  # the program closes the file before restoring over it
    restore_database(backup, db.path, admin, now=NOW)
    reopened = open_file(db.path)
    try:
        assert DepartmentService(reopened, admin).list() == []
        assert actions(reopened, admin)[-1] == "restore"
    finally:
        reopened.close()


def test_backup_onto_the_database_itself_is_refused(initialized):
    db, admin = initialized
    with pytest.raises(ValidationError):
        BackupService(db, admin).backup(db.path)


def test_restore_refuses_a_file_that_is_not_a_database(initialized, tmp_path, file_digest):
    _db, admin = initialized
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(random.Random(3).randbytes(4096))
    target = tmp_path / "target.sqlite"
    with pytest.raises((NotADatabase, ValidationError)):
        restore_database(noise, target, admin, now=NOW)
    assert not target.exists()
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError):
        restore_database(empty, target, admin, now=NOW)
    assert not target.exists()


def test_restore_refuses_a_newer_backup(initialized, tmp_path):
    db, admin = initialized
    backup = BackupService(db, admin).backup(tmp_path / "b.sqlite")
    connection = sqlite3.connect(backup)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(ValidationError):
        restore_database(backup, tmp_path / "target.sqlite", admin, now=NOW)
    assert not (tmp_path / "target.sqlite").exists()


def test_restore_onto_an_open_database_is_locked(initialized, tmp_path, table_contents):
    db, admin = initialized
    backup = BackupService(db, admin).backup(tmp_path / "b.sqlite")
    DepartmentService(db, admin).create("SX", "Xưởng may")
    before = table_contents(db.path)
    with pytest.raises(DatabaseLocked):
        restore_database(backup, db.path, admin, now=NOW)
    assert table_contents(db.path) == before
    assert [d.code for d in DepartmentService(db, admin).list()] == ["SX"]


def test_a_refused_restore_saves_nothing_and_changes_nothing(initialized, tmp_path,
                                                             file_digest):
    from dcs_enterprise.domain.errors import DcsError

    db, admin = initialized
    target = db.path
    db.close()
    foreign = tmp_path / "other-program.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    digest = file_digest(target)
    with pytest.raises(DcsError):
        restore_database(foreign, target, admin, now=NOW, keep_previous_in=tmp_path / "kept")
    assert not (tmp_path / "kept").exists()
    assert file_digest(target) == digest


def test_restore_keeps_the_replaced_file(initialized, tmp_path):
    db, admin = initialized
    backup = BackupService(db, admin).backup(tmp_path / "b.sqlite")
    DepartmentService(db, admin).create("SX", "Xưởng may")  # only in the file replaced
    target = db.path
    db.close()
    kept = restore_database(backup, target, admin, now=NOW, keep_previous_in=tmp_path / "kept")
    assert kept is not None and kept.parent == tmp_path / "kept"
    assert kept.name.endswith(".before-restore-20310314-093000.sqlite")
    with sqlite3.connect(kept) as connection:
        assert connection.execute("SELECT code FROM department").fetchall() == [("SX",)]


def test_the_daily_copy_of_an_open_database_restores_like_any_backup(initialized, tmp_path,
                                                                     table_contents):
    db, admin = initialized
    DepartmentService(db, admin).create("SX", "Xưởng may")
    folder = tmp_path / "backups"
    day = date(2031, 3, 14)
    made = daily_backup(db, folder, day)
    assert made.written and table_contents(made.path) == table_contents(db.path)
    assert not daily_backup(db, folder, day).written  # once a day
    DepartmentService(db, admin).create("KT", "Phòng Kế toán")  # after the copy
    [listed] = list_backups(folder)
    assert (listed.path, listed.kind) == (made.path, BackupKind.DAILY)

    target = db.path
    db.close()
    saved = restore_database(made.path, target, admin, now=NOW, keep_previous_in=folder)
    restored = open_file(target)
    try:
        assert [d.code for d in DepartmentService(restored, admin).list()] == ["SX"]
        assert actions(restored, admin)[-1] == "restore"
        assert AuditTrailService(restored, admin).verify().intact
    finally:
        restored.close()
    assert [b.kind for b in list_backups(folder)].count(BackupKind.BEFORE_RESTORE) == 1
    assert saved is not None and saved.parent == folder


def test_a_broken_backup_folder_does_not_stop_the_work(initialized, tmp_path):
    db, admin = initialized
    folder = tmp_path / "backups"
    folder.write_text("a file where the backup folder should be")
    outcome = daily_backup(db, folder, date(2031, 3, 14))
    assert outcome.failed and outcome.error
    DepartmentService(db, admin).create("SX", "Xưởng may")  # the database works on
    assert [d.code for d in DepartmentService(db, admin).list()] == ["SX"]


# A restore onto a database on a disk with little room left (a small tmpfs mounted in a mount
# namespace of its own, which vanishes with it): what it raised and whether the file changed.
_RESTORE_ON_A_FULL_DISK = """
import json, shutil, sqlite3, sys
from datetime import datetime
from pathlib import Path
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import DcsError
from dcs_enterprise.services.maintenance import check_database, restore_database
from dcs_enterprise.services.session import Actor

def rows(path):
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    connection.close()
    return found

backup, target = Path(sys.argv[1]), Path(sys.argv[3]) / "t.sqlite"
shutil.copyfile(sys.argv[2], target)
before = rows(target)
try:
    restore_database(backup, target, Actor("admin", Role.ADMIN), now=datetime(2031, 3, 14))
    raised = None
except DcsError as error:
    raised = [type(error).__name__, error.params]
print(json.dumps({"raised": raised, "target": str(target), "unchanged": rows(target) == before,
                  "sound": check_database(target).ok}))
"""


def test_a_restore_onto_a_full_disk_says_so_and_changes_nothing(initialized, tmp_path,
                                                                small_disks_mount):
    if not small_disks_mount:
        pytest.skip("no user namespaces here to mount a small tmpfs")
    db, admin = initialized
    backup = BackupService(db, admin).backup(tmp_path / "big.sqlite")
    grown = open_database(backup)  # a backup much bigger than the database it replaces
    try:
        with grown.engine.begin() as connection:
            connection.exec_driver_sql(
                "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 3000) "
                "INSERT INTO holiday (day, name) SELECT date('2000-01-01', '+' || v || ' days'), "
                "'Ngày nghỉ số ' || v || ' – ' || hex(randomblob(40)) FROM n")
    finally:
        grown.close()
    db.close()
    room = db.path.stat().st_size + 160 * 1024  # the database, its -shm, and a little more
    assert backup.stat().st_size > room + 256 * 1024
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f'mount -t tmpfs -o size={room // 1024}k tmpfs "$1" || exit 99; shift; "$@"', "sh",
         str(disk), sys.executable, "-c", _RESTORE_ON_A_FULL_DISK, str(backup), str(db.path),
         str(disk)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert outcome["raised"] == ["DatabaseFull", {"path": outcome["target"]}]
    assert outcome["unchanged"] and outcome["sound"]
