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
    """A reason of domain.audit or domain.seals, in the user's language."""
    return QCoreApplication.translate("Audit", reason)


def verify(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.audit_trail import AuditTrailService

    db = ctx.open()
    try:
        report = AuditTrailService(db, ctx.actor()).verify()
    finally:
        db.close()
    _say_chain(report.chain)
    _say_records(report.records)
    return 0 if report.intact else 1


def _say_chain(chain) -> None:
    if chain.intact:
        say(QCoreApplication.translate("Cli", "{count} events checked, chain intact.").format(
            count=chain.checked))
        return
    for chain_break in chain.breaks:
        say(QCoreApplication.translate("Cli", "#{seq}: {reason}").format(
            seq=chain_break.seq, reason=break_reason(chain_break.reason)))
    warn(QCoreApplication.translate(
        "Cli", "{count} events checked: the audit trail was changed outside the program "
               "({breaks} breaks in the chain).",
    ).format(count=chain.checked, breaks=len(chain.breaks)))


def _say_records(records) -> None:
    """Each record break (the first ones of a long list), then what to do about them."""
    if records.intact:
        say(QCoreApplication.translate("Cli", "{count} records checked, each matches its seal.")
            .format(count=records.checked))
        return
    for item in records.breaks:
        if item.row_id is None:
            line = QCoreApplication.translate("Cli", "Table {table}: {reason}")
        else:
            line = QCoreApplication.translate("Cli", "Table {table}, row {id}: {reason}")
        reason = break_reason(item.reason).format(name=item.name)  # a trigger's or view's
        say(line.format(table=item.table, id=item.row_id, reason=reason))
    if records.total_breaks > len(records.breaks):
        say(QCoreApplication.translate("Cli", "… and {count} more.").format(
            count=records.total_breaks - len(records.breaks)))
    warn(QCoreApplication.translate(
        "Cli", "{count} records checked: {breaks} problems with their seals; the records were "
               "changed outside the program. Restore the database from a backup made before "
               "the change; the audit trail shows who changed what through the program.",
    ).format(count=records.checked, breaks=records.total_breaks))


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
    saved = restore_database(source, ctx.db_path, ctx.actor(), now=datetime.now(),
                             keep_previous_in=ctx.backup_dir)
    say(QCoreApplication.translate("Cli", "{backup} restored onto {path}.").format(
        backup=source, path=ctx.db_path))
    if saved is not None:
        say(QCoreApplication.translate("Cli", "The replaced database was saved as {path}.")
            .format(path=saved))
    return 0
