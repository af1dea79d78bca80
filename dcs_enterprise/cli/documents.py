"""`export-pdf`: documents in the Decree 30/2020 layout, without the window."""

from __future__ import annotations

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication

from .context import CliError, Context, say


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
    department_id = None
    if args.id:
        matches = [d.id for d in DepartmentService(db, ctx.actor()).list() if d.code == args.id]
        if not matches:
            raise CliError(QCoreApplication.translate(
                "Cli", "There is no department with the code {code}.").format(code=args.id))
        department_id = matches[0]
    return service.roster(RosterQuery(department_id=department_id), today,
                          numbered=args.numbered)
