"""The factory benchmark (benchmarks/factory.py) kept runnable from a fresh clone: its
enterprise built small (1,000 departments, ten years of records, every table's references
whole), a cold-start probe run on it, and its results written where the README wants them.
No timing is asserted: speed is measured by the script, never in tests."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import factory  # noqa: E402
import factory_data  # noqa: E402
import factory_start  # noqa: E402


@pytest.fixture(scope="module")
def factory_file(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("factory")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DCS_ENTERPRISE_HOME", str(home / "home"))
        path = home / "factory.sqlite"
        factory_data.build_factory(path, employees=300, today=date(2026, 11, 27), petitions=300)
    return path


def test_the_enterprise_has_its_departments_and_ten_years(factory_file: Path) -> None:
    connection = sqlite3.connect(factory_file)
    try:
        one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM department") == factory_data.DEPARTMENTS
        assert one("SELECT count(*) FROM employee") == 300
        assert one("SELECT count(DISTINCT department_id) FROM employee") > 13  # into teams
        years = [row[0] for row in connection.execute("SELECT year FROM conference")]
        assert len(years) == factory_data.YEARS + 1  # and next year's, in preparation
        assert one("SELECT count(DISTINCT substr(held_on, 1, 4)) FROM dialogue "
                   "WHERE held_on IS NOT NULL") >= factory_data.YEARS
        assert one("SELECT count(*) FROM bargaining_round") == 4  # every third year
        assert one("SELECT count(*) FROM petition") >= 300
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        codes = [row[0] for row in connection.execute("SELECT invitation_code FROM delegate")]
        assert len(codes) == len(set(codes))
    finally:
        connection.close()


def test_a_cold_start_probe_opens_the_main_window(factory_file: Path, monkeypatch) -> None:
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(factory_file.parent / "home"))
    seconds, report = factory_start.probe("start", factory_file)
    assert seconds > 0 and report["sign_in"] > 0 and report["rss_mb"] > 0


def test_results_go_first_under_results_and_the_script_is_listed(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(factory.README.read_text(encoding="utf-8"), encoding="utf-8")
    results = [factory.Measure("filter per keystroke: worst", 0.042, 0.041, "ms", "< 50 ms", True),
               factory.Measure("roster import", 19.0, 12.0, "s", "≤ 1.5×", False)]
    text = factory.report(results, "The enterprise.")
    assert "| filter per keystroke: worst | 42 ms | 41 ms | 1.02× | < 50 ms | yes |" in text
    assert "| roster import | 19.00 s | 12.00 s | 1.58× | ≤ 1.5× | **no** |" in text
    factory.record(text, readme)
    factory.record(text, readme)
    written = readme.read_text(encoding="utf-8")
    after_results = written.split("## Results\n", 1)[1].lstrip()
    assert after_results.startswith(f"### {factory.SECTION}")
    assert written.count("| `factory.py` |") == 1
