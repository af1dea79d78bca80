"""One running legal clock as the dashboard lists it, whichever workflow it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.clocks import Clock


@dataclass(frozen=True)
class DueItem:
    area: str  # conference, dialogue, bargaining, agreement, petition, supervision, publication
    what: str  # catalogue string, context "Deadlines"
    record: str  # the record's own title (user data)
    record_id: int
    due: date
    rule_id: str
    article: str  # catalogue string, context "Rules"
    context: str = "Deadlines"  # the catalogue context of ``what``
    shown_from: date | None = None  # listed from this day even when due beyond the horizon

    def listed(self, today: date, limit: date) -> bool:
        return self.due <= limit or (self.shown_from is not None and self.shown_from <= today)

    def overdue(self, today: date) -> bool:
        return self.due < today


def clock_item(area: str, what: str, record: str, record_id: int, clock: Clock) -> DueItem:
    return DueItem(area, what, record, record_id, clock.due, clock.why.rule_id,
                   clock.why.article)
