"""Fixtures of the command-line tests: a private home folder and a ready demo database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_EMPLOYEES = 50


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    """DCS_ENTERPRISE_HOME in tmp_path. `qapp` makes the one Qt application of the test process
    a QApplication, so a QCoreApplication made by the CLI cannot spoil the widget tests."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Runs `dcs-enterprise ARGS` in this process: (exit status, stdout, stderr)."""
    from dcs_enterprise.app import main

    def invoke(*args: object) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database made through the services; tests get a copy (the demo takes ~1 s)."""
    from dcs_enterprise.services.demo import create_demo
    from dcs_enterprise.services.maintenance import open_file

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    db = open_file(path)
    try:
        create_demo(db, employees=DEMO_EMPLOYEES, seed=7)
    finally:
        db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def count_employees() -> Callable[[Path], int]:
    """The number of employees (people who left included) in a database file."""
    from dcs_enterprise.cli.context import cli_actor
    from dcs_enterprise.services.employees import EmployeeService, RosterQuery
    from dcs_enterprise.services.maintenance import open_file

    def count(path: Path) -> int:
        db = open_file(path)
        try:
            return EmployeeService(db, cli_actor()).count(RosterQuery(include_left=True))
        finally:
            db.close()

    return count
