"""The petition register (DOMAIN.md workflow 4): workers file petitions at the employee view
or an officer records those received otherwise; the union sends each to its addressee on the
employer side, the employer side answers or rejects it with reasons, the union closes or
escalates it and decides whether and where the answer is published.

Rule S3 (Law 10/2022 Art 9.2): who filed an anonymous petition is known to the union officers
alone. The audit trail, which the employer side reads, never holds it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlmodel import Session

from ..domain.clocks import dmy
from ..domain.enums import Role
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, PermissionDenied, ValidationError
from ..domain.permissions import Action
from ..domain.petitions import Category, Channel
from ..domain.supervision import Status, check_due, check_transition, petition_due
from ..domain.text import nfc, nfc_text
from ..storage.tables import Employee, Petition
from . import audit_log, search_index
from .conference_common import calendar_of, settings_of
from .petition_queries import DUE_RULE, PetitionQueries, load, petition_detail
from .supervision_models import PetitionDetail, PetitionInput, PetitionReceipt

ENTITY = "petition"
# The union's steps after the employer's (the employer answers or rejects a sent petition).
CLOSING_STEPS: dict[Status, frozenset[Status]] = {
    Status.SENT: frozenset({Status.ESCALATED}),  # no answer: the union escalates
    Status.ANSWERED: frozenset({Status.RESOLVED, Status.ESCALATED}),
    Status.REJECTED: frozenset({Status.ESCALATED}),
    Status.ESCALATED: frozenset({Status.RESOLVED, Status.REJECTED}),
}


class PetitionService(PetitionQueries):
    # Receiving --------------------------------------------------------------------------------

    def file(self, data: PetitionInput) -> PetitionReceipt:
        """A worker files a petition at the employee view (any role may file one; the employee
        view's always arrives by that channel). Its answer falls due by the regulation."""
        with self.unit(Action.FILE_PETITION) as session:
            if self.actor.role is Role.EMPLOYEE_VIEW:
                if data.employee_id is not None:  # the shared PC names nobody by the roster
                    raise PermissionDenied(role=self.actor.role.value,
                                           action="file_petition employee_id")
                data = replace(data, channel=Channel.EMPLOYEE_VIEW)
            row = self._add(session, data, "file_petition")
            return PetitionReceipt(row.id, row.raised_on, row.due_on)

    def record(self, data: PetitionInput) -> PetitionDetail:
        """An officer records a petition received by hand, in the suggestion box, on the
        hotline, at a department meeting, a dialogue or the conference."""
        with self.unit(Action.RECORD_PETITIONS) as session:
            if Channel(data.channel) is Channel.EMPLOYEE_VIEW:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Petitions of the employee view are filed there by the workers "
                              "themselves: choose how this one was received."))
            row = self._add(session, data, "record_petition")
            return petition_detail(session, row, self.actor.role, data.raised_on)

    def _add(self, session: Session, data: PetitionInput, verb: str) -> Petition:
        content, subject = nfc_text(data.content), nfc(data.subject)
        raised_by = nfc(data.raised_by)
        channel, category = Channel(data.channel), Category(data.category)
        if not content:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The petition is empty."))
        if data.anonymous and (raised_by or data.employee_id is not None) \
                and self.actor.role not in (Role.UNION_OFFICER, Role.EMPLOYEE_VIEW):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The employer side records an anonymous petition without the name "
                          "or the employee of who filed it: only the union officers may know "
                          "it."))
        if not data.anonymous and not raised_by and data.employee_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Say who raised the petition (a person, a team or a department)."))
        if data.employee_id is not None and session.get(Employee, data.employee_id) is None:
            raise NotFoundError()
        settings = settings_of(session)
        due = petition_due(data.raised_on, settings, calendar_of(session, settings)).due
        row = Petition(channel=channel.value, raised_on=data.raised_on, raised_by=raised_by,
                       employee_id=data.employee_id, anonymous=data.anonymous,
                       category=category.value, subject=subject, content=content,
                       status=Status.OPEN.value, due_on=due, due_rule=DUE_RULE)
        session.add(row)
        session.flush()
        after = {"channel": channel.value, "category": category.value, "subject": subject,
                 "content": content, "anonymous": data.anonymous,
                 "raised_on": data.raised_on.isoformat(), "due_on": due.isoformat()}
        if not data.anonymous:  # S3: the audit trail never holds an anonymous petitioner
            after |= {"raised_by": raised_by, "employee_id": data.employee_id}
        audit_log.record(session, self.actor, verb, ENTITY, row.id, None, after)
        return row

    # The life cycle ---------------------------------------------------------------------------

    def route(self, petition_id: int, addressee: str, on: date,
              category: Category | None = None, due_on: date | None = None) -> PetitionDetail:
        """The union sends the petition to whom answers it on the employer side; a due date
        given replaces the regulation's (never before the day it was raised)."""
        with self.unit(Action.ROUTE_PETITIONS) as session:
            row = load(session, petition_id)
            check_transition(Status(row.status), Status.SENT, "")
            name = nfc(addressee)
            if not name:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say to whom on the employer side the petition is sent."))
            if on < row.raised_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A petition cannot be sent before it was raised ({raised})."),
                    raised=dmy(row.raised_on))
            before = _state(row)
            if due_on is not None:
                check_due(row.raised_on, due_on)
                row.due_on, row.due_rule = due_on, ""
            elif row.due_on is None:  # recorded before the register kept due dates
                settings = settings_of(session)
                row.due_on = petition_due(row.raised_on, settings,
                                          calendar_of(session, settings)).due
                row.due_rule = DUE_RULE
            if category is not None:
                row.category = Category(category).value
            row.addressee, row.routed_on, row.status = name, on, Status.SENT.value
            return self._save(session, row, "route_petition", before, on)

    def answer(self, petition_id: int, text: str, on: date,
               reject: bool = False) -> PetitionDetail:
        """The employer side answers a petition sent to it, or rejects it with reasons."""
        with self.unit(Action.ANSWER_PETITIONS) as session:
            row = load(session, petition_id)
            new = Status.REJECTED if reject else Status.ANSWERED
            answer = nfc_text(text)
            current = Status(row.status)
            if current is Status.OPEN:
                check_transition(current, new, answer)  # refused: it skips the sending
            if current is not Status.SENT:  # answered, closed or escalated: not theirs now
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The employer side answers a petition while it is sent to it; "
                              "this one has moved on."))
            check_transition(Status.SENT, new, answer)
            if row.routed_on is not None and on < row.routed_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The answer cannot be dated before the petition was sent to the "
                              "employer ({sent})."), sent=dmy(row.routed_on))
            before = _state(row)
            row.answer, row.answered_on, row.status = answer, on, new.value
            row.answered_by = self.actor.full_name or self.actor.username
            if new is Status.REJECTED:
                row.closed_on = on
            return self._save(session, row, "answer_petition", before, on)

    def close(self, petition_id: int, status: Status, note: str, on: date) -> PetitionDetail:
        """The union's step after the answer: resolved, or escalated to the upper-level union
        or an authority (and an escalated one resolved or finally rejected)."""
        with self.unit(Action.ROUTE_PETITIONS) as session:
            row = load(session, petition_id)
            current, new, text = Status(row.status), Status(status), nfc_text(note)
            check_transition(current, new, text)
            if new not in CLOSING_STEPS.get(current, frozenset()):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Sending a petition and answering it are steps of their own: "
                              "send it to the employer, or let the employer side answer it."))
            last = max(d for d in (row.raised_on, row.routed_on, row.answered_on, row.closed_on)
                       if d is not None)
            if on < last:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This step cannot be dated before the previous one ({day})."),
                    day=dmy(last))
            before = _state(row)
            row.status, row.closing_note, row.closed_on = new.value, text, on
            return self._save(session, row, "close_petition", before, on)

    def publish_answer(self, petition_id: int, on: date, where: str) -> PetitionDetail:
        """The union publishes the answer (never who filed the petition): the employee view
        lists it and finds it by search."""
        with self.unit(Action.PUBLISH_PETITION_ANSWERS) as session:
            row = load(session, petition_id)
            if not row.answer or row.answered_on is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Only an answered petition is published: the employer side has "
                              "not answered it yet."))
            place = nfc(where)
            if not place:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say where the answer was published."))
            if on < row.answered_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The answer cannot be published before it was given ({day})."),
                    day=dmy(row.answered_on))
            before = {"published_on": _iso(row.published_on),
                      "published_where": row.published_where}
            row.published_on, row.published_where = on, place
            session.add(row)
            search_index.refresh(session, search_index.PETITION, row.id)
            audit_log.record(session, self.actor, "publish_petition_answer", ENTITY, row.id,
                             before, {"published_on": on.isoformat(), "published_where": place})
            return petition_detail(session, row, self.actor.role, on)

    def _save(self, session: Session, row: Petition, verb: str, before: dict,
              on: date) -> PetitionDetail:
        session.add(row)
        session.flush()
        audit_log.record(session, self.actor, verb, ENTITY, row.id, before, _state(row))
        if row.published_on is not None:  # the published answer follows the petition
            search_index.refresh(session, search_index.PETITION, row.id)
        return petition_detail(session, row, self.actor.role, on)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _state(row: Petition) -> dict:
    """What the audit records of a step: never who filed the petition."""
    return {"status": row.status, "addressee": row.addressee, "category": row.category,
            "due_on": _iso(row.due_on), "routed_on": _iso(row.routed_on),
            "answer": row.answer, "answered_on": _iso(row.answered_on),
            "closing_note": row.closing_note, "closed_on": _iso(row.closed_on)}

