"""Reading one dialogue with what the rules say about it (Decree 145/2020 Arts 39-41): the reply
deadline and support of a request (D10), the agenda deadline (D6), the quorum (D7), the
signatories of the minutes (D8), the sham-minutes warning and the notice deadline (D9)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain.commitments import Status, is_overdue
from ..domain.dialogue_rules import (
    DialogueKind,
    DialogueQuorum,
    IncidentTrigger,
    Organisation,
    Side,
    agenda_due,
    check_dialogue_quorum,
    check_request_support,
    has_substantive_content,
    minutes_signatories,
    notice_due,
    reply_due,
)
from ..domain.dialogue_stages import DialogueStage
from ..domain.errors import NotFoundError
from ..domain.publication import PublicationForm
from ..storage.tables import (
    Dialogue,
    DialogueAction,
    DialogueAttendance,
    DialogueItem,
    DialogueRepresentative,
    DialogueSupporter,
)
from .conference_common import calendar_of, settings_of
from .dialogue_lists import members_on
from .dialogue_models import (
    ActionInfo,
    AttendanceRow,
    DialogueInfo,
    DialogueSummary,
    ItemInfo,
    Signatory,
)
from .enterprise import load_enterprise


def load_dialogue(session: Session, dialogue_id: int) -> Dialogue:
    row = session.get(Dialogue, dialogue_id)
    if row is None:
        raise NotFoundError()
    return row


def summary(row: Dialogue) -> DialogueSummary:
    return DialogueSummary(row.id, DialogueKind(row.kind),
                           IncidentTrigger(row.trigger) if row.trigger else None, row.title,
                           DialogueStage(row.stage), row.scheduled_on, row.held_on,
                           row.minutes_number, row.list_id)


def worker_members(session: Session, row: Dialogue, day: date) -> list[DialogueRepresentative]:
    return [m for m in members_on(session, row.list_id, day) if m.side == Side.WORKER]


def employer_present(row: Dialogue) -> bool:
    """The legal representative, or a person authorised in writing (Art 39.4)."""
    return row.employer_representative_present or bool(row.authorised_person)


def quorum_of(rows: list[AttendanceRow], row: Dialogue) -> DialogueQuorum | None:
    worker = [r for r in rows if r.side is Side.WORKER]
    if row.held_on is None or not worker:
        return None
    return check_dialogue_quorum(employer_present(row), sum(r.present for r in worker),
                                 len(worker))


def action_info(a: DialogueAction, today: date) -> ActionInfo:
    status = Status(a.status)
    return ActionInfo(a.id, a.dialogue_id, a.item_id, a.text, a.owner, a.due, status,
                      a.progress, a.note, a.updated_on, is_overdue(status, a.due, today))


def items_of(session: Session, dialogue_id: int) -> list[DialogueItem]:
    return list(session.exec(select(DialogueItem).where(
        DialogueItem.dialogue_id == dialogue_id).order_by(DialogueItem.position)).all())


def signatories(session: Session, row: Dialogue) -> tuple[Signatory, ...]:
    """D8: the employer's legal representative (or the authorised person), then the first
    listed member of each worker organisation sitting on the day."""
    members = members_on(session, row.list_id, row.held_on or row.scheduled_on)
    employer = [m for m in members if m.side == Side.EMPLOYER]
    out = []
    for organisation in minutes_signatories(
            Organisation(m.organisation) for m in members if m.side == Side.WORKER):
        if organisation is Organisation.EMPLOYER:
            out.append(_employer_signatory(session, row, employer))
            continue
        first = next(m for m in members if m.organisation == organisation.value)
        out.append(Signatory(organisation, first.full_name, first.position))
    return tuple(out)


def _employer_signatory(session: Session, row: Dialogue,
                        employer: list[DialogueRepresentative]) -> Signatory:
    if row.authorised_person:
        title = next((m.position for m in employer if m.full_name == row.authorised_person), "")
        return Signatory(Organisation.EMPLOYER, row.authorised_person, title)
    legal = next((m for m in employer if m.is_legal_representative), None)
    enterprise = load_enterprise(session)
    if legal is not None:
        return Signatory(Organisation.EMPLOYER, legal.full_name,
                         legal.position or enterprise.legal_representative_title)
    return Signatory(Organisation.EMPLOYER, enterprise.legal_representative,
                     enterprise.legal_representative_title)


def dialogue_info(session: Session, row: Dialogue, today: date) -> DialogueInfo:
    calendar = calendar_of(session, settings_of(session))
    kind = DialogueKind(row.kind)
    requested_by = Side(row.requested_by) if row.requested_by else None
    reply = (reply_due(row.request_received_on, calendar)
             if kind is DialogueKind.REQUEST and row.request_received_on else None)
    supporters = tuple(session.exec(select(DialogueSupporter.representative_id).where(
        DialogueSupporter.dialogue_id == row.id).order_by(DialogueSupporter.id)).all())
    support = None
    if requested_by is Side.WORKER and row.request_received_on:
        listed = len(worker_members(session, row, row.request_received_on))
        support = check_request_support(len(supporters), listed) if listed else None
    agenda = (agenda_due(row.held_on or row.scheduled_on, calendar)
              if kind is DialogueKind.PERIODIC else None)
    attendance = tuple(
        AttendanceRow(m.id, Side(m.side), Organisation(m.organisation), m.full_name,
                      m.position, m.gender, a.present)
        for a, m in session.exec(select(DialogueAttendance, DialogueRepresentative).join(
            DialogueRepresentative,
            DialogueRepresentative.id == DialogueAttendance.representative_id).where(
            DialogueAttendance.dialogue_id == row.id).order_by(DialogueRepresentative.id)))
    order = list(Organisation)
    attendance = tuple(sorted(attendance, key=lambda r: order.index(r.organisation)))
    items = items_of(session, row.id)
    actions = session.exec(select(DialogueAction).where(
        DialogueAction.dialogue_id == row.id).order_by(DialogueAction.due,
                                                       DialogueAction.id)).all()
    notice = notice_due(row.held_on, calendar) if row.held_on else None
    return DialogueInfo(
        id=row.id, kind=kind, trigger=IncidentTrigger(row.trigger) if row.trigger else None,
        title=row.title, list_id=row.list_id, stage=DialogueStage(row.stage),
        requested_by=requested_by, request_received_on=row.request_received_on,
        request_content=row.request_content, reply_sent_on=row.reply_sent_on,
        reply_text=row.reply_text, scheduled_on=row.scheduled_on, start_time=row.start_time,
        place=row.place, employer_agenda=row.employer_agenda,
        employer_agenda_sent_on=row.employer_agenda_sent_on, worker_agenda=row.worker_agenda,
        worker_agenda_sent_on=row.worker_agenda_sent_on, held_on=row.held_on,
        end_time=row.end_time,
        employer_representative_present=row.employer_representative_present,
        authorised_person=row.authorised_person, authorisation=row.authorisation,
        chair=row.chair, note_taker=row.note_taker, invited=row.invited,
        female_representative_present=row.female_representative_present,
        minutes_number=row.minutes_number, finalized_on=row.finalized_on,
        notice_summary=row.notice_summary, notice_published_on=row.notice_published_on,
        notice_form=PublicationForm(row.notice_form) if row.notice_form else None,
        notice_place=row.notice_place, notice_until=row.notice_until, notice_by=row.notice_by,
        reply_due=reply, reply_on_time=_on_time(row.reply_sent_on, reply and reply.due),
        supporters=supporters, support=support, agenda_due=agenda,
        employer_agenda_on_time=_on_time(row.employer_agenda_sent_on, agenda and agenda.due),
        worker_agenda_on_time=_on_time(row.worker_agenda_sent_on, agenda and agenda.due),
        attendance=attendance, quorum=quorum_of(list(attendance), row),
        items=tuple(ItemInfo(i.id, i.position, i.title, i.employer_position,
                             i.worker_position, i.agreed, i.disagreed) for i in items),
        actions=tuple(action_info(a, today) for a in actions),
        signatories=signatories(session, row) if row.held_on else (),
        substantive=has_substantive_content(
            (i.employer_position, i.worker_position, i.agreed, i.disagreed) for i in items),
        notice_due=notice,
        notice_on_time=_on_time(row.notice_published_on, notice and notice.due))


def _on_time(done: date | None, due: date | None) -> bool | None:
    return None if done is None or due is None else done <= due
