"""The dashboard's clocks of workflow 4 (DOMAIN.md "Supervision and petitions"): petitions and
supervision items to send or answer, plans to notify (rule S2), and, where rule P3 binds,
decisions to publish and notices to keep posted."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, select

from ..domain.calendar import WorkCalendar
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.publication import POSTED_AT_LEAST_DAYS, PUBLISH_WITHIN_DAYS
from ..domain.settings import DemocracySettings
from ..domain.supervision import (
    AWAITING_ANSWER,
    PETITION_ARTICLE,
    Status,
    answer_due,
    plan_notice_due,
)
from ..storage.tables import Petition, PublicationEntry, SupervisionItem, SupervisionPlan
from .due_items import DueItem, clock_item
from .supervision_links import petition_label

P3_ARTICLE = QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Arts 65.2, 66")
_AWAITING = [s.value for s in AWAITING_ANSWER]


def soe_rules(settings: DemocracySettings) -> bool:
    """Rules S2 and P3 bind state-owned enterprises and those that opt in (Law 10/2022 Art 82)."""
    return settings.soe_rules


def answers(session: Session, settings: DemocracySettings, calendar: WorkCalendar,
             today: date) -> list[DueItem]:
    """Petitions and supervision items awaiting the employer's answer (index status, due_on),
    and, where rule S2 binds, the plans whose activity is ahead but not yet notified."""
    items = []
    # Not yet sent, the step is the union's; sent, the answer is the employer's.
    petition_step = {Status.OPEN.value: QT_TRANSLATE_NOOP(
        "Deadlines", "Send the petition to the employer"), Status.SENT.value: QT_TRANSLATE_NOOP(
        "Deadlines", "Answer the petition")}
    for pid, subject, content, due, rule, status in session.exec(select(
            Petition.id, Petition.subject, Petition.content, Petition.due_on, Petition.due_rule,
            Petition.status).where(Petition.status.in_(_AWAITING),
                                   Petition.due_on.is_not(None))).all():
        items.append(DueItem("petition", petition_step[status],
                             petition_label(subject, content), pid, due, "",
                             PETITION_ARTICLE if rule else ""))
    s1_article = answer_due(today, settings, calendar).why.article
    item_step = {Status.OPEN.value: QT_TRANSLATE_NOOP(
        "Deadlines", "Send the recommendation to the employer"),
        Status.SENT.value: QT_TRANSLATE_NOOP("Deadlines", "Answer the recommendation")}
    for iid, title, due, rule, status in session.exec(select(
            SupervisionItem.id, SupervisionItem.title, SupervisionItem.due_on,
            SupervisionItem.due_rule, SupervisionItem.status).where(
            SupervisionItem.status.in_(_AWAITING))).all():
        items.append(DueItem("supervision", item_step[status], title, iid, due, rule,
                             s1_article if rule == "S1" else ""))
    if not soe_rules(settings):  # S2 binds SOEs and those that opt in
        return items
    for pid, title, starts in session.exec(select(
            SupervisionPlan.id, SupervisionPlan.title, SupervisionPlan.starts_on).where(
            SupervisionPlan.notice_sent_on.is_(None), SupervisionPlan.findings_on.is_(None),
            SupervisionPlan.starts_on >= today)).all():
        items.append(clock_item("supervision", QT_TRANSLATE_NOOP(
            "Deadlines", "Notify the management of the supervision plan"), title, pid,
            plan_notice_due(starts, calendar)))
    return items


def publication_windows(session: Session, settings: DemocracySettings, today: date) -> list[DueItem]:
    """P3 where the regime binds it: decisions recorded but not yet published (within 15
    days), and what is posted now, to keep up 20 consecutive days (the first day counts)."""
    if not soe_rules(settings):
        return []
    items = []
    for eid, title, decided in session.exec(select(
            PublicationEntry.id, PublicationEntry.title, PublicationEntry.decided_on).where(
            PublicationEntry.published_from.is_(None),
            PublicationEntry.decided_on.is_not(None))).all():
        items.append(DueItem("publication", QT_TRANSLATE_NOOP(
            "Deadlines", "Publish the decision"), title, eid,
            decided + timedelta(days=PUBLISH_WITHIN_DAYS), "P3", P3_ARTICLE))
    posted_since = today - timedelta(days=POSTED_AT_LEAST_DAYS - 1)
    for eid, title, start in session.exec(select(
            PublicationEntry.id, PublicationEntry.title, PublicationEntry.published_from).where(
            PublicationEntry.published_from >= posted_since,
            PublicationEntry.published_from <= today)).all():
        items.append(DueItem("publication", QT_TRANSLATE_NOOP(
            "Deadlines", "Keep it posted until"), title, eid,
            start + timedelta(days=POSTED_AT_LEAST_DAYS - 1), "P3", P3_ARTICLE,
            shown_from=start))
    return items
