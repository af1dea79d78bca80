"""The dialogue representative lists of both sides (Decree 145/2020 Art 38; rules D2-D5):
determining them, adding, ending and replacing members, and publishing them at the workplace.

Each side keeps its own members (Art 38.1-38.2): the employer side needs
KEEP_EMPLOYER_REPRESENTATIVES, the worker side KEEP_WORKER_REPRESENTATIVES.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain.clocks import dmy
from ..domain.dialogue_rules import (
    Organisation,
    Side,
    check_employer_side,
    check_worker_side,
    renewal_due,
    side_of,
    split_worker_seats,
    worker_side_band,
)
from ..domain.enums import EmploymentStatus, Gender
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.publication import PublicationForm
from ..domain.text import fold, nfc
from ..storage.tables import (
    Department,
    DialogueList,
    DialogueRepresentative,
    Employee,
)
from . import audit_log
from .conference_common import calendar_of, settings_of
from .conferences import headcount
from .dialogue_models import ListInfo, RepresentativeInfo, RepresentativeInput
from .session import Service

KEEPERS = {Side.EMPLOYER: Action.KEEP_EMPLOYER_REPRESENTATIVES,
           Side.WORKER: Action.KEEP_WORKER_REPRESENTATIVES}


class DialogueListService(Service):
    def lists(self) -> list[ListInfo]:
        """Every determination, the latest first."""
        with self.unit(Action.VIEW_DIALOGUE) as session:
            rows = session.exec(select(DialogueList).order_by(
                DialogueList.determined_on.desc(), DialogueList.id.desc())).all()
            return [list_info(session, row) for row in rows]

    def get(self, list_id: int) -> ListInfo:
        with self.unit(Action.VIEW_DIALOGUE) as session:
            return list_info(session, load_list(session, list_id))

    def current(self) -> ListInfo | None:
        """The latest determined list, or None before the first."""
        with self.unit(Action.VIEW_DIALOGUE) as session:
            row = current_list(session)
            return None if row is None else list_info(session, row)

    def create(self, determined_on: date, copy_from: int | None = None) -> ListInfo:
        """A new determination (Art 38.3), with the roster's headcount for rule D3; with
        ``copy_from`` the current members of that list carry over from ``determined_on``."""
        with self.unit(Action.PLAN_DIALOGUE) as session:
            workers = headcount(session)
            if workers == 0:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The roster has no active workers: import it before determining "
                              "the dialogue representatives."))
            source = None if copy_from is None else load_list(session, copy_from)
            if source is not None and determined_on < source.determined_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A new list cannot be determined before the list it copies "
                              "({day})."), day=dmy(source.determined_on))
            row = DialogueList(determined_on=determined_on, headcount=workers,
                               created_at=datetime.now(UTC))
            session.add(row)
            session.flush()
            copied = 0
            if source is not None:
                for member in _members(session, source.id):
                    if member.left_on is None:
                        session.add(DialogueRepresentative(
                            **member.model_dump(exclude={"id", "list_id", "joined_on",
                                                         "left_on", "left_reason"}),
                            list_id=row.id, joined_on=determined_on))
                        copied += 1
            audit_log.record(session, self.actor, "create_dialogue_list", "dialogue_list",
                             row.id, None, {"determined_on": determined_on.isoformat(),
                                            "headcount": workers, "copy_from": copy_from,
                                            "copied": copied})
            session.flush()
            return list_info(session, row)

    def add_member(self, list_id: int, member: RepresentativeInput) -> ListInfo:
        with self.unit(KEEPERS[Side(member.side)]) as session:  # checked before any read
            row = load_list(session, list_id)
            added = _new_member(session, row, member)
            audit_log.record(session, self.actor, "add_dialogue_representative",
                             "dialogue_representative", added.id, None, _snapshot(added))
            return list_info(session, row)

    def end_membership(self, member_id: int, left_on: date, reason: str) -> ListInfo:
        """A member leaves the list (Art 38.3: the side decides a replacement between
        determinations and publishes it)."""
        with self.db.session(write=True) as session:
            member = _load_member(session, member_id)
            self.check(KEEPERS[Side(member.side)])
            _end(member, left_on, reason)
            session.add(member)
            audit_log.record(session, self.actor, "end_dialogue_membership",
                             "dialogue_representative", member.id, None,
                             {"left_on": left_on.isoformat(), "reason": member.left_reason})
            return list_info(session, load_list(session, member.list_id))

    def replace_member(self, member_id: int, left_on: date, reason: str,
                       replacement: RepresentativeInput) -> ListInfo:
        """Ends one membership and starts another on the same side (Art 38.3)."""
        with self.db.session(write=True) as session:
            member = _load_member(session, member_id)
            self.check(KEEPERS[Side(member.side)])
            if Side(replacement.side) is not Side(member.side):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A member is replaced by someone of the same side."))
            if replacement.joined_on < left_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The replacement cannot join before the member leaves ({day})."),
                    day=dmy(left_on))
            _end(member, left_on, reason)
            session.add(member)
            session.flush()
            row = load_list(session, member.list_id)
            added = _new_member(session, row, replacement)
            audit_log.record(session, self.actor, "replace_dialogue_representative",
                             "dialogue_representative", member.id,
                             {"name": member.full_name},
                             {**_snapshot(added), "left_on": left_on.isoformat(),
                              "reason": member.left_reason})
            return list_info(session, row)

    def publish(self, list_id: int, form: PublicationForm | str, place: str,
                day: date) -> ListInfo:
        """Records the list's publication at the workplace (Art 38.3; forms of Art 43.2)."""
        with self.unit(Action.PLAN_DIALOGUE) as session:
            row = load_list(session, list_id)
            form = PublicationForm(form)
            where = nfc(place)
            if not where:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say where the list was published."))
            if day < row.determined_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A list cannot be published before it was determined ({day})."),
                    day=dmy(row.determined_on))
            before = {"published_on": row.published_on and row.published_on.isoformat()}
            row.published_on, row.published_form, row.published_place = day, form.value, where
            session.add(row)
            audit_log.record(session, self.actor, "publish_dialogue_list", "dialogue_list",
                             row.id, before, {"published_on": day.isoformat(),
                                              "form": form.value, "place": where})
            return list_info(session, row)


# Shared with the dialogue services --------------------------------------------------------


def load_list(session: Session, list_id: int) -> DialogueList:
    row = session.get(DialogueList, list_id)
    if row is None:
        raise NotFoundError()
    return row


def current_list(session: Session) -> DialogueList | None:
    return session.exec(select(DialogueList).order_by(
        DialogueList.determined_on.desc(), DialogueList.id.desc())).first()


def members_on(session: Session, list_id: int, day: date) -> list[DialogueRepresentative]:
    """The members sitting on ``day``: joined by then and not yet left."""
    return [m for m in _members(session, list_id)
            if m.joined_on <= day and (m.left_on is None or m.left_on > day)]


def representative_info(m: DialogueRepresentative) -> RepresentativeInfo:
    return RepresentativeInfo(m.id, m.list_id, Side(m.side), Organisation(m.organisation),
                              m.employee_id, m.full_name, m.position, m.department, m.gender,
                              m.is_legal_representative, m.joined_on, m.left_on, m.left_reason)


def list_info(session: Session, row: DialogueList) -> ListInfo:
    members = _members(session, row.id)
    current = [m for m in members if m.left_on is None]
    employer = [m for m in current if m.side == Side.EMPLOYER]
    worker = [m for m in current if m.side == Side.WORKER]
    return ListInfo(
        id=row.id, determined_on=row.determined_on, headcount=row.headcount,
        published_on=row.published_on,
        published_form=PublicationForm(row.published_form) if row.published_form else None,
        published_place=row.published_place, note=row.note,
        members=tuple(representative_info(m) for m in members),
        employer_check=check_employer_side(
            len(employer), any(m.is_legal_representative for m in employer)),
        worker_check=check_worker_side(len(worker), row.headcount),
        band=worker_side_band(row.headcount),
        expected_split=_expected_split(session, worker),
        renewal=renewal_due(row.determined_on, calendar_of(session, settings_of(session))))


# Helpers ------------------------------------------------------------------------------------


def _members(session: Session, list_id: int) -> list[DialogueRepresentative]:
    """Employer side first, then the worker organisations in their order, each as listed."""
    order = list(Organisation)
    rows = session.exec(select(DialogueRepresentative).where(
        DialogueRepresentative.list_id == list_id).order_by(DialogueRepresentative.id)).all()
    return sorted(rows, key=lambda m: order.index(Organisation(m.organisation)))


def _expected_split(session: Session, worker: list[DialogueRepresentative]
                    ) -> tuple[tuple[Organisation, int], ...] | None:
    """D4 from the roster: union members for the union, the other workers for the dialogue
    group (Art 37.1: it speaks for those outside the union). Another organisation's membership
    is not on the roster, so with one on the list no split is proposed."""
    organisations = {Organisation(m.organisation) for m in worker}
    if len(organisations) < 2 or Organisation.OTHER_ORGANISATION in organisations:
        return None
    counts = dict(session.exec(select(Employee.union_member, func.count(Employee.id)).where(
        Employee.status == EmploymentStatus.ACTIVE.value).group_by(Employee.union_member)).all())
    membership = {Organisation.UNION: counts.get(True, 0),
                  Organisation.DIALOGUE_GROUP: counts.get(False, 0)}
    if not any(membership.values()):
        return None
    split = split_worker_seats(len(worker), membership)
    return tuple((o, split[o]) for o in Organisation if o in split)


def _load_member(session: Session, member_id: int) -> DialogueRepresentative:
    member = session.get(DialogueRepresentative, member_id)
    if member is None:
        raise NotFoundError()
    return member


def _end(member: DialogueRepresentative, left_on: date, reason: str) -> None:
    text = nfc(reason)
    if member.left_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{name} already left the list on {day}."),
            name=member.full_name, day=dmy(member.left_on))
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Say why the member leaves the list."))
    if left_on < member.joined_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A member cannot leave before joining the list ({day})."),
            day=dmy(member.joined_on))
    member.left_on, member.left_reason = left_on, text


def _new_member(session: Session, row: DialogueList,
                member: RepresentativeInput) -> DialogueRepresentative:
    side, organisation = Side(member.side), Organisation(member.organisation)
    if side_of(organisation) is not side:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The employer sits on the employer side; every worker organisation on "
                      "the worker side."))
    if member.is_legal_representative and side is Side.WORKER:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The legal representative sits on the employer side, not the worker "
                      "side."))
    if member.joined_on < row.determined_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A member cannot join before the list was determined ({day})."),
            day=dmy(row.determined_on))
    added = DialogueRepresentative(
        list_id=row.id, side=side.value, organisation=organisation.value,
        full_name=nfc(member.full_name), position=nfc(member.position),
        department=nfc(member.department), gender=member.gender and Gender(member.gender).value,
        is_legal_representative=member.is_legal_representative, joined_on=member.joined_on)
    if member.employee_id is not None:
        employee = session.get(Employee, member.employee_id)
        if employee is None:
            raise NotFoundError()
        department = session.get(Department, employee.department_id)
        added.employee_id, added.full_name = employee.id, employee.full_name
        added.position, added.gender = employee.position, employee.gender
        added.department = department.name if department else ""
    if not added.full_name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Every member needs a name."))
    current = [m for m in _members(session, row.id) if m.left_on is None]
    for other in current:
        same = (other.employee_id == added.employee_id if added.employee_id is not None
                else other.employee_id is None and fold(other.full_name) == fold(added.full_name))
        if same:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is already on the list."), name=added.full_name)
        if added.is_legal_representative and other.is_legal_representative:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is already on the list as the legal representative."),
                name=other.full_name)
    session.add(added)
    session.flush()
    return added


def _snapshot(m: DialogueRepresentative) -> dict:
    return {"list_id": m.list_id, "side": m.side, "organisation": m.organisation,
            "employee_id": m.employee_id, "name": m.full_name, "position": m.position,
            "legal_representative": m.is_legal_representative,
            "joined_on": m.joined_on.isoformat()}
