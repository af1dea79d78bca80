"""Workplace dialogues before the day (Labour Code 2019 Art 63; Decree 145/2020 Arts 39-41):
scheduling a periodic (D1) or incident (D11) dialogue, recording a request (D10) and its reply,
rescheduling and each side's agenda (D6). The day itself, the minutes and the notice are in
dialogue_day.py; DialogueService offers both."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from ..domain.clocks import RuleCheck, dmy
from ..domain.dialogue_rules import (
    DialogueKind,
    IncidentTrigger,
    Side,
    check_request_support,
    periodic_dialogue_check,
)
from ..domain.dialogue_stages import DialogueStage, require_stage
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.permissions import Action
from ..domain.text import nfc, nfc_text
from ..storage.tables import Dialogue, DialogueList, DialogueSupporter
from . import audit_log
from .conference_common import clean_time
from .dialogue_day import DialogueDay, refuse
from .dialogue_info import dialogue_info, load_dialogue, summary, worker_members
from .dialogue_lists import current_list, load_list
from .dialogue_models import DialogueInfo, DialogueInput, DialogueSummary, RequestInput

ORDERED = (DialogueStage.HELD, DialogueStage.SIGNED, DialogueStage.PUBLISHED)


class DialogueService(DialogueDay):
    # Reading ----------------------------------------------------------------------------

    def list(self, year: int | None = None) -> list[DialogueSummary]:
        """Dialogues, the latest first; with ``year``, those scheduled in that year."""
        with self.unit(Action.VIEW_DIALOGUE) as session:
            statement = select(Dialogue)
            if year is not None:
                statement = statement.where(Dialogue.scheduled_on >= date(year, 1, 1),
                                            Dialogue.scheduled_on <= date(year, 12, 31))
            rows = session.exec(statement.order_by(Dialogue.scheduled_on.desc(),
                                                   Dialogue.id.desc())).all()
            return [summary(r) for r in rows]

    def get(self, dialogue_id: int, today: date) -> DialogueInfo:
        with self.unit(Action.VIEW_DIALOGUE) as session:
            return dialogue_info(session, load_dialogue(session, dialogue_id), today)

    def periodic_check(self, year: int) -> RuleCheck:
        """D1 (Labour Code 2019 Art 63.2.a): a periodic dialogue held in the year."""
        with self.unit(Action.VIEW_DIALOGUE) as session:
            held = session.exec(select(Dialogue.held_on).where(
                Dialogue.kind == DialogueKind.PERIODIC.value,
                Dialogue.stage.in_([s.value for s in ORDERED]))).all()
            return periodic_dialogue_check(year, (d for d in held if d is not None))

    # Before the day ---------------------------------------------------------------------

    def schedule(self, plan: DialogueInput) -> DialogueInfo:
        """A periodic dialogue (Art 39) or one on an incident (Art 41: the trigger says which
        Labour Code article requires it)."""
        with self.unit(Action.PLAN_DIALOGUE) as session:
            kind = DialogueKind(plan.kind)
            if kind is DialogueKind.REQUEST:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A dialogue on request starts from the written request."))
            if kind is DialogueKind.INCIDENT and plan.trigger is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say which event requires the dialogue (Decree 145/2020 Art 41)."))
            listed = _the_list(session, plan.list_id, plan.scheduled_on)
            row = Dialogue(
                kind=kind.value, list_id=listed.id, stage=DialogueStage.SCHEDULED.value,
                trigger=IncidentTrigger(plan.trigger).value
                if kind is DialogueKind.INCIDENT else "",
                title=_title(plan.title), scheduled_on=plan.scheduled_on,
                start_time=clean_time(plan.start_time), place=nfc(plan.place),
                created_at=datetime.now(UTC))
            session.add(row)
            session.flush()
            audit_log.record(session, self.actor, "schedule_dialogue", "dialogue", row.id, None,
                             _plan(row))
            return dialogue_info(session, row, plan.scheduled_on)

    def record_request(self, request: RequestInput) -> DialogueInfo:
        """A written request (Art 40.1): the worker side's backed by at least 30% of its
        representatives, the employer side's approved by the legal representative (D10)."""
        with self.unit(Action.PLAN_DIALOGUE) as session:
            side = Side(request.requested_by)
            content = nfc_text(request.content)
            if not content:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Write what the request asks to discuss."))
            listed = _the_list(session, request.list_id, request.received_on)
            row = Dialogue(
                kind=DialogueKind.REQUEST.value, list_id=listed.id,
                stage=DialogueStage.REQUESTED.value, title=_title(request.title),
                requested_by=side.value, request_received_on=request.received_on,
                request_content=content, scheduled_on=request.received_on,
                created_at=datetime.now(UTC))
            supporters = sorted(set(request.supporters))
            if side is Side.WORKER:
                workers = {m.id for m in worker_members(session, row, request.received_on)}
                if not set(supporters) <= workers:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "Only worker representatives on the list can back the "
                                  "request."))
                check = check_request_support(len(supporters), len(workers))
                if not check.ok:
                    refuse(check.why)
            elif not request.approved_by_legal_representative:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A request of the employer side needs the approval of the legal "
                              "representative (Decree 145/2020 Art 40.1.a)."))
            elif supporters:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Only a request of the worker side is backed by worker "
                              "representatives."))
            session.add(row)
            session.flush()
            for representative_id in supporters:
                session.add(DialogueSupporter(dialogue_id=row.id,
                                              representative_id=representative_id))
            audit_log.record(session, self.actor, "record_dialogue_request", "dialogue", row.id,
                             None, {**_plan(row), "requested_by": side.value,
                                    "received_on": request.received_on.isoformat(),
                                    "supporters": supporters})
            session.flush()
            return dialogue_info(session, row, request.received_on)

    def reply(self, dialogue_id: int, sent_on: date, text: str, scheduled_on: date,
              start_time: str, place: str) -> DialogueInfo:
        """The written reply agreeing the time and place (Art 40.2; D10: 5 working days)."""
        with self.unit(Action.PLAN_DIALOGUE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.REQUESTED)
            answer = nfc_text(text)
            if not answer:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write the reply."))
            if sent_on < row.request_received_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The reply cannot be sent before the request was received "
                              "({day})."), day=dmy(row.request_received_on))
            if scheduled_on < sent_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The dialogue cannot be scheduled before the reply ({day})."),
                    day=dmy(sent_on))
            row.reply_sent_on, row.reply_text = sent_on, answer
            row.scheduled_on, row.start_time = scheduled_on, clean_time(start_time)
            row.place, row.stage = nfc(place), DialogueStage.SCHEDULED.value
            session.add(row)
            audit_log.record(session, self.actor, "reply_dialogue_request", "dialogue", row.id,
                             {"stage": DialogueStage.REQUESTED.value},
                             {**_plan(row), "reply_sent_on": sent_on.isoformat()})
            return dialogue_info(session, row, sent_on)

    def reschedule(self, dialogue_id: int, scheduled_on: date, start_time: str,
                   place: str) -> DialogueInfo:
        with self.unit(Action.PLAN_DIALOGUE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.SCHEDULED)
            earliest = row.reply_sent_on or session.get(DialogueList, row.list_id).determined_on
            if scheduled_on < earliest:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The dialogue cannot be scheduled before {day}."),
                    day=dmy(earliest))
            before = _plan(row)
            row.scheduled_on, row.start_time = scheduled_on, clean_time(start_time)
            row.place = nfc(place)
            session.add(row)
            audit_log.record(session, self.actor, "reschedule_dialogue", "dialogue", row.id,
                             before, _plan(row))
            return dialogue_info(session, row, scheduled_on)

    def send_agenda(self, dialogue_id: int, side: Side, text: str,
                    sent_on: date) -> DialogueInfo:
        """What one side wants to discuss (Art 39.3; D6 shows whether it came on time)."""
        with self.unit(Action.PLAN_DIALOGUE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.REQUESTED,
                          DialogueStage.SCHEDULED)
            content = nfc_text(text)
            if not content:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Write what the side wants to discuss."))
            if side is Side.EMPLOYER:
                row.employer_agenda, row.employer_agenda_sent_on = content, sent_on
            else:
                row.worker_agenda, row.worker_agenda_sent_on = content, sent_on
            session.add(row)
            audit_log.record(session, self.actor, "send_dialogue_agenda", "dialogue", row.id,
                             None, {"side": Side(side).value, "sent_on": sent_on.isoformat(),
                                    "agenda": content})
            return dialogue_info(session, row, sent_on)


def _the_list(session: Session, list_id: int | None, day: date) -> DialogueList:
    listed = current_list(session) if list_id is None else load_list(session, list_id)
    if listed is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Determine the dialogue representatives of both sides first."))
    if day < listed.determined_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The dialogue cannot come before its representatives were determined "
                      "({day})."), day=dmy(listed.determined_on))
    return listed


def _title(text: str) -> str:
    title = nfc(text)
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the dialogue a title."))
    return title


def _plan(row: Dialogue) -> dict:
    return {"kind": row.kind, "trigger": row.trigger, "title": row.title,
            "scheduled_on": row.scheduled_on.isoformat(), "start_time": row.start_time,
            "place": row.place, "stage": row.stage}
