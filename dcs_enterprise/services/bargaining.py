"""Collective bargaining (Labour Code 2019 Arts 67-71): the request and its clocks (B1-B3);
the sessions, the conclusion or the failure come from RoundSessions (bargaining_sessions).

The union keeps the records (Art 70.5); the employer supplies the information (Art 70.3).
Each round gets its agreement row at the request, so the draft can grow session by session.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from ..domain.bargaining_rules import start_due
from ..domain.bargaining_stages import AgreementStage, RoundKind, RoundStage, require_round
from ..domain.clocks import dmy
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.permissions import Action
from ..domain.text import nfc, nfc_text
from ..storage.tables import Agreement, AgreementClause, AgreementVersion, BargainingRound
from . import audit_log
from .bargaining_common import (
    SIGNED,
    clause_rows,
    load_agreement,
    load_round,
    round_info,
)
from .bargaining_models import RequestInput, RoundInfo, RoundSummary
from .bargaining_sessions import OPEN_ROUNDS, RoundSessions
from .conference_common import calendar_of, settings_of


class BargainingService(RoundSessions):
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
        """Records the agreed time and place (rule B1: within 7 working days, recorded and shown
        late when it was agreed later; a start within 30 days, which the parties cannot move)."""
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
            limit = start_due(row.requested_on, calendar_of(session, settings_of(session)))
            if start_on > limit.due:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Bargaining must start no later than {due}, 30 days after the "
                              "request (rule B1, Labour Code Art 70.1); the parties cannot agree "
                              "a later start. If it cannot start in time, record the failed "
                              "bargaining (Art 71.a)."), due=dmy(limit.due))
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
