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
    """Recomputes every hash; returns (events checked, breaks found)."""
    rows = session.exec(select(AuditEvent).order_by(AuditEvent.seq)).all()
    events = [(_content(row), row.prev_hash, row.hash) for row in rows]
    return len(events), find_breaks(events)


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
