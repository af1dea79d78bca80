"""Reading the audit trail (filtered, paged) and verifying its hash chain and the record seals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from ..domain.audit import ChainBreak
from ..domain.permissions import Action
from ..domain.seals import RecordReport
from ..storage.tables import AuditEvent
from . import audit_log
from .audit_log import AuditFilter
from .readmodels import AuditEntry
from .session import Service


@dataclass(frozen=True)
class ChainReport:
    checked: int
    breaks: tuple[ChainBreak, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks


@dataclass(frozen=True)
class VerifyReport:
    """The audit trail's hash chain and every record's seal, checked in one read transaction."""

    chain: ChainReport
    records: RecordReport

    @property
    def intact(self) -> bool:  # both: what is checked and broken is asked of each part
        return self.chain.intact and self.records.intact


class AuditTrailService(Service):
    def count(self, flt: AuditFilter) -> int:
        with self.unit(Action.VIEW_AUDIT) as session:
            return audit_log.count(session, flt)

    def page(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditEntry]:
        """Newest first."""
        with self.unit(Action.VIEW_AUDIT) as session:
            statement = audit_log.filtered(select(AuditEvent), flt)
            rows = session.exec(statement.order_by(AuditEvent.seq.desc())
                                .offset(offset).limit(limit))
            return [AuditEntry(r.seq, r.at, r.actor, r.role, r.action, r.entity, r.entity_id,
                               r.before, r.after) for r in rows]

    def choices(self) -> dict[str, list[str]]:
        """The actors, entities and actions present, for the filter boxes."""
        with self.unit(Action.VIEW_AUDIT) as session:
            return {
                name: sorted(session.exec(select(column).distinct()).all())
                for name, column in (("actor", AuditEvent.actor), ("entity", AuditEvent.entity),
                                     ("action", AuditEvent.action))
            }

    def verify(self) -> VerifyReport:
        with self.unit(Action.VIEW_AUDIT) as session:
            checked, breaks = audit_log.verify_chain(session)
            return VerifyReport(ChainReport(checked, tuple(breaks)),
                                audit_log.verify_records(session))
