"""The collective labour agreement (Labour Code 2019 Arts 75-83): its draft as versioned
clauses, the vote of all workers (rule A1), signing, filing (A2), announcement, effective date
and term (A3-A4), standing and renewal (A5), and the follow-up of its clauses.

A voted text is frozen; a signed agreement is final and changes only by an amendment (A6),
which is a new bargaining round whose agreement is the new consolidated version.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, select

from ..domain.agreement_rules import (
    check_signing,
    check_term,
    decide_agreement_vote,
    effective_from,
    expires_on,
)
from ..domain.agreement_text import ClauseText, check_clauses, diff_versions
from ..domain.bargaining_stages import (
    AgreementStage,
    RoundStage,
    require_agreement,
    require_round,
)
from ..domain.clocks import dmy
from ..domain.commitments import Status, check_update
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..domain.text import nfc, nfc_text
from ..storage.tables import Agreement, AgreementClause, AgreementVersion, BargainingSession
from . import audit_log, search_index
from .bargaining_common import (
    SIGNED,
    agreement_info,
    binding,
    clause_rows,
    clause_text,
    load_agreement,
    load_round,
    signed_rows,
    workforce_on,
)
from .bargaining_models import (
    AgreementInfo,
    DiffInfo,
    PublishedSession,
    SigningInput,
    VoteInput,
)
from .conference_common import calendar_of, settings_of
from .documents import next_number
from .session import Service


class AgreementService(Service):
    # Reading --------------------------------------------------------------------------------

    def get(self, agreement_id: int, today: date) -> AgreementInfo:
        with self.unit(Action.VIEW_BARGAINING) as session:
            return self._info(session, load_agreement(session, agreement_id), today)

    def signed(self, today: date) -> list[AgreementInfo]:
        """Every signed agreement, the latest first (to amend, renew or follow up)."""
        with self.unit(Action.VIEW_BARGAINING) as session:
            return [self._info(session, row, today) for row in signed_rows(session)]

    def clauses(self, agreement_id: int, version: int) -> list[ClauseText]:
        with self.unit(Action.VIEW_BARGAINING) as session:
            load_agreement(session, agreement_id)
            return [clause_text(c) for c in clause_rows(session, agreement_id, version)]

    def diff(self, agreement_id: int, old_version: int, new_version: int) -> DiffInfo:
        """What changed between two versions of the draft, clause by clause."""
        with self.unit(Action.VIEW_BARGAINING) as session:
            load_agreement(session, agreement_id)
            old = [clause_text(c) for c in clause_rows(session, agreement_id, old_version)]
            new = [clause_text(c) for c in clause_rows(session, agreement_id, new_version)]
            return DiffInfo(old_version, new_version, tuple(diff_versions(old, new)))

    def workforce(self, day: date) -> int:
        """The base of rule A1 on ``day``: every worker of the enterprise."""
        with self.unit(Action.VIEW_BARGAINING) as session:
            return workforce_on(session, day)

    def in_force(self, today: date) -> AgreementInfo | None:
        """The agreement that binds today (in force, in its renewal window or surviving)."""
        with self.unit(Action.VIEW_BARGAINING) as session:
            return binding(session, today, announced_only=False)

    def published(self, today: date) -> AgreementInfo | None:
        """What the employee view shows: the binding agreement, once announced (Art 76.6)."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            return binding(session, today, announced_only=True)

    def published_sessions(self) -> list[PublishedSession]:
        """Bargaining minutes the union has published to all workers (rule B4)."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            rows = session.exec(select(BargainingSession, Agreement.title).join(
                Agreement, Agreement.round_id == BargainingSession.round_id)
                .where(BargainingSession.published_on.is_not(None))
                .order_by(BargainingSession.published_on.desc())).all()
            return [PublishedSession(title, s.number, s.held_on, s.agreed_points,
                                     s.disputed_points, s.published_on, s.published_place,
                                     session_id=s.id)
                    for s, title in rows]

    # The draft ------------------------------------------------------------------------------

    def save_draft(self, agreement_id: int, clauses: Sequence[ClauseText], day: date,
                   session_id: int | None = None, note: str = "") -> AgreementInfo:
        """Saves the clauses as a new version of the draft (none when nothing changed)."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            row = load_agreement(session, agreement_id)
            require_agreement(AgreementStage(row.stage), AgreementStage.DRAFT)
            round_row = load_round(session, row.round_id)
            require_round(RoundStage(round_row.stage), RoundStage.REQUESTED,
                          RoundStage.ARRANGED, RoundStage.NEGOTIATING)
            clauses = [ClauseText(c.chapter, nfc(c.chapter_title).strip(), c.number,
                                  nfc(c.title).strip(), c.topic, nfc_text(c.text),
                                  c.term_months) for c in clauses]
            check_clauses(clauses)
            if not clauses:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The draft agreement has no clause yet."))
            if day < round_row.requested_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A draft cannot be dated before the request ({day})."),
                    day=dmy(round_row.requested_on))
            if session_id is not None:
                record = session.get(BargainingSession, session_id)
                if record is None or record.round_id != row.round_id:
                    raise NotFoundError()
            current = [clause_text(c) for c in clause_rows(session, row.id, row.draft_version)]
            if row.draft_version and not diff_versions(current, clauses):
                return self._info(session, row, day)
            version = row.draft_version + 1
            for c in clauses:
                session.add(AgreementClause(
                    agreement_id=row.id, version=version, chapter=c.chapter,
                    chapter_title=c.chapter_title, number=c.number, title=c.title,
                    topic=c.topic.value, text=c.text, term_months=c.term_months))
            session.add(AgreementVersion(agreement_id=row.id, version=version,
                                         session_id=session_id, saved_on=day,
                                         note=nfc(note).strip()))
            if session_id is not None:
                record.draft_version = version
                session.add(record)
            row.draft_version = version
            session.add(row)
            audit_log.record(session, self.actor, "save_agreement_draft", "agreement", row.id,
                             {"version": version - 1}, {"version": version,
                                                         "clauses": len(clauses)})
            return self._info(session, row, day)

    # The vote, the signing, the filing ------------------------------------------------------

    def record_vote(self, agreement_id: int, data: VoteInput) -> AgreementInfo:
        """Enters the vote of all workers and lets rule A1 decide: more than half of the whole
        workforce on the vote day must be in favour (Art 76.1)."""
        with self.unit(Action.RECORD_AGREEMENT_VOTE) as session:
            row = load_agreement(session, agreement_id)
            require_agreement(AgreementStage(row.stage), AgreementStage.DRAFT)
            round_row = load_round(session, row.round_id)
            require_round(RoundStage(round_row.stage), RoundStage.CONCLUDED)
            if data.vote_on < round_row.concluded_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The vote cannot come before the draft was agreed ({day})."),
                    day=dmy(round_row.concluded_on))
            workforce = workforce_on(session, data.vote_on)
            result = decide_agreement_vote(
                workforce, data.ballots_issued, data.ballots_returned, data.votes_for,
                data.votes_against, data.votes_invalid)
            settings = settings_of(session)
            number = next_number(session, "BB", settings.union_doc_symbol, data.vote_on.year)
            before = {"passed": row.vote_passed}
            row.vote_on, row.workforce = data.vote_on, workforce
            row.vote_method, row.vote_place = nfc(data.method).strip(), nfc(data.place).strip()
            row.vote_counters = nfc_text(data.counters)
            row.ballots_issued, row.ballots_returned = data.ballots_issued, data.ballots_returned
            row.votes_for, row.votes_against = data.votes_for, data.votes_against
            row.votes_invalid, row.vote_passed = data.votes_invalid, result.passed
            row.tally_number = f"{number:02d}/BB-{settings.union_doc_symbol}"
            if result.passed:
                row.stage = AgreementStage.VOTED.value
            else:  # the parties bargain again, conclude again, and the workers vote again
                round_row.stage = RoundStage.NEGOTIATING.value
                session.add(round_row)
            session.add(row)
            audit_log.record(session, self.actor, "record_agreement_vote", "agreement", row.id,
                             before, {"on": data.vote_on.isoformat(), "workforce": workforce,
                                      "for": data.votes_for, "passed": result.passed})
            return self._info(session, row, data.vote_on)

    def sign(self, agreement_id: int, data: SigningInput) -> AgreementInfo:
        """Signing after a passing vote (A1); the effective date (A3) and term (A4) fix the
        expiry. The agreement is final from now on."""
        with self.unit(Action.SIGN_AGREEMENT) as session:
            row = load_agreement(session, agreement_id)
            require_agreement(AgreementStage(row.stage), AgreementStage.VOTED)
            check_signing(row.vote_passed, row.vote_on, data.signed_on)
            check_term(data.term_months)
            effective, _why = effective_from(data.signed_on, data.effective_written)
            employer, union = (nfc(data.employer_signatory).strip(),
                               nfc(data.union_signatory).strip())
            if not employer or not union:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Name the lawful representatives of both parties who sign "
                              "(Labour Code Art 76.4)."))
            number = next_number(session, "TƯLĐTT", "", data.signed_on.year)
            row.signed_on, row.effective_written = data.signed_on, data.effective_written
            row.effective_on, row.term_months = effective, data.term_months
            row.expires_on = expires_on(effective, data.term_months)
            row.employer_signatory, row.union_signatory = employer, union
            row.employer_signatory_title = nfc(data.employer_signatory_title).strip()
            row.union_signatory_title = nfc(data.union_signatory_title).strip()
            row.agreement_number = f"{number:02d}/{data.signed_on.year}/TƯLĐTT"
            row.stage = AgreementStage.SIGNED.value
            session.add(row)
            audit_log.record(session, self.actor, "sign_agreement", "agreement", row.id, None,
                             {"on": data.signed_on.isoformat(), "number": row.agreement_number,
                              "effective": effective.isoformat(),
                              "expires": row.expires_on.isoformat()})
            return self._info(session, row, data.signed_on)

    def file(self, agreement_id: int, filed_on: date, method: str, proof: str
             ) -> AgreementInfo:
        """One copy to the provincial labour authority (rule A2, Art 77); the proof of
        sending is kept. A late filing is recorded and shown late."""
        with self.unit(Action.FILE_AGREEMENT) as session:
            row = load_agreement(session, agreement_id)
            require_agreement(AgreementStage(row.stage), AgreementStage.SIGNED)
            if filed_on < row.signed_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The agreement cannot be filed before it was signed ({day})."),
                    day=dmy(row.signed_on))
            if not proof.strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Keep the proof of sending (a receipt number, a postal "
                              "reference or the authority's acknowledgement)."))
            settings = settings_of(session)
            # A công văn: numbered in the company's letter series, no type code (Decree 30).
            number = next_number(session, "", settings.company_doc_symbol, filed_on.year)
            row.filing_number = f"{number:02d}/{settings.company_doc_symbol}"
            row.filed_on, row.filing_method = filed_on, nfc(method).strip()
            row.filing_proof, row.stage = nfc_text(proof), AgreementStage.FILED.value
            session.add(row)
            audit_log.record(session, self.actor, "file_agreement", "agreement", row.id, None,
                             {"on": filed_on.isoformat(), "number": row.filing_number,
                              "proof": row.filing_proof})
            return self._info(session, row, filed_on)

    def announce(self, agreement_id: int, day: date, form: str, place: str) -> AgreementInfo:
        """The employer announces the signed agreement to its workers (Art 76.6)."""
        with self.unit(Action.FILE_AGREEMENT) as session:
            row = load_agreement(session, agreement_id)
            require_agreement(AgreementStage(row.stage), *SIGNED)
            if day < row.signed_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The agreement cannot be announced before it was signed "
                              "({day})."), day=dmy(row.signed_on))
            if not place.strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say where the agreement was announced."))
            before = {"announced_on": row.announced_on.isoformat() if row.announced_on else None}
            row.announced_on = day
            row.announce_form = PublicationForm(form).value  # forms of Decree 145 Art 43.2
            row.announce_place = nfc(place).strip()
            session.add(row)
            search_index.refresh(session, search_index.AGREEMENT, row.id)
            audit_log.record(session, self.actor, "announce_agreement", "agreement", row.id,
                             before, {"on": day.isoformat(), "form": form,
                                      "place": row.announce_place})
            return self._info(session, row, day)

    def track_clause(self, clause_id: int, owner: str, due: date | None, status: Status,
                     progress: int, note: str, day: date) -> AgreementInfo:
        """Follows a signed clause's implementation like a resolution's commitment."""
        with self.unit(Action.TRACK_AGREEMENT) as session:
            clause = session.get(AgreementClause, clause_id)
            if clause is None:
                raise NotFoundError()
            row = load_agreement(session, clause.agreement_id)
            if AgreementStage(row.stage) not in SIGNED or clause.version != row.draft_version:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Clauses are followed once the agreement is signed."))
            text = nfc_text(note)
            check_update(status, progress, text)
            if day < row.signed_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A progress report cannot be dated before the signing ({day})."),
                    day=dmy(row.signed_on))
            before = {"status": clause.status, "progress": clause.progress}
            clause.owner, clause.due = nfc(owner).strip(), due
            clause.status, clause.progress, clause.note = status.value, progress, text
            clause.updated_on = day
            session.add(clause)
            audit_log.record(session, self.actor, "track_agreement_clause", "agreement", row.id,
                             before, {"clause": f"{clause.chapter}.{clause.number}",
                                      "status": status.value, "progress": progress,
                                      "note": text, "on": day.isoformat()})
            return self._info(session, row, day)

    def _info(self, session: Session, row: Agreement, today: date) -> AgreementInfo:
        return agreement_info(session, row, calendar_of(session, settings_of(session)), today)

