"""Collective bargaining (Labour Code 2019 Arts 67-71): the request and its clocks (B1-B3),
the sessions and their minutes (B4), the conclusion of a draft, or the failure (B5).

The union keeps the records (Art 70.5); the employer supplies the information (Art 70.3).
Each round gets its agreement row at the request, so the draft can grow session by session.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from ..domain.bargaining_rules import FailureGround, check_failure, check_session_date
from ..domain.bargaining_stages import AgreementStage, RoundKind, RoundStage, require_round
from ..domain.clocks import dmy
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..domain.text import nfc, nfc_text
from ..storage.tables import Agreement, AgreementClause, AgreementVersion, BargainingRound
from ..storage.tables import BargainingSession as SessionRow
from . import audit_log
from .bargaining_common import (
    SIGNED,
    agreement_of,
    clause_rows,
    load_agreement,
    load_round,
    round_info,
    sessions_of,
)
from .bargaining_models import RequestInput, RoundInfo, RoundSummary, SessionInput
from .conference_common import calendar_of, settings_of
from .documents import next_number
from .session import Service

OPEN_ROUNDS = (RoundStage.REQUESTED, RoundStage.ARRANGED, RoundStage.NEGOTIATING)


class BargainingService(Service):
    # Reading --------------------------------------------------------------------------------

    def rounds(self) -> list[RoundSummary]:
        """Every round, the latest request first."""
        with self.unit(Action.VIEW_BARGAINING) as session:
            rows = session.exec(select(BargainingRound, Agreement).join(
                Agreement, Agreement.round_id == BargainingRound.id)
                .order_by(BargainingRound.requested_on.desc(), BargainingRound.id.desc())).all()
            return [RoundSummary(r.id, RoundKind(r.kind), RoundStage(r.stage), r.requested_on,
                                 r.requester_name, a.title, a.id, AgreementStage(a.stage))
                    for r, a in rows]

    def get(self, round_id: int) -> RoundInfo:
        with self.unit(Action.VIEW_BARGAINING) as session:
            calendar = calendar_of(session, settings_of(session))
            return round_info(session, load_round(session, round_id), calendar)

    # The request ----------------------------------------------------------------------------

    def request(self, data: RequestInput) -> RoundInfo:
        """Records a request to bargain (Art 70.1: the other side may not refuse)."""
        with self.unit(Action.REQUEST_BARGAINING) as session:
            name = nfc(data.requester_name).strip()
            if not name:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say who asked to bargain."))
            if not data.topics:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Choose at least one topic to bargain on (Labour Code Art 67)."))
            asked = data.information_requested_on
            if asked is not None and asked < data.requested_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The information cannot be asked for before the request "
                              "({requested})."), requested=dmy(data.requested_on))
            amended = self._amended(session, data)
            row = BargainingRound(
                kind=data.kind.value, stage=RoundStage.REQUESTED.value,
                requested_by=data.requested_by.value, requester_name=name,
                requested_on=data.requested_on,
                topics=",".join(t.value for t in data.topics),
                request_content=nfc_text(data.content), information_requested_on=asked,
                created_at=datetime.now(UTC))
            session.add(row)
            session.flush()
            title = nfc(data.title).strip() or _default_title(data.kind, data.requested_on)
            agreement = Agreement(
                round_id=row.id, amends_id=amended.id if amended else None,
                consolidated_version=amended.consolidated_version + 1 if amended else 1,
                stage=AgreementStage.DRAFT.value, title=title, draft_version=0,
                created_at=datetime.now(UTC))
            session.add(agreement)
            session.flush()
            if amended is not None:
                self._copy_clauses(session, amended, agreement, data.requested_on)
            audit_log.record(session, self.actor, "request_bargaining", "bargaining_round",
                             row.id, None, {"kind": row.kind, "by": row.requested_by,
                                            "on": row.requested_on.isoformat(),
                                            "topics": row.topics})
            return round_info(session, row, calendar_of(session, settings_of(session)))

    def arrange(self, round_id: int, arranged_on: date, start_on: date, place: str) -> RoundInfo:
        """Records the agreed time and place (rule B1: within 7 working days, a start within
        30 days; a late date is recorded and shown late, since it is what happened)."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            row = load_round(session, round_id)
            require_round(RoundStage(row.stage), RoundStage.REQUESTED, RoundStage.ARRANGED)
            if arranged_on < row.requested_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The time and place cannot be agreed before the request "
                              "({requested})."), requested=dmy(row.requested_on))
            if start_on < arranged_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The bargaining cannot start before the day it was arranged "
                              "({day})."), day=dmy(arranged_on))
            before = {"arranged_on": _iso(row.arranged_on), "start": _iso(row.agreed_start_on)}
            row.arranged_on, row.agreed_start_on = arranged_on, start_on
            row.agreed_place = nfc(place).strip()
            row.stage = RoundStage.ARRANGED.value
            session.add(row)
            audit_log.record(session, self.actor, "arrange_bargaining", "bargaining_round",
                             row.id, before, {"arranged_on": arranged_on.isoformat(),
                                              "start": start_on.isoformat(),
                                              "place": row.agreed_place})
            return round_info(session, row, calendar_of(session, settings_of(session)))

    def supply_information(self, round_id: int, supplied_on: date, withheld: str = ""
                           ) -> RoundInfo:
        """The employer's information for bargaining (rule B3, Art 70.3; trade and technology
        secrets may be withheld, and are named)."""
        with self.unit(Action.SUPPLY_BARGAINING_INFORMATION) as session:
            row = load_round(session, round_id)
            require_round(RoundStage(row.stage), *OPEN_ROUNDS)
            asked = row.information_requested_on or row.requested_on
            if supplied_on < asked:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The information cannot be supplied before it was asked for "
                              "({asked})."), asked=dmy(asked))
            if row.information_requested_on is None:
                row.information_requested_on = row.requested_on
            row.information_supplied_on = supplied_on
            row.information_withheld = nfc_text(withheld)
            session.add(row)
            audit_log.record(session, self.actor, "supply_bargaining_information",
                             "bargaining_round", row.id, None,
                             {"on": supplied_on.isoformat(),
                              "withheld": row.information_withheld})
            return round_info(session, row, calendar_of(session, settings_of(session)))

    def agree_end(self, round_id: int, end_on: date) -> RoundInfo:
        """Rule B2: the parties may agree to bargain longer than 90 days."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            row = load_round(session, round_id)
            require_round(RoundStage(row.stage), *OPEN_ROUNDS)
            if end_on <= row.requested_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The agreed end must come after the request ({requested})."),
                    requested=dmy(row.requested_on))
            before = _iso(row.agreed_end_on)
            row.agreed_end_on = end_on
            session.add(row)
            audit_log.record(session, self.actor, "agree_bargaining_end", "bargaining_round",
                             row.id, {"end": before}, {"end": end_on.isoformat()})
            return round_info(session, row, calendar_of(session, settings_of(session)))

    # Sessions -------------------------------------------------------------------------------

    def add_session(self, round_id: int, data: SessionInput) -> RoundInfo:
        """Logs a session and numbers its minutes (rule B4: agreed and disputed points, both
        sides' representatives and the note-taker, Art 70.5)."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            row = load_round(session, round_id)
            agreement = agreement_of(session, row.id)
            stage = RoundStage(row.stage)
            reopened = stage is RoundStage.CONCLUDED and agreement.vote_passed is False
            if not reopened:
                require_round(stage, RoundStage.ARRANGED, RoundStage.NEGOTIATING)
            previous = sessions_of(session, row.id)
            check_session_date(data.held_on, row.requested_on,
                               previous[-1].held_on if previous else None)
            texts = {k: nfc_text(getattr(data, k)) for k in (
                "employer_representatives", "union_representatives", "note_taker",
                "agreed_points", "disputed_points", "discussed", "upper_union_representatives",
                "place")}
            if not texts["employer_representatives"] or not texts["union_representatives"]:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Name the representatives of both sides: they sign the minutes "
                              "(Labour Code Art 70.5)."))
            if not texts["note_taker"]:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Name the note-taker: the minutes carry their signature too."))
            if not (texts["agreed_points"] or texts["disputed_points"]):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The minutes must say what was agreed and what is still "
                              "disputed (Labour Code Art 70.5)."))
            if data.next_session_on is not None and data.next_session_on <= data.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The next session must come after this one ({day})."),
                    day=dmy(data.held_on))
            settings = settings_of(session)
            number = next_number(session, "BB", settings.union_doc_symbol, data.held_on.year)
            record = SessionRow(
                round_id=row.id, number=len(previous) + 1, held_on=data.held_on,
                start_time=data.start_time, next_session_on=data.next_session_on,
                minutes_number=f"{number:02d}/BB-{settings.union_doc_symbol}", **texts)
            session.add(record)
            row.stage = RoundStage.NEGOTIATING.value
            session.add(row)
            session.flush()
            audit_log.record(session, self.actor, "record_bargaining_session",
                             "bargaining_round", row.id, None,
                             {"session": record.number, "on": data.held_on.isoformat(),
                              "minutes": record.minutes_number})
            return round_info(session, row, calendar_of(session, settings))

    def publish_session(self, session_id: int, form: str, place: str, day: date) -> RoundInfo:
        """The union publishes the minutes to all workers (rule B4)."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            record = session.get(SessionRow, session_id)
            if record is None:
                raise NotFoundError()
            if day < record.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The minutes cannot be published before the session "
                              "({day})."), day=dmy(record.held_on))
            if not place.strip():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say where the minutes were published."))
            before = _iso(record.published_on)
            record.published_on = day
            record.published_form = PublicationForm(form).value  # forms of Decree 145 Art 43.2
            record.published_place = nfc(place).strip()
            session.add(record)
            audit_log.record(session, self.actor, "publish_bargaining_session",
                             "bargaining_round", record.round_id, {"published_on": before},
                             {"session": record.number, "on": day.isoformat(),
                              "place": record.published_place})
            row = load_round(session, record.round_id)
            return round_info(session, row, calendar_of(session, settings_of(session)))

    # The end of the round -------------------------------------------------------------------

    def conclude(self, round_id: int, day: date) -> RoundInfo:
        """The parties agree on the draft: it goes to the workers' vote (rule A1)."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            row = load_round(session, round_id)
            require_round(RoundStage(row.stage), RoundStage.NEGOTIATING)
            agreement = agreement_of(session, row.id)
            if not clause_rows(session, agreement.id, agreement.draft_version):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The draft agreement has no clause yet."))
            last = sessions_of(session, row.id)[-1]
            if day < last.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The bargaining cannot end before its last session ({day})."),
                    day=dmy(last.held_on))
            row.stage, row.concluded_on = RoundStage.CONCLUDED.value, day
            agreement.vote_passed, agreement.vote_on = None, None
            session.add(row)
            session.add(agreement)
            audit_log.record(session, self.actor, "conclude_bargaining", "bargaining_round",
                             row.id, None, {"on": day.isoformat(),
                                            "draft_version": agreement.draft_version})
            return round_info(session, row, calendar_of(session, settings_of(session)))

    def fail(self, round_id: int, ground: FailureGround, day: date, note: str = ""
             ) -> RoundInfo:
        """Records failed bargaining on a ground of rule B5 that the dates support (Art 71);
        the parties then go to the labour dispute procedure."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            row = load_round(session, round_id)
            require_round(RoundStage(row.stage), *OPEN_ROUNDS)
            settings = settings_of(session)
            calendar = calendar_of(session, settings)
            sessions = sessions_of(session, row.id)
            check_failure(ground, day, row.requested_on,
                          sessions[0].held_on if sessions else None, calendar,
                          row.agreed_end_on)
            if sessions and day < sessions[-1].held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The failure cannot be dated before the last session ({day})."),
                    day=dmy(sessions[-1].held_on))
            number = next_number(session, "TB", settings.union_doc_symbol, day.year)
            row.stage, row.failed_on = RoundStage.FAILED.value, day
            row.failure_ground, row.failure_note = FailureGround(ground).value, nfc_text(note)
            row.failure_number = f"{number:02d}/TB-{settings.union_doc_symbol}"
            session.add(row)
            audit_log.record(session, self.actor, "record_bargaining_failure",
                             "bargaining_round", row.id, None,
                             {"ground": row.failure_ground, "on": day.isoformat()})
            return round_info(session, row, calendar)

    # Helpers --------------------------------------------------------------------------------

    @staticmethod
    def _amended(session: Session, data: RequestInput) -> Agreement | None:
        if data.kind is RoundKind.NEW:
            return None
        if data.amends_agreement_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Choose the agreement that the amendment or renewal changes."))
        amended = load_agreement(session, data.amends_agreement_id)
        if AgreementStage(amended.stage) not in SIGNED:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Only a signed agreement can be amended or renewed."))
        if data.requested_on < amended.signed_on:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The request cannot come before the agreement was signed ({day})."),
                day=dmy(amended.signed_on))
        return amended

    @staticmethod
    def _copy_clauses(session: Session, source: Agreement, target: Agreement, day: date) -> None:
        """An amendment starts from the signed text: its draft version 1 is the old clauses."""
        rows = clause_rows(session, source.id, source.draft_version)
        for c in rows:
            session.add(AgreementClause(
                agreement_id=target.id, version=1, chapter=c.chapter,
                chapter_title=c.chapter_title, number=c.number, title=c.title, topic=c.topic,
                text=c.text, term_months=c.term_months))
        session.add(AgreementVersion(agreement_id=target.id, version=1, saved_on=day,
                                     note=source.agreement_number))
        target.draft_version = 1
        session.add(target)


def _default_title(kind: RoundKind, day: date) -> str:
    if kind is RoundKind.AMENDMENT:
        return f"Sửa đổi, bổ sung thỏa ước lao động tập thể ({day.year})"
    return f"Thỏa ước lao động tập thể doanh nghiệp ({day.year})"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
