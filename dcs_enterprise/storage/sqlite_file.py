"""What a file on disk is, read without writing to it: new, one of ours (at which schema
revision), another program's SQLite file, damaged, or not SQLite at all.

This is the SQLite-only side of opening a database; a PostgreSQL backend would ask the server.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DatabaseDamaged, NotADatabase
from .filelock import held_elsewhere
from .schema import CORE_TABLES, VERSION_TABLE

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    is_new: bool
    revision: str | None  # None for a new file


def inspect_file(path: Path) -> FileState:
    if not path.exists() or path.stat().st_size == 0:
        return FileState(is_new=True, revision=None)
    if not path.is_file():
        raise NotADatabase(path=str(path))
    _check_header(path)
    try:
        tables, row = read_only(path, _read_state)
    except sqlite3.DatabaseError as error:
        raise DatabaseDamaged(path=str(path), detail=str(error)) from error
    if not tables:
        return FileState(is_new=True, revision=None)
    if VERSION_TABLE not in tables or not CORE_TABLES.issubset(tables):
        raise NotADatabase(path=str(path))
    if row is None:
        raise DatabaseDamaged(path=str(path), detail="no schema version")
    return FileState(is_new=False, revision=row[0])


def _read_state(connection: sqlite3.Connection) -> tuple[set[str], tuple | None]:
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if VERSION_TABLE not in tables:
        return tables, None
    return tables, connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()


# SQLite's primary result codes when a read-only connection cannot create the -shm/-wal files
# a WAL-mode file needs (read-only folder or medium, another user's folder).
_SQLITE_READONLY, _SQLITE_CANTOPEN = 8, 14


def read_only(path: Path, work):
    """Runs work(connection) on a read-only connection. A WAL-mode file in a folder we may not
    write cannot get its -shm file, so it is read as immutable instead: a healthy file there
    (a backup on read-only media) must not be reported as damaged.

    A file with no -wal or -journal beside it and whose lock no copy of the program holds is
    open nowhere and whole in itself: it is read as immutable at once, because a read-only
    connection to a WAL-mode file creates -wal and -shm files and, unable to checkpoint, leaves
    them behind (beside a refused file, say). A held lock means a copy may be about to write
    (connecting, upgrading): then SQLite's locks are honoured, so a file mid-write is waited
    for, not misread as damaged."""
    quiet = not held_elsewhere(path) and not any(
        path.with_name(path.name + side).exists() for side in ("-wal", "-journal"))
    for query in ("?mode=ro&immutable=1",) if quiet else ("?mode=ro", "?mode=ro&immutable=1"):
        connection = sqlite3.connect(f"{path.as_uri()}{query}", uri=True)
        try:
            return work(connection)
        except sqlite3.OperationalError as error:
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if "immutable" in query or code not in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
                raise
        finally:
            connection.close()
    raise AssertionError("unreachable")


def _check_header(path: Path) -> None:
    """Refuses non-SQLite files and files shorter than their header says (truncated copies)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotADatabase(path=str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    version_valid_for = header[92:96]
    # The in-header page count is only trustworthy when both counters match (SQLite file format 1.3.9).
    wal_file = path.with_name(path.name + "-wal")
    if (change_counter == version_valid_for and page_count
            and path.stat().st_size < page_count * page_size and not wal_file.exists()):
        raise DatabaseDamaged(path=str(path), detail="the file is shorter than its header says")


def integrity_problems(connection: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """SQLite's integrity check ([] when sound); `quick` reads every page but does not compare
    indexes with their tables. Damage so deep that the check itself stops is its one problem."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (safe while the source is open)."""
    def work(src: sqlite3.Connection) -> None:
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens it, or fails here
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()

    read_only(source, work)
