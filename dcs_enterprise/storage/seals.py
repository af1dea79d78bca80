"""Record seals in SQLite (domain.seals): a SQL function only this program registers, and
triggers on every table of ours that keep each row's digest in `record_seal` on every insert,
update and delete.

A write to a sealed table from another tool (the sqlite3 shell) fails: "no such function:
dcs_seal". One that gets round it (triggers dropped, a function faked) leaves seals that no
longer match their rows, and `dcs-enterprise verify` names them. No write of the program ever
makes a stale seal right again: only a restore from a backup clears a break. The triggers are
generated from the live schema, so `install` fits whatever columns the current revision has.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from ..domain.seals import SchemaObject, seal_digest

SEAL_TABLE = "record_seal"
LAYOUT_TABLE = "record_seal_layout"
SEAL_FUNCTION = "dcs_seal"
TRIGGER_PREFIX = "seal_"
TRIGGER_EVENTS = ("insert", "update", "delete")
# Left unsealed: the seals and their layouts, Alembic's revision stamp, SQLite's own tables,
# the search index (rebuilt from the records it indexes) and a batch migration's scratch copies.
# The audit trail is sealed too, by its `seq`: an outside cut of its newest events shows.
UNSEALED_TABLES = frozenset({SEAL_TABLE, LAYOUT_TABLE, "alembic_version"})
UNSEALED_PREFIXES = ("sqlite_", "published_fts", "_alembic_tmp_")

CREATE_TABLES = (
    f"CREATE TABLE IF NOT EXISTS {SEAL_TABLE} (table_name TEXT NOT NULL, "
    "row_id INTEGER NOT NULL, digest BLOB NOT NULL, PRIMARY KEY (table_name, row_id)) "
    "WITHOUT ROWID",
    # The key and columns each table's seals were computed over: an upgrade reseals a table
    # only when these change, whatever happened to its triggers (see install).
    f"CREATE TABLE IF NOT EXISTS {LAYOUT_TABLE} (table_name TEXT NOT NULL PRIMARY KEY, "
    "layout TEXT NOT NULL) WITHOUT ROWID",
)


@dataclass(frozen=True)
class SealedTable:
    name: str
    key: str  # its INTEGER PRIMARY KEY: "id", or "seq" for the audit trail
    columns: tuple[str, ...]  # every other column, in table order

    @property
    def layout(self) -> str:
        return json.dumps([self.key, *self.columns], ensure_ascii=False)

    @classmethod
    def from_layout(cls, name: str, layout: str) -> SealedTable:
        key, *columns = json.loads(layout)
        return cls(name, key, tuple(columns))


def register(dbapi_connection: sqlite3.Connection) -> None:
    """Makes the seal function available on one connection: every connection of ours that
    writes calls this (storage.database), the triggers fail without it."""
    dbapi_connection.create_function(SEAL_FUNCTION, -1, _seal, deterministic=True)


def _seal(table: str, row_id: int, *values: object) -> bytes:
    return seal_digest(table, row_id, values)


def is_sealed(table: str) -> bool:
    return table not in UNSEALED_TABLES and not table.startswith(UNSEALED_PREFIXES)


def supported(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def sealed_tables(connection: Connection) -> list[SealedTable]:
    """Every table of ours keyed by one INTEGER PRIMARY KEY (SQLite's rowid), by name."""
    names = [row[0] for row in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    tables = []
    for name in filter(is_sealed, names):
        info = list(connection.exec_driver_sql(f"PRAGMA table_info({_name(name)})"))
        keys = [row for row in info if row[5]]
        if len(keys) == 1 and keys[0][2].upper() == "INTEGER":
            key = keys[0][1]
            tables.append(SealedTable(name, key, tuple(row[1] for row in info if row[1] != key)))
    return tables


def trigger_names(table: str) -> list[str]:
    return [f"{TRIGGER_PREFIX}{table}_{event}" for event in TRIGGER_EVENTS]


def trigger_sql(table: SealedTable) -> dict[str, str]:
    """The three triggers that keep `table`'s seals, by name: exactly this text is expected in
    sqlite_master, so an altered trigger is seen."""
    t, literal, key = _name(table.name), _literal(table.name), _name(table.key)

    def seal(row: str) -> str:
        return _seal_call(table, f"{row}.")

    # DO NOTHING when a seal is already there: that seal is a trace (a row deleted outside the
    # program, whose id SQLite hands out again) that must stay for verify. A plain INSERT would
    # make the program fail on it, and OR REPLACE would wash it out. An upsert, unlike an OR
    # clause, is not overridden by the outer statement's conflict policy.
    insert = (f"INSERT INTO {SEAL_TABLE} (table_name, row_id, digest) VALUES ({literal}, "
              f"NEW.{key}, {seal('NEW')}) ON CONFLICT (table_name, row_id) DO NOTHING;")
    # The seal moves on only from a row that matched it: a row changed outside the program
    # stays flagged through every later edit of the program (and its seal is never recreated).
    update = (f"UPDATE {SEAL_TABLE} SET row_id = NEW.{key}, digest = {seal('NEW')} "
              f"WHERE table_name = {literal} AND row_id = OLD.{key} AND digest = {seal('OLD')};")
    # Likewise a delete removes only a seal that matches the row: a faked function leaves it
    # behind, and verify reports the row as missing.
    delete = (f"DELETE FROM {SEAL_TABLE} WHERE table_name = {literal} AND row_id = OLD.{key} "
              f"AND digest = {seal('OLD')};")
    return {name: f"CREATE TRIGGER {_name(name)} AFTER {event.upper()} ON {t} BEGIN {body} END"
            for name, event, body in zip(trigger_names(table.name), TRIGGER_EVENTS,
                                         (insert, update, delete), strict=True)}


def schema_objects(connection: Connection) -> dict[str, SchemaObject]:
    """Every trigger and view in the file, by name: ours, and any planted beside them."""
    return {name: SchemaObject(kind, table, sql) for name, kind, table, sql in
            connection.exec_driver_sql(
                "SELECT name, type, tbl_name, sql FROM sqlite_master "
                "WHERE type IN ('trigger', 'view')")}


def install(connection: Connection, dropped: Collection[str] = ()) -> None:
    """Creates the seal tables and brings every table's triggers to what the live schema needs.

    A trigger dropped or altered outside the program is recreated and the seals are kept, so
    rows edited meanwhile stay flagged; a table whose columns a revision changed is resealed
    (see reseal). Triggers and views the program did not make are left alone, for verify to
    report. dropped: the tables the caller's revisions removed, whose seals go with them; the
    seals of a table dropped any other way stay, and verify reports its rows as missing. Runs
    in the caller's transaction (a migration's). A revision removing a column rebuilds its
    table (Alembic's batch mode): SQLite refuses to drop a column a trigger names.
    """
    if not supported(connection):
        return  # PostgreSQL: the server's own permissions guard its rows
    register(connection.connection.driver_connection)
    for sql in CREATE_TABLES:
        connection.exec_driver_sql(sql)
    found = schema_objects(connection)
    layouts = dict(connection.exec_driver_sql(
        f"SELECT table_name, layout FROM {LAYOUT_TABLE}").all())
    for table in sealed_tables(connection):
        for name, sql in trigger_sql(table).items():
            if found.get(name) != SchemaObject("trigger", table.name, sql):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_name(name)}")
                connection.exec_driver_sql(sql)
        layout = layouts.get(table.name)
        if layout != table.layout:
            reseal(connection, table, SealedTable.from_layout(table.name, layout)
                   if layout else None)
    for name in dropped:
        for seal_table in (SEAL_TABLE, LAYOUT_TABLE):
            connection.exec_driver_sql(f"DELETE FROM {seal_table} WHERE table_name = ?", (name,))


def reseal(connection: Connection, table: SealedTable, before: SealedTable | None) -> None:
    """Seals `table` over its live columns. If its seals were made over columns that are all
    still there (`before`: a revision added some), each seal that matched its row moves to the
    new columns and any other is left as it was, so a row changed, added or removed outside the
    program stays flagged. Otherwise (no seals yet, a column gone) every row is sealed anew."""
    t, literal, key = _name(table.name), _literal(table.name), _name(table.key)
    if before is not None and before.key == table.key and set(before.columns) <= set(
            table.columns):
        row = f"(SELECT {{}} FROM {t} WHERE {t}.{key} = {SEAL_TABLE}.row_id)"
        connection.exec_driver_sql(
            f"UPDATE {SEAL_TABLE} SET digest = {row.format(_seal_call(table, f'{t}.'))} "
            f"WHERE table_name = ? AND digest = {row.format(_seal_call(before, f'{t}.'))}",
            (table.name,))
    else:
        connection.exec_driver_sql(f"DELETE FROM {SEAL_TABLE} WHERE table_name = ?",
                                   (table.name,))
        connection.exec_driver_sql(
            f"INSERT INTO {SEAL_TABLE} (table_name, row_id, digest) SELECT {literal}, {key}, "
            f"{_seal_call(table, '')} FROM {t}")
    connection.exec_driver_sql(
        f"INSERT OR REPLACE INTO {LAYOUT_TABLE} (table_name, layout) VALUES (?, ?)",
        (table.name, table.layout))


def table_names(connection: Connection) -> set[str]:
    return {name for (name,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _seal_call(table: SealedTable, prefix: str) -> str:
    """dcs_seal('table', key, columns…) over the row `prefix` names ("NEW.", "OLD.", "t.")."""
    values = "".join(f", {prefix}{_name(column)}" for column in table.columns)
    return f"{SEAL_FUNCTION}({_literal(table.name)}, {prefix}{_name(table.key)}{values})"


# -- reading, for verify ------------------------------------------------------------------
def seal_table_exists(connection: Connection) -> bool:
    return connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        (SEAL_TABLE,)).first() is not None


def table_rows(connection: Connection, table: SealedTable) -> Iterator[tuple]:
    """(key, other columns…) in key order, streamed."""
    select = ", ".join(map(_name, (table.key, *table.columns)))
    yield from _driver(connection).execute(
        f"SELECT {select} FROM {_name(table.name)} ORDER BY {_name(table.key)}")


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
