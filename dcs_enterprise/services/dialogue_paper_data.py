"""The data and the Vietnamese wording of the workplace-dialogue papers, read from the records
(Decree 145/2020 Arts 38-41).

Papers are always printed in Vietnamese, so the titles the frames carry are composed here in
the words the renderers use (reports/dialogue_common.py): a test renders every paper and checks
that the frame's title is the catalogue's title of its data.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain import dialogue_documents as dd
from ..domain.dialogue_rules import DialogueKind, IncidentTrigger, Organisation, Side
from ..domain.enums import Gender
from ..storage.tables import (
    Dialogue,
    DialogueAction,
    DialogueItem,
    DialogueRepresentative,
    DialogueSupporter,
    Employee,
    Enterprise,
)
from .dialogue_models import DialogueInfo

SIDE_VI = {Side.EMPLOYER: "bên người sử dụng lao động", Side.WORKER: "bên người lao động"}
ORGANISATION_VI = {
    Organisation.OTHER_ORGANISATION: "Tổ chức của người lao động tại doanh nghiệp",
    Organisation.DIALOGUE_GROUP: "Nhóm đại diện đối thoại của người lao động",
}
# As reports/dialogue_common.TRIGGER_VI prints them (the subject of an incident dialogue).
TRIGGER_VI = {
    IncidentTrigger.PERFORMANCE_RULES: "quy chế đánh giá mức độ hoàn thành công việc",
    IncidentTrigger.REDUNDANCY: "cho thôi việc do thay đổi cơ cấu, công nghệ hoặc vì lý do "
                                "kinh tế",
    IncidentTrigger.LABOUR_USE_PLAN: "phương án sử dụng lao động",
    IncidentTrigger.WAGE_SCALES: "thang lương, bảng lương và định mức lao động",
    IncidentTrigger.BONUS_RULES: "quy chế thưởng",
    IncidentTrigger.INTERNAL_RULES: "nội quy lao động",
    IncidentTrigger.SUSPENSION: "tạm đình chỉ công việc của người lao động",
}
PARTICIPANTS = "Thành viên đại diện đối thoại của hai bên theo danh sách đã công khai"
RECIPIENTS = ("Ban Giám đốc", "Ban Chấp hành Công đoàn cơ sở",
              "Thành viên đại diện đối thoại của hai bên")


def parties(enterprise: Enterprise, organisations: set[Organisation]) -> dd.DialogueParties:
    """The enterprise and the worker organisations sitting on the list (the union by its own
    name; the others by their legal names, so the papers name them)."""
    def named(organisation: Organisation, name: str) -> str:
        return name if organisation in organisations else ""
    return dd.DialogueParties(
        enterprise.name, named(Organisation.UNION, enterprise.union_name),
        named(Organisation.OTHER_ORGANISATION,
              ORGANISATION_VI[Organisation.OTHER_ORGANISATION]),
        named(Organisation.DIALOGUE_GROUP, ORGANISATION_VI[Organisation.DIALOGUE_GROUP]))


def list_organisations(session: Session, list_id: int) -> set[Organisation]:
    return {Organisation(o) for o in session.exec(select(DialogueRepresentative.organisation)
                                                  .where(DialogueRepresentative.list_id
                                                         == list_id)).all()}


def header(info: DialogueInfo, dialogue_parties: dd.DialogueParties, *,
           proposed: bool = True) -> dd.DialogueHeader:
    """The dialogue as every paper names it; ``proposed`` False leaves the day open (a request
    whose time is fixed only by the reply)."""
    held_on = (info.held_on or info.scheduled_on) if proposed else None
    return dd.DialogueHeader(dialogue_parties, info.kind, held_on, info.start_time, info.place,
                             trigger=info.trigger, requested_by=info.requested_by,
                             subject=info.title)


def dialogue_name(header: dd.DialogueHeader) -> str:
    """As reports/dialogue_common.dialogue_name: the dialogue as a title."""
    if header.kind is DialogueKind.PERIODIC:
        year = f" năm {header.held_on.year}" if header.held_on else ""
        return f"Đối thoại định kỳ tại nơi làm việc{year}"
    if header.kind is DialogueKind.INCIDENT and header.trigger is not None:
        return f"Đối thoại tại nơi làm việc về {TRIGGER_VI[header.trigger]}"
    if header.requested_by is not None:
        return f"Đối thoại tại nơi làm việc theo đề nghị của {SIDE_VI[header.requested_by]}"
    return "Đối thoại tại nơi làm việc"


def request_title(header: dd.DialogueHeader) -> str:
    if header.kind is DialogueKind.INCIDENT and header.trigger is not None:
        return f"Đề nghị đối thoại về {TRIGGER_VI[header.trigger]}"
    return "Đề nghị tổ chức đối thoại tại nơi làm việc"


def notice_title(header: dd.DialogueHeader) -> str:
    name = dialogue_name(header)
    return f"Nội dung chính của cuộc {name[0].lower()}{name[1:]}"


def gender(value: str) -> Gender:
    return Gender(value) if value else Gender.OTHER


def codes(session: Session, members: list[DialogueRepresentative]) -> dict[int, str]:
    """Employee codes of the members taken from the roster."""
    ids = [m.employee_id for m in members if m.employee_id is not None]
    if not ids:
        return {}
    return dict(session.exec(select(Employee.id, Employee.code).where(
        Employee.id.in_(ids))).all())


def representative_lines(session: Session, members: list[DialogueRepresentative],
                         determined_on: date) -> tuple[dd.RepresentativeLine, ...]:
    code = codes(session, members)
    return tuple(dd.RepresentativeLine(
        Organisation(m.organisation), m.full_name, code.get(m.employee_id, ""), m.position,
        m.department, gender(m.gender), m.is_legal_representative,
        m.joined_on if m.joined_on > determined_on else None) for m in members)


def replacements(everyone: list[DialogueRepresentative], day: date
                 ) -> tuple[dd.ReplacementLine, ...]:
    """Each member who left by ``day`` with the member of the same organisation who joined on
    or after that day to take the seat (Art 38.3), in the order they left."""
    left = sorted((m for m in everyone if m.left_on is not None and m.left_on <= day),
                  key=lambda m: (m.left_on, m.id))
    joined = sorted((m for m in everyone if m.joined_on <= day),
                    key=lambda m: (m.joined_on, m.id))
    taken: set[int] = set()
    out = []
    for member in left:
        successor = next((j for j in joined if j.id not in taken and j.id != member.id
                          and j.organisation == member.organisation
                          and j.joined_on >= member.left_on), None)
        if successor is not None:
            taken.add(successor.id)
        out.append(dd.ReplacementLine(Organisation(member.organisation), member.full_name,
                                      successor.full_name if successor else "",
                                      member.left_on, member.left_reason))
    return tuple(out)


def supporters(session: Session, dialogue_id: int) -> tuple[dd.PersonLine, ...]:
    return tuple(dd.PersonLine(m.full_name, m.position, Organisation(m.organisation))
                 for m in session.exec(select(DialogueRepresentative).join(
                     DialogueSupporter,
                     DialogueSupporter.representative_id == DialogueRepresentative.id).where(
                     DialogueSupporter.dialogue_id == dialogue_id).order_by(
                     DialogueSupporter.id)))


def items(session: Session, dialogue_id: int) -> tuple[dd.DialogueItem, ...]:
    """The agenda items with their actions; an action tied to no item goes with the last."""
    rows = list(session.exec(select(DialogueItem).where(
        DialogueItem.dialogue_id == dialogue_id).order_by(DialogueItem.position)).all())
    actions = list(session.exec(select(DialogueAction).where(
        DialogueAction.dialogue_id == dialogue_id).order_by(DialogueAction.due,
                                                             DialogueAction.id)).all())
    known = {r.id for r in rows}
    out = []
    for index, row in enumerate(rows):
        last = index == len(rows) - 1
        mine = tuple(dd.ActionLine(a.text, a.owner, a.due) for a in actions
                     if a.item_id == row.id or (last and a.item_id not in known))
        out.append(dd.DialogueItem(row.title, row.employer_position, row.worker_position,
                                   row.agreed, row.disagreed, mine))
    return tuple(out)


def agenda_items(row: Dialogue) -> tuple[str, ...]:
    """What a request or an employer's letter proposes to discuss: the request's content, else
    the sides' agendas, else the title; one point a line."""
    for text in (row.request_content, "\n".join((row.employer_agenda, row.worker_agenda))):
        points = tuple(p.strip(" -•;.") for p in text.splitlines() if p.strip(" -•;."))
        if points:
            return points
    return (row.title,)


def everyone(session: Session, list_id: int) -> list[DialogueRepresentative]:
    """Everyone ever on the list, employer side first, then each worker organisation, each
    in the order listed (as dialogue_lists orders them)."""
    order = list(Organisation)
    rows = session.exec(select(DialogueRepresentative).where(
        DialogueRepresentative.list_id == list_id).order_by(DialogueRepresentative.id)).all()
    return sorted(rows, key=lambda m: order.index(Organisation(m.organisation)))


def position_of(members: list[DialogueRepresentative], name: str, default: str = "") -> str:
    """The position of the member of that name on the list (the chair, the note-taker)."""
    return next((m.position for m in members if m.full_name == name and m.position), default)
