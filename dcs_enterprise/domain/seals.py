"""Record seals: a digest of each row of our tables, kept beside it by the database itself, so
a row changed, added or removed behind the program's back shows up in `dcs-enterprise verify`.

The digest has no secret key: it catches an edit made by hand with another tool, not someone
who reads this code and recomputes the seal (that would need a key kept outside the file).
Nor, the seals living in the file they guard, does it catch a row deleted together with its
seal (the delete trigger dropped, both rows deleted, the trigger put back): that leaves no
trace among the records, by design. In the audit trail such a cut still breaks the hash chain,
unless it takes the newest events.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from hashlib import blake2b
from typing import NamedTuple

from .errors import QT_TRANSLATE_NOOP

SEAL_SIZE = 16  # bytes of blake2b: enough to make a chance match out of the question
MAX_LISTED = 50  # record breaks kept for the listing; the rest are only counted

ROW_CHANGED = QT_TRANSLATE_NOOP("Audit", "the row was changed outside the program")
ROW_UNSEALED = QT_TRANSLATE_NOOP("Audit", "the row has no seal (added outside the program)")
ROW_MISSING = QT_TRANSLATE_NOOP("Audit", "the row is missing (deleted outside the program)")
TRIGGER_ALTERED = QT_TRANSLATE_NOOP("Audit", "the seal trigger is missing or altered")
# {name}: the trigger's or view's own name, for whoever removes it (or restores a backup).
FOREIGN_TRIGGER = QT_TRANSLATE_NOOP(
    "Audit", 'the trigger "{name}" was not made by the program: it can change records unseen')
FOREIGN_VIEW = QT_TRANSLATE_NOOP("Audit", 'the view "{name}" was not made by the program')


def seal_digest(table: str, row_id: object, values: Sequence[object]) -> bytes:
    """The digest of one row: its table, its id and every other column value, each tagged
    with its SQLite type and length, so NULL, '', 0, 0.0 and b'' all differ."""
    parts = [_encode(table), _encode(row_id)]
    parts.extend(map(_encode, values))
    return blake2b(b"".join(parts), digest_size=SEAL_SIZE).digest()


def _encode(value: object) -> bytes:
    if value is None:
        return b"N"
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"T%d:%s" % (len(data), data)
    if isinstance(value, int):
        return b"I%d;" % value
    if isinstance(value, float):
        return b"F" + struct.pack(">d", value)
    data = bytes(value)  # a BLOB: SQLite has no other type
    return b"B%d:%s" % (len(data), data)


class SchemaObject(NamedTuple):
    """A trigger or view as sqlite_master lists it."""

    kind: str  # "trigger" or "view"
    table: str  # the table a trigger is on; a view's own name
    sql: str


@dataclass(frozen=True)
class RecordBreak:
    table: str
    row_id: int | None  # None when the break is the table's (its triggers)
    reason: str  # a catalogue source string (context "Audit"), translated where it is shown
    name: str = ""  # the trigger or view at fault, filled into the reason's {name}


@dataclass(frozen=True)
class RecordReport:
    checked: int  # rows compared with their seals
    breaks: tuple[RecordBreak, ...]  # the first MAX_LISTED
    total_breaks: int

    @property
    def intact(self) -> bool:
        return self.total_breaks == 0


def find_row_breaks(table: str, rows: Iterable[Sequence[object]],
                    seals: Iterable[tuple[int, bytes]]) -> Iterator[RecordBreak]:
    """rows: (key, other columns…) in key order; seals: (row key, digest) in key order. One
    merge pass, so a table of any size is checked in constant memory."""
    row_iter, seal_iter = iter(rows), iter(seals)
    row, seal = next(row_iter, None), next(seal_iter, None)
    while row is not None or seal is not None:
        if seal is None or (row is not None and row[0] < seal[0]):
            yield RecordBreak(table, row[0], ROW_UNSEALED)
            row = next(row_iter, None)
        elif row is None or seal[0] < row[0]:
            yield RecordBreak(table, seal[0], ROW_MISSING)
            seal = next(seal_iter, None)
        else:
            if seal_digest(table, row[0], row[1:]) != seal[1]:
                yield RecordBreak(table, row[0], ROW_CHANGED)
            row, seal = next(row_iter, None), next(seal_iter, None)


def find_schema_breaks(expected: dict[str, dict[str, str]],
                       found: dict[str, SchemaObject]) -> list[RecordBreak]:
    """expected: table -> its seal triggers' SQL by name; found: every trigger and view in the
    file. A trigger or view the program did not make comes first (one planted beside ours can
    rewrite rows through the program's own edits, which then seal them), then one break per
    table whose seal triggers are not exactly those the program creates."""
    ours = {name for triggers in expected.values() for name in triggers}
    breaks = [RecordBreak(item.table, None,
                          FOREIGN_VIEW if item.kind == "view" else FOREIGN_TRIGGER, name)
              for name, item in sorted(found.items()) if name not in ours]
    breaks.extend(RecordBreak(table, None, TRIGGER_ALTERED) for table, triggers in expected.items()
                  if any(found.get(name) != SchemaObject("trigger", table, sql)
                         for name, sql in triggers.items()))
    return breaks


def first_breaks(breaks: Iterable[RecordBreak]) -> tuple[tuple[RecordBreak, ...], int]:
    """(the first MAX_LISTED breaks, how many there are in all): a file edited wholesale
    does not fill the memory with its listing."""
    listed: list[RecordBreak] = []
    total = 0
    for item in breaks:
        total += 1
        if len(listed) < MAX_LISTED:
            listed.append(item)
    return tuple(listed), total
