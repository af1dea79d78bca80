"""The audit trail's hash chain: each event's hash covers its content and the previous hash,
so a row changed or removed behind the program's back breaks the chain (`dcs-enterprise verify`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditContent:
    seq: int
    at: str  # ISO 8601 local time with its UTC offset
    actor: str
    role: str
    action: str
    entity: str
    entity_id: str
    before: str  # canonical JSON text, "" when the record did not exist
    after: str  # canonical JSON text, "" when the record was removed


def canonical_json(data: object) -> str:
    if data is None:
        return ""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def chain_hash(prev_hash: str, content: AuditContent) -> str:
    payload = "\x1f".join(
        [prev_hash, str(content.seq), content.at, content.actor, content.role, content.action,
         content.entity, content.entity_id, content.before, content.after]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


MISSING_BEFORE = QT_TRANSLATE_NOOP("Audit", "events are missing before this one")
BROKEN_LINK = QT_TRANSLATE_NOOP("Audit", "its link to the previous event does not match")
CHANGED = QT_TRANSLATE_NOOP("Audit", "its content was changed after it was written")


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str  # a catalogue source string (context "Audit"), translated where it is shown


def find_breaks(events: Iterable[tuple[AuditContent, str, str]]) -> list[ChainBreak]:
    """events: (content, stored prev_hash, stored hash) in seq order. Returns every break found."""
    breaks: list[ChainBreak] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    for content, prev_hash, stored_hash in events:
        if content.seq != expected_seq:
            breaks.append(ChainBreak(content.seq, MISSING_BEFORE))
        if prev_hash != expected_prev:
            breaks.append(ChainBreak(content.seq, BROKEN_LINK))
        if chain_hash(prev_hash, content) != stored_hash:
            breaks.append(ChainBreak(content.seq, CHANGED))
        expected_prev = stored_hash
        expected_seq = content.seq + 1
    return breaks
