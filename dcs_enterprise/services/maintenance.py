"""Opening, checking, backing up and restoring the database file."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseLocked,
    DatabaseNewer,
    DatabaseReadOnly,
    NotADatabase,
    ValidationError,
)
from ..domain.permissions import Action, require
from ..storage import backups
from ..storage.backups import AutoBackup, BackupFile, BackupKind
from ..storage.database import Database, open_database
from ..storage.filelock import FileLock
from ..storage.schema import HEAD_REVISION, KNOWN_REVISIONS
from ..storage.sqlite_file import inspect_file, integrity_problems, read_only
from . import audit_log
from .session import Actor, Service

__all__ = ["AutoBackup", "BackupFile", "BackupKind", "BackupService", "CheckReport", "Database",
           "check_database", "check_restorable", "daily_backup", "list_backups", "open_file",
           "restore_database"]


def open_file(path: Path, backup_dir: Path | None = None) -> Database:
    """Opens the database for this copy of the program (see storage.open_database): with a
    backup folder, an upgrade is preceded by a copy of the file as it was."""
    return open_database(Path(path), backup_dir=backup_dir)


def daily_backup(db: Database, backup_dir: Path, today: date) -> AutoBackup:
    """The automatic copy of the first open of `today` (the caller's date), rotated.

    Called by the front end right after open_file succeeded: the CLI at once, the app off the
    GUI thread once its window shows (a 45 MB file takes about 0.1 s to copy, more on a slow
    disk). A failure never stops the work: it is returned (and logged) for the caller to show.
    """
    return backups.daily_backup(db.path, Path(backup_dir), today)


def list_backups(backup_dir: Path, database: Path | None = None) -> list[BackupFile]:
    """The copies in the backup folder, newest first, each with its kind; given a database,
    its own automatic copies and the manual ones (not other databases' automatic copies)."""
    return backups.list_backups(Path(backup_dir), None if database is None else Path(database))


@dataclass(frozen=True)
class CheckReport:
    revision: str
    head: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def check_database(path: Path) -> CheckReport:
    """SQLite's full integrity check plus the schema revision, read-only: an older file is
    reported as such, not upgraded (opening it for work upgrades it, after a backup)."""
    path = Path(path).resolve()
    state = inspect_file(path)  # refuses, with its typed error, what is not one of ours
    if state.is_new:
        raise NotADatabase(path=str(path))
    if state.revision not in KNOWN_REVISIONS:
        raise DatabaseNewer(path=str(path), found=state.revision)

    def work(connection: sqlite3.Connection) -> list[str]:
        problems = integrity_problems(connection)
        # The damage integrity_problems reports may stop the foreign key check too.
        with contextlib.suppress(sqlite3.DatabaseError):
            problems += [f"foreign key: {row}" for row in
                         connection.execute("PRAGMA foreign_key_check")]
        return problems

    problems = read_only(path, work)  # leaves no -wal/-shm beside a closed file
    return CheckReport(state.revision, HEAD_REVISION, tuple(problems))


class BackupService(Service):
    def backup(self, target: Path) -> Path:
        target = Path(target)
        if target.resolve() == self.db.path:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Choose another file for the backup than the database itself."))
        self.check(Action.BACKUP)
        backups.write_copy(self.db.path, target)  # whole or absent, else a typed error
        with self.unit(Action.BACKUP) as session:
            audit_log.record(session, self.actor, "backup", "database", "*", None,
                             {"file": str(target)})
        return target


def restore_database(backup: Path, target: Path, actor: Actor, *,
                     keep_previous_in: Path | None = None,
                     now: datetime | None = None) -> Path | None:
    """Replaces `target` with the content of `backup` (which must be one of our databases).

    The file being replaced is first copied into `keep_previous_in` (when given and there is
    one), its name dated with the caller's `now` (required then), so a wrong restore can be
    undone; its path is returned. The target must not be open in another copy of the program.
    The restore is written to the restored file's audit trail. Only a role that may back up
    may restore.
    """
    if keep_previous_in is not None and now is None:
        raise TypeError("restore_database: keeping the previous file needs the caller's `now`")
    require(actor.role, Action.BACKUP)
    backup, target = Path(backup).resolve(), Path(target).resolve()
    check_restorable(backup, target)
    lock = FileLock(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        acquired = lock.acquire()
    except OSError as error:
        raise DatabaseReadOnly(path=str(target)) from error
    if not acquired:
        raise DatabaseLocked(path=str(target))
    previous = None
    try:
        if keep_previous_in is not None and target.is_file() and target.stat().st_size:
            previous = backups.keep_before_restore(target, Path(keep_previous_in), now)
        backups.restore_onto(backup, target)  # typed errors: full disk, busy, read-only
    finally:
        lock.release()
    db = open_database(target)
    try:
        with db.session(write=True) as session:
            audit_log.record(session, actor, "restore", "database", "*", None,
                             {"from": str(backup),
                              "previous_saved_as": str(previous) if previous else ""})
    finally:
        db.close()
    return previous


def check_restorable(backup: Path, target: Path) -> None:
    """Refuses (typed error, nothing read but the file's header and schema revision) a file
    that restore_database would refuse: not one of ours, damaged, from a newer version, or the
    database itself. The app asks before it closes anything."""
    backup, target = Path(backup).resolve(), Path(target).resolve()
    state = inspect_file(backup)
    if state.is_new or state.revision not in KNOWN_REVISIONS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a backup this version can restore."),
            path=str(backup))
    if backup == target:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The backup to restore is the database itself. Choose a backup file."))
