"""The long printed lists at factory scale: the delegate list of a 2,000-delegate conference
and the roster of the whole factory, rendered in their Decree 30 frame, against ReportLab
drawing the same tables (the same rows, fonts and table code) on bare pages: no national
heading, issuing body, title, signatures or page numbers."""

from __future__ import annotations

import io
import statistics
import time
from datetime import date
from pathlib import Path


def _best(fn, runs: int) -> tuple[float, bytes]:
    """The median time of ``runs`` calls, and the last result."""
    seconds, result = [], b""
    for _ in range(runs):
        began = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - began)
    return statistics.median(seconds), result


def bare_pages(tables) -> bytes:
    """The floor: the same tables, laid out by the same code, on A4 pages with the same text
    block and nothing else."""
    from reportlab import rl_config
    from reportlab.platypus import SimpleDocTemplate

    from dcs_enterprise.reports import styles
    from dcs_enterprise.reports.blocks import table_flowable
    from dcs_enterprise.reports.fonts import REGULAR, register_fonts

    register_fonts()
    rl_config.useA85 = 0  # as our frame writes its streams
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(styles.PAGE_WIDTH, styles.PAGE_HEIGHT),
                      leftMargin=styles.MARGIN_LEFT, rightMargin=styles.MARGIN_RIGHT,
                      topMargin=styles.MARGIN_TOP, bottomMargin=styles.MARGIN_BOTTOM,
                      initialFontName=REGULAR).build([table_flowable(t) for t in tables])
    return buffer.getvalue()


def delegate_list(delegates: int, runs: int = 3) -> dict:
    from conference import synthetic_papers

    from dcs_enterprise.reports.catalog import CATALOG
    from dcs_enterprise.reports.conference_delegates import delegate_table, department_table

    listed, _invited, frame = synthetic_papers(delegates)
    render = CATALOG["delegate-list"].render
    render(listed, frame)  # fonts registered, modules imported: neither side pays for them
    ours, pdf = _best(lambda: render(listed, frame), runs)
    floor, _ = _best(lambda: bare_pages([delegate_table(listed), department_table(listed)]),
                     runs)
    return {"ours": ours, "floor": floor, "kb": len(pdf) / 1e3}


def roster(database: Path, runs: int = 1) -> dict:
    """The whole roster of ``database`` (the print of the roster page unfiltered)."""
    from dcs_enterprise.reports.catalog import CATALOG
    from dcs_enterprise.reports.roster import roster_table
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.documents import DocumentService
    from dcs_enterprise.services.employees import RosterQuery
    from dcs_enterprise.services.maintenance import open_file

    db = open_file(database)
    try:
        service = DocumentService(db, sign_in(db, "nhansu", "demo-nhansu"))
        began = time.perf_counter()
        prepared = service.roster(RosterQuery(), date.today())
        query = time.perf_counter() - began
    finally:
        db.close()
    render = CATALOG[prepared.kind].render
    ours, pdf = _best(lambda: render(prepared.data, prepared.frame), runs)
    floor, _ = _best(lambda: bare_pages([roster_table(prepared.data)]), runs)
    people = sum(len(d.rows) for d in prepared.data.departments)
    return {"ours": ours, "floor": floor, "query": query, "people": people,
            "mb": len(pdf) / 1e6}
