"""Record seals in SQLite (domain.seals): a SQL function only this program registers, and
triggers on every table of ours that keep each row's digest in `record_seal` on every insert,
update and delete.

A write to a sealed table from another tool (the sqlite3 shell) fails: "no such function:
dcs_seal". One that gets round it (triggers dropped, a function faked) leaves seals that no
longer match their rows, and `dcs-enterprise verify` names them. The triggers are generated from
the live schema, so `install` fits whatever columns the current revision has.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from sqlalchemy.engine import Connection

from ..domain.seals import seal_digest

SEAL_TABLE = "record_seal"
SEAL_FUNCTION = "dcs_seal"
TRIGGER_PREFIX = "seal_"
# Left unsealed: the audit trail (its hash chain covers it), the seals themselves, Alembic's
# revision stamp, SQLite's own tables, the search index (rebuilt from the records it indexes)
# and the scratch copies a batch migration makes.
UNSEALED_TABLES = frozenset({"audit_event", SEAL_TABLE, "alembic_version"})
UNSEALED_PREFIXES = ("sqlite_", "published_fts", "_alembic_tmp_")

CREATE_SEAL_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {SEAL_TABLE} (table_name TEXT NOT NULL, "
    "row_id INTEGER NOT NULL, digest BLOB NOT NULL, PRIMARY KEY (table_name, row_id)) "
    "WITHOUT ROWID")


def register(dbapi_connection: sqlite3.Connection) -> None:
    """Makes the seal functions available on one connection (every writing connection of ours
    calls this; triggers fail without it)."""
    # A SQLite built with SQLITE_TRUSTED_SCHEMA=0 refuses application functions in triggers
    # unless they are flagged innocuous, which Python cannot do: ours only compute a digest.
    dbapi_connection.execute("PRAGMA trusted_schema = ON")
    # A statement that fires a trigger keeps a statement journal (the pages it changes, to undo
    # it alone); in memory it costs a bulk insert of 100,000 employees about half as much.
    dbapi_connection.execute("PRAGMA temp_store = MEMORY")
    dbapi_connection.create_function(SEAL_FUNCTION, -1, _seal, deterministic=True)


def _seal(table: str, row_id: int, *values: object) -> bytes:
    return seal_digest(table, row_id, values)


def is_sealed(table: str) -> bool:
    return table not in UNSEALED_TABLES and not table.startswith(UNSEALED_PREFIXES)


def supported(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def sealed_tables(connection: Connection) -> list[tuple[str, list[str]]]:
    """(table, its columns other than id) for every table of ours keyed by an integer id."""
    names = [row[0] for row in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    tables = []
    for name in filter(is_sealed, names):
        info = list(connection.exec_driver_sql(f"PRAGMA table_info({_name(name)})"))
        if [row[1] for row in info if row[5]] == ["id"]:
            tables.append((name, [row[1] for row in info if row[1] != "id"]))
    return tables


def trigger_sql(table: str, columns: list[str]) -> dict[str, str]:
    """The three triggers that keep `table`'s seals, by name: exactly this text is expected in
    sqlite_master, so an altered trigger is seen. (Changing this text in a later version
    makes the next upgrade reseal every table: see install.)"""
    t, literal = _name(table), _literal(table)
    new = "".join(f", NEW.{_name(column)}" for column in columns)
    old = "".join(f", OLD.{_name(column)}" for column in columns)
    seal = (f"INSERT OR REPLACE INTO {SEAL_TABLE} (table_name, row_id, digest) VALUES "
            f"({literal}, NEW.\"id\", {SEAL_FUNCTION}({literal}, NEW.\"id\"{new}));")
    # A delete removes the seal only if it matches the row: a faked function leaves it behind,
    # and verify then reports the row as missing.
    unseal = (f"DELETE FROM {SEAL_TABLE} WHERE table_name = {literal} AND row_id = OLD.\"id\" "
              f"AND digest = {SEAL_FUNCTION}({literal}, OLD.\"id\"{old});")
    moved = (f"DELETE FROM {SEAL_TABLE} WHERE table_name = {literal} "
             "AND row_id = OLD.\"id\" AND OLD.\"id\" IS NOT NEW.\"id\";")
    prefix = f"{TRIGGER_PREFIX}{table}"
    return {
        f"{prefix}_insert": f"CREATE TRIGGER {_name(prefix + '_insert')} AFTER INSERT ON {t} "
                            f"BEGIN {seal} END",
        f"{prefix}_update": f"CREATE TRIGGER {_name(prefix + '_update')} AFTER UPDATE ON {t} "
                            f"BEGIN {moved} {seal} END",
        f"{prefix}_delete": f"CREATE TRIGGER {_name(prefix + '_delete')} AFTER DELETE ON {t} "
                            f"BEGIN {unseal} END",
    }


def found_triggers(connection: Connection) -> dict[str, str]:
    return {name: sql for name, sql in connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND substr(name, 1, ?) = ?", (len(TRIGGER_PREFIX), TRIGGER_PREFIX))}


def install(connection: Connection) -> None:
    """Creates the seal table and brings every table's triggers to what the live schema needs.

    A table whose triggers were missing or different (new in this revision, rebuilt or given
    new columns by a migration) is resealed whole; the others keep their seals, so an upgrade
    does not wash out the trace of an edit made outside the program. Runs in the caller's
    transaction (a migration's).
    """
    if not supported(connection):
        return  # PostgreSQL: the server's own permissions guard its rows
    register(connection.connection.driver_connection)
    connection.exec_driver_sql(CREATE_SEAL_TABLE)
    found = found_triggers(connection)
    tables = sealed_tables(connection)
    wanted: set[str] = set()
    for table, columns in tables:
        expected = trigger_sql(table, columns)
        wanted.update(expected)
        if all(found.get(name) == sql for name, sql in expected.items()):
            continue
        for name in expected:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_name(name)}")
        for sql in expected.values():
            connection.exec_driver_sql(sql)
        reseal(connection, table, columns)
    for name in set(found) - wanted:  # a table no longer sealed, or gone
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_name(name)}")
    names = [table for table, _columns in tables]
    connection.exec_driver_sql(
        f"DELETE FROM {SEAL_TABLE} WHERE table_name NOT IN ({', '.join('?' * len(names))})",
        tuple(names))


def reseal(connection: Connection, table: str, columns: list[str]) -> None:
    literal = _literal(table)
    values = "".join(f", {_name(column)}" for column in columns)
    connection.exec_driver_sql(f"DELETE FROM {SEAL_TABLE} WHERE table_name = ?", (table,))
    connection.exec_driver_sql(
        f"INSERT INTO {SEAL_TABLE} (table_name, row_id, digest) SELECT {literal}, \"id\", "
        f"{SEAL_FUNCTION}({literal}, \"id\"{values}) FROM {_name(table)}")


# -- reading, for verify ------------------------------------------------------------------
def seal_table_exists(connection: Connection) -> bool:
    return connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        (SEAL_TABLE,)).first() is not None


def table_rows(connection: Connection, table: str, columns: list[str]) -> Iterator[tuple]:
    """(id, other columns…) in id order, streamed."""
    select = ", ".join(['"id"', *map(_name, columns)])
    cursor = _driver(connection).execute(f"SELECT {select} FROM {_name(table)} ORDER BY \"id\"")
    yield from cursor


def table_seals(connection: Connection, table: str) -> Iterator[tuple[int, bytes]]:
    """(row id, digest) in id order, streamed."""
    yield from _driver(connection).execute(
        f"SELECT row_id, digest FROM {SEAL_TABLE} WHERE table_name = ? ORDER BY row_id",
        (table,))


def stray_seals(connection: Connection, tables: list[str]) -> Iterator[tuple[str, int]]:
    """Seals of tables that are not sealed tables (a table dropped outside the program)."""
    yield from _driver(connection).execute(
        f"SELECT table_name, row_id FROM {SEAL_TABLE} "
        f"WHERE table_name NOT IN ({', '.join('?' * len(tables))}) ORDER BY 1, 2", tuple(tables))


def _driver(connection: Connection) -> sqlite3.Connection:
    # Plain tuples straight from sqlite3: verify reads every row of the file.
    return connection.connection.driver_connection


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
