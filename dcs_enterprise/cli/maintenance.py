"""Commands that look after the database file: check, verify, backup, restore."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .context import CliError, Context, say, warn


def check(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.maintenance import check_database

    ctx.require_file()
    report = check_database(ctx.db_path)
    say(QCoreApplication.translate("Cli", "Schema revision: {revision} (this version: {head})")
        .format(revision=report.revision, head=report.head))
    for problem in report.problems:
        say(problem)
    if report.ok:
        say(QCoreApplication.translate("Cli", "The database is sound."))
        return 0
    if report.revision != report.head:
        warn(QCoreApplication.translate(
            "Cli", "The database is at an older schema revision; the program upgrades it "
                   "(after a backup) the next time it opens it."))
    if report.problems:
        warn(QCoreApplication.translate(
            "Cli", "The integrity check found {count} problems. Restore the database from a "
                   "backup.").format(count=len(report.problems)))
    return 1


def break_reason(reason: str) -> str:
    """A reason of domain.audit, in the user's language."""
    return QCoreApplication.translate("Audit", reason)


def verify(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.audit_trail import AuditTrailService

    db = ctx.open()
    try:
        report = AuditTrailService(db, ctx.actor()).verify()
    finally:
        db.close()
    if report.intact:
        say(QCoreApplication.translate("Cli", "{count} events checked, chain intact.").format(
            count=report.checked))
        return 0
    for chain_break in report.breaks:
        say(QCoreApplication.translate("Cli", "#{seq}: {reason}").format(
            seq=chain_break.seq, reason=break_reason(chain_break.reason)))
    warn(QCoreApplication.translate(
        "Cli", "{count} events checked: the audit trail was changed outside the program "
               "({breaks} breaks in the chain).",
    ).format(count=report.checked, breaks=len(report.breaks)))
    return 1


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.maintenance import BackupService

    target: Path = args.out or ctx.backup_dir / f"{ctx.db_path.stem}-{_stamp()}.sqlite"
    if target.exists():
        raise CliError(QCoreApplication.translate(
            "Cli", "The file {path} already exists. Choose another name for the backup.",
        ).format(path=target))
    db = ctx.open()
    try:
        written = BackupService(db, ctx.actor()).backup(target)
    finally:
        db.close()
    say(QCoreApplication.translate("Cli", "Backup written to {path}.").format(path=written))
    return 0


def restore(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.maintenance import restore_database

    source: Path = args.file
    if not source.is_file():
        raise CliError(QCoreApplication.translate("Cli", "The file {path} does not exist.")
                       .format(path=source))
    saved = restore_database(source, ctx.db_path, ctx.actor(), keep_previous_in=ctx.backup_dir)
    say(QCoreApplication.translate("Cli", "{backup} restored onto {path}.").format(
        backup=source, path=ctx.db_path))
    if saved is not None:
        say(QCoreApplication.translate("Cli", "The replaced database was saved as {path}.")
            .format(path=saved))
    return 0
