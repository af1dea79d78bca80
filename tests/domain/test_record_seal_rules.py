"""The record seal's digest and the comparison of rows with their seals (domain.seals)."""

from __future__ import annotations

from dcs_enterprise.domain.seals import (
    FOREIGN_TRIGGER,
    FOREIGN_VIEW,
    MAX_LISTED,
    ROW_CHANGED,
    ROW_MISSING,
    ROW_UNSEALED,
    TRIGGER_ALTERED,
    RecordBreak,
    SchemaObject,
    find_row_breaks,
    find_schema_breaks,
    first_breaks,
    seal_digest,
)


def test_values_that_sqlite_tells_apart_have_different_digests():
    values = [None, "", 0, 0.0, b"", "0", 1, "NULL", b"\x00", -0.0, 2**63 - 1, -(2**63)]
    assert len({seal_digest("employee", 1, [v]) for v in values}) == len(values)


def test_column_boundaries_table_and_id_are_part_of_the_digest():
    assert seal_digest("t", 1, ["ab", "c"]) != seal_digest("t", 1, ["a", "bc"])
    assert seal_digest("t", 1, ["a"]) != seal_digest("u", 1, ["a"])
    assert seal_digest("t", 1, ["a"]) != seal_digest("t", 2, ["a"])
    assert seal_digest("t", 1, ["Đức"]) != seal_digest("t", 1, ["Đưc"])  # full Unicode text


def _sealed(table: str, rows: list[tuple]) -> list[tuple[int, bytes]]:
    return [(row[0], seal_digest(table, row[0], row[1:])) for row in rows]


def test_rows_and_seals_are_merged_in_id_order():
    rows = [(1, "An"), (2, "Bình"), (4, "Dũng"), (6, "Giang")]
    seals = _sealed("employee", [(1, "An"), (2, "Bính"), (3, "Cúc"), (4, "Dũng"), (7, "Hà")])
    assert list(find_row_breaks("employee", rows, seals)) == [
        RecordBreak("employee", 2, ROW_CHANGED),
        RecordBreak("employee", 3, ROW_MISSING),
        RecordBreak("employee", 6, ROW_UNSEALED),
        RecordBreak("employee", 7, ROW_MISSING),
    ]
    assert list(find_row_breaks("employee", rows, _sealed("employee", rows))) == []


def test_a_trigger_missing_or_different_is_one_break_of_its_table():
    expected = {"t": {"seal_t_insert": "CREATE TRIGGER a", "seal_t_update": "CREATE TRIGGER b"}}
    ours = {name: SchemaObject("trigger", "t", sql) for name, sql in expected["t"].items()}
    assert find_schema_breaks(expected, ours) == []
    for found in ({"seal_t_insert": ours["seal_t_insert"]},
                  {**ours, "seal_t_update": SchemaObject("trigger", "t", "CREATE TRIGGER b2")},
                  {**ours, "seal_t_update": SchemaObject("trigger", "u", "CREATE TRIGGER b")}):
        assert find_schema_breaks(expected, found) == [RecordBreak("t", None, TRIGGER_ALTERED)]


def test_triggers_and_views_the_program_did_not_make_come_first_by_name():
    expected = {"t": {"seal_t_insert": "CREATE TRIGGER a"}}
    found = {"seal_t_insert": SchemaObject("trigger", "t", "CREATE TRIGGER a2"),
             "zz": SchemaObject("trigger", "t", "CREATE TRIGGER zz"),
             "seal_u_update": SchemaObject("trigger", "u", "CREATE TRIGGER u"),
             "v": SchemaObject("view", "v", "CREATE VIEW v AS SELECT 1")}
    assert find_schema_breaks(expected, found) == [
        RecordBreak("u", None, FOREIGN_TRIGGER, "seal_u_update"),
        RecordBreak("v", None, FOREIGN_VIEW, "v"),
        RecordBreak("t", None, FOREIGN_TRIGGER, "zz"),
        RecordBreak("t", None, TRIGGER_ALTERED)]


def test_only_the_first_breaks_are_kept_all_are_counted():
    breaks = (RecordBreak("t", n, ROW_CHANGED) for n in range(MAX_LISTED * 3))
    listed, total = first_breaks(breaks)
    assert total == MAX_LISTED * 3
    assert [b.row_id for b in listed] == list(range(MAX_LISTED))
