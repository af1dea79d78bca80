"""Commands that fill or read the roster: demo, import-employees, export-employees."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .context import CliError, Context, percent_progress, say, warn

# The demo prints a line per 5,000 employees written from this size on.
DEMO_PROGRESS_FROM = 5000


def role_label(role: object) -> str:
    from ..domain.enums import Role

    labels = {
        Role.ADMIN: QCoreApplication.translate("Cli", "administrator"),
        Role.HR_OFFICER: QCoreApplication.translate("Cli", "HR officer"),
        Role.UNION_OFFICER: QCoreApplication.translate("Cli", "union officer"),
        Role.EMPLOYEE_VIEW: QCoreApplication.translate("Cli", "employee view"),
    }
    return labels.get(role, str(role))


def demo(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.demo import DEMO_ACCOUNTS, create_demo
    from ..services.setup import is_initialized

    db = ctx.open(create=True)
    try:
        if is_initialized(db):
            raise CliError(QCoreApplication.translate(
                "Cli",
                "The database {path} already holds an enterprise; the demo was not created. "
                "Choose a new file with --db.",
            ).format(path=ctx.db_path))
        progress = None
        if args.employees >= DEMO_PROGRESS_FROM:
            warn(QCoreApplication.translate(
                "Cli", "Creating the demo enterprise with {count} employees…",
            ).format(count=args.employees))

            def progress(done: int, total: int) -> None:
                warn(QCoreApplication.translate(
                    "Cli", "Employees written: {done} of {total}",
                ).format(done=done, total=total))

        create_demo(db, employees=args.employees, seed=args.seed, progress=progress)
    finally:
        db.close()
    say(QCoreApplication.translate(
        "Cli", "Demo enterprise created in {path} with {count} employees.",
    ).format(path=ctx.db_path, count=args.employees))
    say(QCoreApplication.translate("Cli", "Sign in with one of these accounts:"))
    width = max(len(username) for username, *_ in DEMO_ACCOUNTS)
    password_width = max(len(password) for *_, password in DEMO_ACCOUNTS)
    for username, full_name, role, password in DEMO_ACCOUNTS:
        say(QCoreApplication.translate(
            "Cli", "  user name {username}  password {password}  ({role}: {name})",
        ).format(username=username.ljust(width), password=password.ljust(password_width),
                 role=role_label(role), name=full_name))
    return 0


def column_label(column: str, language: str) -> str:
    """The column as the user knows it: the Vietnamese header, or the field name in words."""
    from ..services.roster_files import HEADER_LABELS_VI

    if language == "vi":
        return HEADER_LABELS_VI.get(column, column)
    return column.replace("_", " ")


def row_error_text(error: object, language: str) -> str:
    """One line per problem of a rejected import: "Row 7, column Giới tính: …"."""
    from ..i18n import error_text

    message = error_text(error)
    if error.row > 0 and error.column:
        return QCoreApplication.translate("Cli", "Row {row}, column {column}: {message}").format(
            row=error.row, column=column_label(error.column, language), message=message)
    if error.row > 0:
        return QCoreApplication.translate("Cli", "Row {row}: {message}").format(
            row=error.row, message=message)
    return message


def import_employees(ctx: Context, args: argparse.Namespace) -> int:
    from ..i18n import error_text
    from ..services.roster_import import ImportRejected, RosterImportService

    db = ctx.open()
    try:
        ctx.require_initialized(db)
        service = RosterImportService(db, ctx.actor())
        try:
            result = service.import_file(
                args.file, create_departments=args.create_departments,
                progress=percent_progress(QCoreApplication.translate("Cli", "Importing…")))
        except ImportRejected as rejected:
            for error in rejected.errors:
                warn(row_error_text(error, ctx.language))
            warn(error_text(rejected))
            return 2
    finally:
        db.close()
    say(QCoreApplication.translate(
        "Cli", "Employees imported from {file}: {inserted} added, {updated} updated, "
               "{unchanged} unchanged.",
    ).format(file=args.file.name, inserted=result.inserted, updated=result.updated,
             unchanged=result.unchanged))
    if result.created_departments:
        say(QCoreApplication.translate("Cli", "Departments created: {names}").format(
            names=", ".join(result.created_departments)))
    if result.ignored_headers:
        say(QCoreApplication.translate("Cli", "Columns not recognised (ignored): {names}").format(
            names=", ".join(result.ignored_headers)))
    return 0


def export_employees(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.roster_import import RosterImportService

    target: Path = args.file
    if target.suffix.lower() != ".xlsx":
        raise CliError(QCoreApplication.translate(
            "Cli", "The roster is exported as an Excel workbook: give a file name ending in .xlsx.",
        ))
    db = ctx.open()
    try:
        count = RosterImportService(db, ctx.actor()).export_file(
            target, progress=percent_progress(QCoreApplication.translate("Cli", "Exporting…")))
    finally:
        db.close()
    say(QCoreApplication.translate("Cli", "{count} employees written to {path}.").format(
        count=count, path=target))
    return 0
