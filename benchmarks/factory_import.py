"""The roster import at factory scale: the factory's roster written to an .xlsx file (the
columns HR's files have, as the importer reads them), imported into a fresh database, against
openpyxl's own read-only parse of the same file."""

from __future__ import annotations

import statistics
import time
from pathlib import Path


def write_roster_file(database: Path, target: Path) -> int:
    """The roster of ``database`` exported as HR's .xlsx (openpyxl write-only): one row per
    employee, the department by its name. Returns the row count."""
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.employees import RosterQuery
    from dcs_enterprise.services.maintenance import open_file
    from dcs_enterprise.services.roster_import import RosterImportService

    db = open_file(database)
    try:
        actor = sign_in(db, "nhansu", "demo-nhansu")
        return RosterImportService(db, actor).export_file(target, RosterQuery(include_left=True))
    finally:
        db.close()


def import_into_fresh(source: Path, folder: Path) -> tuple[float, int]:
    """Seconds to import ``source`` into a new enterprise with no department yet (each is
    created from the file), and the employees inserted."""
    from dcs_enterprise.services.demo import DEMO_PROFILE, DEMO_SETTINGS
    from dcs_enterprise.services.maintenance import open_file
    from dcs_enterprise.services.roster_import import RosterImportService
    from dcs_enterprise.services.setup import initialize

    path = folder / f"import-{time.monotonic_ns()}.sqlite"
    db = open_file(path)
    try:
        admin = initialize(db, DEMO_PROFILE, DEMO_SETTINGS, "admin", "Quản trị", "demo-admin")
        service = RosterImportService(db, admin)
        began = time.perf_counter()
        result = service.import_file(source, create_departments=True)
        return time.perf_counter() - began, result.inserted
    finally:
        db.close()
        path.unlink(missing_ok=True)


def bare_parse(source: Path) -> float:
    """The floor: openpyxl opens the file read-only and reads every row's values."""
    from openpyxl import load_workbook

    began = time.perf_counter()
    workbook = load_workbook(source, read_only=True, data_only=True)
    for _row in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - began


def roster_import(database: Path, folder: Path, runs: int = 3) -> dict:
    source = folder / "roster-100k.xlsx"
    rows = write_roster_file(database, source)
    bare_parse(source)  # openpyxl imported, the file in the page cache, before either is timed
    ours, floor, inserted = [], [], 0
    for _ in range(runs):  # interleaved, so a busy moment weighs on both alike
        seconds, inserted = import_into_fresh(source, folder)
        ours.append(seconds)
        floor.append(bare_parse(source))
    return {"rows": rows, "inserted": inserted, "ours": statistics.median(ours),
            "floor": statistics.median(floor), "file_mb": source.stat().st_size / 1e6}
