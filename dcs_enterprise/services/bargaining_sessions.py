"""The sessions of a bargaining round and its end (Labour Code 2019 Arts 70.5, 71): each
session's minutes with the agreed and the disputed points (rule B4) and their publication to
the workers, the conclusion on a draft that goes to the vote, or the failure (rule B5).

The union keeps these records (Art 70.5); BargainingService adds the request and its clocks.
"""

from __future__ import annotations

from datetime import date

from ..domain.bargaining_rules import FailureGround, check_failure, check_session_date
from ..domain.bargaining_stages import RoundStage, require_round
from ..domain.clocks import dmy
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..domain.text import nfc, nfc_text
from ..storage.tables import BargainingSession as SessionRow
from . import audit_log, search_index
from .bargaining_common import agreement_of, clause_rows, load_round, round_info, sessions_of
from .bargaining_models import RoundInfo, SessionInput
from .conference_common import calendar_of, settings_of
from .documents import next_number
from .session import Service

OPEN_ROUNDS = (RoundStage.REQUESTED, RoundStage.ARRANGED, RoundStage.NEGOTIATING)


class RoundSessions(Service):

    def add_session(self, round_id: int, data: SessionInput) -> RoundInfo:
        """Logs a session and numbers its minutes (rule B4: agreed and disputed points, both
        sides' representatives and the note-taker, Art 70.5)."""
        with self.unit(Action.RECORD_BARGAINING) as session:
            row = load_round(session, round_id)
            agreement = agreement_of(session, row.id)
            stage = RoundStage(row.stage)
            require_round(stage, RoundStage.ARRANGED, RoundStage.NEGOTIATING)
            previous = sessions_of(session, row.id)
            check_session_date(data.held_on, row.requested_on,
                               previous[-1].held_on if previous else None)
            if agreement.vote_passed is False and data.held_on < agreement.vote_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Bargaining resumes after the failed vote: the session cannot be "
                              "dated before it ({day})."), day=dmy(agreement.vote_on))
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
            before = record.published_on.isoformat() if record.published_on else None
            record.published_on = day
            record.published_form = PublicationForm(form).value  # forms of Decree 145 Art 43.2
            record.published_place = nfc(place).strip()
            session.add(record)
            search_index.refresh(session, search_index.BARGAINING_SESSION, record.id)
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
