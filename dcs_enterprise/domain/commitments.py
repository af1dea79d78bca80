"""Commitments: resolution articles that bind someone, followed until done (rule C7).

Law 10/2022 Art 70.2-70.3 (SOE; recommended for all): the employer and the union follow the
resolution up and, every 6 months, check and evaluate its implementation and notify all workers.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, ValidationError


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"  # no longer pursued; the reason is the update's note


OPEN = frozenset({Status.NOT_STARTED, Status.IN_PROGRESS})


def is_overdue(status: Status, due: date, today: date) -> bool:
    return status in OPEN and due < today


def check_update(status: Status, progress: int, note: str) -> None:
    """A progress report must be coherent: done is 100%, not started 0%, dropped explained."""
    if not 0 <= progress <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Progress must be between 0 and 100%."))
    if status is Status.DONE and progress != 100:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A commitment marked done must be at 100%."))
    if status is Status.NOT_STARTED and progress != 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A commitment not started must be at 0%."))
    if status is Status.DROPPED and not note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Say why the commitment is dropped."))
