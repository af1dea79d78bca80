"""The automatic backups: one a day and one before each upgrade, whole or absent, rotated
without touching manual copies or other databases' copies, listed by kind."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from dcs_enterprise.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFull,
    DatabaseReadOnly,
)
from dcs_enterprise.storage import backups
from dcs_enterprise.storage.backups import (
    KEEP_BEFORE_UPGRADE,
    KEEP_DAILY,
    BackupKind,
    backup_before_upgrade,
    daily_backup,
    database_key,
    keep_before_restore,
    list_backups,
    write_error,
)
from dcs_enterprise.storage.database import open_database

DAY = date(2031, 3, 14)
NOW = datetime(2031, 3, 14, 9, 30)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A closed database of ours holding a few rows."""
    path = tmp_path / "work.sqlite"
    db = open_database(path)
    try:
        with db.engine.begin() as connection:
            for n in range(1, 8):
                connection.execute(text("INSERT INTO holiday (day, name) VALUES (:d, :n)"),
                                   {"d": f"2031-0{n}-01", "n": f"Ngày lễ {n}"})
    finally:
        db.close()
    return path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def auto(database: Path) -> str:
    """The start of the names of `database`'s automatic copies: stem and key of its path."""
    return f"{database.stem}-{database_key(database)}"


def test_the_first_open_of_a_day_makes_one_copy_equal_to_the_database(
        database, tmp_path, table_contents):
    folder = tmp_path / "backups"
    db = open_database(database)  # taken while the program has the file open
    try:
        first = daily_backup(database, folder, DAY)
        again = daily_backup(database, folder, DAY)
    finally:
        db.close()
    assert first.written and not first.failed
    assert first.path == folder / f"{auto(database)}.daily-2031-03-14.sqlite"
    assert (again.written, again.failed, again.path) == (False, False, first.path)
    assert names(folder) == [first.path.name]
    assert table_contents(first.path) == table_contents(database)
    assert len(table_contents(first.path)["holiday"]) == 7

    tomorrow = daily_backup(database, folder, DAY + timedelta(days=1))
    assert tomorrow.written
    assert names(folder) == [first.path.name, f"{auto(database)}.daily-2031-03-15.sqlite"]


def test_rotation_keeps_the_newest_daily_copies_of_this_database_only(database, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    key = database_key(database)
    others = ["work-20310101-0900.sqlite",  # a manual backup of this database
              "work.daily-2030-01-01.sqlite",  # no key: put there by hand, so manual
              "other-0123abcd.daily-2030-01-01.sqlite",  # another database's daily copies
              f"work.extra-{key}.daily-2030-01-01.sqlite",
              "work-0123abcd.daily-2030-01-01.sqlite",  # a "work.sqlite" of another folder
              f"work-{key}.before-restore-20300101-090000.sqlite",
              "notes.txt"]
    for name in others:
        (folder / name).write_text("kept")
    for back in range(1, KEEP_DAILY + 3):  # older daily copies than the one made below
        daily_backup(database, folder, DAY - timedelta(days=back))
    daily_backup(database, folder, DAY)
    dailies = sorted(p.name for p in folder.glob(f"{auto(database)}.daily-*.sqlite"))
    expected = [f"{auto(database)}.daily-{(DAY - timedelta(days=back)).isoformat()}.sqlite"
                for back in range(KEEP_DAILY - 1, -1, -1)]
    assert dailies == expected
    for name in others:
        assert (folder / name).read_text() == "kept"


def test_before_upgrade_copies_are_rotated_apart_from_the_daily_ones(
        database, tmp_path, table_contents):
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = auto(database)
    older = [f"{mine}.before-upgrade-0000_old-2020010{n}-120000.sqlite" for n in range(1, 8)]
    for name in older:
        (folder / name).write_text("an older upgrade's copy")
    dailies = [f"{mine}.daily-2030-01-0{n}.sqlite" for n in range(1, 9)]
    for name in dailies:
        (folder / name).write_text("a daily copy")
    other = "work-0123abcd.before-upgrade-0000_old-20300101-120000.sqlite"  # another folder's
    (folder / other).write_text("kept")

    made = backup_before_upgrade(database, folder, "0005_supervision")
    assert table_contents(made) == table_contents(database)
    kept = sorted(p.name for p in folder.glob(f"{mine}.before-upgrade-*.sqlite"))
    assert len(kept) == KEEP_BEFORE_UPGRADE
    assert made.name in kept and kept[:-1] == older[-(KEEP_BEFORE_UPGRADE - 1):]
    assert sorted(p.name for p in folder.glob(f"{mine}.daily-*")) == dailies  # not its kind
    assert (folder / other).exists()


def test_a_daily_copy_that_cannot_be_written_is_reported_and_leaves_nothing(
        database, tmp_path, caplog, file_digest):
    folder = tmp_path / "backups"
    folder.write_text("a file where the backup folder should be")
    digest = file_digest(database)
    db = open_database(database)  # the open itself does not depend on the backup folder
    try:
        with caplog.at_level("WARNING", logger="dcs_enterprise"):
            outcome = daily_backup(database, folder, DAY)
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM holiday")).scalar() == 7
    finally:
        db.close()
    assert outcome.failed and not outcome.written and outcome.error
    assert outcome.path == folder / f"{auto(database)}.daily-2031-03-14.sqlite"
    assert "daily backup" in caplog.text and str(outcome.path) in caplog.text
    assert folder.read_text() == "a file where the backup folder should be"
    assert file_digest(database) == digest


def test_a_before_upgrade_copy_that_cannot_be_written_is_a_typed_error(database, tmp_path):
    folder = tmp_path / "backups"
    folder.write_text("not a folder")
    with pytest.raises(DatabaseReadOnly) as caught:
        backup_before_upgrade(database, folder, "0005_supervision")
    assert "before-upgrade-0005_supervision" in caught.value.params["path"]


def test_an_upgrade_does_not_go_on_without_its_copy(tmp_path, file_digest, table_contents):
    """A real upgrade (the stored file of release 0005): with the backup folder unusable the
    open is refused, naming the copy, and the file is untouched; with a usable one it opens."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema_0005_supervision.sqlite", path)
    digest, before = file_digest(path), table_contents(path)
    broken = tmp_path / "broken"
    broken.write_text("a file where the backup folder should be")
    with pytest.raises(DatabaseReadOnly) as caught:
        open_database(path, backup_dir=broken)
    assert ".before-upgrade-0005_supervision-" in caught.value.params["path"]
    assert file_digest(path) == digest
    assert not (tmp_path / "old.sqlite-wal").exists()

    db = open_database(path, backup_dir=tmp_path / "backups")
    db.close()
    [copy] = (tmp_path / "backups").iterdir()
    assert copy.name.startswith(f"{auto(path)}.before-upgrade-0005_supervision-")
    assert table_contents(copy) == before


# A write cut short by the file-size limit (as on a full disk): SIGXFSZ ignored, the write fails.
_CUT_SHORT = """
import json, resource, signal, sys
from datetime import date
from pathlib import Path
from dcs_enterprise.storage.backups import daily_backup
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, 32 * 1024))
outcome = daily_backup(Path(sys.argv[1]), Path(sys.argv[2]), date(2031, 3, 14))
print(json.dumps({"failed": outcome.failed, "written": outcome.written}))
"""


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_copy_cut_short_by_a_full_disk_leaves_no_partial_file(database, tmp_path):
    folder = tmp_path / "backups"
    assert database.stat().st_size > 64 * 1024
    result = subprocess.run([sys.executable, "-c", _CUT_SHORT, str(database), str(folder)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"failed": True, "written": False}
    assert names(folder) == []  # neither the copy nor its .partial


def test_the_folder_lists_every_copy_newest_first_with_its_kind(database, tmp_path):
    folder = tmp_path / "backups"
    daily = daily_backup(database, folder, DAY).path
    upgrade = backup_before_upgrade(database, folder, "0005_supervision")
    restore = backups.before_restore_path(database, folder, backups.datetime(2031, 3, 14, 9))
    manual = folder / "dcs-enterprise-20310314-0930.sqlite"
    for path in (restore, manual):
        backups.write_copy(database, path)
    (folder / "readme.txt").write_text("not a copy")
    (folder / "x.sqlite.partial").write_text("a copy cut short")
    for age, path in enumerate((manual, restore, upgrade, daily)):  # newest first
        stamp = 2_000_000_000 - 3600 * age
        os.utime(path, (stamp, stamp))
    listed = list_backups(folder)
    assert [b.path for b in listed] == [manual, restore, upgrade, daily]
    assert [b.kind for b in listed] == [BackupKind.MANUAL, BackupKind.BEFORE_RESTORE,
                                        BackupKind.BEFORE_UPGRADE, BackupKind.DAILY]
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)
    assert listed[0].modified.timestamp() == 2_000_000_000
    assert list_backups(tmp_path / "absent") == []


def test_two_databases_of_one_name_keep_apart_copies(database, tmp_path, table_contents):
    """Same stem, different folders: each gets its daily copy every day, rotation counts each
    one's copies, and each lists its own automatic copies and every manual one."""
    twin = tmp_path / "elsewhere" / "work.sqlite"
    twin.parent.mkdir()
    shutil.copyfile(database, twin)
    db = open_database(twin)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO holiday (day, name) VALUES ('2031-12-24', "
                                    "'Chỉ ở bản kia')"))
    finally:
        db.close()
    folder = tmp_path / "backups"
    manual = folder / "work-by-hand.sqlite"
    backups.write_copy(database, manual)
    for back in range(KEEP_DAILY + 1, -1, -1):  # oldest first, ending with DAY
        mine = daily_backup(database, folder, DAY - timedelta(days=back))
        its = daily_backup(twin, folder, DAY - timedelta(days=back))
        assert mine.written and its.written and mine.path != its.path
    assert table_contents(mine.path) == table_contents(database)
    assert table_contents(its.path) == table_contents(twin) != table_contents(database)
    for path in (database, twin):
        own = set(folder.glob(f"{auto(path)}.daily-*.sqlite"))
        assert len(own) == KEEP_DAILY
        assert {b.path for b in list_backups(folder, path)} == own | {manual}
    assert len(list_backups(folder)) == 2 * KEEP_DAILY + 1


def test_the_copy_before_a_restore_holds_the_records_still_in_the_wal(database, tmp_path,
                                                                    table_contents):
    db = open_database(database)  # its pooled connection stays open: the commit stays in -wal
    try:
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO holiday (day, name) VALUES ('2031-12-31', "
                                    "'Ghi sau cùng')"))
        main_file_alone = sqlite3.connect(f"{database.as_uri()}?mode=ro&immutable=1", uri=True)
        try:  # the record is not in the main file yet: a byte copy of it would lose it
            assert main_file_alone.execute(
                "SELECT count(*) FROM holiday WHERE name = 'Ghi sau cùng'").fetchone() == (0,)
        finally:
            main_file_alone.close()
        kept = keep_before_restore(database, tmp_path / "backups", NOW)
        assert table_contents(kept) == table_contents(database)
        assert ("2031-12-31", "Ghi sau cùng") in [
            row[1:3] for row in table_contents(kept)["holiday"]]
        again = keep_before_restore(database, tmp_path / "backups", NOW)  # in the same second
    finally:
        db.close()
    assert kept.name == f"{auto(database)}.before-restore-20310314-093000.sqlite"
    assert again != kept and again.is_file() and kept.is_file()
    assert names(tmp_path / "backups") == sorted([kept.name, again.name])  # one file each


def test_a_damaged_database_is_kept_byte_for_byte_with_its_wal(database, tmp_path,
                                                               file_digest):
    """SQLite cannot read it, and restoring is then the point: it is kept as it is."""
    whole = database.read_bytes()
    database.write_bytes(bytes(100) + whole[100:])  # the header overwritten
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(os.urandom(4096))
    folder = tmp_path / "backups"
    with pytest.raises(DatabaseDamaged):  # what a consistent copy meets
        backups.write_copy(database, folder / "copy.sqlite")
    kept = keep_before_restore(database, folder, NOW)
    assert file_digest(kept) == file_digest(database)
    assert file_digest(kept.with_name(kept.name + "-wal")) == file_digest(wal)
    assert names(folder) == [kept.name, kept.name + "-wal"]  # no .partial left


def test_a_failed_write_is_told_apart(tmp_path):
    """A full disk and a busy file get their own message; anything else cannot be written."""
    path = tmp_path / "x.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError) as busy:
            waiter.execute("BEGIN IMMEDIATE")
    finally:
        waiter.close()
        holder.close()
    made = {kind: write_error(error, path) for kind, error in {
        "busy": busy.value,
        "no space": OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
        "quota": OSError(errno.EDQUOT, os.strerror(errno.EDQUOT)),
        "denied": PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
    }.items()}
    assert {kind: type(error) for kind, error in made.items()} == {
        "busy": DatabaseBusy, "no space": DatabaseFull, "quota": DatabaseFull,
        "denied": DatabaseReadOnly}
    assert all(error.params["path"] == str(path) for error in made.values())
