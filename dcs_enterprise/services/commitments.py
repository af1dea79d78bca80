"""Following the resolution up: each commitment's status and progress, with a dated history
that feeds the 6-month review (rule C7) and next year's review of last year's resolution."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain.commitments import Status, check_update, is_overdue
from ..domain.conference_stages import Stage
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.text import nfc
from ..storage.tables import Commitment, CommitmentUpdate, ResolutionArticle
from ..storage.tables import Conference as ConferenceRow
from . import audit_log
from .conference_models import CommitmentInfo
from .session import Service


class CommitmentService(Service):
    def list(self, conference_id: int | None = None, *, today: date,
             open_only: bool = False) -> list[CommitmentInfo]:
        """Commitments of one conference, or of all, soonest due first."""
        with self.unit(Action.VIEW_CONFERENCE) as session:
            return commitments(session, conference_id, today, open_only)

    def update(self, commitment_id: int, status: Status, progress: int, note: str,
               day: date) -> CommitmentInfo:
        with self.unit(Action.TRACK_COMMITMENTS) as session:
            commitment = session.get(Commitment, commitment_id)
            if commitment is None:
                raise NotFoundError()
            conference = session.get(ConferenceRow, commitment.conference_id)
            if Stage(conference.stage) not in (Stage.ADOPTED, Stage.PUBLISHED,
                                               Stage.UNDER_REVIEW):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Commitments are followed once the resolution is adopted."))
            text = nfc(note).strip()
            check_update(status, progress, text)
            if day < conference.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A progress report cannot be dated before the conference "
                              "({held})."), held=conference.held_on.strftime("%d/%m/%Y"))
            if commitment.updated_on and day < commitment.updated_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A progress report cannot be dated before the last one ({day})."),
                    day=commitment.updated_on.strftime("%d/%m/%Y"))
            before = {"status": commitment.status, "progress": commitment.progress}
            commitment.status, commitment.progress = status.value, progress
            commitment.note, commitment.updated_on = text, day
            session.add(commitment)
            session.add(CommitmentUpdate(commitment_id=commitment.id, day=day,
                                         status=status.value, progress=progress, note=text,
                                         by=self.actor.full_name or self.actor.username))
            audit_log.record(session, self.actor, "update_commitment", "commitment",
                             commitment.id, before, {"status": status.value,
                                                     "progress": progress, "note": text,
                                                     "on": day.isoformat()})
            session.flush()
            return commitments(session, None, day, False, only=commitment.id)[0]


def commitments(session: Session, conference_id: int | None, today: date, open_only: bool,
                *, only: int | None = None) -> list[CommitmentInfo]:
    statement = (select(Commitment, ResolutionArticle, ConferenceRow.year)
                 .join(ResolutionArticle, ResolutionArticle.id == Commitment.article_id)
                 .join(ConferenceRow, ConferenceRow.id == Commitment.conference_id))
    if conference_id is not None:
        statement = statement.where(Commitment.conference_id == conference_id)
    if only is not None:
        statement = statement.where(Commitment.id == only)
    if open_only:
        statement = statement.where(Commitment.status.in_(
            [Status.NOT_STARTED.value, Status.IN_PROGRESS.value]))
    rows = session.exec(statement.order_by(Commitment.due, ResolutionArticle.number)).all()
    return [CommitmentInfo(c.id, year, a.number, a.title, c.owner, c.due, Status(c.status),
                           c.progress, c.note, c.updated_on,
                           is_overdue(Status(c.status), c.due, today))
            for c, a, year in rows]
