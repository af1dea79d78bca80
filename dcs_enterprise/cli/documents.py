"""`export-pdf`: documents in the Decree 30/2020 layout, without the window."""

from __future__ import annotations

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication

from .context import CliError, Context, say
from .record_papers import RECORD_PAPERS, record_paper
from .supervision_papers import SUPERVISION_PAPERS, supervision_paper


def export_pdf(ctx: Context, args: argparse.Namespace) -> int:
    from ..reports.catalog import CATALOG

    if args.list:
        width = max(len(key) for key in CATALOG)
        for key, kind in CATALOG.items():
            description = kind.description_vi if ctx.language == "vi" else kind.description_en
            say(f"{key.ljust(width)}  {description}")
        return 0
    if args.kind not in CATALOG:
        raise CliError(QCoreApplication.translate(
            "Cli", "Unknown kind of document “{kind}”. The kinds are: {kinds} "
                   "(export-pdf --list describes them).",
        ).format(kind=args.kind or "", kinds=", ".join(CATALOG)))
    if args.out is None:
        raise CliError(QCoreApplication.translate(
            "Cli", "Name the PDF file to write with --out FILE.pdf."))
    db = ctx.open()
    try:
        ctx.require_initialized(db)
        prepared = _prepare(db, ctx, args)
    finally:
        db.close()
    pdf = CATALOG[prepared.kind].render(prepared.data, prepared.frame)
    try:
        args.out.write_bytes(pdf)
    except OSError as error:
        raise CliError(QCoreApplication.translate(
            "Cli", "The file {path} could not be written: {reason}",
        ).format(path=args.out, reason=error.strerror)) from error
    number = prepared.frame.number
    say(QCoreApplication.translate("Cli", "Written: {path}{number}").format(
        path=args.out, number=f" ({number.line})" if number and number.number else ""))
    return 0


def _prepare(db, ctx: Context, args: argparse.Namespace):
    from ..services.departments import DepartmentService
    from ..services.documents import DocumentService
    from ..services.employees import RosterQuery

    service = DocumentService(db, ctx.actor())
    today = date.today()
    if args.kind == "settings":
        return service.settings_sheet(today)
    if args.kind in CONFERENCE_PAPERS or args.kind == "department-meeting":
        return _conference_paper(db, ctx, args, today)
    if args.kind in RECORD_PAPERS:
        return record_paper(db, ctx, args, today)
    if args.kind in SUPERVISION_PAPERS:
        return supervision_paper(db, ctx, args, today)
    department_id = None
    if args.id:
        matches = [d.id for d in DepartmentService(db, ctx.actor()).list() if d.code == args.id]
        if not matches:
            raise CliError(QCoreApplication.translate(
                "Cli", "There is no department with the code {code}.").format(code=args.id))
        department_id = matches[0]
    return service.roster(RosterQuery(department_id=department_id), today,
                          numbered=args.numbered)


# The workers' conference papers: kind -> how to prepare it for a conference (id) on a day.
CONFERENCE_PAPERS = {
    "conference-plan": lambda papers, cid, day, n: papers.plan(cid, day, n),
    "invitation": lambda papers, cid, day, n: papers.invitations(cid, day, n),
    "delegate-list": lambda papers, cid, day, n: papers.delegate_list(
        cid, day, n, with_attendance=True),
    "agenda": lambda papers, cid, day, n: papers.agenda(cid, day),
    "conference-minutes": lambda papers, cid, day, n: papers.minutes(cid),
    "resolution": lambda papers, cid, day, n: papers.resolution(cid),
    "results-notice": lambda papers, cid, day, n: papers.results_notice(cid, day, n),
    "resolution-review": lambda papers, cid, day, n: papers.review(cid, day, n),
}


def _conference_paper(db, ctx: Context, args: argparse.Namespace, today: date):
    from ..services.conference_delegates import DelegateService
    from ..services.conference_papers import ConferencePaperService
    from ..services.conferences import ConferenceService

    conferences = ConferenceService(db, ctx.actor()).list()
    chosen = [c for c in conferences if args.year in (None, c.year)]
    if not chosen:
        raise CliError(QCoreApplication.translate(
            "Cli", "There is no workers' conference of {year}.").format(
            year=args.year or ""))
    cid = chosen[0].id
    papers = ConferencePaperService(db, ctx.actor())
    if args.kind != "department-meeting":
        return CONFERENCE_PAPERS[args.kind](papers, cid, today, args.numbered)
    meetings = [m for m in DelegateService(db, ctx.actor()).meetings(cid)
                if args.id in (None, _department_code(db, ctx, m.department_id))]
    if not meetings:
        raise CliError(QCoreApplication.translate(
            "Cli", "No department meeting of that conference is recorded for {code}.").format(
            code=args.id or ""))
    return papers.department_meeting(meetings[0].id)


def _department_code(db, ctx: Context, department_id: int) -> str:
    from ..services.departments import DepartmentService

    return next(d.code for d in DepartmentService(db, ctx.actor()).list()
                if d.id == department_id)
