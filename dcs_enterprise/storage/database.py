"""Opening the one database file: refuse what is not ours, lock it, upgrade it, hand out sessions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlmodel import Session

from ..domain.errors import (
    DatabaseBusy,
    DatabaseClosed,
    DatabaseDamaged,
    DatabaseFull,
    DatabaseLocked,
    DatabaseNewer,
    DatabaseReadOnly,
)
from .backups import backup_before_upgrade, is_disk_full
from .filelock import FileLock
from .schema import HEAD_REVISION, KNOWN_REVISIONS
from .seals import register as register_seal_functions
from .sqlite_file import inspect_file


@dataclass
class Database:
    path: Path
    engine: Engine
    _lock: FileLock | None = field(default=None, repr=False)
    closed: bool = False

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        A writing unit takes the write lock when it begins (BEGIN IMMEDIATE), so what it reads
        (the last audit hash, the next document number) cannot change under it. A closed
        database refuses (DatabaseClosed): disposing of the engine alone would let a late task
        connect again, without the lock, to a file being restored.
        """
        if self.closed:
            raise DatabaseClosed(path=str(self.path))
        bind = self.engine.execution_options(write=True) if write else self.engine
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                raise _translate_operational(self.path, error.orig) from error
            except sqlite3.DatabaseError as error:  # from a raw cursor (verify streams rows so)
                session.rollback()
                raise _translate_operational(self.path, error) from error
            except (IntegrityError, ProgrammingError):
                session.rollback()
                raise  # a constraint the service should have checked: our bug, not damage
            except SqlDatabaseError as error:
                session.rollback()
                raise DatabaseDamaged(path=str(self.path), detail=str(error.orig)) from error
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def open_database(path: Path, *, backup_dir: Path | None = None) -> Database:
    """Opens (or creates) the database at `path`, upgrading it to the current schema.

    Refuses, without writing, a non-SQLite file, another program's SQLite file, a damaged file,
    a file from a newer schema, a read-only file and a file open in another copy of the program.
    """
    path = Path(path).expanduser().resolve()
    state = inspect_file(path)
    if state.revision is not None and state.revision not in KNOWN_REVISIONS:
        raise DatabaseNewer(path=str(path), found=state.revision)
    if not state.is_new and not os.access(path, os.W_OK):
        raise DatabaseReadOnly(path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path)
        acquired = lock.acquire()
    except OSError as error:
        raise DatabaseReadOnly(path=str(path)) from error
    if not acquired:
        raise DatabaseLocked(path=str(path))
    engine = make_engine(path)  # connects lazily
    try:
        if state.revision != HEAD_REVISION:
            if not state.is_new and backup_dir is not None:
                backup_before_upgrade(path, backup_dir, state.revision or "none")
            from .migrate import upgrade_to_head  # Alembic costs ~0.5 s: only when needed

            upgrade_to_head(engine)
    except OperationalError as error:
        engine.dispose()  # no connection left open on a file we did not open
        lock.release()
        raise _translate_operational(path, error.orig) from error
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    return Database(path=path, engine=engine, _lock=lock)


def make_engine(path: Path) -> Engine:
    # A writer waits up to 30 s for another unit of this program (an import, say) to finish.
    engine = create_engine(f"sqlite:///{path}",
                           connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we say when transactions begin (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # a committed record survives a power cut
        # A SQLite built with SQLITE_TRUSTED_SCHEMA=0 refuses application functions in triggers
        # unless flagged innocuous, which Python cannot do: our seal function only digests.
        cursor.execute("PRAGMA trusted_schema = ON")
        # A statement that fires a trigger keeps a statement journal (the pages it changes, to
        # undo it alone); in memory it costs a bulk insert of 100,000 employees half as much.
        cursor.execute("PRAGMA temp_store = MEMORY")
        # A row an INSERT OR REPLACE pushes out fires its delete trigger, taking its seal along
        # (the insert trigger keeps any seal it finds: storage.seals).
        cursor.execute("PRAGMA recursive_triggers = ON")
        cursor.close()
        register_seal_functions(dbapi_connection)  # the triggers keeping record seals need it

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        write = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _translate_operational(path: Path, error: sqlite3.Error) -> Exception:
    """The driver's error as ours."""
    text = str(error).lower()
    # "database or disk is full": no space left on the disk (or the file at its size limit).
    if getattr(error, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_CORRUPT,
                                                         sqlite3.SQLITE_NOTADB):
        return DatabaseDamaged(path=str(path), detail=str(error))  # "disk image is malformed"
    if is_disk_full(error):
        return DatabaseFull(path=str(path))
    if "locked" in text or "busy" in text:  # other copies are kept out by the lock file
        return DatabaseBusy(path=str(path))
    if "readonly" in text or "read-only" in text or "disk" in text or "full" in text:
        return DatabaseReadOnly(path=str(path))
    return DatabaseDamaged(path=str(path), detail=str(error))
