"""`dcs-enterprise verify` finds records changed, added or removed behind the program's back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from seal_tampering import EDITS, edit_outside


def test_a_demo_verifies_clean(run, demo_db):
    code, out, err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith("events checked, chain intact.")
    assert lines[1].endswith("records checked, each matches its seal.")
    assert err == ""


@pytest.mark.parametrize("edit", EDITS)
def test_each_outside_edit_is_named_with_its_table_and_row(run, demo_db, edit):
    table, reason, statement = EDITS[edit]
    (row_id,) = edit_outside(demo_db, statement, drop_triggers_of=table)
    code, out, err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 1
    assert out.splitlines()[1:] == [f"Table {table}: the seal trigger is missing or altered",
                                    f"Table {table}, row {row_id}: {reason}"]
    assert "events checked, chain intact." in out  # the audit trail itself was not touched
    assert "2 problems with their seals" in err
    assert "Restore the database from a backup" in err


def test_a_trigger_planted_beside_ours_is_named(run, demo_db):
    """Planting one takes no seal function: it could rewrite rows through the program's edits."""
    connection = sqlite3.connect(demo_db)
    with connection:
        connection.execute("CREATE TRIGGER quiet AFTER INSERT ON holiday BEGIN "
                           "UPDATE petition SET content = 'đã giải quyết'; END")
    connection.close()
    code, out, err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 1
    assert out.splitlines()[1:] == ['Table holiday: the trigger "quiet" was not made by the '
                                    'program: it can change records unseen']
    assert "1 problems with their seals" in err


def test_a_long_listing_stops_after_fifty_with_a_count(run, demo_db):
    ids = edit_outside(demo_db, "UPDATE holiday SET name = upper(name) RETURNING id",
                       drop_triggers_of="holiday")
    code, out, _err = run("verify", "--db", demo_db, "--lang", "en")
    assert code == 1
    lines = out.splitlines()
    assert len([line for line in lines if line.startswith("Table holiday")]) == 50
    assert lines[-1] == f"… and {len(ids) + 1 - 50} more."


def test_the_installed_program_exits_1_on_a_faked_seal(demo_db, tmp_path):
    """The whole program in its own process: someone registered a dcs_seal of their own."""
    (row_id,) = edit_outside(demo_db, EDITS["vote count"][2], fake_function=True)
    env = {**os.environ, "DCS_ENTERPRISE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "dcs_enterprise", "verify", "--db",
                           str(demo_db), "--lang", "en"], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert (f"Table conference_vote, row {row_id}: the row was changed outside the program"
            in done.stdout.splitlines())
