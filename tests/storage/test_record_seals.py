"""Record seals: the program's writes keep every row sealed; a write from another tool is refused,
and one that gets round the refusal is found by verify (storage.seals, domain.seals)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import seal_files
from seal_files import ours, read, rows_and_seals, verify
from seal_tampering import EDITS, edit_outside
from sqlalchemy import text

from dcs_enterprise.domain.seals import (
    MAX_LISTED,
    ROW_CHANGED,
    ROW_MISSING,
    TRIGGER_ALTERED,
    RecordBreak,
    seal_digest,
)
from dcs_enterprise.services.audit_log import verify_records
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.storage import migrate, seals
from dcs_enterprise.storage.database import open_database
from dcs_enterprise.storage.tables import SQLModel

demo_template, demo = seal_files.demo_template, seal_files.demo  # the fixtures, made here

def test_every_table_of_ours_is_sealed_and_a_fresh_file_verifies_clean(initialized):
    db, admin = initialized
    with db.engine.connect() as connection:
        sealed = {table.name: table.key for table in seals.sealed_tables(connection)}
    assert set(sealed) == {name for name in SQLModel.metadata.tables if ours(name)}
    assert sealed["audit_event"] == "seq" and sealed["employee"] == "id"
    report = AuditTrailService(db, admin).verify()
    assert report.intact and report.records.breaks == ()
    rows, sealed_rows = rows_and_seals(db.path)
    assert report.records.checked == sum(rows.values()) > 0
    assert sealed_rows == rows


def test_the_demo_verifies_clean_and_each_seal_is_its_rows_digest(demo):
    """Every service flow of the demo (bulk inserts, updates, deletes) keeps its seals."""
    report = verify(demo)
    assert report.intact, report.records.breaks
    rows, sealed_rows = rows_and_seals(demo)
    assert sealed_rows == rows and report.records.checked == sum(rows.values())
    stored = dict(read(demo, "SELECT row_id, digest FROM record_seal "
                             "WHERE table_name = 'agreement_clause'"))
    clauses = read(demo, "SELECT * FROM agreement_clause")  # id is the first column
    assert clauses and {row[0]: seal_digest("agreement_clause", row[0], row[1:])
                        for row in clauses} == stored


@pytest.mark.parametrize("edit", EDITS)
def test_a_write_from_another_tool_is_refused_and_the_file_left_alone(demo, edit, file_digest):
    _table, _reason, statement = EDITS[edit]
    before = file_digest(demo)
    with pytest.raises(sqlite3.OperationalError, match="no such function: dcs_seal"):
        edit_outside(demo, statement)
    assert file_digest(demo) == before


@pytest.mark.parametrize("edit", EDITS)
def test_an_edit_with_the_triggers_dropped_is_found(demo, edit):
    table, reason, statement = EDITS[edit]
    (row_id,) = edit_outside(demo, statement, drop_triggers_of=table)
    report = verify(demo)
    assert not report.intact and report.chain.intact  # the audit trail itself is untouched
    assert report.records.breaks == (RecordBreak(table, None, TRIGGER_ALTERED),
                                     RecordBreak(table, row_id, reason))


@pytest.mark.parametrize("edit", ["employee name", "vote count", "removed vote"])
def test_an_edit_through_a_faked_seal_function_is_found(demo, edit):
    table, reason, statement = EDITS[edit]
    (row_id,) = edit_outside(demo, statement, fake_function=True)
    assert verify(demo).records.breaks == (RecordBreak(table, row_id, reason),)


def test_an_altered_trigger_is_found(demo):
    """A trigger rewritten to leave a column out would let that column change unseen."""
    connection = sqlite3.connect(demo)
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = "
                                "'seal_conference_vote_update'").fetchone()
    connection.execute("DROP TRIGGER seal_conference_vote_update")
    connection.execute(sql.replace(', NEW."in_favour"', ""))
    connection.commit()
    connection.close()
    assert verify(demo).records.breaks == (
        RecordBreak("conference_vote", None, TRIGGER_ALTERED),)


def test_a_wholesale_edit_lists_the_first_breaks_and_counts_them_all(demo):
    ids = edit_outside(demo, "UPDATE holiday SET name = name || ' (nghỉ thêm)' RETURNING id",
                       drop_triggers_of="holiday")
    assert len(ids) > MAX_LISTED  # the working-day calendar of several years
    records = verify(demo).records
    assert records.total_breaks == len(ids) + 1  # each row and the trigger
    assert len(records.breaks) == MAX_LISTED
    assert records.breaks[1:4] == tuple(RecordBreak("holiday", i, ROW_CHANGED)
                                        for i in sorted(ids)[:3])


def test_a_table_dropped_outside_the_program_leaves_its_rows_missing(demo):
    """…through an upgrade too; only a table a revision drops takes its seals along."""
    ids = [i for (i,) in read(demo, "SELECT id FROM conference_officer ORDER BY id")]
    connection = sqlite3.connect(demo)
    connection.execute("DROP TABLE conference_officer")
    connection.commit()
    connection.close()
    missing = tuple(RecordBreak("conference_officer", i, ROW_MISSING) for i in ids)
    assert verify(demo).records.breaks == missing
    for dropped in ((), {"conference_officer"}):  # the second as a revision dropping it would
        db = open_database(demo)
        try:
            with db.engine.begin() as connection:
                seals.install(connection, dropped=dropped)
        finally:
            db.close()
        assert verify(demo).records.breaks == (() if dropped else missing)


def _file_at_0005(path: Path) -> None:
    """A file as the previous version left it, with data, made by the revisions themselves."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005_supervision")
        connection.exec_driver_sql("INSERT INTO department (code, name) VALUES ('PXM', 'May')")
        connection.exec_driver_sql(
            "INSERT INTO employee (code, full_name, search_text, sort_name, gender, "
            "department_id, position, contract_type, union_member, status) VALUES "
            "('NV1', 'Lê Thị Hoa', 'nv1 le thi hoa', 'hoa le thi', 'female', 1, '', "
            "'indefinite', 0, 'active'), ('NV2', 'Đỗ Văn Ba', 'nv2 do van ba', 'ba do van', "
            "'male', 1, 'Thợ cắt', 'fixed_term', 1, 'left')")
    engine.dispose()


def test_the_upgrade_from_0005_seals_every_row_already_there(tmp_path):
    path = tmp_path / "old.sqlite"
    _file_at_0005(path)
    assert not read(path, "SELECT name FROM sqlite_master WHERE name = 'record_seal'")
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.session() as session:
            records = verify_records(session)
    finally:
        db.close()
    rows, sealed_rows = rows_and_seals(path)
    assert rows["employee"] == 2 and rows["department"] == 1
    assert sealed_rows == rows
    assert records.intact and records.checked == sum(rows.values())


def test_install_after_an_upgrade_fits_new_columns_and_keeps_other_evidence(demo):
    """A later revision that adds a column: its table's triggers and seals take the column in;
    edits made outside the program before, in that table or another, stay flagged."""
    (changed,) = edit_outside(demo, EDITS["employee name"][2], fake_function=True)
    (holiday,) = edit_outside(demo, "UPDATE holiday SET name = 'Nghỉ bịa' WHERE id = "
                              "(SELECT max(id) FROM holiday) RETURNING id",
                              drop_triggers_of="holiday", put_back=True)
    db = open_database(demo)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE holiday ADD COLUMN note TEXT"))
            seals.install(connection)
            connection.execute(text("UPDATE holiday SET note = 'nghỉ bù' WHERE id = 1"))
    finally:
        db.close()
    triggers = dict(read(demo, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = 'holiday'"))
    assert all('NEW."note"' in sql for name, sql in triggers.items() if name.endswith("_insert"))
    assert verify(demo).records.breaks == (RecordBreak("employee", changed, ROW_CHANGED),
                                           RecordBreak("holiday", holiday, ROW_CHANGED))


def test_a_column_removed_by_a_revision_reseals_its_table(demo):
    """Seals made over a column that is gone cannot be carried over: the table is sealed anew
    (SQLite drops a column only once no trigger names it: batch mode rebuilds the table)."""
    db = open_database(demo)
    try:
        with db.engine.begin() as connection:
            for name in seals.trigger_names("holiday"):
                connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
            connection.exec_driver_sql("ALTER TABLE holiday DROP COLUMN name")
            seals.install(connection)
    finally:
        db.close()
    assert verify(demo).intact
