"""The trace of an outside edit outlives what comes after it: a trigger planted beside ours,
later edits through the program, an upgrade, a cut of the audit trail's newest events
(storage.seals, the gaps closed after the first review)."""

from __future__ import annotations

import sqlite3

import pytest
import seal_files
from seal_files import DEMO_ADMIN, read, verify
from seal_tampering import EDITS, edit_outside

from dcs_enterprise.domain.seals import (
    FOREIGN_TRIGGER,
    FOREIGN_VIEW,
    ROW_CHANGED,
    ROW_MISSING,
    ROW_UNSEALED,
    RecordBreak,
)
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.storage import migrate

demo_template, demo = seal_files.demo_template, seal_files.demo  # the fixtures, made here


def rename_department(path, department_id: int, name: str) -> None:
    """An ordinary edit through the program, which fires every trigger on the table."""
    ((code, parent_id),) = read(path, "SELECT code, parent_id FROM department WHERE id = ?",
                                department_id)
    db = open_file(path)
    try:
        DepartmentService(db, sign_in(db, *DEMO_ADMIN)).update(department_id, code, name,
                                                               parent_id)
    finally:
        db.close()


def upgrade(path) -> None:
    """What every upgrade ends with: the seal triggers brought to the live schema."""
    db = open_file(path)
    try:
        migrate.upgrade_to_head(db.engine)
    finally:
        db.close()


def test_a_trigger_planted_with_sqlite3_is_named_and_no_upgrade_removes_it(demo):
    """Planting needs no seal function; the program's next edit would then change another row
    through it and seal the result. Verify names the trigger (and a view) instead."""
    first, second = (i for (i,) in read(demo, "SELECT id FROM department ORDER BY id LIMIT 2"))
    connection = sqlite3.connect(demo)
    with connection:
        connection.execute(f"CREATE TRIGGER zz AFTER UPDATE ON department BEGIN UPDATE "
                           f"department SET code = 'EVIL' WHERE id = {second} AND code <> 'EVIL'; END")
        connection.execute("CREATE VIEW vv AS SELECT id, name FROM department")
    connection.close()
    rename_department(demo, first, "Ban Giám đốc công ty")
    assert read(demo, "SELECT code FROM department WHERE id = ?", second) == [("EVIL",)]
    planted = (RecordBreak("vv", None, FOREIGN_VIEW, "vv"),
               RecordBreak("department", None, FOREIGN_TRIGGER, "zz"))
    assert verify(demo).records.breaks == planted
    upgrade(demo)
    assert verify(demo).records.breaks == planted


def test_a_later_edit_through_the_program_keeps_an_outside_change_flagged(demo):
    """Triggers dropped, a row changed, the triggers put back as they were: the program's own
    edit of that row afterwards does not seal the outsider's change."""
    (changed,) = edit_outside(demo, "UPDATE department SET name = 'Phòng Ma' WHERE id = "
                              "(SELECT max(id) FROM department) RETURNING id",
                              drop_triggers_of="department", put_back=True)
    flagged = (RecordBreak("department", changed, ROW_CHANGED),)
    assert verify(demo).records.breaks == flagged
    rename_department(demo, changed, "Văn phòng Công đoàn cơ sở")
    assert verify(demo).records.breaks == flagged


def test_an_upgrade_puts_the_triggers_back_and_keeps_every_flag(demo):
    (changed,) = edit_outside(demo, EDITS["employee name"][2], drop_triggers_of="employee")
    (removed,) = edit_outside(demo, EDITS["removed vote"][2], drop_triggers_of="conference_vote")
    edit_outside(demo, "DELETE FROM record_seal WHERE table_name = 'enterprise'")  # no function
    before = verify(demo).records
    upgrade(demo)
    after = verify(demo).records
    assert len(before.breaks) == 5 and set(after.breaks) < set(before.breaks)
    (enterprise,) = read(demo, "SELECT id FROM enterprise")
    assert after.breaks == (RecordBreak("conference_vote", removed, ROW_MISSING),
                            RecordBreak("employee", changed, ROW_CHANGED),
                            RecordBreak("enterprise", enterprise[0], ROW_UNSEALED))


def test_cutting_the_newest_audit_events_is_refused_or_found(demo):
    """The hash chain cannot see its own newest events cut off; their seals can, even after
    the program writes the next event under a reused number."""
    (last,) = read(demo, "SELECT max(seq) FROM audit_event")[0]
    cut = "DELETE FROM audit_event WHERE seq >= ? RETURNING seq"
    with pytest.raises(sqlite3.OperationalError, match="no such function: dcs_seal"):
        edit_outside(demo, cut, last - 1)
    assert sorted(edit_outside(demo, cut, last - 1, drop_triggers_of="audit_event",
                               put_back=True)) == [last - 1, last]
    report = verify(demo)
    assert report.chain.intact and report.chain.checked == last - 2
    assert report.records.breaks == (RecordBreak("audit_event", last - 1, ROW_MISSING),
                                     RecordBreak("audit_event", last, ROW_MISSING))
    rename_department(demo, 1, "Ban Giám đốc công ty")  # written as event last - 1 again
    assert read(demo, "SELECT max(seq) FROM audit_event") == [(last - 1,)]
    assert verify(demo).records.breaks == (RecordBreak("audit_event", last - 1, ROW_CHANGED),
                                           RecordBreak("audit_event", last, ROW_MISSING))


def test_conflict_clauses_of_the_program_keep_the_seals_right(initialized):
    """INSERT OR REPLACE pushes a row out through its delete trigger (recursive triggers);
    UPDATE OR IGNORE leaves the update trigger's own conditions alone."""
    db, admin = initialized
    department = DepartmentService(db, admin).create("SX", "Xưởng may")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT OR REPLACE INTO department (id, code, name) "
                                   f"VALUES ({department.id}, 'SX', 'Xưởng may 2')")
        connection.exec_driver_sql("UPDATE OR IGNORE department SET name = 'Xưởng may 3'")
    report = AuditTrailService(db, admin).verify()
    assert report.intact, report.records.breaks
