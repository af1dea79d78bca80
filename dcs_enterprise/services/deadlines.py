"""Every legal clock still running, across the workflows, for the dashboard: what is overdue
and what falls due soon, each with the rule and article that set its date.

Only open records are read (a request not yet answered, a dialogue not yet published, a round
still negotiating, an agreement not yet filed or nearing expiry, open follow-up items, petitions
and supervision items awaiting an answer, plans not yet notified, decisions not yet published or
still posted), so the cost follows what is pending, not ten years of history.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, select

from ..domain.agreement_rules import Standing, filing_due
from ..domain.bargaining_rules import arrangement_due, end_due, information_due, start_due
from ..domain.bargaining_stages import AgreementStage, RoundStage
from ..domain.calendar import WorkCalendar
from ..domain.clocks import dmy
from ..domain.commitments import OPEN
from ..domain.conference_plan import TASK_LABELS, TaskKind
from ..domain.conference_stages import Stage
from ..domain.dialogue_rules import (
    DialogueKind,
    agenda_due,
    notice_due,
    periodic_dialogue_check,
    renewal_due,
    reply_due,
)
from ..domain.dialogue_stages import DialogueStage
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.permissions import Action
from ..storage.tables import (
    Agreement,
    AgreementClause,
    BargainingRound,
    BargainingSession,
    Commitment,
    Conference,
    ConferenceTask,
    Dialogue,
    DialogueAction,
    DialogueList,
    ResolutionArticle,
)
from .bargaining_common import SIGNED, agreement_info
from .conference_common import calendar_of, settings_of
from .deadlines_supervision import answers, publication_windows
from .due_items import DueItem, clock_item
from .session import Service

_OPEN = [s.value for s in OPEN]
_ART = {  # the articles of the follow-up items, which are not legal deadlines themselves
    "commitment": QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Art 70.2 (resolution follow-up)"),
    "dialogue_action": QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 39.4 (dialogue minutes)"),
    "clause": QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 79 (agreement in force)"),
}


class DeadlineService(Service):
    def due(self, today: date, horizon_days: int = 30) -> list[DueItem]:
        """What is overdue or falls due within ``horizon_days``, soonest first."""
        limit = today + timedelta(days=horizon_days)
        with self.unit(Action.VIEW_CONFERENCE) as session:
            settings = settings_of(session)
            calendar = calendar_of(session, settings)
            items = [*_dialogues(session, calendar), *_rounds(session, calendar),
                     *_agreements(session, calendar, today), *_follow_up(session)]
            items += _conference_tasks(session) + _dialogue_duties(session, calendar, today)
            items += answers(session, settings, calendar, today)
            items += publication_windows(session, settings, today)
            return sorted((i for i in items if i.listed(today, limit)),
                          key=lambda i: (i.due, i.what))


def _dialogues(session: Session, calendar: WorkCalendar) -> list[DueItem]:
    open_stages = [DialogueStage.REQUESTED.value, DialogueStage.SCHEDULED.value,
                   DialogueStage.HELD.value, DialogueStage.SIGNED.value]
    items = []
    for row in session.exec(select(Dialogue).where(Dialogue.stage.in_(open_stages))).all():
        stage = DialogueStage(row.stage)
        if stage is DialogueStage.REQUESTED and row.request_received_on:
            items.append(clock_item("dialogue", QT_TRANSLATE_NOOP(
                "Deadlines", "Reply in writing to the request for dialogue"), row.title, row.id,
                reply_due(row.request_received_on, calendar)))
        elif (stage is DialogueStage.SCHEDULED and row.kind == DialogueKind.PERIODIC
              and not (row.employer_agenda_sent_on and row.worker_agenda_sent_on)):
            items.append(clock_item("dialogue", QT_TRANSLATE_NOOP(
                "Deadlines", "Send the dialogue's content to the other side"), row.title,
                row.id, agenda_due(row.scheduled_on, calendar)))
        elif stage in (DialogueStage.HELD, DialogueStage.SIGNED) and row.held_on:
            items.append(clock_item("dialogue", QT_TRANSLATE_NOOP(
                "Deadlines", "Publish the main points of the dialogue"), row.title, row.id,
                notice_due(row.held_on, calendar)))
    return items


def _dialogue_duties(session: Session, calendar: WorkCalendar, today: date) -> list[DueItem]:
    """The yearly periodic dialogue (D1), from October while none has been held this year,
    and the renewal of the representative lists (D5), two months ahead."""
    items = []
    year = today.year
    held = session.exec(select(Dialogue.id).where(
        Dialogue.kind == DialogueKind.PERIODIC.value, Dialogue.held_on >= date(year, 1, 1),
        Dialogue.held_on <= date(year, 12, 31))).first()
    if held is None:
        check = periodic_dialogue_check(year, ())
        items.append(DueItem("dialogue", QT_TRANSLATE_NOOP(
            "Deadlines", "Hold this year's periodic dialogue"), str(year), 0,
            date(year, 12, 31), "D1", check.why.article, shown_from=date(year, 10, 1)))
    latest = session.exec(select(DialogueList).order_by(
        DialogueList.determined_on.desc())).first()
    if latest is not None:
        clock = renewal_due(latest.determined_on, calendar)
        items.append(DueItem("dialogue", QT_TRANSLATE_NOOP(
            "Deadlines", "Renew the dialogue representative lists"), dmy(latest.determined_on),
            latest.id, clock.due, "D5", clock.why.article,
            shown_from=clock.due - timedelta(days=60)))
    return items


def _rounds(session: Session, calendar: WorkCalendar) -> list[DueItem]:
    open_stages = [RoundStage.REQUESTED.value, RoundStage.ARRANGED.value,
                   RoundStage.NEGOTIATING.value]
    items = []
    rows = session.exec(select(BargainingRound, Agreement.title).join(
        Agreement, Agreement.round_id == BargainingRound.id)
        .where(BargainingRound.stage.in_(open_stages))).all()
    for row, title in rows:
        first = session.exec(select(BargainingSession.held_on).where(
            BargainingSession.round_id == row.id).order_by(BargainingSession.number)).first()
        if row.arranged_on is None:
            items.append(clock_item("bargaining", QT_TRANSLATE_NOOP(
                "Deadlines", "Agree the time and place of bargaining"), title, row.id,
                arrangement_due(row.requested_on, calendar)))
        if first is None:
            items.append(clock_item("bargaining", QT_TRANSLATE_NOOP(
                "Deadlines", "Start bargaining at the latest"), title, row.id,
                start_due(row.requested_on, calendar)))
        else:
            items.append(clock_item("bargaining", QT_TRANSLATE_NOOP(
                "Deadlines", "End of bargaining (90 days unless agreed)"), title, row.id,
                end_due(first, calendar, row.agreed_end_on)))
        if row.information_requested_on and row.information_supplied_on is None:
            items.append(clock_item("bargaining", QT_TRANSLATE_NOOP(
                "Deadlines", "Supply the information for bargaining"), title, row.id,
                information_due(row.information_requested_on, calendar)))
    return items


def _agreements(session: Session, calendar: WorkCalendar, today: date) -> list[DueItem]:
    items = []
    for row in session.exec(select(Agreement).where(
            Agreement.stage.in_([s.value for s in SIGNED]))).all():
        if AgreementStage(row.stage) is AgreementStage.SIGNED:
            items.append(clock_item("agreement", QT_TRANSLATE_NOOP(
                "Deadlines", "File the agreement with the labour authority"), row.title, row.id,
                filing_due(row.signed_on, calendar)))
        info = agreement_info(session, row, calendar, today)
        if info.standing is Standing.RENEWAL_WINDOW:
            items.append(DueItem("agreement", QT_TRANSLATE_NOOP(
                "Deadlines", "The agreement expires: bargain to renew or extend it"), row.title,
                row.id, row.expires_on, "A5", info.standing_why.article,
                shown_from=info.renewal_opens))
        elif info.standing is Standing.SURVIVING:
            items.append(DueItem("agreement", QT_TRANSLATE_NOOP(
                "Deadlines", "The expired agreement stops applying unless renewed"), row.title,
                row.id, info.survives_until, "A5", info.standing_why.article,
                shown_from=row.expires_on))
    return items


def _follow_up(session: Session) -> list[DueItem]:
    items = []
    for action, title in session.exec(select(DialogueAction, Dialogue.title).join(
            Dialogue, Dialogue.id == DialogueAction.dialogue_id).where(
            DialogueAction.status.in_(_OPEN))).all():
        items.append(DueItem("dialogue", QT_TRANSLATE_NOOP(
            "Deadlines", "Action agreed in a dialogue"), f"{title}: {action.text}",
            action.dialogue_id, action.due, "", _ART["dialogue_action"]))
    signed = [s.value for s in SIGNED]
    for clause, agreement in session.exec(select(AgreementClause, Agreement).join(
            Agreement, Agreement.id == AgreementClause.agreement_id).where(
            Agreement.stage.in_(signed), AgreementClause.version == Agreement.draft_version,
            AgreementClause.status.in_(_OPEN), AgreementClause.due.is_not(None))).all():
        items.append(DueItem("agreement", QT_TRANSLATE_NOOP(
            "Deadlines", "Clause of the agreement to carry out"),
            f"{agreement.title}: {clause.title}", agreement.id, clause.due, "", _ART["clause"]))
    for commitment, article in session.exec(select(Commitment, ResolutionArticle).join(
            ResolutionArticle, ResolutionArticle.id == Commitment.article_id).where(
            Commitment.status.in_(_OPEN))).all():
        items.append(DueItem("conference", QT_TRANSLATE_NOOP(
            "Deadlines", "Commitment of the conference resolution"), article.title,
            commitment.conference_id, commitment.due, "C7", _ART["commitment"]))
    return items


def _conference_tasks(session: Session) -> list[DueItem]:
    """The preparation checklist of conferences not yet held."""
    preparing = [Stage.PLAN.value, Stage.DELEGATES.value, Stage.DOCUMENTS.value,
                 Stage.INVITATIONS.value]
    rows = session.exec(select(ConferenceTask, Conference.year).join(
        Conference, Conference.id == ConferenceTask.conference_id).where(
        ConferenceTask.done_on.is_(None), Conference.stage.in_(preparing))).all()
    return [DueItem("conference", TASK_LABELS[TaskKind(task.kind)], str(year),
                    task.conference_id, task.due, "", "", "Conference") for task, year in rows]
