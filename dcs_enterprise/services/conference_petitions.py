"""The petitions workers raise for the conference (at department meetings or otherwise) and
the employer side's answers before the day: the part of DelegateService
(conference_delegates.py) taken from this mixin."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain.conference_stages import Stage
from ..domain.enums import Role
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.petitions import sees_petitioner
from ..domain.supervision import Status, petition_due
from ..domain.text import nfc, nfc_text
from ..storage.tables import Petition
from . import audit_log
from .conference_common import calendar_of, load, require_stage, settings_of
from .conference_models import PetitionInfo
from .petition_queries import DUE_RULE
from .session import Service

CHANNEL_CONFERENCE = "conference"
# Answered before the conference, whether or not the union sent it on through the register.
ANSWERABLE = frozenset({Status.OPEN, Status.SENT, Status.ANSWERED})


class PetitionsForTheConference(Service):
    def petitions(self, conference_id: int) -> list[PetitionInfo]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            rows = session.exec(select(Petition).where(
                Petition.conference_id == conference_id).order_by(Petition.raised_on,
                                                                  Petition.id)).all()
            return [_petition_info(p, self.actor.role) for p in rows]

    def record_petition(self, conference_id: int, content: str, raised_by: str,
                        raised_on: date) -> PetitionInfo:
        """A petition for the conference received otherwise than at a department meeting."""
        with self.unit(Action.RECORD_PETITIONS) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS)
            text = nfc_text(content)
            if not text:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The petition is empty."))
            if not nfc(raised_by).strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say who raised the petition (a person, a team or a department)."))
            if raised_on > row.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A petition for the conference is raised before its day ({held})."),
                    held=row.held_on.strftime("%d/%m/%Y"))
            petition = Petition(conference_id=row.id, channel=CHANNEL_CONFERENCE,
                                raised_on=raised_on, raised_by=nfc(raised_by).strip(),
                                content=text, **petition_due_columns(session, raised_on))
            session.add(petition)
            session.flush()
            audit_log.record(session, self.actor, "record_petition", "petition", petition.id,
                             None, {"content": text})
            return _petition_info(petition, self.actor.role)

    def answer_petition(self, petition_id: int, answer: str, day: date) -> PetitionInfo:
        """The employer's answer, given before the conference day."""
        with self.unit(Action.ANSWER_PETITIONS) as session:
            petition = session.get(Petition, petition_id)
            if petition is None or petition.conference_id is None:
                raise NotFoundError()  # the register's own petitions: PetitionService.answer
            row = load(session, petition.conference_id)
            require_stage(row, Stage.DELEGATES, Stage.DOCUMENTS, Stage.INVITATIONS, Stage.HELD)
            text = nfc_text(answer)
            if not text:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The answer is empty."))
            if Status(petition.status) not in ANSWERABLE or petition.published_on is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This petition's answer is published, or the petition is closed "
                              "or escalated in the petition register: follow it there."))
            if day < max(petition.raised_on, petition.routed_on or petition.raised_on) \
                    or day > row.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The answer is dated between the petition ({raised}) and the "
                              "conference day."), raised=petition.raised_on.strftime("%d/%m/%Y"))
            before = {"answer": petition.answer}
            petition.answer, petition.answered_on = text, day
            petition.status = Status.ANSWERED.value  # as the petition register answers it
            petition.answered_by = self.actor.full_name or self.actor.username
            session.add(petition)
            audit_log.record(session, self.actor, "answer_petition", "petition", petition.id,
                             before, {"answer": text, "on": day.isoformat()})
            return _petition_info(petition, self.actor.role)


def petition_due_columns(session: Session, raised_on: date) -> dict:
    """The regulation's answer deadline of a petition raised on that day (the register's)."""
    settings = settings_of(session)
    due = petition_due(raised_on, settings, calendar_of(session, settings)).due
    return {"due_on": due, "due_rule": DUE_RULE}


def _petition_info(p: Petition, role: Role) -> PetitionInfo:
    """Who raised it as this reader may know it (rule S3)."""
    raised_by = p.raised_by if sees_petitioner(role, p.anonymous) else ""
    return PetitionInfo(p.id, p.raised_on, raised_by, p.content, p.answer, p.answered_by,
                        p.answered_on)
