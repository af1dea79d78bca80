"""The employer's publication register (rules P1-P3): what it published (Decree 145 Art 43.1),
in which form (43.2), where, from when to when, the decision it publishes, the P3 timing where
the regime binds it, and the evidence. Published entries reach the employee view and its
search."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm, PublishedMatter, check_publication
from ..domain.settings import DemocracySettings
from ..domain.text import nfc, nfc_text
from ..storage.tables import PublicationEntry
from . import attachment_store, audit_log, search_index
from .conference_common import settings_of
from .session import Service
from .supervision_models import EntryDetail, EntryInput, EntryRow, FileInput

OWNER = "publication"  # Attachment.owner of an entry's evidence
ENTITY = "publication"


class PublicationRegisterService(Service):
    # Reading ----------------------------------------------------------------------------------

    def entries(self, today: date, year: int | None = None) -> list[EntryRow]:
        """The register: planned entries (decided, not yet published) first, then the
        published ones, the latest first. ``year``: the year it was published, else decided,
        else recorded."""
        with self.unit(Action.VIEW_PUBLICATION) as session:
            rows = [r for r in session.exec(select(PublicationEntry)).all()
                    if year is None or _year(r) == year]
            rows.sort(key=lambda r: (r.published_from is None,
                                     r.published_from or r.decided_on or date.min, r.id),
                      reverse=True)
            return _rows(session, rows)

    def get(self, entry_id: int) -> EntryDetail:
        with self.unit(Action.VIEW_PUBLICATION) as session:
            return _detail(session, _load(session, entry_id))

    def published(self, today: date) -> list[EntryDetail]:
        """What the employee view lists: the entries published on or before ``today``, the
        latest first. Planned entries never appear, nor the evidence files and the officer who
        recorded them: those stay with the officers."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            rows = session.exec(select(PublicationEntry).where(
                PublicationEntry.published_from.is_not(None),
                PublicationEntry.published_from <= today).order_by(
                PublicationEntry.published_from.desc(), PublicationEntry.id.desc())).all()
            details = _rows(session, list(rows))
            return [EntryDetail(row, r.summary, "", ())
                    for row, r in zip(details, rows, strict=True)]

    # Keeping it -------------------------------------------------------------------------------

    def add(self, data: EntryInput, files: tuple[FileInput, ...] = ()) -> EntryDetail:
        """Records a publication (or one decided and still to publish) with its evidence.
        The files are dated the day it was published, else decided: one of them is needed."""
        with self.unit(Action.KEEP_PUBLICATION_REGISTER) as session:
            values = _checked(data, settings_of(session))
            attachment_store.check(files)
            on = data.published_from or data.decided_on
            if files and on is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Give the date of the decision or of the publication before "
                              "attaching its evidence."))
            now = datetime.now(UTC)
            row = PublicationEntry(**values, recorded_by=self._name(), created_at=now)
            session.add(row)
            session.flush()
            stored = [attachment_store.store(session, OWNER, row.id, f, on, self._name())
                      for f in files]
            search_index.refresh(session, search_index.PUBLICATION, row.id)
            audit_log.record(session, self.actor, "add_publication", ENTITY, row.id, None,
                             _audit(row) | {"files": stored})
            return _detail(session, row)

    def update(self, entry_id: int, data: EntryInput) -> EntryDetail:
        with self.unit(Action.KEEP_PUBLICATION_REGISTER) as session:
            row = _load(session, entry_id)
            values = _checked(data, settings_of(session))
            before = _audit(row)
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
            search_index.refresh(session, search_index.PUBLICATION, row.id)
            audit_log.record(session, self.actor, "update_publication", ENTITY, row.id, before,
                             _audit(row))
            return _detail(session, row)

    def attach(self, entry_id: int, file: FileInput, on: date) -> EntryDetail:
        """Adds evidence (a photo of the notice board, a signed receipt) to an entry."""
        with self.unit(Action.KEEP_PUBLICATION_REGISTER) as session:
            row = _load(session, entry_id)
            attachment_store.check((file,))
            stored = attachment_store.store(session, OWNER, row.id, file, on, self._name())
            session.flush()
            audit_log.record(session, self.actor, "attach_publication_evidence", ENTITY, row.id,
                             None, stored | {"on": on.isoformat()})
            return _detail(session, row)

    def _name(self) -> str:
        return self.actor.full_name or self.actor.username


def _checked(data: EntryInput, settings: DemocracySettings) -> dict:
    """The entry's columns, cleaned; refuses a nameless entry and impossible dates."""
    title = nfc(data.title)
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Say what was published: the entry needs a title."))
    if data.published_until is not None:
        if data.published_from is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A publication that has not started has no end date: enter the day "
                          "it was published first."))
        if data.published_until < data.published_from:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The publication cannot end before it starts."))
    if data.decided_on is not None and data.published_from is not None:
        check_publication(data.decided_on, data.published_from, data.published_until, settings)
    return {"matter": PublishedMatter(data.matter).value, "title": title,
            "summary": nfc_text(data.summary), "form": PublicationForm(data.form).value,
            "location": nfc(data.location), "decided_on": data.decided_on,
            "published_from": data.published_from, "published_until": data.published_until}


def _load(session: Session, entry_id: int) -> PublicationEntry:
    row = session.get(PublicationEntry, entry_id)
    if row is None:
        raise NotFoundError()
    return row


def _year(row: PublicationEntry) -> int:
    return (row.published_from or row.decided_on or row.created_at.date()).year


def _rows(session: Session, rows: list[PublicationEntry]) -> list[EntryRow]:
    settings = settings_of(session)
    files = attachment_store.infos(session, OWNER, [r.id for r in rows])
    return [EntryRow(
        r.id, PublishedMatter(r.matter), r.title, PublicationForm(r.form), r.location,
        r.decided_on, r.published_from, r.published_until,
        check_publication(r.decided_on, r.published_from, r.published_until, settings)
        if r.decided_on is not None and r.published_from is not None else None,
        len(files.get(r.id, ()))) for r in rows]


def _detail(session: Session, row: PublicationEntry) -> EntryDetail:
    [entry] = _rows(session, [row])
    files = attachment_store.infos(session, OWNER, [row.id]).get(row.id, ())
    return EntryDetail(entry, row.summary, row.recorded_by, files)


def _audit(row: PublicationEntry) -> dict:
    def iso(day: date | None) -> str | None:
        return day.isoformat() if day else None

    return {"matter": row.matter, "title": row.title, "form": row.form,
            "location": row.location, "decided_on": iso(row.decided_on),
            "published_from": iso(row.published_from),
            "published_until": iso(row.published_until)}
