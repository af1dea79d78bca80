"""`export-pdf` for the supervision and petition papers and the annual report.

``--id`` names a supervision plan (supervision-plan, supervision-findings); without it the
latest plan is printed (of ``--year`` when given), for the findings the latest with findings
recorded. ``--year`` chooses the year of the petition register and of the annual report
(default: this year, counted to today).
"""

from __future__ import annotations

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication

from .context import CliError, Context
from .record_papers import _given_id

PLAN_PAPERS = ("supervision-plan", "supervision-findings")
YEAR_PAPERS = ("petition-register", "annual-report")
SUPERVISION_PAPERS = PLAN_PAPERS + YEAR_PAPERS


def supervision_paper(db, ctx: Context, args: argparse.Namespace, today: date):
    """The paper of ``args.kind`` for the plan ``--id`` or the year ``--year``."""
    from ..services.supervision_papers import SupervisionPaperService

    papers = SupervisionPaperService(db, ctx.actor())
    n = args.numbered
    if args.kind in YEAR_PAPERS:
        if args.id is not None:
            raise CliError(QCoreApplication.translate(
                "Cli", "{kind} is printed for a year: choose it with --year, not --id.").format(
                kind=args.kind))
        year = args.year or today.year
        if args.kind == "petition-register":
            return papers.petition_register(year, today, n)
        return papers.annual_report(year, today, n)
    plan = _given_id(args)
    if plan is None:
        found = papers.plan_ids(args.year, reported=args.kind == "supervision-findings")
        if not found:
            raise CliError(QCoreApplication.translate(
                "Cli", "There is no record to print {kind} from{year}. Record it in the program "
                       "first, or name one with --id.").format(
                kind=args.kind, year=f" ({args.year})" if args.year else ""))
        plan = found[0]
    if args.kind == "supervision-plan":
        return papers.plan(plan, n)
    return papers.findings(plan, n, today)
