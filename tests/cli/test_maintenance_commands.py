"""check, verify, backup and restore, and what every command does with a file it cannot use."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from dcs_enterprise.cli.main import main
from dcs_enterprise.services.maintenance import BackupKind, list_backups
from dcs_enterprise.storage import seals
from dcs_enterprise.storage.backups import database_key
from dcs_enterprise.storage.schema import HEAD_REVISION


def tamper(db: Path, seq: int) -> None:
    """Changes one audit event behind the program's back, as someone with sqlite3 could: with
    the seal function faked (the record seal follows), so only the hash chain can tell."""
    connection = sqlite3.connect(db)
    seals.register(connection)
    try:
        connection.execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?", (seq,))
        connection.commit()
    finally:
        connection.close()


def test_check_on_a_fresh_demo_is_ok(run, demo_db):
    code, out, err = run("check", "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert HEAD_REVISION in out and "The database is sound." in out


def test_check_reports_a_broken_foreign_key(run, demo_db):
    connection = sqlite3.connect(demo_db)
    seals.register(connection)  # the damage under test is the broken reference, not a seal
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE employee SET department_id = 9999 WHERE id = 1")
    connection.commit()
    connection.close()
    code, out, err = run("check", "--db", demo_db, "--lang", "en")
    assert code == 1
    assert "foreign key" in out
    assert "problems" in err


def test_verify_passes_then_names_the_tampered_event(run, demo_db):
    code, out, err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert "events checked, chain intact." in out
    tamper(demo_db, 2)
    code, out, err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 1
    assert "#2: its content was changed after it was written" in out.splitlines()
    assert "#3:" not in out  # the next link still matches the stored hash
    assert "changed outside the program" in err


def import_one_employee(run, db: Path, folder: Path) -> None:
    roster = folder / "roster.csv"
    roster.write_text("Mã NV,Họ và tên,Giới tính,Phòng ban\nNV1,Phạm Văn An,Nam,Phòng Kế toán\n",
                      "utf-8")
    code, _out, err = run("import-employees", roster, "--db", db)
    assert code == 0, err


def test_backup_and_restore_round_trip(run, demo_db, tmp_path, home, count_employees):
    backup = tmp_path / "saved" / "copy.sqlite"
    code, out, err = run("backup", "--out", backup, "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert str(backup) in out
    assert count_employees(backup) == 50

    import_one_employee(run, demo_db, tmp_path)
    assert count_employees(demo_db) == 51

    code, out, err = run("restore", backup, "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert count_employees(demo_db) == 50
    saved = list((home / "backups").glob("work-*.before-restore-*.sqlite"))
    assert len(saved) == 1 and str(saved[0]) in out
    assert count_employees(saved[0]) == 51  # the replaced database is kept
    code, out, _err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 0, out  # the restore is appended to the restored chain


def test_the_first_command_of_the_day_leaves_one_daily_copy(run, demo_db, home,
                                                             table_contents):
    for _ in range(2):
        code, _out, err = run("verify", "--db", demo_db, "--lang", "en")
        assert code == 0, err
    [daily] = (home / "backups").glob("work-*.daily-*.sqlite")
    assert table_contents(daily) == table_contents(demo_db)


def test_restore_of_an_automatic_daily_copy(run, demo_db, tmp_path, home, count_employees):
    code, _out, err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 0, err
    [daily] = (home / "backups").glob("work-*.daily-*.sqlite")
    import_one_employee(run, demo_db, tmp_path)
    assert count_employees(demo_db) == 51

    code, out, err = run("restore", daily, "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert count_employees(demo_db) == 50
    [saved] = (home / "backups").glob("work-*.before-restore-*.sqlite")
    assert str(saved) in out and count_employees(saved) == 51
    code, out, _err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 0, out


def test_a_daily_copy_that_cannot_be_written_is_said_and_the_command_goes_on(
        run, demo_db, home, count_employees):
    (home / "backups").write_text("a file where the backup folder should be")
    code, out, err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 0
    assert "chain intact" in out
    assert "The automatic daily backup could not be written" in err
    assert f"work-{database_key(demo_db)}.daily-" in err


def test_backup_without_out_goes_to_the_backup_folder(run, demo_db, home):
    code, out, err = run("backup", "--db", demo_db, "--lang", "en")
    assert code == 0, err
    [written] = [b.path for b in list_backups(home / "backups") if b.kind == BackupKind.MANUAL]
    assert str(written) in out and written.name.startswith("work-")


def test_backup_refuses_to_overwrite_a_file(run, demo_db, tmp_path, file_digest):
    target = tmp_path / "keep.sqlite"
    target.write_bytes(b"precious")
    code, _out, err = run("backup", "--out", target, "--db", demo_db, "--lang", "en")
    assert code == 2 and "already exists" in err
    assert target.read_bytes() == b"precious"


def test_restore_refuses_a_file_that_is_not_a_backup(run, demo_db, tmp_path, file_digest):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(8192))
    digest = file_digest(demo_db)
    code, _out, err = run("restore", junk, "--db", demo_db, "--lang", "en")
    assert code == 2 and "junk.sqlite" in err
    assert file_digest(demo_db) == digest


def test_restore_onto_a_damaged_database_keeps_it_byte_for_byte(run, demo_db, tmp_path, home,
                                                                 count_employees, file_digest):
    """What a restore is most often for: the database no longer opens."""
    backup = tmp_path / "copy.sqlite"
    code, _out, err = run("backup", "--out", backup, "--db", demo_db, "--lang", "en")
    assert code == 0, err
    whole = demo_db.read_bytes()
    demo_db.write_bytes(whole[:100] + bytes(4096) + whole[4196:])  # pages overwritten
    code, _out, err = run("check", "--db", demo_db, "--lang", "en")
    assert code != 0
    damaged = file_digest(demo_db)

    code, out, err = run("restore", backup, "--db", demo_db, "--lang", "en")
    assert code == 0, err
    assert count_employees(demo_db) == 50
    [saved] = (home / "backups").glob("work-*.before-restore-*.sqlite")
    assert str(saved) in out and file_digest(saved) == damaged
    code, out, _err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 0, out


def test_restore_onto_a_new_path_creates_the_database(run, demo_db, tmp_path, count_employees):
    target = tmp_path / "new" / "restored.sqlite"
    code, _out, err = run("restore", demo_db, "--db", target, "--lang", "en")
    assert code == 0, err
    assert count_employees(target) == 50


RANDOM_BYTES_COMMANDS = [
    ["check"], ["verify"], ["demo", "--employees", "5"], ["backup"],
    ["export-employees", "{tmp}/out.xlsx"], ["import-employees", "{tmp}/in.csv"],
]


@pytest.mark.parametrize("command", RANDOM_BYTES_COMMANDS, ids=lambda c: c[0])
def test_a_random_bytes_database_is_refused_and_left_alone(run, tmp_path, file_digest, command):
    db = tmp_path / "random.sqlite"
    db.write_bytes(os.urandom(64 * 1024))
    (tmp_path / "in.csv").write_text("Mã NV,Họ và tên,Phòng ban\nNV1,An,Kế toán\n", "utf-8")
    digest = file_digest(db)
    args = [part.format(tmp=tmp_path) for part in command]
    code, out, err = run(*args, "--db", db, "--lang", "en")
    assert code == 2
    assert "is not a dcs-enterprise database" in err and str(db) in err
    assert file_digest(db) == digest
    assert not (tmp_path / "out.xlsx").exists()
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("command", [["check"], ["verify"], ["backup"],
                                     ["export-employees", "x.xlsx"]])
def test_a_missing_database_is_not_created(run, tmp_path, command):
    db = tmp_path / "nowhere.sqlite"
    code, _out, err = run(*command, "--db", db, "--lang", "en")
    assert code == 2
    assert "There is no database at" in err
    assert not db.exists()


def test_a_locked_database_is_refused(run, demo_db):
    from dcs_enterprise.services.maintenance import open_file

    db = open_file(demo_db)  # the desktop application has it open
    try:
        code, _out, err = run("verify", "--db", demo_db, "--lang", "en")
        # check only reads the file, so it may run beside the open program.
        check_code, check_out, _ = run("check", "--db", demo_db, "--lang", "en")
    finally:
        db.close()
    assert code == 2 and "in use by another copy" in err
    assert check_code == 0 and "The database is sound." in check_out


def test_main_can_run_twice_in_one_process(demo_db, capsys):
    assert main(["check", "--db", str(demo_db)]) == 0
    assert main(["check", "--db", str(demo_db), "--lang", "en"]) == 0
    assert "The database is sound." in capsys.readouterr().out.splitlines()[-1]
