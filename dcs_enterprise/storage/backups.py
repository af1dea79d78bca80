"""The backup folder: the automatic copies (one a day, one before each schema upgrade, one
before each restore), their names and rotation, and what the folder holds.

Every copy goes through SQLite's backup API (consistent while the program has the file open,
and holding what its -wal holds), into a `.partial` file renamed when complete, so a backup
file is whole or absent. An automatic copy is named after the database's stem and a key of its
full path, so two databases of one name in different folders keep apart copies. Rotation
only ever deletes this database's automatic copies of one kind, and only after a new one of
that kind was written.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import partial
from pathlib import Path

from ..domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseFull,
    DatabaseReadOnly,
)
from .sqlite_file import copy_database, integrity_problems, read_only

log = logging.getLogger(__name__)

KEEP_DAILY = 7  # a week of daily copies
KEEP_BEFORE_UPGRADE = 5  # the file as it was before each of the last five upgrades

SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"
_KEY = r"[0-9a-f]{8}"


class BackupKind(StrEnum):
    DAILY = "daily"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"  # the database a restore replaced (never rotated)
    MANUAL = "manual"  # anything else: "Back up…", the CLI's backup, a file put there by hand


# The kind of a file by what follows "<stem>-<key>" in its name; group "when" sorts the copies
# of one kind oldest first.
_KIND_PATTERNS = {
    BackupKind.DAILY: r"\.daily-(?P<when>\d{4}-\d{2}-\d{2})",
    BackupKind.BEFORE_UPGRADE: r"\.before-upgrade-.+-(?P<when>\d{8}-\d{6})",
    BackupKind.BEFORE_RESTORE: r"\.before-restore-(?P<when>\d{8}-\d{6})",
}


def database_key(database: Path) -> str:
    """8 hex digits of the database's full path, in its automatic copies' names."""
    return hashlib.sha256(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:8]


def _name_prefix(database: Path) -> str:
    return f"{database.stem}-{database_key(database)}"


def _pattern(kind: BackupKind, database: Path | None = None) -> re.Pattern[str]:
    """The names of `database`'s automatic copies of `kind` (of any database's when None)."""
    prefix = re.escape(_name_prefix(database)) if database is not None else f".+-{_KEY}"
    return re.compile(f"{prefix}{_KIND_PATTERNS[kind]}{re.escape(SUFFIX)}")


@dataclass(frozen=True)
class AutoBackup:
    """What an automatic backup did: wrote `path`, found it already made (written False), or
    failed (`error` says why; nothing was left behind)."""

    path: Path
    written: bool
    error: str | None = None
    damaged: bool = False  # SQLite's check of the copy found damage: the database has it too

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
    return backup_dir / f"{_name_prefix(database)}.daily-{day.isoformat()}{SUFFIX}"


def before_restore_path(database: Path, backup_dir: Path, now: datetime) -> Path:
    return backup_dir / f"{_name_prefix(database)}.before-restore-{now.strftime(_STAMP)}{SUFFIX}"


def daily_backup(path: Path, backup_dir: Path, today: date) -> AutoBackup:
    """The day's copy of the database at `path`, made when there is none for `today` yet.

    Never raises for the world's faults (full disk, read-only folder, a damaged page found on
    the way): the caller works on all the same and shows the returned failure, also logged.
    """
    target = daily_path(path, backup_dir, today)
    if target.is_file():
        return AutoBackup(target, written=False)
    try:
        write_copy(path, target)
    except DatabaseError as error:
        detail = str(error.__cause__ or error)
        log.warning("The daily backup %s could not be written: %s", target, detail)
        return AutoBackup(target, written=False, error=detail)
    if problems := damage_in(target):
        # Damage SQLite meets only on the pages it reads (not at opening): the day's copy is
        # where it is found. A damaged copy takes no place among the good ones.
        target.unlink(missing_ok=True)
        log.error("The database %s is damaged: %s", path, "; ".join(problems[:5]))
        return AutoBackup(target, written=False, error=problems[0], damaged=True)
    rotate(backup_dir, _pattern(BackupKind.DAILY, path), KEEP_DAILY)
    return AutoBackup(target, written=True)


def damage_in(path: Path) -> list[str]:
    """SQLite's quick check of a closed copy: [] when sound. About half a second for a 70 MB
    factory file, off the GUI thread."""
    return read_only(path, partial(integrity_problems, quick=True))


def backup_before_upgrade(path: Path, backup_dir: Path, revision: str) -> Path:
    """The file as it was before a schema upgrade. Raises a typed error (write_copy's) when it
    cannot be written: the upgrade does not go on without its copy."""
    stamp = datetime.now().strftime(_STAMP)
    target = backup_dir / f"{_name_prefix(path)}.before-upgrade-{revision}-{stamp}{SUFFIX}"
    write_copy(path, target)
    rotate(backup_dir, _pattern(BackupKind.BEFORE_UPGRADE, path), KEEP_BEFORE_UPGRADE)
    return target


def keep_before_restore(database: Path, backup_dir: Path, now: datetime) -> Path:
    """The database a restore is about to replace, saved in the backup folder (whole or
    absent): through the backup API, with the records still in its -wal; a damaged file, which
    SQLite cannot read (restoring is then the point), byte for byte with its -wal."""
    target = before_restore_path(database, backup_dir, now)
    while target.exists():  # two restores in one second: the first one's copy is kept too
        now += timedelta(seconds=1)
        target = before_restore_path(database, backup_dir, now)
    try:
        write_copy(database, target)
    except DatabaseDamaged:
        _copy_bytes(database, target)
    return target


def restore_onto(backup: Path, target: Path) -> None:
    """Writes the content of `backup` over the database at `target` (closed; the caller holds
    its lock): page by page, in one transaction on the target, so a failed copy leaves it as
    it was. A damaged target cannot take part in a transaction: it is replaced whole by a
    complete copy written beside it, once its -wal and -shm (which SQLite would read into the
    new file) are gone. A damaged backup leaves the target as it was (DatabaseDamaged)."""
    try:
        copy_database(backup, target)
        return
    except (OSError, sqlite3.Error) as error:
        if not is_damaged(error):
            raise write_error(error, target) from error
    replacement = target.with_name(target.name + ".restoring")
    write_copy(backup, replacement)  # fails naming the backup when the damage was in it
    try:
        for side in ("-wal", "-shm", "-journal"):
            target.with_name(target.name + side).unlink(missing_ok=True)
        os.replace(replacement, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            replacement.unlink(missing_ok=True)
        raise write_error(error, target) from error


def write_copy(source: Path, target: Path) -> None:
    """A consistent copy of `source` at `target`, whole or absent. DatabaseDamaged (naming the
    source) when SQLite finds the source damaged; the typed error of write_error (naming the
    target) when the copy cannot be written."""
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
        if is_damaged(error):
            raise DatabaseDamaged(path=str(source), detail=str(error)) from error
        raise write_error(error, target) from error


def _copy_bytes(database: Path, target: Path) -> None:
    """The file and its -wal byte for byte, each to a .partial file, synced, then renamed (the
    -wal first: a main file never stands without the -wal it needs)."""
    wal = database.with_name(database.name + "-wal")
    pairs = [(wal, target.with_name(target.name + "-wal"))] if wal.is_file() else []
    pairs.append((database, target))
    partials = [copy.with_name(copy.name + ".partial") for _source, copy in pairs]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for (source, _copy), partial in zip(pairs, partials, strict=True):
            shutil.copyfile(source, partial)
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
        for (_source, copy), partial in zip(pairs, partials, strict=True):
            os.replace(partial, copy)
    except OSError as error:
        for partial in partials:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        raise write_error(error, target) from error


def _sqlite_code(error: BaseException) -> int:
    """SQLite's primary result code: the low byte of the extended code Python reports."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF


def is_disk_full(error: BaseException) -> bool:
    """The disk is full: ENOSPC or a quota from the system, SQLITE_FULL from SQLite (its name
    for a write that ended in ENOSPC)."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return _sqlite_code(error) == sqlite3.SQLITE_FULL


def is_busy(error: BaseException) -> bool:
    """Another connection holds a lock SQLite waited for in vain (an outside reader, say)."""
    return _sqlite_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def is_damaged(error: BaseException) -> bool:
    """SQLite read a file that is not a database, or a malformed one."""
    return _sqlite_code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def write_error(error: OSError | sqlite3.Error, path: Path) -> DatabaseError:
    """The typed error of a failed write to `path`: full disk, busy, else cannot be written."""
    if is_disk_full(error):
        return DatabaseFull(path=str(path))
    if is_busy(error):
        return DatabaseBusy(path=str(path))
    return DatabaseReadOnly(path=str(path))


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


def list_backups(backup_dir: Path, database: Path | None = None) -> list[BackupFile]:
    """The database copies in the backup folder, newest first (an absent folder has none).
    Given a database: its own automatic copies and every manual one (a manual copy's name says
    nothing of where it came from), not other databases' automatic copies."""
    found = []
    try:
        entries = list(backup_dir.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.endswith(SUFFIX):
            continue
        kind = backup_kind(entry.name)
        if (database is not None and kind != BackupKind.MANUAL
                and not _pattern(kind, database).fullmatch(entry.name)):
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue  # deleted meanwhile
        if entry.is_file():
            found.append(BackupFile(entry, kind, datetime.fromtimestamp(stat.st_mtime),
                                    stat.st_size))
    return sorted(found, key=lambda b: (b.modified, b.path.name), reverse=True)
