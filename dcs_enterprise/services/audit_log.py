"""Writing and reading the audit trail. `record` runs inside the caller's transaction, so the
event and the change it describes are committed together or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain.audit import (
    GENESIS_HASH,
    AuditContent,
    ChainBreak,
    canonical_json,
    chain_hash,
    find_breaks,
)
from ..domain.seals import (
    ROW_MISSING,
    RecordBreak,
    RecordReport,
    find_row_breaks,
    find_schema_breaks,
    first_breaks,
)
from ..storage import seals
from ..storage.tables import AuditEvent
from .session import Actor


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object,
           before: object = None, after: object = None) -> None:
    last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    content = AuditContent(
        seq=(last.seq + 1) if last else 1,
        at=datetime.now().astimezone().isoformat(timespec="seconds"),  # local time, with offset
        actor=actor.username,
        role=actor.role.value,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=canonical_json(before),
        after=canonical_json(after),
    )
    prev_hash = last.hash if last else GENESIS_HASH
    session.add(AuditEvent(**content.__dict__, prev_hash=prev_hash,
                           hash=chain_hash(prev_hash, content)))
    session.flush()


def verify_chain(session: Session) -> tuple[int, list[ChainBreak]]:
    """Recomputes every hash; returns (events checked, breaks found). The events are streamed,
    so a trail of any length is checked in constant memory."""
    checked = 0

    def events():
        nonlocal checked
        rows = session.exec(select(AuditEvent).order_by(AuditEvent.seq)
                            .execution_options(yield_per=2000))
        for row in rows:
            checked += 1
            yield _content(row), row.prev_hash, row.hash

    breaks = find_breaks(events())
    return checked, breaks


def verify_records(session: Session) -> RecordReport:
    """Compares every row of the sealed tables (the audit trail's too) with its seal
    (storage.seals), streamed, after the file's triggers and views."""
    connection = session.connection()
    if not seals.supported(connection):
        return RecordReport(0, (), 0)
    checked = 0

    def counted(rows):
        nonlocal checked
        for row in rows:
            checked += 1
            yield row

    def breaks():
        tables = seals.sealed_tables(connection)
        # The file's triggers and views first: a planted one is the worst news, and a long list
        # of rows must not push it out of the listing.
        yield from find_schema_breaks({table.name: seals.trigger_sql(table) for table in tables},
                                      seals.schema_objects(connection))
        have_seals = seals.seal_table_exists(connection)
        for table in tables:
            stored = seals.table_seals(connection, table.name) if have_seals else ()
            yield from find_row_breaks(table.name, counted(seals.table_rows(connection, table)),
                                       stored)
        if have_seals:
            for table, row_id in seals.stray_seals(connection, [t.name for t in tables]):
                yield RecordBreak(table, row_id, ROW_MISSING)

    listed, total = first_breaks(breaks())
    return RecordReport(checked, listed, total)


def _content(row: AuditEvent) -> AuditContent:
    return AuditContent(seq=row.seq, at=row.at, actor=row.actor, role=row.role, action=row.action,
                        entity=row.entity, entity_id=row.entity_id, before=row.before,
                        after=row.after)


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    entity: str = ""
    action: str = ""
    date_from: str = ""  # ISO date, inclusive
    date_to: str = ""  # ISO date, inclusive


def filtered(statement, flt: AuditFilter):
    if flt.actor:
        statement = statement.where(AuditEvent.actor == flt.actor)
    if flt.entity:
        statement = statement.where(AuditEvent.entity == flt.entity)
    if flt.action:
        statement = statement.where(AuditEvent.action == flt.action)
    if flt.date_from:
        statement = statement.where(AuditEvent.at >= flt.date_from)
    if flt.date_to:
        statement = statement.where(AuditEvent.at < flt.date_to + "T99")  # whole last day
    return statement


def count(session: Session, flt: AuditFilter) -> int:
    return session.exec(filtered(select(func.count()).select_from(AuditEvent), flt)).one()
