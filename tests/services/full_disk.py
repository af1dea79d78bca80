"""A full disk under the program's database, for the storage and UI tests (tests/services is on
the test path, so both import it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event


@contextmanager
def disk_full(db) -> Iterator[None]:
    """While inside, the program's connections cannot grow the file past its present size.

    SQLite's own page limit (PRAGMA max_page_count) then fails a growing write with
    SQLITE_FULL, "database or disk is full": the very error a full disk gives (SQLite reports
    a write that ends in ENOSPC that way). The limit belongs to a connection, so the pool is
    emptied on entry, and again on exit, when the space is free again.
    """

    def cap(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()
    event.listen(db.engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(db.engine, "connect", cap)
        db.engine.dispose()
