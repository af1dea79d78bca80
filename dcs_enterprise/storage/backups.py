"""The backup folder: the automatic copies (one a day, one before each schema upgrade), their
names and rotation, and what the folder holds.

Every copy goes through SQLite's backup API (consistent while the program has the file open),
into a `.partial` file renamed when complete, so a backup file is whole or absent. Rotation
only ever deletes this database's automatic copies of one kind, and only after a new one of
that kind was written.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from ..domain.errors import DatabaseFull, DatabaseReadOnly
from .sqlite_file import copy_database

log = logging.getLogger(__name__)

KEEP_DAILY = 7  # a week of daily copies
KEEP_BEFORE_UPGRADE = 5  # the file as it was before each of the last five upgrades

SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"


class BackupKind(StrEnum):
    DAILY = "daily"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"  # the database a restore replaced (never rotated)
    MANUAL = "manual"  # anything else: "Back up…", the CLI's backup, a file put there by hand


# The kind of a file by its name; group "when" sorts the copies of one kind oldest first.
_KIND_PATTERNS = {
    BackupKind.DAILY: r"\.daily-(?P<when>\d{4}-\d{2}-\d{2})",
    BackupKind.BEFORE_UPGRADE: r"\.before-upgrade-.+-(?P<when>\d{8}-\d{6})",
    BackupKind.BEFORE_RESTORE: r"\.before-restore-(?P<when>\d{8}-\d{6})",
}


def _pattern(kind: BackupKind, stem: str | None = None) -> re.Pattern[str]:
    prefix = re.escape(stem) if stem is not None else ".+"
    return re.compile(f"{prefix}{_KIND_PATTERNS[kind]}{re.escape(SUFFIX)}")


@dataclass(frozen=True)
class AutoBackup:
    """What an automatic backup did: wrote `path`, found it already made (written False), or
    failed (`error` says why; nothing was left behind)."""

    path: Path
    written: bool
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: BackupKind
    modified: datetime
    size: int


def daily_path(database: Path, backup_dir: Path, day: date) -> Path:
    return backup_dir / f"{database.stem}.daily-{day.isoformat()}{SUFFIX}"


def before_restore_path(database: Path, backup_dir: Path, now: datetime) -> Path:
    return backup_dir / f"{database.stem}.before-restore-{now.strftime(_STAMP)}{SUFFIX}"


def daily_backup(path: Path, backup_dir: Path, today: date) -> AutoBackup:
    """The day's copy of the database at `path`, made when there is none for `today` yet.

    Never raises for the world's faults (full disk, read-only folder): the caller opens the
    database all the same and shows the returned failure, which is also logged.
    """
    target = daily_path(path, backup_dir, today)
    if target.is_file():
        return AutoBackup(target, written=False)
    try:
        write_copy(path, target)
    except DatabaseReadOnly as error:
        detail = str(error.__cause__ or error)
        log.warning("The daily backup %s could not be written: %s", target, detail)
        return AutoBackup(target, written=False, error=detail)
    rotate(backup_dir, _pattern(BackupKind.DAILY, path.stem), KEEP_DAILY)
    return AutoBackup(target, written=True)


def backup_before_upgrade(path: Path, backup_dir: Path, revision: str) -> Path:
    """The file as it was before a schema upgrade. Raises DatabaseReadOnly (naming the backup)
    when it cannot be written: the upgrade does not go on without its copy."""
    stamp = datetime.now().strftime(_STAMP)
    target = backup_dir / f"{path.stem}.before-upgrade-{revision}-{stamp}{SUFFIX}"
    write_copy(path, target)
    rotate(backup_dir, _pattern(BackupKind.BEFORE_UPGRADE, path.stem), KEEP_BEFORE_UPGRADE)
    return target


def write_copy(source: Path, target: Path) -> None:
    """A consistent copy of `source` at `target`, whole or absent (DatabaseReadOnly naming
    the target when it cannot be written)."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # left by a copy that was cut short
        copy_database(source, partial)
        _as_single_file(partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):  # an unusable folder holds no partial file either
            partial.unlink(missing_ok=True)
        if _no_space(error):
            raise DatabaseFull(path=str(target)) from error
        raise DatabaseReadOnly(path=str(target)) from error


def _no_space(error: OSError | sqlite3.Error) -> bool:
    """The disk is full: ENOSPC or a quota from the system, SQLITE_FULL from SQLite (its name
    for a write that ended in ENOSPC)."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL


def _as_single_file(path: Path) -> None:
    """The copy keeps the source's WAL mode, in which even reading it makes -wal and -shm
    files beside it; a backup is better one file (to carry away, to read on read-only media).
    The program turns WAL on again when it opens a restored file."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        connection.close()


def rotate(backup_dir: Path, pattern: re.Pattern[str], keep: int) -> list[Path]:
    """Deletes all but the `keep` newest files of the folder whose names match `pattern`;
    returns the deleted ones. A file that cannot be deleted is logged and kept."""
    try:
        dated = sorted((match["when"], entry) for entry in backup_dir.iterdir()
                       if (match := pattern.fullmatch(entry.name)) and entry.is_file())
    except OSError as error:
        log.warning("The backup folder %s could not be read for rotation: %s", backup_dir, error)
        return []
    deleted = []
    for _when, old in dated[:-keep] if keep > 0 else dated:
        try:
            old.unlink()
            deleted.append(old)
        except OSError as error:
            log.warning("The old backup %s could not be deleted: %s", old, error)
    return deleted


def backup_kind(name: str) -> BackupKind:
    for kind in _KIND_PATTERNS:
        if _pattern(kind).fullmatch(name):
            return kind
    return BackupKind.MANUAL


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """The database copies in the backup folder, newest first (an absent folder has none)."""
    found = []
    try:
        entries = list(backup_dir.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.endswith(SUFFIX):
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue  # deleted meanwhile
        if entry.is_file():
            found.append(BackupFile(entry, backup_kind(entry.name),
                                    datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: (b.modified, b.path.name), reverse=True)
