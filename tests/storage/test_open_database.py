"""Opening the database file: create, reopen, and refuse (without writing) what cannot be used."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dcs_enterprise.domain.errors import (
    DatabaseClosed,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseNewer,
    DatabaseReadOnly,
    NotADatabase,
)
from dcs_enterprise.storage import migrate
from dcs_enterprise.storage.database import open_database
from dcs_enterprise.storage.filelock import FileLock, held_elsewhere
from dcs_enterprise.storage.schema import HEAD_REVISION
from dcs_enterprise.storage.sqlite_file import read_only
from dcs_enterprise.storage.tables import Department


def pragma(db, name: str):
    with db.engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar()


def make_real_database(path: Path) -> Path:
    """A closed database of ours holding some rows (so it spans several pages)."""
    db = open_database(path)
    try:
        with db.engine.begin() as connection:
            for n in range(200):
                connection.execute(
                    text("INSERT INTO holiday (day, name) VALUES (:day, :name)"),
                    {"day": f"{2000 + n}-01-01", "name": f"Tết Dương lịch năm {2000 + n}" * 3},
                )
    finally:
        db.close()
    return path


def test_new_file_is_created_with_wal_foreign_keys_and_head_revision(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    db = open_database(path)
    try:
        assert path.is_file()
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "foreign_keys") == 1
        with db.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = set(connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        assert revision == HEAD_REVISION
        assert {"enterprise", "department", "employee", "account", "holiday",
                "audit_event"} <= tables
    finally:
        db.close()


def test_foreign_keys_are_enforced(tmp_path):
    db = open_database(tmp_path / "fk.sqlite")
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as connection:
            connection.execute(text("INSERT INTO department (code, name, parent_id) "
                                    "VALUES ('X', 'X', 999)"))
    finally:
        db.close()


def test_reopening_a_current_file_runs_no_upgrade_and_makes_no_backup(tmp_path, monkeypatch):
    path = make_real_database(tmp_path / "db.sqlite")

    def no_upgrade(engine):
        raise AssertionError("a file at the head revision must not be upgraded")

    monkeypatch.setattr(migrate, "upgrade_to_head", no_upgrade)
    backups = tmp_path / "backups"
    db = open_database(path, backup_dir=backups)
    try:
        with db.engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM holiday")).scalar()
        assert count == 200
    finally:
        db.close()
    assert not backups.exists()


def test_random_bytes_are_not_a_database_and_stay_unchanged(tmp_path, file_digest):
    path = tmp_path / "noise.sqlite"
    path.write_bytes(random.Random(7).randbytes(8192))
    digest = file_digest(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert file_digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noise.sqlite"]


def test_text_file_is_not_a_database(tmp_path, file_digest):
    path = tmp_path / "notes.sqlite"
    path.write_text("Biên bản hội nghị người lao động\n" * 10, encoding="utf-8")
    digest = file_digest(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert file_digest(path) == digest


def test_another_programs_sqlite_file_is_refused_unchanged(tmp_path, file_digest):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.commit()
    connection.close()
    digest = file_digest(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert file_digest(path) == digest
    connection = sqlite3.connect(path)
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
    connection.close()
    assert tables == ["invoices"]


def test_another_programs_alembic_file_is_not_mistaken_for_a_newer_version(tmp_path,
                                                                           file_digest):
    path = tmp_path / "other-app.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
    connection.commit()
    connection.close()
    digest = file_digest(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert file_digest(path) == digest


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_copy_is_refused_unchanged(tmp_path, file_digest, keep):
    data = make_real_database(tmp_path / "whole.sqlite").read_bytes()
    assert len(data) > 4 * 4096
    path = tmp_path / "cut.sqlite"
    path.write_bytes(data[: int(len(data) * keep)])
    digest = file_digest(path)
    with pytest.raises((DatabaseDamaged, NotADatabase)):
        open_database(path)
    assert file_digest(path) == digest


def test_file_cut_inside_the_header_is_refused(tmp_path, file_digest):
    data = make_real_database(tmp_path / "whole.sqlite").read_bytes()
    path = tmp_path / "cut.sqlite"
    path.write_bytes(data[:60])
    digest = file_digest(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert file_digest(path) == digest


def test_file_from_a_newer_version_is_refused_unchanged(tmp_path, file_digest):
    path = make_real_database(tmp_path / "db.sqlite")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    digest = file_digest(path)
    with pytest.raises(DatabaseNewer) as caught:
        open_database(path)
    assert caught.value.params["found"] == "9999_future"
    assert file_digest(path) == digest


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write to a read-only file (os.access W_OK is true); "
                           "test_refusals_as_an_unprivileged_user covers it under root")
def test_read_only_file_is_refused_unchanged(tmp_path, file_digest):
    path = make_real_database(tmp_path / "db.sqlite")
    digest = file_digest(path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(DatabaseReadOnly):
            open_database(path)
        assert file_digest(path) == digest
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


# Run as an ordinary user (nobody) when the suite runs as root, which bypasses file permissions.
_PROBE = """
import sys
from datetime import datetime
from pathlib import Path
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.maintenance import restore_database
from dcs_enterprise.services.session import Actor
from dcs_enterprise.storage.database import open_database
try:
    if sys.argv[1] == "open":
        open_database(Path(sys.argv[2])).close()
    else:
        restore_database(Path(sys.argv[2]), Path(sys.argv[3]), Actor("admin", Role.ADMIN),
                         now=datetime.now())
    print("ok")
except Exception as error:
    print(type(error).__name__)
"""


@pytest.fixture
def as_other_user():
    """(folder, run): run(*args) runs _PROBE as a user without root's permission bypass."""
    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX permissions only")
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root and setpriv is missing: cannot drop privileges")
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

    def run(*args: str) -> str:
        done = subprocess.run([*prefix, sys.executable, "-c", _PROBE, *args],
                              capture_output=True, text=True, cwd="/", timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)  # reachable by the other user; writable only by us
        yield Path(folder), run


def test_refusals_as_an_unprivileged_user(as_other_user, file_digest):
    folder, run = as_other_user
    writable = folder / "writable"
    writable.mkdir()
    writable.chmod(0o777)
    read_only_file = make_real_database(writable / "ro.sqlite")
    read_only_file.chmod(0o444)
    (writable / "ro.sqlite.lock").unlink()
    in_read_only_folder = make_real_database(folder / "db.sqlite")
    in_read_only_folder.chmod(0o666)
    digests = {p: file_digest(p) for p in (read_only_file, in_read_only_folder)}

    assert run("open", str(read_only_file)) == "DatabaseReadOnly"
    # A healthy file in a folder we may not write is read-only, not "damaged".
    assert run("open", str(in_read_only_folder)) == "DatabaseReadOnly"
    # A backup on read-only media can still be restored from.
    target = writable / "restored.sqlite"
    assert run("restore", str(in_read_only_folder), str(target)) == "ok"
    assert {p: file_digest(p) for p in digests} == digests
    db = open_database(target)
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM holiday")).scalar() == 200
            assert connection.execute(text("SELECT action FROM audit_event")).scalars().all() \
                == ["restore"]
    finally:
        db.close()


def test_second_open_is_locked_and_the_file_opens_again_after_close(tmp_path):
    path = tmp_path / "db.sqlite"
    first = open_database(path)
    try:
        with pytest.raises(DatabaseLocked):
            open_database(path)
        # The refused open must not have disturbed the first one.
        with first.engine.begin() as connection:
            connection.execute(text("INSERT INTO holiday (day, name) VALUES ('2030-01-01', 'x')"))
    finally:
        first.close()
    again = open_database(path)
    try:
        with again.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM holiday")).scalars().all() == ["x"]
    finally:
        again.close()


def test_same_file_through_another_path_is_locked(tmp_path):
    path = tmp_path / "db.sqlite"
    first = open_database(path)
    try:
        with pytest.raises(DatabaseLocked):
            open_database(tmp_path / "." / ".." / tmp_path.name / "db.sqlite")
    finally:
        first.close()


def test_empty_file_is_treated_as_new(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == HEAD_REVISION
    finally:
        db.close()


def test_failed_upgrade_releases_the_lock(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite"

    engines = []

    def broken(engine):
        with engine.connect() as connection:  # leaves a pooled connection to the file
            connection.execute(text("SELECT 1"))
        engines.append(engine)
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(migrate, "upgrade_to_head", broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    monkeypatch.undo()
    assert engines[0].pool.checkedin() == 0  # and closed its connections
    db = open_database(path)  # not DatabaseLocked: the failed attempt let go of the lock
    db.close()


def test_a_broken_constraint_is_not_reported_as_damage(tmp_path):
    """A foreign key the caller forgot to check is a bug (crash dialog), not a damaged file."""
    db = open_database(tmp_path / "db.sqlite")
    try:
        with pytest.raises(IntegrityError), db.session() as session:
            session.add(Department(code="X", name="X", parent_id=999))
        with db.session() as session:  # rolled back, and the database still works
            session.add(Department(code="X", name="X"))
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT code FROM department")).scalars().all() \
                == ["X"]
    finally:
        db.close()


def test_a_closed_database_refuses_every_unit_of_work(tmp_path):
    """Closing is final: a late task (the restore closed it meanwhile) cannot connect again,
    without the lock, to a file another copy may now hold."""
    db = open_database(tmp_path / "db.sqlite")
    db.close()
    for write in (False, True):
        with pytest.raises(DatabaseClosed) as refused, db.session(write=write) as session:
            session.add(Department(code="X", name="X"))
        assert refused.value.params == {"path": str(db.path)}
    again = open_database(db.path)  # the lock is free and nothing was written
    try:
        with again.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM department")).scalar() == 0
    finally:
        again.close()


def test_whether_a_copy_holds_the_lock_is_asked_without_making_the_lock_file(tmp_path):
    path = make_real_database(tmp_path / "db.sqlite")
    lock_file = path.with_name("db.sqlite.lock")
    lock_file.unlink()
    assert not held_elsewhere(path) and not lock_file.exists()
    db = open_database(path)
    try:
        assert held_elsewhere(path)
    finally:
        db.close()
    assert lock_file.exists() and not held_elsewhere(path)


def test_a_file_whose_lock_is_held_is_read_through_sqlites_locks(tmp_path):
    """No -wal or -journal beside the file, but a copy of the program holds its lock and is
    writing: the reader waits for the write rather than reading the file as immutable, which
    would read it mid-write (and could call it damaged)."""
    path = tmp_path / "plain.sqlite"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("PRAGMA journal_mode = MEMORY")  # no side file while it writes
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES ('before')")
    lock = FileLock(path)
    assert lock.acquire()  # the writing copy's lock
    try:
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("UPDATE t SET x = 'after'")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.sqlite", "plain.sqlite.lock"]
        commit = threading.Timer(0.3, writer.execute, ("COMMIT",))
        commit.start()
        seen = read_only(path, lambda connection: connection.execute(
            "SELECT x FROM t").fetchone()[0])
        commit.join()
    finally:
        lock.release()
        writer.close()
    assert seen == "after"
