"""The collective bargaining and agreement papers ready to print (Labour Code 2019 Arts 67-83;
legal-vn.md §8 items 17-25): each one's data, with the clocks and the vote decided by the
domain rules (B1-B3, A1-A4), and its Decree 30 frame.

Session minutes, the failure record, the tally, the agreement and its cover letter print the
numbers their records were issued with; the request and the announcement take a number when
issued (``numbered``). Who signs the minutes, the tally and the agreement is in the data (the
law names them), so those frames carry no signature blocks.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from ..domain import agreement_documents as ad
from ..domain import documents as doc
from ..domain.agreement_rules import MAX_TERM_MONTHS, filing_due
from ..domain.bargaining_rules import FailureGround, Requester, information_due
from ..domain.bargaining_stages import AgreementStage
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..storage.tables import Agreement, BargainingSession
from . import agreement_paper_data as data
from .bargaining_common import (
    SIGNED,
    load_agreement,
    load_round,
    round_info,
    sessions_of,
    workforce_on,
)
from .conference_common import calendar_of, settings_of
from .documents import DocumentService, PreparedDocument, company_issuer
from .enterprise import load_enterprise
from .paper_common import (
    company_signature,
    lines,
    publication_form,
    stored_number,
    union_issuer,
    union_signature,
)

LETTER = ""  # công văn: no type abbreviation (Decree 30/2020 App III)
FILING_TYPE = ""  # a công văn: the company's letter series, as agreements.file numbers it
MINUTES_TYPE, NOTICE_TYPE, AGREEMENT_TYPE = "BB", "TB", "TƯLĐTT"


class AgreementPaperService(DocumentService):
    def bargaining_request(self, round_id: int, numbered: bool = False) -> PreparedDocument:
        """Yêu cầu thương lượng tập thể (Arts 67, 68, 70): the topics, the requester's
        membership, and the B1-B3 clocks the request starts (B2 once bargaining started)."""
        with self._unit(numbered) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = load_round(session, round_id)
            info = round_info(session, row, calendar_of(session, settings))
            requester = Requester(row.requested_by)
            amended = data.amended_by(session, row)
            information = (info.information.clock.due if info.information else information_due(
                row.requested_on, calendar_of(session, settings)).due)
            header = data.header(session, enterprise, settings, people=data.union_side(
                session, row))
            paper = ad.BargainingRequestData(
                header=header, requester=requester, requested_on=row.requested_on,
                topics=info.topics, content=row.request_content,
                arrange_by=info.arrangement.clock.due, start_by=info.start.clock.due,
                information_by=information, end_by=info.end.clock.due if info.end else None,
                started_on=info.started_on,
                members=data.union_members(session, row.requested_on) if requester is Requester.UNION else 0,
                workforce=workforce_on(session, row.requested_on),
                amends=amended.agreement_number if amended else "")
            union = requester is Requester.UNION
            symbol = settings.union_doc_symbol if union else settings.company_doc_symbol
            number = self._number(session, LETTER, symbol, row.requested_on, numbered,
                                  "bargaining-request")
            frame = doc.DocumentFrame(
                issuers=(union_issuer(enterprise) if union else company_issuer(enterprise),),
                number=number, place=enterprise.province, day=row.requested_on, type_name="",
                title=data.request_title(paper.amends),
                signatures=(union_signature(header.union_representative) if union
                            else company_signature(enterprise),),
                recipients=("Như trên",), archive="VT, Hồ sơ thương lượng")
            return PreparedDocument("bargaining-request", paper, frame)

    def session_minutes(self, session_id: int) -> PreparedDocument:
        """Biên bản phiên họp thương lượng (Art 70.5): agreed and disputed content, signed by
        both sides and the note-taker (set by the renderer), with its stored number."""
        with self._unit(False) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            record = session.get(BargainingSession, session_id)
            if record is None:
                raise NotFoundError()
            paper = ad.BargainingSessionData(
                header=data.header(session, enterprise, settings,
                                   people=record.union_representatives),
                number=record.number, held_on=record.held_on, start_time=record.start_time,
                place=record.place,
                employer_side=data.representatives(record.employer_representatives),
                union_side=data.representatives(record.union_representatives),
                note_taker=data.representative(record.note_taker),
                discussed=lines(record.discussed), agreed=lines(record.agreed_points),
                disputed=lines(record.disputed_points),
                upper_union=data.representatives(record.upper_union_representatives),
                next_session_on=record.next_session_on, draft_version=record.draft_version,
                published_on=record.published_on,
                published_form=publication_form(record.published_form),
                published_place=record.published_place)
            frame = doc.DocumentFrame(
                issuers=(union_issuer(enterprise),),
                number=stored_number(record.minutes_number, record.held_on.year, MINUTES_TYPE,
                                     settings.union_doc_symbol),
                place=enterprise.province, day=record.held_on, type_name="BIÊN BẢN",
                title=data.session_title(record.number), signatures=(),
                recipients=data.RECIPIENTS + (data.ALL_WORKERS,),
                archive="VT, Hồ sơ thương lượng")
            return PreparedDocument("bargaining-session", paper, frame)

    def failure(self, round_id: int) -> PreparedDocument:
        """Thương lượng tập thể không thành (Art 71): the ground with the limit that passed
        (B1 start, B2 end), what is still disputed, the dispute procedure next. The union
        signs; both parties when they declared it together (ground c)."""
        with self._unit(False) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = load_round(session, round_id)
            if row.failed_on is None or not row.failure_ground:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This bargaining has not been recorded as failed."))
            info = round_info(session, row, calendar_of(session, settings))
            sessions = sessions_of(session, row.id)
            ground = FailureGround(row.failure_ground)
            header = data.header(session, enterprise, settings,
                                 people=data.union_side(session, row))
            paper = ad.BargainingFailureData(
                header=header, requester=Requester(row.requested_by),
                requested_on=row.requested_on, ground=ground, declared_on=row.failed_on,
                started_on=info.started_on, start_by=info.start.clock.due,
                end_by=info.end.clock.due if info.end else None, sessions_held=len(sessions),
                disputed=lines(sessions[-1].disputed_points) if sessions else (),
                note=row.failure_note)
            signatures = (union_signature(header.union_representative),)
            if ground is FailureGround.DECLARED:
                signatures += (company_signature(enterprise),)
            frame = doc.DocumentFrame(
                issuers=(union_issuer(enterprise),),
                number=stored_number(row.failure_number, row.failed_on.year, MINUTES_TYPE,
                                     settings.union_doc_symbol),
                place=enterprise.province, day=row.failed_on, type_name="THÔNG BÁO",
                title=data.FAILURE_TITLE, signatures=signatures,
                recipients=data.RECIPIENTS + (enterprise.upper_union_name or
                                              "Công đoàn cấp trên cơ sở", data.ALL_WORKERS),
                archive="VT, Hồ sơ thương lượng")
            return PreparedDocument("bargaining-failed", paper, frame)

    def tally(self, agreement_id: int) -> PreparedDocument:
        """Biên bản kiểm phiếu (Art 76): the count over the WHOLE workforce and rule A1's
        verdict, signed by the vote-counting team, with its stored number."""
        with self._unit(False) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = load_agreement(session, agreement_id)
            vote = data.vote_result(row)
            if vote is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The workers' vote on this draft has not been recorded yet."))
            paper = ad.AgreementTallyData(
                header=data.header(session, enterprise, settings, row),
                draft_version=row.draft_version, vote=vote,
                method=data.vote_method(row.vote_method), place=row.vote_place,
                start_time="", end_time="", counters=data.representatives(row.vote_counters))
            frame = doc.DocumentFrame(
                issuers=(union_issuer(enterprise),),
                number=stored_number(row.tally_number, row.vote_on.year, MINUTES_TYPE,
                                     settings.union_doc_symbol),
                place=enterprise.province, day=row.vote_on, type_name="BIÊN BẢN",
                title=data.TALLY_TITLE, signatures=(),
                recipients=data.RECIPIENTS + (data.ALL_WORKERS,),
                archive="VT, Hồ sơ thỏa ước")
            return PreparedDocument("agreement-tally", paper, frame)

    def agreement(self, agreement_id: int, term_months: int | None = None) -> PreparedDocument:
        """Thỏa ước lao động tập thể (Arts 75-78): the clauses of its current version, effect
        (A3) and term (A4), the vote as an annex; an amendment as the consolidated text naming
        the agreement it amends. A draft prints ``term_months`` (else the amended agreement's,
        else the longest term the law allows) until the signing fixes it."""
        with self._unit(False) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = load_agreement(session, agreement_id)
            amended = data.amended(session, row)
            term = row.term_months or term_months or (amended.term_months if amended
                                                      else MAX_TERM_MONTHS)
            paper = ad.AgreementData(
                header=data.header(session, enterprise, settings, row),
                clauses=data.clauses(session, row), term_months=term,
                effective_on=row.effective_on,
                effective_from_signing=row.signed_on is not None
                and row.effective_written is None,
                expires_on=row.expires_on, signed_on=row.signed_on,
                vote=data.vote_result(row),
                amends_number=amended.agreement_number if amended else "",
                amends_signed_on=amended.signed_on if amended else None,
                consolidated_version=row.consolidated_version)
            requested_on = load_round(session, row.round_id).requested_on
            year = (row.signed_on or requested_on).year
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise), doc.IssuingBody(paper.header.union_name)),
                number=stored_number(row.agreement_number, year, AGREEMENT_TYPE, ""),
                place=enterprise.province, day=row.signed_on,
                type_name="THỎA ƯỚC LAO ĐỘNG TẬP THỂ DOANH NGHIỆP",
                title=data.agreement_title(enterprise.name, paper.amends_number,
                                           row.consolidated_version),
                signatures=(), recipients=(settings.labour_authority,
                                           enterprise.upper_union_name
                                           or "Công đoàn cấp trên cơ sở", data.ALL_WORKERS),
                archive="VT, Hồ sơ thỏa ước")
            return PreparedDocument("agreement", paper, frame)

    def cover_letter(self, agreement_id: int, day: date | None = None) -> PreparedDocument:
        """Công văn gửi thỏa ước (Art 77) to the labour authority of the settings, with the A2
        limit (10 days from the signing). Once filed it carries the filing's number and day;
        before, it is dated ``day`` (None: a date to fill in by hand) and unnumbered."""
        with self._unit(False) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = self._signed(session, agreement_id)
            amended = data.amended(session, row)
            text = data.clauses(session, row)
            paper = ad.CoverLetterData(
                header=data.header(session, enterprise, settings, row),
                addressee=settings.labour_authority, agreement_number=row.agreement_number,
                signed_on=row.signed_on,
                filing_due=filing_due(row.signed_on, calendar_of(session, settings)).due,
                effective_on=row.effective_on, term_months=row.term_months,
                expires_on=row.expires_on, vote=data.vote_result(row),
                method=data.filing_method(row.filing_method),
                chapters=len({c.chapter for c in text}), clauses=len(text),
                amends_number=amended.agreement_number if amended else "")
            day = row.filed_on or day
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),),
                number=stored_number(row.filing_number, (day or row.signed_on).year,
                                     FILING_TYPE, settings.company_doc_symbol),
                place=enterprise.province, day=day, type_name="",
                title=data.COVER_LETTER_TITLE,
                signatures=(company_signature(enterprise),),
                recipients=("Như trên", enterprise.union_name or "Công đoàn cơ sở"),
                archive="VT, Hồ sơ thỏa ước")
            return PreparedDocument("agreement-cover-letter", paper, frame)

    def announcement(self, agreement_id: int, numbered: bool = False) -> PreparedDocument:
        """Thông báo công bố thỏa ước (Art 76.6): effect and term, clauses with terms of their
        own, the main points (an amendment's changes), where it is posted."""
        with self._unit(numbered) as session:
            enterprise, settings = load_enterprise(session), settings_of(session)
            row = self._signed(session, agreement_id)
            if row.announced_on is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The announcement of this agreement has not been recorded yet."))
            amended = data.amended(session, row)
            paper = ad.AgreementAnnouncementData(
                header=data.header(session, enterprise, settings, row),
                agreement_number=row.agreement_number, signed_on=row.signed_on,
                effective_on=row.effective_on, term_months=row.term_months,
                expires_on=row.expires_on, posted_place=row.announce_place,
                full_text_at=data.FULL_TEXT_AT,
                forms=(publication_form(row.announce_form) or PublicationForm.NOTICE_BOARD,),
                posted_on=row.announced_on, vote=data.vote_result(row),
                highlights=data.highlights(session, row, amended),
                clauses=data.clauses(session, row),
                amends_number=amended.agreement_number if amended else "")
            number = self._number(session, NOTICE_TYPE, settings.company_doc_symbol,
                                  row.announced_on, numbered, "agreement-announcement")
            frame = doc.DocumentFrame(
                issuers=(company_issuer(enterprise),), number=number,
                place=enterprise.province, day=row.announced_on, type_name="THÔNG BÁO",
                title=data.ANNOUNCEMENT_TITLE, signatures=(company_signature(enterprise),),
                recipients=(data.ALL_WORKERS, "Ban Chấp hành Công đoàn cơ sở"),
                archive="VT, Hồ sơ thỏa ước")
            return PreparedDocument("agreement-announcement", paper, frame)

    # Helpers ----------------------------------------------------------------------------

    def _unit(self, numbered: bool):
        if numbered:
            self.check(Action.NUMBER_DOCUMENTS)
        return self.unit(Action.PRINT_DOCUMENTS, write=numbered)

    @staticmethod
    def _signed(session: Session, agreement_id: int) -> Agreement:
        row = load_agreement(session, agreement_id)
        if AgreementStage(row.stage) not in SIGNED:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "This agreement has not been signed yet."))
        return row
