"""Opening, checking, backing up and restoring the database file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
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
from ..storage.database import Database, open_database
from ..storage.filelock import FileLock
from ..storage.schema import HEAD_REVISION, KNOWN_REVISIONS
from ..storage.sqlite_file import copy_database, inspect_file, integrity_problems
from . import audit_log
from .session import Actor, Service


def open_file(path: Path, backup_dir: Path | None = None) -> Database:
    """Opens the database for this copy of the program (see storage.open_database)."""
    return open_database(Path(path), backup_dir=backup_dir)


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
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        problems = integrity_problems(connection)
        problems += [f"foreign key: {row}" for row in
                     connection.execute("PRAGMA foreign_key_check")]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()
    return CheckReport(revision, HEAD_REVISION, tuple(problems))


class BackupService(Service):
    def backup(self, target: Path) -> Path:
        target = Path(target)
        if target.resolve() == self.db.path:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Choose another file for the backup than the database itself."))
        self.check(Action.BACKUP)
        partial = target.with_name(target.name + ".partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            copy_database(self.db.path, partial)
            os.replace(partial, target)  # a backup file is whole or absent
        except (OSError, sqlite3.Error) as error:
            partial.unlink(missing_ok=True)
            raise DatabaseReadOnly(path=str(target)) from error
        with self.unit(Action.BACKUP) as session:
            audit_log.record(session, self.actor, "backup", "database", "*", None,
                             {"file": str(target)})
        return target


def restore_database(backup: Path, target: Path, actor: Actor,
                     keep_previous_in: Path | None = None) -> Path | None:
    """Replaces `target` with the content of `backup` (which must be one of our databases).

    The file being replaced is first copied into `keep_previous_in` (when given and there is
    one), so a wrong restore can be undone; its path is returned. The target must not be open
    in another copy of the program. The restore is written to the restored file's audit
    trail. Only a role that may back up may restore.
    """
    require(actor.role, Action.BACKUP)
    backup, target = Path(backup).resolve(), Path(target).resolve()
    state = inspect_file(backup)
    if state.is_new or state.revision not in KNOWN_REVISIONS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a backup this version can restore."),
            path=str(backup))
    if backup == target:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The backup to restore is the database itself. Choose a backup file."))
    lock = FileLock(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not lock.acquire():
        raise DatabaseLocked(path=str(target))
    previous = None
    try:
        if keep_previous_in is not None and target.is_file() and target.stat().st_size:
            keep_previous_in.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            previous = keep_previous_in / f"{target.stem}.before-restore-{stamp}.sqlite"
            # Byte for byte: a damaged database is kept as it was, since restoring is the point.
            shutil.copy2(target, previous)
        copy_database(backup, target)  # page by page, in one transaction on the target
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
