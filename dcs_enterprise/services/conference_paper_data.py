"""The data and the Vietnamese wording of the conference papers, read from the records.

Documents are always printed in Vietnamese, so the sentences the program composes for them
(the form's basis, the quorum and vote arithmetic) are written here in Vietnamese; the screen
shows the same outcomes through the catalogue.
"""

from __future__ import annotations

from sqlmodel import Session, select

from ..domain import conference_documents as cd
from ..domain.conference_plan import DelegateKind, Owner, TaskKind
from ..domain.conference_rules import ConferenceForm, QuorumCheck, suggest_form
from ..domain.enums import Gender
from ..domain.settings import DemocracySettings
from ..storage.tables import (
    AgendaItem,
    ConferenceOfficer,
    ConferenceTask,
    ConferenceVote,
    Delegate,
    Employee,
    Enterprise,
    Petition,
)
from ..storage.tables import Conference as ConferenceRow
from ..storage.tables import Department as DepartmentRow

FORM_VI = {ConferenceForm.FULL: "Hội nghị toàn thể người lao động",
           ConferenceForm.DELEGATE: "Hội nghị đại biểu người lao động"}


def header(enterprise: Enterprise, row: ConferenceRow) -> cd.ConferenceHeader:
    return cd.ConferenceHeader(
        enterprise_name=enterprise.name, union_name=enterprise.union_name, year=row.year,
        form=ConferenceForm(row.form), held_on=row.held_on, start_time=row.start_time,
        place=row.place)


def grouped(number: int) -> str:
    """1146 → "1.146" (Vietnamese digit grouping)."""
    return f"{number:,}".replace(",", ".")


def form_basis(row: ConferenceRow, settings: DemocracySettings) -> str:
    """Why this form (rule C2), as a sentence of the plan."""
    limit = settings.full_conference_below
    suggestion = suggest_form(row.headcount, settings)
    if not suggestion.joint_choice:
        return (f"Công ty có {grouped(row.headcount)} người lao động, dưới {limit} người, nên tổ chức "
                "hội nghị toàn thể người lao động.")
    chosen = FORM_VI[ConferenceForm(row.form)].lower()
    return (f"Công ty có {grouped(row.headcount)} người lao động (từ {limit} người trở lên); "
            "người sử "
            f"dụng lao động và Ban Chấp hành Công đoàn cơ sở thống nhất tổ chức {chosen}.")


def quorum_text(settings: DemocracySettings, form: ConferenceForm) -> str:
    who = "người lao động" if form is ConferenceForm.FULL else "đại biểu được triệu tập"
    return (f"Hội nghị được tiến hành khi có ít nhất {settings.quorum_numerator}/"
            f"{settings.quorum_denominator} số {who} có mặt.")


def threshold_text(settings: DemocracySettings, form: ConferenceForm) -> str:
    who = "người" if form is ConferenceForm.FULL else "đại biểu"
    return (f"Nghị quyết, các nội dung biểu quyết được thông qua khi có trên "
            f"{settings.pass_threshold_percent}% số {who} có mặt tán thành.")


def quorum_sentence(check: QuorumCheck | None) -> str:
    if check is None:
        return "Chưa có danh sách triệu tập."
    verdict = "đủ" if check.met else "không đủ"
    return (f"Có mặt {check.present}/{check.summoned} người được triệu tập; cần ít nhất "
            f"{check.required} người có mặt: {verdict} điều kiện tiến hành hội nghị.")


def tasks(session: Session, conference_id: int) -> tuple[cd.TaskLine, ...]:
    return tuple(cd.TaskLine(TaskKind(t.kind), Owner(t.owner), t.due, t.done_on)
                 for t in session.exec(select(ConferenceTask).where(
                     ConferenceTask.conference_id == conference_id).order_by(
                     ConferenceTask.due, ConferenceTask.id)))


def agenda(session: Session, conference_id: int) -> tuple[cd.AgendaLine, ...]:
    return tuple(cd.AgendaLine(a.starts_at, a.title, a.presenter)
                 for a in session.exec(select(AgendaItem).where(
                     AgendaItem.conference_id == conference_id).order_by(AgendaItem.position)))


def minutes_items(session: Session, conference_id: int) -> tuple[cd.MinutesItem, ...]:
    return tuple(cd.MinutesItem(a.title, a.presenter, a.notes)
                 for a in session.exec(select(AgendaItem).where(
                     AgendaItem.conference_id == conference_id).order_by(AgendaItem.position)))


def delegates(session: Session, conference_id: int,
              kinds: tuple[DelegateKind, ...] | None = None) -> tuple[cd.DelegateLine, ...]:
    statement = (select(Delegate, Employee, DepartmentRow.name)
                 .join(Employee, Employee.id == Delegate.employee_id)
                 .join(DepartmentRow, DepartmentRow.id == Employee.department_id)
                 .where(Delegate.conference_id == conference_id))
    if kinds:
        statement = statement.where(Delegate.kind.in_([k.value for k in kinds]))
    return tuple(cd.DelegateLine(e.full_name, e.code, Gender(e.gender), name, e.position,
                                 DelegateKind(d.kind), d.checked_in_at, d.absence_reason)
                 for d, e, name in session.exec(statement.order_by(DepartmentRow.name,
                                                                   Employee.sort_name)))


def invitees(session: Session, conference_id: int) -> tuple[cd.Invitee, ...]:
    return tuple(cd.Invitee(e.full_name, e.code, name, d.invitation_code, Gender(e.gender))
                 for d, e, name in session.exec(
                     select(Delegate, Employee, DepartmentRow.name)
                     .join(Employee, Employee.id == Delegate.employee_id)
                     .join(DepartmentRow, DepartmentRow.id == Employee.department_id)
                     .where(Delegate.conference_id == conference_id)
                     .order_by(DepartmentRow.name, Employee.sort_name)))


def absentees(session: Session, conference_id: int) -> tuple[cd.PersonLine, ...]:
    """Those summoned who did not check in, with the reason they gave."""
    return tuple(cd.PersonLine(e.full_name, d.absence_reason) for d, e in session.exec(
        select(Delegate, Employee).join(Employee, Employee.id == Delegate.employee_id).where(
            Delegate.conference_id == conference_id, Delegate.checked_in_at.is_(None))
        .order_by(Employee.sort_name)))


def officers(session: Session, conference_id: int, role: str) -> tuple[cd.PersonLine, ...]:
    return tuple(cd.PersonLine(o.name, o.title) for o in session.exec(
        select(ConferenceOfficer).where(ConferenceOfficer.conference_id == conference_id,
                                        ConferenceOfficer.role == role).order_by(
            ConferenceOfficer.position)))


def votes(session: Session, conference_id: int) -> tuple[cd.VoteLine, ...]:
    return tuple(vote_line(v) for v in session.exec(select(ConferenceVote).where(
        ConferenceVote.conference_id == conference_id).order_by(ConferenceVote.id)))


def vote_line(v: ConferenceVote) -> cd.VoteLine:
    return cd.VoteLine(v.subject, v.in_favour, v.against, v.abstained, v.present,
                       v.threshold_percent, v.passed)


def adoption(session: Session, conference_id: int) -> cd.VoteLine | None:
    vote = session.exec(select(ConferenceVote).where(
        ConferenceVote.conference_id == conference_id, ConferenceVote.adopts_resolution,
        ConferenceVote.passed)).first()
    return vote_line(vote) if vote else None


def answered_petitions(session: Session, conference_id: int) -> tuple[cd.AnsweredPetition, ...]:
    return tuple(cd.AnsweredPetition(p.content, p.raised_by, p.answer, p.answered_by)
                 for p in session.exec(select(Petition).where(
                     Petition.conference_id == conference_id).order_by(Petition.id)))


def union_chair(session: Session, row: ConferenceRow) -> str:
    """Who signs for the union: the one who approved the plan for it, else a presidium member
    named as the union's chair."""
    if row.union_approved_by:
        return row.union_approved_by
    for officer in officers(session, row.id, "presidium"):
        if "công đoàn" in officer.position.lower():
            return officer.name
    return ""
