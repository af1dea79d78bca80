"""The dialogue day and after (Decree 145/2020 Arts 39.4-39.5): attendance and the quorum (D7),
the agenda items with each side's position, the agreed actions, the signed and numbered minutes
(D8; final once signed), the notice of the main points (D9), following the actions up, and what
the employee view shows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import select

from ..domain.clocks import RuleOutcome, dmy
from ..domain.commitments import Status, check_update
from ..domain.dialogue_rules import DialogueKind, Side, check_dialogue_quorum
from ..domain.dialogue_stages import DialogueStage, require_stage
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..domain.text import nfc, nfc_text
from ..storage.tables import Dialogue, DialogueAction, DialogueAttendance, DialogueItem
from . import audit_log, search_index
from .conference_common import clean_time, settings_of
from .dialogue_info import (
    action_info,
    dialogue_info,
    employer_present,
    items_of,
    load_dialogue,
)
from .dialogue_lists import members_on
from .dialogue_models import (
    ActionInfo,
    ActionInput,
    AttendanceInput,
    DialogueInfo,
    ItemInput,
    NoticeInput,
    PublishedNotice,
)
from .documents import next_number
from .session import Service

MINUTES_TYPE = "BB"  # biên bản (Decree 30/2020 App III)


def refuse(why: RuleOutcome) -> None:
    """Refuses with a rule's own explanation and arithmetic ("Rules" catalogue string)."""
    raise ValidationError(why.template, context="Rules", **dict(why.params))


class DialogueDay(Service):
    def record_attendance(self, dialogue_id: int, attendance: AttendanceInput) -> DialogueInfo:
        """Who came; the dialogue is held only with the quorum of D7 (Art 39.4), otherwise
        nothing is recorded."""
        with self.unit(Action.RUN_DIALOGUE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.SCHEDULED, DialogueStage.HELD)
            held_on = attendance.held_on
            for earlier in (row.scheduled_on, row.reply_sent_on, row.request_received_on):
                if earlier is not None and held_on < earlier:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "The dialogue cannot be held before {day}."), day=dmy(earlier))
            authorised = nfc(attendance.authorised_person)
            if authorised and not nfc(attendance.authorisation):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Name the written authorisation of {name}."), name=authorised)
            members = members_on(session, row.list_id, held_on)
            present = set(attendance.present)
            if not present <= {m.id for m in members}:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Only representatives on the list can be present."))
            workers = [m for m in members if m.side == Side.WORKER]
            quorum = check_dialogue_quorum(
                attendance.employer_representative_present or bool(authorised),
                sum(m.id in present for m in workers), len(workers))
            if not quorum.met:
                refuse(quorum.why)
            for old in session.exec(select(DialogueAttendance).where(
                    DialogueAttendance.dialogue_id == row.id)):
                session.delete(old)
            session.flush()
            for member in members:
                session.add(DialogueAttendance(dialogue_id=row.id, representative_id=member.id,
                                               present=member.id in present))
            row.held_on = held_on
            row.employer_representative_present = attendance.employer_representative_present
            row.authorised_person, row.authorisation = authorised, nfc(attendance.authorisation)
            row.chair, row.note_taker = nfc(attendance.chair), nfc(attendance.note_taker)
            row.invited = nfc_text(attendance.invited)
            row.female_representative_present = attendance.female_representative_present
            before = row.stage
            row.stage = DialogueStage.HELD.value
            session.add(row)
            audit_log.record(session, self.actor, "record_dialogue_attendance", "dialogue",
                             row.id, {"stage": before},
                             {"stage": row.stage, "held_on": held_on.isoformat(),
                              "present": sorted(present), "employer": employer_present(row),
                              "listed_workers": len(workers)})
            session.flush()
            return dialogue_info(session, row, held_on)

    def save_item(self, dialogue_id: int, item: ItemInput,
                  item_id: int | None = None) -> DialogueInfo:
        """Adds an agenda item, or changes one, with each side's position and what was and was
        not agreed."""
        with self.unit(Action.RUN_DIALOGUE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.HELD)
            title = nfc(item.title)
            if not title:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Every item needs a title."))
            if item_id is None:
                last = session.exec(select(func.max(DialogueItem.position)).where(
                    DialogueItem.dialogue_id == row.id)).one() or 0
                target, before = DialogueItem(dialogue_id=row.id, position=last + 1,
                                              title=title), None
            else:
                target = session.get(DialogueItem, item_id)
                if target is None or target.dialogue_id != row.id:
                    raise NotFoundError()
                before = _item(target)
            target.title = title
            target.employer_position = nfc_text(item.employer_position)
            target.worker_position = nfc_text(item.worker_position)
            target.agreed, target.disagreed = nfc_text(item.agreed), nfc_text(item.disagreed)
            session.add(target)
            session.flush()
            audit_log.record(session, self.actor, "save_dialogue_item", "dialogue", row.id,
                             before, _item(target))
            return dialogue_info(session, row, row.held_on)

    def remove_item(self, item_id: int) -> DialogueInfo:
        """Removes an item; its actions stay, no longer tied to it."""
        with self.unit(Action.RUN_DIALOGUE) as session:
            item = session.get(DialogueItem, item_id)
            if item is None:
                raise NotFoundError()
            row = load_dialogue(session, item.dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.HELD)
            for action in session.exec(select(DialogueAction).where(
                    DialogueAction.item_id == item.id)):
                action.item_id = None
                session.add(action)
            before = _item(item)
            session.delete(item)
            session.flush()
            for position, rest in enumerate(items_of(session, row.id), 1):
                rest.position = position
                session.add(rest)
            audit_log.record(session, self.actor, "remove_dialogue_item", "dialogue", row.id,
                             before, None)
            session.flush()
            return dialogue_info(session, row, row.held_on)

    def add_action(self, dialogue_id: int, action: ActionInput) -> DialogueInfo:
        """An action agreed at the dialogue, with who carries it out and by when."""
        with self.unit(Action.RUN_DIALOGUE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.HELD)
            text, owner = nfc(action.text), nfc(action.owner)
            if not text or not owner:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "An action needs what is to be done and who carries it out."))
            if action.due < row.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "An action cannot fall due before the dialogue ({day})."),
                    day=dmy(row.held_on))
            if action.item_id is not None:
                item = session.get(DialogueItem, action.item_id)
                if item is None or item.dialogue_id != row.id:
                    raise NotFoundError()
            added = DialogueAction(dialogue_id=row.id, item_id=action.item_id, text=text,
                                   owner=owner, due=action.due)
            session.add(added)
            session.flush()
            audit_log.record(session, self.actor, "add_dialogue_action", "dialogue_action",
                             added.id, None, {"dialogue_id": row.id, "text": text,
                                              "owner": owner, "due": action.due.isoformat()})
            return dialogue_info(session, row, row.held_on)

    def finalize(self, dialogue_id: int, day: date, end_time: str) -> DialogueInfo:
        """The minutes are signed (Art 39.4, D8) and numbered in the company's series; from
        now on nothing of the dialogue changes."""
        with self.unit(Action.FINALIZE_DIALOGUE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.HELD)
            if not items_of(session, row.id):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The minutes record no agenda item: write what was discussed "
                              "first."))
            if day < row.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The minutes cannot be signed before the dialogue ({day})."),
                    day=dmy(row.held_on))
            ends = clean_time(end_time)
            if day == row.held_on and ends < row.start_time:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The dialogue cannot end ({end}) before it starts ({start})."),
                    end=ends, start=row.start_time)
            symbol = settings_of(session).company_doc_symbol
            number = next_number(session, MINUTES_TYPE, symbol, day.year)
            row.minutes_number = f"{number:02d}/{MINUTES_TYPE}-{symbol}"
            row.finalized_on, row.end_time = day, ends
            row.stage = DialogueStage.SIGNED.value
            session.add(row)
            audit_log.record(session, self.actor, "finalize_dialogue", "dialogue", row.id,
                             {"stage": DialogueStage.HELD.value},
                             {"stage": row.stage, "number": row.minutes_number,
                              "on": day.isoformat(), "end_time": ends})
            return dialogue_info(session, row, day)

    def publish_notice(self, dialogue_id: int, notice: NoticeInput) -> DialogueInfo:
        """The employer publishes the main points at the workplace (Art 39.5); a notice after
        the D9 deadline is recorded and shown late, not refused."""
        with self.unit(Action.PUBLISH_DIALOGUE_NOTICE) as session:
            row = load_dialogue(session, dialogue_id)
            require_stage(DialogueStage(row.stage), DialogueStage.SIGNED)
            text, place = nfc_text(notice.summary), nfc(notice.place)
            if not text:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Write the main points the notice publishes."))
            if not place:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say where the notice was published."))
            if notice.day < row.held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The notice cannot be published before the dialogue ({day})."),
                    day=dmy(row.held_on))
            if notice.until is not None and notice.until < notice.day:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The publication cannot end before it starts."))
            row.notice_summary, row.notice_place = text, place
            row.notice_form = PublicationForm(notice.form).value
            row.notice_published_on, row.notice_until = notice.day, notice.until
            row.notice_by = nfc(notice.by)
            row.stage = DialogueStage.PUBLISHED.value
            session.add(row)
            search_index.refresh(session, search_index.DIALOGUE_NOTICE, row.id)
            audit_log.record(session, self.actor, "publish_dialogue_notice", "dialogue", row.id,
                             {"stage": DialogueStage.SIGNED.value},
                             {"stage": row.stage, "on": notice.day.isoformat(),
                              "form": row.notice_form, "place": place})
            return dialogue_info(session, row, notice.day)

    def update_action(self, action_id: int, status: Status, progress: int, note: str,
                      day: date) -> ActionInfo:
        """A progress report on an agreed action, once the minutes are signed."""
        with self.unit(Action.TRACK_DIALOGUE_ACTIONS) as session:
            action = session.get(DialogueAction, action_id)
            if action is None:
                raise NotFoundError()
            row = session.get(Dialogue, action.dialogue_id)
            if DialogueStage(row.stage) not in (DialogueStage.SIGNED, DialogueStage.PUBLISHED):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Actions are followed once the minutes are signed."))
            text = nfc(note)
            check_update(Status(status), progress, text)
            if day < row.held_on or (action.updated_on and day < action.updated_on):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A progress report cannot be dated before {day}."),
                    day=dmy(max(row.held_on, action.updated_on or row.held_on)))
            before = {"status": action.status, "progress": action.progress}
            action.status, action.progress = Status(status).value, progress
            action.note, action.updated_on = text, day
            session.add(action)
            audit_log.record(session, self.actor, "update_dialogue_action", "dialogue_action",
                             action.id, before, {"status": action.status,
                                                 "progress": progress, "note": text,
                                                 "on": day.isoformat()})
            return action_info(action, day)

    def published_notices(self) -> list[PublishedNotice]:
        """The published main points of every dialogue, the latest first: what the employee
        view shows. Nothing of an unpublished dialogue appears."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            rows = session.exec(select(Dialogue).where(
                Dialogue.stage == DialogueStage.PUBLISHED.value).order_by(
                Dialogue.notice_published_on.desc(), Dialogue.id.desc())).all()
            return [PublishedNotice(r.title, DialogueKind(r.kind), r.held_on, r.notice_summary,
                                    r.notice_published_on, r.notice_until, r.notice_place,
                                    dialogue_id=r.id)
                    for r in rows]


def _item(item: DialogueItem) -> dict:
    return {"position": item.position, "title": item.title,
            "employer_position": item.employer_position,
            "worker_position": item.worker_position, "agreed": item.agreed,
            "disagreed": item.disagreed}
