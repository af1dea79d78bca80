"""The register of supervision items (DOMAIN.md workflow 4): recommendations raised by the union
from its plans' findings, petitions, conference commitments, dialogue actions, agreement clauses
or inspections, sent to the employer, answered or rejected with reasons by the employer side,
then resolved or escalated; each step and note dated on the item's timeline with its evidence.

Rule S1 (Law 10/2022 Art 81.1.d): the answer is due within the regulation's days of receipt,
counted from the day the item is raised and counted again from the day it is sent.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import extract, func
from sqlmodel import Session, select

from ..domain.clocks import dmy
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.permissions import Action, can
from ..domain.supervision import (
    AWAITING_ANSWER,
    Source,
    Status,
    Subject,
    answer_due,
    check_due,
    check_transition,
)
from ..domain.text import nfc, nfc_text
from ..storage.tables import ItemUpdate, SupervisionItem
from . import attachment_store, audit_log, search_index
from .conference_common import calendar_of, settings_of
from .session import Service
from .supervision_links import (
    ROW_COLUMNS,
    check_source,
    item_row,
    link_options,
    load_item,
    published_items,
)
from .supervision_models import (
    FileInput,
    ItemDetail,
    ItemInput,
    ItemRow,
    PublishedItem,
    SourceOption,
    UpdateInfo,
)

OWNER = "item_update"  # the attachments' owner: one update of an item's timeline
_ENTITY = "supervision_item"


class ItemService(Service):
    # Reading ----------------------------------------------------------------------------

    def items(self, today: date, status: Status | None = None, source: Source | None = None,
              plan_id: int | None = None, year: int | None = None,
              overdue_only: bool = False) -> list[ItemRow]:
        """The register, the latest raised first; ``overdue_only``: answers past their due
        date on ``today``."""
        with self.unit(Action.VIEW_SUPERVISION) as session:
            statement = select(*ROW_COLUMNS)
            if status is not None:
                statement = statement.where(SupervisionItem.status == Status(status).value)
            if source is not None:
                statement = statement.where(SupervisionItem.source == Source(source).value)
            if plan_id is not None:
                statement = statement.where(SupervisionItem.plan_id == plan_id)
            if year is not None:
                statement = statement.where(SupervisionItem.raised_on >= date(year, 1, 1),
                                            SupervisionItem.raised_on <= date(year, 12, 31))
            if overdue_only:
                statement = statement.where(
                    SupervisionItem.status.in_([s.value for s in AWAITING_ANSWER]),
                    SupervisionItem.due_on < today)
            # Sorted here, not by ORDER BY: SQLite would walk the raised-date index of every
            # item to spare a sort, instead of the status index to the few asked for.
            rows = sorted(session.exec(statement).all(), key=lambda r: (r.raised_on, r.id),
                          reverse=True)
            return [item_row(row, today) for row in rows]

    def years(self) -> list[int]:
        """The years with an item, the latest first (the register's year filter)."""
        with self.unit(Action.VIEW_SUPERVISION) as session:
            year = extract("year", SupervisionItem.raised_on)
            return [int(y) for y in session.exec(select(year).distinct().order_by(
                year.desc())).all()]

    def get(self, item_id: int, today: date) -> ItemDetail:
        with self.unit(Action.VIEW_SUPERVISION) as session:
            return _detail(session, load_item(session, item_id), today)

    def link_options(self, source: Source) -> list[SourceOption]:
        """The records an item of ``source`` may link back to."""
        with self.unit(Action.VIEW_SUPERVISION) as session:
            return link_options(session, source)

    def published(self) -> list[PublishedItem]:
        """The outcomes the union published, the latest first: what the employee view shows."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            return published_items(session)

    def attachment_data(self, attachment_id: int) -> tuple[str, bytes]:
        """(file name, bytes) of an evidence file: an item's to those who see the register, a
        publication entry's to those who see the publication register."""
        if not can(self.actor.role, Action.VIEW_PUBLICATION):
            self.check(Action.VIEW_SUPERVISION)  # refused before anything is read
        with self.unit(Action.VIEW_PUBLISHED) as session:
            owner = attachment_store.owner_of(session, attachment_id)
            self.check(Action.VIEW_SUPERVISION if owner == OWNER else Action.VIEW_PUBLICATION)
            return attachment_store.data(session, attachment_id)

    # Changing ---------------------------------------------------------------------------

    def raise_item(self, data: ItemInput) -> ItemDetail:
        """A new item, open. Without a due date, rule S1 counts it from the day raised."""
        with self.unit(Action.RAISE_ITEMS) as session:
            subject, source = Subject(data.subject), Source(data.source)
            title, addressee = nfc(data.title), nfc(data.addressee)
            if not title:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The item needs a title."))
            if not addressee:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say to whom on the employer side the recommendation is "
                              "addressed."))
            source_id, label = check_source(session, data)
            if data.due_on is None:
                settings = settings_of(session)
                due, rule = answer_due(data.raised_on, settings,
                                       calendar_of(session, settings)).due, "S1"
            else:
                check_due(data.raised_on, data.due_on)
                due, rule = data.due_on, ""
            row = SupervisionItem(
                source=source.value, source_id=source_id, source_label=label,
                plan_id=data.plan_id, subject=subject.value, title=title,
                description=nfc_text(data.description), legal_basis=nfc(data.legal_basis),
                recommendation=nfc_text(data.recommendation), addressee=addressee,
                raised_on=data.raised_on, due_on=due, due_rule=rule,
                status=Status.OPEN.value, created_by=self._by())
            session.add(row)
            session.flush()
            audit_log.record(session, self.actor, "raise_item", _ENTITY, row.id, None, {
                "source": source.value, "source_id": source_id, "source_label": label,
                "plan_id": data.plan_id, "subject": subject.value, "title": title,
                "addressee": addressee, "raised_on": data.raised_on.isoformat(),
                "due_on": due.isoformat(), "due_rule": rule,
                "recommendation": row.recommendation})
            return _detail(session, row, data.raised_on)

    def step(self, item_id: int, new_status: Status, text: str, on: date,
             files: tuple[FileInput, ...] = ()) -> ItemDetail:
        """One step of the life cycle: the employer side answers or rejects a sent item, the
        union takes every other step."""
        new_status = Status(new_status)
        if new_status is not Status.REJECTED:  # the status alone says who may take it
            self.check(_step_action(None, new_status))
        with self.unit(Action.ADD_EVIDENCE) as session:
            row = load_item(session, item_id)
            current = Status(row.status)
            self.check(_step_action(current, new_status))
            body = nfc_text(text)
            check_transition(current, new_status, body)
            latest = max(row.raised_on, _last_entry(session, row.id) or row.raised_on)
            if on < latest:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The step is dated {on}, before the item's last entry ({day})."),
                    on=dmy(on), day=dmy(latest))
            attachment_store.check(files)
            before = {"status": current.value, "due_on": row.due_on.isoformat()}
            if new_status is Status.SENT:
                row.sent_on = on
                if row.due_rule == "S1":  # counted again from the employer's receipt
                    settings = settings_of(session)
                    row.due_on = answer_due(on, settings, calendar_of(session, settings)).due
            if current is Status.SENT and new_status in (Status.ANSWERED, Status.REJECTED):
                # The employer's own answer; a later refusal by an authority stays on the
                # timeline and leaves it as given.
                row.answer, row.answered_on = body, on
            if new_status in (Status.RESOLVED, Status.REJECTED, Status.ESCALATED):
                row.closed_on = on
            row.status = new_status.value
            session.add(row)
            stored = self._entry(session, row, current, new_status, body, on, files)
            audit_log.record(session, self.actor, "item_step", _ENTITY, row.id, before, {
                "status": new_status.value, "on": on.isoformat(), "text": body,
                "due_on": row.due_on.isoformat(), "files": stored})
            if row.published_on is not None:  # the employee view shows its answer and status
                search_index.refresh(session, search_index.SUPERVISION_ITEM, row.id)
            return _detail(session, row, on)

    def add_note(self, item_id: int, note: str, on: date,
                 files: tuple[FileInput, ...] = ()) -> ItemDetail:
        """A dated note on the timeline, with evidence; the status stays."""
        with self.unit(Action.ADD_EVIDENCE) as session:
            row = load_item(session, item_id)
            body = nfc_text(note)
            if not body and not files:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Write a note or attach a file."))
            if on < row.raised_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The note is dated before the item was raised ({day})."),
                    day=dmy(row.raised_on))
            attachment_store.check(files)
            status = Status(row.status)
            stored = self._entry(session, row, status, status, body, on, files)
            audit_log.record(session, self.actor, "item_note", _ENTITY, row.id, None, {
                "note": body, "on": on.isoformat(), "files": stored})
            return _detail(session, row, on)

    def publish_outcome(self, item_id: int, on: date, where: str) -> ItemDetail:
        """Records whether and where the union published the outcome (once there is one)."""
        with self.unit(Action.RAISE_ITEMS) as session:
            row = load_item(session, item_id)
            if Status(row.status) in AWAITING_ANSWER:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The outcome is published once the employer has answered or the "
                              "item is closed."))
            place = nfc(where)
            if not place:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say where the outcome was published."))
            given = row.answered_on or row.closed_on
            if given is not None and on < given:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The outcome cannot be published before it was given ({day})."),
                    day=dmy(given))
            before = {"published_on": row.published_on and row.published_on.isoformat(),
                      "published_where": row.published_where}
            row.published_on, row.published_where = on, place
            session.add(row)
            audit_log.record(session, self.actor, "publish_item_outcome", _ENTITY, row.id,
                             before, {"published_on": on.isoformat(), "published_where": place})
            search_index.refresh(session, search_index.SUPERVISION_ITEM, row.id)
            return _detail(session, row, on)

    # Helpers ----------------------------------------------------------------------------

    def _by(self) -> str:
        return self.actor.full_name or self.actor.username

    def _entry(self, session: Session, row: SupervisionItem, status_from: Status,
               status_to: Status, note: str, on: date, files: tuple[FileInput, ...]
               ) -> list[dict]:
        """One timeline entry and its files; returns what the audit records of the files."""
        update = ItemUpdate(item_id=row.id, on=on, status_from=status_from.value,
                            status_to=status_to.value, note=note, by=self._by(),
                            created_at=datetime.now(UTC))
        session.add(update)
        session.flush()
        return [attachment_store.store(session, OWNER, update.id, f, on, self._by())
                for f in files]


def _step_action(current: Status | None, new: Status) -> Action:
    """The employer side answers or rejects what was sent to it; the union takes the rest
    (a rejection after an escalation is the authority's, recorded by the union)."""
    if new is Status.ANSWERED or (new is Status.REJECTED and current is Status.SENT):
        return Action.ANSWER_ITEMS
    return Action.RAISE_ITEMS


def _last_entry(session: Session, item_id: int) -> date | None:
    return session.exec(select(func.max(ItemUpdate.on)).where(
        ItemUpdate.item_id == item_id)).one()


def _detail(session: Session, row: SupervisionItem, today: date) -> ItemDetail:
    updates = session.exec(select(ItemUpdate).where(ItemUpdate.item_id == row.id).order_by(
        ItemUpdate.on, ItemUpdate.id)).all()
    files = attachment_store.infos(session, OWNER, [u.id for u in updates])
    timeline = tuple(UpdateInfo(u.id, u.on, Status(u.status_from), Status(u.status_to), u.note,
                                u.by, files.get(u.id, ())) for u in updates)
    why = None
    if row.due_rule == "S1":
        settings = settings_of(session)
        why = answer_due(row.sent_on or row.raised_on, settings,
                         calendar_of(session, settings)).why
    return ItemDetail(item_row(row, today), row.source_id, row.description, row.legal_basis,
                      row.recommendation, row.sent_on, row.answer, row.answered_on,
                      row.closed_on, row.published_on, row.published_where, why, timeline)
