"""The command itself: help, the GUI by default, the language of the messages, exit statuses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dcs_enterprise.paths import resource_path

CATALOGUE = resource_path("i18n", "dcs_enterprise_vi.qm")
needs_catalogue = pytest.mark.skipif(
    not CATALOGUE.is_file(), reason="the Vietnamese catalogue (.qm) is not compiled yet")


@pytest.mark.parametrize("module", ["dcs_enterprise"])
def test_help_runs_as_a_program(module, tmp_path):
    env = {**os.environ, "DCS_ENTERPRISE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    for command in ("demo", "import-employees", "export-employees", "check", "verify",
                    "backup", "restore", "gui"):
        assert command in done.stdout
    assert "administrator of this computer" in done.stdout
    assert list(tmp_path.iterdir()) == []  # nothing created just to show the help


def test_console_script_is_installed(tmp_path):
    script = Path(sys.executable).with_name("dcs-enterprise")
    if not script.exists():
        pytest.skip("the package is not installed in this interpreter's environment")
    env = {**os.environ, "DCS_ENTERPRISE_HOME": str(tmp_path)}
    done = subprocess.run([str(script), "check", "--help"], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=60)
    assert done.returncode == 0 and "--db" in done.stdout


def test_no_command_starts_the_desktop_application(run, monkeypatch, tmp_path):
    from dcs_enterprise import app

    calls = []
    monkeypatch.setattr(app, "run", lambda db, lang: calls.append((db, lang)) or 0)
    assert run()[0] == 0
    assert run("--db", tmp_path / "x.sqlite", "--lang", "en")[0] == 0
    assert run("gui", "--db", tmp_path / "y.sqlite")[0] == 0
    assert calls == [(None, None), (tmp_path / "x.sqlite", "en"), (tmp_path / "y.sqlite", None)]


def test_options_go_before_or_after_the_command(run, demo_db):
    assert run("--db", demo_db, "--lang", "en", "check")[0] == 0
    assert run("check", "--lang", "en", "--db", demo_db)[0] == 0


def test_a_usage_error_exits_2(run):
    code, _out, err = run("no-such-command")
    assert code == 2 and "invalid choice" in err


def test_messages_in_english_with_lang_en(run, tmp_path):
    db = tmp_path / "random.sqlite"
    db.write_bytes(os.urandom(4096))
    code, _out, err = run("check", "--db", db, "--lang", "en")
    assert code == 2
    assert err.strip() == f"The file {db} is not a dcs-enterprise database. The file was not changed."


def test_the_language_chosen_in_the_program_is_used(run, tmp_path, home):
    from dcs_enterprise.i18n import save_language
    from dcs_enterprise.paths import app_paths

    save_language(app_paths(), "en")
    code, _out, err = run("check", "--db", tmp_path / "none.sqlite")
    assert code == 2 and "There is no database at" in err


@needs_catalogue
def test_messages_in_vietnamese_by_default(run, tmp_path):
    db = tmp_path / "random.sqlite"
    db.write_bytes(os.urandom(4096))
    code, _out, err = run("check", "--db", db)
    assert code == 2
    assert "không" in err.lower() and "not a dcs-enterprise database" not in err


@needs_catalogue
def test_cli_messages_in_vietnamese_by_default(run, demo_db):
    code, out, _err = run("check", "--db", demo_db)
    assert code == 0
    assert "The database is sound." not in out


def test_the_cli_acts_as_an_audited_administrator(run, demo_db):
    import getpass
    import sqlite3

    assert run("backup", "--db", demo_db, "--out", demo_db.with_name("b.sqlite"))[0] == 0
    connection = sqlite3.connect(demo_db)
    actor, role, action = connection.execute(
        "SELECT actor, role, action FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    connection.close()
    assert (actor, role, action) == (f"cli:{getpass.getuser()}", "admin", "backup")


def test_an_unexpected_error_exits_3_with_the_details(run, demo_db, monkeypatch):
    from dcs_enterprise.services import maintenance

    def broken(db):
        raise RuntimeError("boom")

    monkeypatch.setattr(maintenance, "check_database", broken)
    code, _out, err = run("check", "--db", demo_db, "--lang", "en")
    assert code == 3
    assert "Traceback" in err and "RuntimeError: boom" in err.splitlines()[-1]
