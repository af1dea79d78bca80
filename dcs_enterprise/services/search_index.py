"""The employee view's full-text index of published records (SQLite FTS5, table
``published_fts`` of migration 0005): one row per published record, keyed by (kind, record id),
whose body is the folded text (no diacritics, đ→d: DESIGN.md) of what the employee view shows.

Used inside the unit of work of the service that publishes; the caller has checked the
permission. ``refresh`` reads the record again and indexes it when it is published, or drops it
when it is not, so every publish point makes one call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import text
from sqlmodel import Session, select

from ..domain.dialogue_stages import DialogueStage
from ..domain.text import fold
from ..storage.tables import (
    Agreement,
    AgreementClause,
    BargainingSession,
    Conference,
    ConferenceDocument,
    Dialogue,
    Petition,
    PublicationEntry,
    ResolutionArticle,
    SupervisionItem,
)

# The kinds and what their record id is (the id the published read models carry).
RESOLUTION = "resolution"  # Conference.id
DIALOGUE_NOTICE = "dialogue_notice"  # Dialogue.id
BARGAINING_SESSION = "bargaining_session"  # BargainingSession.id
AGREEMENT = "agreement"  # Agreement.id
PETITION = "petition"  # Petition.id
PUBLICATION = "publication"  # PublicationEntry.id
SUPERVISION_ITEM = "supervision_item"  # SupervisionItem.id
KINDS = (RESOLUTION, DIALOGUE_NOTICE, BARGAINING_SESSION, AGREEMENT, PETITION, PUBLICATION,
         SUPERVISION_ITEM)
PUBLISHED_DIALOGUE = DialogueStage.PUBLISHED.value


def put(session: Session, kind: str, record_id: int, *texts: str) -> None:
    """Indexes a record (replacing what was indexed of it) with the folded text of ``texts``."""
    drop(session, kind, record_id)
    body = fold(" ".join(t for t in texts if t))
    session.connection().execute(text(
        "INSERT INTO published_fts (kind, record_id, body) VALUES (:kind, :record_id, :body)"),
        {"kind": kind, "record_id": record_id, "body": body})


def drop(session: Session, kind: str, record_id: int) -> None:
    session.connection().execute(text(
        "DELETE FROM published_fts WHERE kind = :kind AND record_id = :record_id"),
        {"kind": kind, "record_id": record_id})


def refresh(session: Session, kind: str, record_id: int) -> None:
    """Indexes the record if it is published, drops it from the index otherwise; an index not
    yet built (a file from before it) is built whole, this record with the others."""
    session.flush()
    if not is_built(session):
        rebuild(session)
        return
    texts = _TEXTS[kind](session, record_id)
    if texts is None:
        drop(session, kind, record_id)
    else:
        put(session, kind, record_id, *texts)


# A row saying the index was built from every published record: a file upgraded from before
# the index has records published earlier, and a publication made since the upgrade must not
# pass for a complete index.
BUILT = "index-built"


def is_built(session: Session) -> bool:
    return session.connection().execute(text(
        "SELECT 1 FROM published_fts WHERE kind = :built LIMIT 1"), {"built": BUILT}).first() \
        is not None


def rebuild(session: Session) -> int:
    """Indexes every published record afresh (after an upgrade, or to repair the index);
    returns how many."""
    session.flush()
    rows = [(kind, record_id, texts) for kind, ids in _published_ids(session)
            for record_id in ids
            if (texts := _TEXTS[kind](session, record_id)) is not None]
    session.connection().execute(text("DELETE FROM published_fts"))
    for kind, record_id, texts in rows:
        put(session, kind, record_id, *texts)
    put(session, BUILT, 0)
    return len(rows)


def keys(session: Session, match: str | None) -> set[tuple[str, int]]:
    """The (kind, record id) of the rows matching an FTS5 query; every row when None."""
    if match is None:
        rows = session.connection().execute(text(
            "SELECT kind, record_id FROM published_fts WHERE kind != :built"), {"built": BUILT})
    else:
        rows = session.connection().execute(text(
            "SELECT kind, record_id FROM published_fts WHERE published_fts MATCH :match"),
            {"match": match})
    return {(kind, int(record_id)) for kind, record_id in rows}


# What each kind indexes: the words the employee view shows of it; None when not published.


def _resolution(session: Session, conference_id: int) -> tuple[str, ...] | None:
    row = session.get(Conference, conference_id)
    if row is None or row.published_from is None:
        return None
    document = session.exec(select(ConferenceDocument).where(
        ConferenceDocument.conference_id == conference_id,
        ConferenceDocument.kind == "resolution").order_by(
        ConferenceDocument.version.desc())).first()
    if document is None:
        return None
    articles = session.exec(select(ResolutionArticle).where(
        ResolutionArticle.conference_id == conference_id,
        ResolutionArticle.version == document.version).order_by(ResolutionArticle.number))
    words = ["Nghị quyết hội nghị người lao động", str(row.year), document.number, row.place,
             row.published_place]
    for article in articles:
        words += [article.title, article.text, article.owner]
    return tuple(words)


def _dialogue_notice(session: Session, dialogue_id: int) -> tuple[str, ...] | None:
    row = session.get(Dialogue, dialogue_id)
    if row is None or row.stage != PUBLISHED_DIALOGUE:
        return None
    return ("Đối thoại", row.title, row.notice_summary, row.notice_place)


def _bargaining_session(session: Session, session_id: int) -> tuple[str, ...] | None:
    row = session.get(BargainingSession, session_id)
    if row is None or row.published_on is None:
        return None
    title = session.exec(select(Agreement.title).where(
        Agreement.round_id == row.round_id)).first() or ""
    return ("Biên bản thương lượng", title, row.agreed_points, row.disputed_points,
            row.published_place)


def _agreement(session: Session, agreement_id: int) -> tuple[str, ...] | None:
    row = session.get(Agreement, agreement_id)
    if row is None or row.announced_on is None:
        return None
    words = ["Thỏa ước lao động tập thể", row.title, row.agreement_number, row.announce_place]
    for clause in session.exec(select(AgreementClause).where(
            AgreementClause.agreement_id == agreement_id,
            AgreementClause.version == row.draft_version).order_by(
            AgreementClause.chapter, AgreementClause.number)):
        words += [clause.chapter_title, clause.title, clause.text]
    return tuple(words)


def _petition(session: Session, petition_id: int) -> tuple[str, ...] | None:
    row = session.get(Petition, petition_id)
    if row is None or row.published_on is None or not row.answer:
        return None
    # Never who filed it (S3): the employee view shows no identity.
    return ("Kiến nghị", row.subject, row.content, row.answer, row.published_where)


def _publication(session: Session, entry_id: int) -> tuple[str, ...] | None:
    row = session.get(PublicationEntry, entry_id)
    if row is None or row.published_from is None:
        return None
    return ("Công khai", row.title, row.summary, row.location)


def _supervision_item(session: Session, item_id: int) -> tuple[str, ...] | None:
    row = session.get(SupervisionItem, item_id)
    if row is None or row.published_on is None:
        return None
    # What the employee view shows: never the petition it came from nor the addressee.
    return ("Kết quả giám sát", row.title, row.recommendation, row.answer,
            row.published_where)


_TEXTS: dict[str, Callable[[Session, int], tuple[str, ...] | None]] = {
    RESOLUTION: _resolution,
    DIALOGUE_NOTICE: _dialogue_notice,
    BARGAINING_SESSION: _bargaining_session,
    AGREEMENT: _agreement,
    PETITION: _petition,
    PUBLICATION: _publication,
    SUPERVISION_ITEM: _supervision_item,
}


def _published_ids(session: Session) -> Iterable[tuple[str, list[int]]]:
    yield RESOLUTION, list(session.exec(select(Conference.id).where(
        Conference.published_from.is_not(None))))
    yield DIALOGUE_NOTICE, list(session.exec(select(Dialogue.id).where(
        Dialogue.stage == PUBLISHED_DIALOGUE)))
    yield BARGAINING_SESSION, list(session.exec(select(BargainingSession.id).where(
        BargainingSession.published_on.is_not(None))))
    yield AGREEMENT, list(session.exec(select(Agreement.id).where(
        Agreement.announced_on.is_not(None))))
    yield PETITION, list(session.exec(select(Petition.id).where(
        Petition.published_on.is_not(None), Petition.answer != "")))
    yield PUBLICATION, list(session.exec(select(PublicationEntry.id).where(
        PublicationEntry.published_from.is_not(None))))
    yield SUPERVISION_ITEM, list(session.exec(select(SupervisionItem.id).where(
        SupervisionItem.published_on.is_not(None))))
