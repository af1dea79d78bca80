"""The resolution: its numbered articles, finalizing the minutes and the resolution (numbers,
immutability, commitments), corrections as new versions, publication, and what the employee
view shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain import conference_stages as stages
from ..domain.conference_rules import ConferenceForm
from ..domain.conference_stages import Stage
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm, check_publication
from ..domain.text import nfc, nfc_text
from ..storage.tables import (
    AgendaItem,
    Commitment,
    ConferenceDocument,
    ConferenceOfficer,
    ConferenceVote,
    ResolutionArticle,
)
from ..storage.tables import Conference as ConferenceRow
from . import audit_log, search_index
from .conference_common import facts, load, require_stage, settings_of
from .conference_day import vote_info
from .conference_models import (
    ArticleInfo,
    ArticleInput,
    IssuedDocument,
    PublicationInput,
    PublishedResolution,
)
from .documents import next_number
from .session import Service

BODY_SYMBOL = "HNNLĐ"  # "…/NQ-HNNLĐ": the conference's own series (practice, legal-vn §8.14)
MINUTES, RESOLUTION = "minutes", "resolution"


class ResolutionService(Service):
    # Articles ---------------------------------------------------------------------------

    def articles(self, conference_id: int, version: int | None = None) -> list[ArticleInfo]:
        """The articles of a version (default: the newest, draft or issued)."""
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            return _articles(session, conference_id, version or _newest(session, conference_id))

    def save_articles(self, conference_id: int, articles: list[ArticleInput]) -> list[ArticleInfo]:
        """Replaces the draft's articles, numbered in order. Only a draft changes: before the
        resolution is issued, or a correction not yet issued."""
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            version = self._draft_version(session, row)
            cleaned = [ArticleInput(nfc(a.title).strip(), nfc_text(a.text),
                                    nfc(a.owner).strip(), a.due) for a in articles]
            if not cleaned:  # an empty correction would silently fall back to the old version
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A resolution needs at least one article."))
            for article in cleaned:
                if not article.title:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "Every article needs a title."))
                if bool(article.owner) != (article.due is not None):
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "A commitment needs both who carries it out and by when."))
                if article.due is not None and article.due < row.held_on:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "A commitment cannot fall due before the conference."))
            old = session.exec(select(ResolutionArticle).where(
                ResolutionArticle.conference_id == row.id,
                ResolutionArticle.version == version)).all()
            before = [a.title for a in old]
            for article in old:
                session.delete(article)
            session.flush()
            for number, article in enumerate(cleaned, 1):
                session.add(ResolutionArticle(
                    conference_id=row.id, version=version, number=number, title=article.title,
                    text=article.text, owner=article.owner, due=article.due))
            audit_log.record(session, self.actor, "save_resolution_articles", "conference",
                             row.id, before, [a.title for a in cleaned])
            session.flush()
            return _articles(session, row.id, version)

    def _draft_version(self, session: Session, row: ConferenceRow) -> int:
        newest = _newest(session, row.id)
        issued = _issued_versions(session, row.id, RESOLUTION)
        if newest in issued:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The minutes and the resolution are final: they can no longer be "
                          "changed. Issue a correction instead."))
        if newest == 1:
            require_stage(row, Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS, Stage.INVITATIONS,
                          Stage.HELD)
        return newest

    # Finalizing -------------------------------------------------------------------------

    def finalize(self, conference_id: int, closed_at: datetime) -> list[IssuedDocument]:
        """The chair closes the conference: the minutes and the resolution take their numbers,
        become immutable, and each article that commits someone becomes a commitment."""
        with self.unit(Action.FINALIZE_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.HELD)
            settings = settings_of(session)
            known = facts(session, row, settings)
            # Everything the day needs but the minutes themselves, which this call issues.
            missing = stages.blockers(Stage.HELD, replace(known, minutes_finalized=True))
            if missing:
                raise ValidationError(missing[0], context="Conference")
            if not session.exec(select(AgendaItem.id).where(
                    AgendaItem.conference_id == row.id, AgendaItem.notes != "")).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The minutes record nothing of what was said: write the minutes "
                              "of the agenda items first."))
            opened = row.opened_at or datetime.combine(row.held_on, datetime.min.time())
            if closed_at < opened:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The conference cannot close before it opened."))
            row.closed_at = closed_at
            row.stage = Stage.ADOPTED.value
            session.add(row)
            day = closed_at.date()
            minutes = self._issue(session, row, MINUTES, 1, day, None, "")
            resolution = self._issue(session, row, RESOLUTION, 1, day, None, "")
            self._track_commitments(session, row.id, 1)
            audit_log.record(session, self.actor, "finalize_conference", "conference", row.id,
                             {"stage": Stage.HELD.value},
                             {"stage": Stage.ADOPTED.value, "minutes": minutes.number,
                              "resolution": resolution.number})
            return [_issued(session, minutes), _issued(session, resolution)]

    def _issue(self, session: Session, row: ConferenceRow, kind: str, version: int, day: date,
               supersedes: int | None, reason: str) -> ConferenceDocument:
        type_code = "BB" if kind == MINUTES else "NQ"
        number = next_number(session, type_code, BODY_SYMBOL, day.year)
        text = f"{number:02d}/{type_code}-{BODY_SYMBOL}"
        document = ConferenceDocument(
            conference_id=row.id, kind=kind, version=version, number=text, issued_on=day,
            issued_by=self.actor.full_name or self.actor.username, supersedes_id=supersedes,
            reason=reason)
        session.add(document)
        session.flush()
        return document

    def _track_commitments(self, session: Session, conference_id: int, version: int) -> None:
        for article in session.exec(select(ResolutionArticle).where(
                ResolutionArticle.conference_id == conference_id,
                ResolutionArticle.version == version, ResolutionArticle.owner != "")):
            session.add(Commitment(conference_id=conference_id, article_id=article.id,
                                   owner=article.owner, due=article.due))

    def issued(self, conference_id: int) -> list[IssuedDocument]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            load(session, conference_id)
            return [_issued(session, d) for d in session.exec(select(ConferenceDocument).where(
                ConferenceDocument.conference_id == conference_id).order_by(
                ConferenceDocument.id))]

    # Corrections --------------------------------------------------------------------------

    def start_correction(self, conference_id: int) -> list[ArticleInfo]:
        """A draft copy of the issued resolution, to correct and issue as a new version."""
        with self.unit(Action.FINALIZE_CONFERENCE) as session:
            row = load(session, conference_id)
            if Stage(row.stage) in (Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS,
                                    Stage.INVITATIONS, Stage.HELD):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Only an issued resolution is corrected; a draft is edited."))
            newest = _newest(session, row.id)
            if newest not in _issued_versions(session, row.id, RESOLUTION):
                return _articles(session, row.id, newest)  # a correction is already open
            for article in session.exec(select(ResolutionArticle).where(
                    ResolutionArticle.conference_id == row.id,
                    ResolutionArticle.version == newest)):
                session.add(ResolutionArticle(
                    conference_id=row.id, version=newest + 1, number=article.number,
                    title=article.title, text=article.text, owner=article.owner,
                    due=article.due))
            audit_log.record(session, self.actor, "start_resolution_correction", "conference",
                             row.id, None, {"version": newest + 1})
            session.flush()
            return _articles(session, row.id, newest + 1)

    def issue_correction(self, conference_id: int, reason: str, day: date) -> IssuedDocument:
        """Issues the corrected resolution with its own number; it names the one it replaces.
        Commitments follow the articles of the new version."""
        with self.unit(Action.FINALIZE_CONFERENCE) as session:
            row = load(session, conference_id)
            newest = _newest(session, row.id)
            issued = _issued_versions(session, row.id, RESOLUTION)
            if newest in issued:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "There is no correction to issue: start one first."))
            if not nfc(reason).strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say why the resolution is corrected."))
            old = session.exec(select(ConferenceDocument).where(
                ConferenceDocument.conference_id == row.id,
                ConferenceDocument.kind == RESOLUTION,
                ConferenceDocument.version == max(issued))).one()
            document = self._issue(session, row, RESOLUTION, newest, day, old.id,
                                   nfc(reason).strip())
            self._move_commitments(session, row.id, max(issued), newest)
            search_index.refresh(session, search_index.RESOLUTION, row.id)  # if published
            audit_log.record(session, self.actor, "issue_resolution_correction", "conference",
                             row.id, {"resolution": old.number},
                             {"resolution": document.number, "reason": document.reason})
            return _issued(session, document)

    def _move_commitments(self, session: Session, conference_id: int, old: int,
                          new: int) -> None:
        """Commitments keep their progress when their article survives the correction."""
        new_articles = {a.number: a for a in session.exec(select(ResolutionArticle).where(
            ResolutionArticle.conference_id == conference_id,
            ResolutionArticle.version == new))}
        kept: set[int] = set()
        for commitment, article in session.exec(select(Commitment, ResolutionArticle).join(
                ResolutionArticle, ResolutionArticle.id == Commitment.article_id).where(
                ResolutionArticle.conference_id == conference_id,
                ResolutionArticle.version == old)):
            target = new_articles.get(article.number)
            if target is not None and target.owner:
                commitment.article_id, commitment.owner = target.id, target.owner
                commitment.due = target.due
                session.add(commitment)
                kept.add(target.number)
            else:
                commitment.status = "dropped"
                commitment.note = "Bỏ theo nghị quyết đính chính."
                session.add(commitment)
        for number, article in new_articles.items():
            if article.owner and number not in kept:
                session.add(Commitment(conference_id=conference_id, article_id=article.id,
                                       owner=article.owner, due=article.due))

    # Publication --------------------------------------------------------------------------

    def publish(self, conference_id: int, publication: PublicationInput) -> None:
        """Records how, where and from when the resolution was published (P2; P3 where the
        regime binds it is shown with the record) and opens it to the employee view."""
        with self.unit(Action.PUBLISH_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.ADOPTED)
            form = PublicationForm(publication.form)
            decided = (row.closed_at or datetime.combine(row.held_on, datetime.min.time()))
            check_publication(decided.date(), publication.published_from,
                              publication.published_until, settings_of(session))
            if not nfc(publication.place).strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say where the resolution was published."))
            row.published_form, row.published_place = form.value, nfc(publication.place).strip()
            row.published_from = publication.published_from
            row.published_until = publication.published_until
            row.published_evidence = nfc_text(publication.evidence)
            row.stage = Stage.PUBLISHED.value
            session.add(row)
            search_index.refresh(session, search_index.RESOLUTION, row.id)
            audit_log.record(session, self.actor, "publish_conference", "conference", row.id,
                             None, {"form": form.value, "place": row.published_place,
                                    "from": publication.published_from.isoformat()})

    def published(self) -> list[PublishedResolution]:
        """Every published resolution, newest first, in its latest issued version: what the
        employee view shows. Drafts and unpublished conferences never appear."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            settings = settings_of(session)
            rows = session.exec(select(ConferenceRow).where(
                ConferenceRow.published_from.is_not(None)).order_by(
                ConferenceRow.year.desc())).all()
            out = []
            for row in rows:
                document = session.exec(select(ConferenceDocument).where(
                    ConferenceDocument.conference_id == row.id,
                    ConferenceDocument.kind == RESOLUTION).order_by(
                    ConferenceDocument.version.desc())).first()
                if document is None:
                    continue
                vote = session.exec(select(ConferenceVote).where(
                    ConferenceVote.conference_id == row.id, ConferenceVote.adopts_resolution,
                    ConferenceVote.passed)).first()
                old = document.supersedes_id and session.get(ConferenceDocument,
                                                             document.supersedes_id)
                out.append(PublishedResolution(
                    row.year, ConferenceForm(row.form), document.number, row.held_on,
                    row.place, tuple(_articles(session, row.id, document.version)),
                    vote_info(vote, settings).result if vote else None, row.published_from,
                    row.published_place, old.number if old else "", row.published_until,
                    conference_id=row.id))
            return out


def chair_and_secretary(session: Session, conference_id: int) -> tuple[str, str]:
    names = {}
    for officer in session.exec(select(ConferenceOfficer).where(
            ConferenceOfficer.conference_id == conference_id).order_by(
            ConferenceOfficer.position)):
        names.setdefault(officer.role, officer.name)
    return names.get("presidium", ""), names.get("secretary", "")


def _newest(session: Session, conference_id: int) -> int:
    return session.exec(select(func.max(ResolutionArticle.version)).where(
        ResolutionArticle.conference_id == conference_id)).one() or 1


def _issued_versions(session: Session, conference_id: int, kind: str) -> set[int]:
    return set(session.exec(select(ConferenceDocument.version).where(
        ConferenceDocument.conference_id == conference_id,
        ConferenceDocument.kind == kind)).all())


def _articles(session: Session, conference_id: int, version: int) -> list[ArticleInfo]:
    return [ArticleInfo(a.id, a.number, a.title, a.text, a.owner, a.due)
            for a in session.exec(select(ResolutionArticle).where(
                ResolutionArticle.conference_id == conference_id,
                ResolutionArticle.version == version).order_by(ResolutionArticle.number))]


def _issued(session: Session, d: ConferenceDocument) -> IssuedDocument:
    old = session.get(ConferenceDocument, d.supersedes_id) if d.supersedes_id else None
    return IssuedDocument(d.id, d.kind, d.version, d.number, d.issued_on, d.issued_by,
                          old.number if old else "", d.reason)
