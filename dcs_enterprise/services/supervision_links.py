"""Where a supervision item comes from (DOMAIN.md workflow 4): the records an item may link back
to, the check that the linked record exists, and the label kept with the item (a snapshot of
that record's title, so the register reads the same after the record changes).

A petition is named by its subject (or the start of its content), never by who filed it
(rule S3): the labels are shown to the employer side too.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain.commitments import OPEN as OPEN_COMMITMENTS
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.supervision import Source, Status, Subject, is_overdue
from ..storage.tables import (
    Agreement,
    AgreementClause,
    Commitment,
    Conference,
    Dialogue,
    DialogueAction,
    Petition,
    ResolutionArticle,
    SupervisionItem,
    SupervisionPlan,
)
from .bargaining_common import SIGNED
from .supervision_models import ItemInput, ItemRow, PublishedItem, SourceOption

LABEL_LENGTH = 500  # SupervisionItem.source_label
_EXCERPT = 120  # a petition without a subject is named by the start of its content


def load_item(session: Session, item_id: int) -> SupervisionItem:
    row = session.get(SupervisionItem, item_id)
    if row is None:
        raise NotFoundError()
    return row


def load_plan(session: Session, plan_id: int) -> SupervisionPlan:
    row = session.get(SupervisionPlan, plan_id)
    if row is None:
        raise NotFoundError()
    return row


# What a register row shows: read without the long texts.
ROW_COLUMNS = (SupervisionItem.id, SupervisionItem.source, SupervisionItem.source_label,
               SupervisionItem.subject, SupervisionItem.title, SupervisionItem.addressee,
               SupervisionItem.raised_on, SupervisionItem.due_on, SupervisionItem.status,
               SupervisionItem.plan_id)


def item_row(row, today: date | None) -> ItemRow:
    """A register row from an item (or its ROW_COLUMNS)."""
    # ``today`` None: overdue is not judged (False).
    status = Status(row.status)
    return ItemRow(row.id, Source(row.source), row.source_label, Subject(row.subject), row.title,
                   row.addressee, row.raised_on, row.due_on, status,
                   today is not None and is_overdue(status, row.due_on, today), row.plan_id)


def published_items(session: Session) -> list[PublishedItem]:
    """The outcomes the union published, the latest first, as the employee view shows them:
    a petition's label stays out (its start may name the petitioner, rule S3), and so does the
    addressee."""
    rows = session.exec(select(SupervisionItem).where(
        SupervisionItem.published_on.is_not(None)).order_by(
        SupervisionItem.published_on.desc(), SupervisionItem.id.desc())).all()
    return [PublishedItem(
        r.id, r.published_on, r.published_where, Subject(r.subject), r.title, r.recommendation,
        r.answer, r.answered_on, Status(r.status), Source(r.source),
        "" if r.source == Source.PETITION.value else r.source_label) for r in rows]


def petition_label(subject: str, content: str) -> str:
    """A petition's title for lists and links: its subject, or the start of its content."""
    if subject.strip():
        return _short(subject.strip(), LABEL_LENGTH)
    first = " ".join(content.split())
    return _short(first, _EXCERPT)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _commitment_label(year: int, title: str) -> str:
    return _short(f"{year}: {title}", LABEL_LENGTH)


def _pair_label(first: str, second: str) -> str:
    return _short(f"{first}: {second}", LABEL_LENGTH)


def check_source(session: Session, data: ItemInput) -> tuple[int | None, str]:
    """The item's (source_id, source_label): the linked record must exist; an item of a
    supervision plan links to that plan; an inspection links to nothing."""
    source = Source(data.source)
    plan = None if data.plan_id is None else load_plan(session, data.plan_id)
    if source is Source.SUPERVISION:
        if plan is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Choose the supervision plan whose findings raised the item."))
        return plan.id, _short(plan.title, LABEL_LENGTH)
    if source is Source.INSPECTION:
        return None, ""
    if data.source_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Choose the record the item comes from: the petition, the commitment of "
                      "the resolution, the dialogue action or the clause of the agreement."))
    label = _label(session, source, data.source_id)
    if label is None:
        raise NotFoundError()
    return data.source_id, label


# What each source links to: (id, label parts), ready to filter and order.
_PETITIONS = select(Petition.id, Petition.subject, Petition.content)
_COMMITMENTS = (select(Commitment.id, Conference.year, ResolutionArticle.title)
                .select_from(Commitment)
                .join(ResolutionArticle, ResolutionArticle.id == Commitment.article_id)
                .join(Conference, Conference.id == Commitment.conference_id))
_ACTIONS = (select(DialogueAction.id, Dialogue.title, DialogueAction.text)
            .select_from(DialogueAction)
            .join(Dialogue, Dialogue.id == DialogueAction.dialogue_id))
_CLAUSES = (select(AgreementClause.id, Agreement.title, AgreementClause.title)
            .select_from(AgreementClause)
            .join(Agreement, Agreement.id == AgreementClause.agreement_id))
_LINKED = {Source.PETITION: (_PETITIONS, Petition.id, petition_label),
           Source.CONFERENCE: (_COMMITMENTS, Commitment.id, _commitment_label),
           Source.DIALOGUE: (_ACTIONS, DialogueAction.id, _pair_label),
           Source.AGREEMENT: (_CLAUSES, AgreementClause.id, _pair_label)}


def _label(session: Session, source: Source, source_id: int) -> str | None:
    statement, key, label = _LINKED[source]
    row = session.exec(statement.where(key == source_id)).first()
    return None if row is None else label(*row[1:])


def link_options(session: Session, source: Source) -> list[SourceOption]:
    """The records an item of ``source`` may link to, the latest first: petitions not yet
    resolved, open commitments, the dialogues' actions, the clauses of signed agreements
    (their current version) and the supervision plans."""
    source = Source(source)
    if source is Source.SUPERVISION:
        rows = session.exec(select(SupervisionPlan.id, SupervisionPlan.title).order_by(
            SupervisionPlan.starts_on.desc(), SupervisionPlan.id.desc())).all()
        return [SourceOption(source, pid, _short(title, LABEL_LENGTH)) for pid, title in rows]
    if source is Source.INSPECTION:
        return []
    statement, _key, label = _LINKED[source]
    if source is Source.PETITION:
        statement = statement.where(Petition.status != Status.RESOLVED.value).order_by(
            Petition.raised_on.desc(), Petition.id.desc())
    elif source is Source.CONFERENCE:
        statement = statement.where(Commitment.status.in_(
            [s.value for s in OPEN_COMMITMENTS])).order_by(Conference.year.desc(),
                                                          ResolutionArticle.number)
    elif source is Source.DIALOGUE:
        statement = statement.order_by(Dialogue.scheduled_on.desc(), DialogueAction.id)
    else:
        statement = statement.where(Agreement.stage.in_([s.value for s in SIGNED]),
                                    AgreementClause.version == Agreement.draft_version
                                    ).order_by(Agreement.signed_on.desc(),
                                               AgreementClause.chapter, AgreementClause.number)
    return [SourceOption(source, row[0], label(*row[1:])) for row in session.exec(statement)]
