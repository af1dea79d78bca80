"""The figures of the annual report on grassroots democracy at the enterprise, read from every
register (DOMAIN.md "Documents the program prints"; what the provincial steering committees look
for: conferences held, agreements signed and filed, petitions resolved, union supervision).

Counts only: no petitioner, anonymous or not, is named in the report. Statuses and overdue are
taken as of the report's day; the agreement in force is judged on the last day of the year, or
on the report's day when the year is not over.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain import supervision_documents as sd
from ..domain.bargaining_stages import AgreementStage
from ..domain.conference_rules import ConferenceForm
from ..domain.conference_stages import ORDER, Stage
from ..domain.dialogue_rules import DialogueKind, periodic_dialogue_check
from ..domain.enums import EmploymentStatus
from ..domain.publication import PublicationForm, PublishedMatter
from ..domain.settings import DemocracySettings
from ..domain.supervision import AWAITING_ANSWER, Status, is_overdue
from ..storage.tables import (
    Agreement,
    Conference,
    ConferenceDocument,
    Dialogue,
    Employee,
    Enterprise,
    Petition,
    PublicationEntry,
    SupervisionItem,
    SupervisionPlan,
)
from .conference_common import attendance
from .supervision_paper_data import parties, petition_status, soe_rules

SIGNED = (AgreementStage.SIGNED.value, AgreementStage.FILED.value)


def annual_data(session: Session, enterprise: Enterprise, settings: DemocracySettings,
                year: int, as_of: date) -> sd.AnnualReportData:
    first, last = date(year, 1, 1), date(year, 12, 31)
    plans = session.exec(select(SupervisionPlan).where(SupervisionPlan.year == year)).all()
    return sd.AnnualReportData(
        parties=parties(enterprise), year=year, as_of=as_of, soe_rules=soe_rules(settings),
        headcount=session.exec(select(func.count(Employee.id)).where(
            Employee.status == EmploymentStatus.ACTIVE.value)).one(),
        conferences=conferences(session, settings, year),
        dialogues=dialogues(session, first, last),
        agreements=agreements(session, first, last, min(last, as_of)),
        petitions=petition_counts(session, first, last, as_of),
        items=item_counts(session, first, last, as_of),
        plans=len(plans), plans_reported=sum(1 for p in plans if p.findings_on is not None),
        publications=publications(session, first, last))


def conferences(session: Session, settings: DemocracySettings, year: int
                ) -> tuple[sd.ConferenceLine, ...]:
    """The conferences held in the year, and one planned for it and not held yet."""
    held_in_year = (Conference.held_on >= date(year, 1, 1)) & (
        Conference.held_on <= date(year, 12, 31))
    rows = session.exec(select(Conference).where(held_in_year | (Conference.year == year))
                        .order_by(Conference.held_on)).all()
    out = []
    for row in rows:
        held = ORDER.index(Stage(row.stage)) >= ORDER.index(Stage.HELD)
        if held and row.held_on.year != year:
            continue  # the conference of this year held in another one: reported there
        present = attendance(session, row, settings) if held else None
        resolution = session.exec(select(ConferenceDocument).where(
            ConferenceDocument.conference_id == row.id, ConferenceDocument.kind == "resolution")
            .order_by(ConferenceDocument.version.desc())).first()
        out.append(sd.ConferenceLine(
            year=row.year, form=ConferenceForm(row.form), held_on=row.held_on, held=held,
            summoned=present.summoned if present else 0,
            present=present.present if present else 0,
            quorum_met=present.quorum.met if present and present.quorum else None,
            resolution_number=resolution.number if resolution else "",
            resolution_on=resolution.issued_on if resolution else None,
            published_from=row.published_from))
    return tuple(out)


def dialogues(session: Session, first: date, last: date) -> sd.DialogueCounts:
    rows = session.exec(select(Dialogue).where(Dialogue.held_on >= first,
                                               Dialogue.held_on <= last)).all()
    kinds = [DialogueKind(r.kind) for r in rows]
    periodic_days = [r.held_on for r in rows if r.kind == DialogueKind.PERIODIC.value]
    return sd.DialogueCounts(
        periodic=kinds.count(DialogueKind.PERIODIC), on_request=kinds.count(DialogueKind.REQUEST),
        incident=kinds.count(DialogueKind.INCIDENT),
        minutes_signed=sum(1 for r in rows if r.finalized_on or r.minutes_number),
        notices_published=sum(1 for r in rows if r.notice_published_on is not None),
        periodic_ok=periodic_dialogue_check(first.year, periodic_days).ok)


def agreements(session: Session, first: date, last: date, day: date
               ) -> tuple[sd.AgreementLine, ...]:
    """Agreements signed in the year, or in force during it; in force judged on ``day``."""
    rows = session.exec(select(Agreement).where(
        Agreement.stage.in_(SIGNED), Agreement.signed_on.is_not(None),
        Agreement.signed_on <= last).order_by(Agreement.signed_on, Agreement.id)).all()
    out = []
    for row in rows:
        runs = row.effective_on is not None and row.effective_on <= last and (
            row.expires_on is None or row.expires_on >= first)
        if not (row.signed_on >= first or runs):
            continue
        in_force = (row.effective_on is not None and row.effective_on <= day
                    and (row.expires_on is None or day <= row.expires_on))
        out.append(sd.AgreementLine(
            title=row.title, number=row.agreement_number, signed_on=row.signed_on,
            effective_on=row.effective_on, expires_on=row.expires_on, filed_on=row.filed_on,
            in_force=in_force, amendment=row.amends_id is not None))
    return tuple(out)


def petition_counts(session: Session, first: date, last: date, as_of: date
                    ) -> sd.RegisterCounts:
    rows = session.exec(select(Petition).where(Petition.raised_on >= first,
                                               Petition.raised_on <= last)).all()
    return _counts([(petition_status(r), r.due_on, r.answered_on, r.published_on)
                    for r in rows], as_of)


def item_counts(session: Session, first: date, last: date, as_of: date) -> sd.RegisterCounts:
    rows = session.exec(select(SupervisionItem).where(SupervisionItem.raised_on >= first,
                                                      SupervisionItem.raised_on <= last)).all()
    return _counts([(Status(r.status), r.due_on, r.answered_on, r.published_on) for r in rows],
                   as_of)


def _counts(rows: list[tuple[Status, date | None, date | None, date | None]], as_of: date
            ) -> sd.RegisterCounts:
    statuses = [status for status, *_ in rows]
    return sd.RegisterCounts(
        received=len(rows),
        answered=sum(1 for _, _, answered, _ in rows if answered is not None),
        answered_on_time=sum(1 for _, due, answered, _ in rows if answered is not None
                             and (due is None or answered <= due)),
        resolved=statuses.count(Status.RESOLVED), rejected=statuses.count(Status.REJECTED),
        escalated=statuses.count(Status.ESCALATED),
        awaiting=sum(1 for s in statuses if s in AWAITING_ANSWER),
        overdue=sum(1 for status, due, _, _ in rows if is_overdue(status, due, as_of)),
        published=sum(1 for *_, published in rows if published is not None))


def publications(session: Session, first: date, last: date) -> tuple[sd.PublicationLine, ...]:
    """Every P1 matter, in order, with what the register shows published in the year."""
    rows = session.exec(select(PublicationEntry).where(
        PublicationEntry.published_from >= first, PublicationEntry.published_from <= last)
        .order_by(PublicationEntry.published_from)).all()
    by_matter: dict[PublishedMatter, list[PublicationEntry]] = defaultdict(list)
    for row in rows:
        by_matter[_matter(row.matter)].append(row)
    out = []
    for matter in PublishedMatter:
        entries = by_matter.get(matter, [])
        forms = tuple(dict.fromkeys(_form(e.form) for e in entries))
        out.append(sd.PublicationLine(matter, len(entries), forms,
                                      entries[-1].published_from if entries else None))
    return tuple(out)


def _matter(value: str) -> PublishedMatter:
    try:
        return PublishedMatter(value)
    except ValueError:
        return PublishedMatter.OTHER


def _form(value: str) -> PublicationForm:
    try:
        return PublicationForm(value)
    except ValueError:
        return PublicationForm.OTHER
