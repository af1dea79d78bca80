"""The conference plan: opening the year's conference, the joint plan and its approval, the
preparation checklist, the seats per department, the ex officio delegates, the agenda, and the
steps of the state machine that need no record of their own."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from ..domain import conference_stages as stages
from ..domain.conference_plan import (
    DelegateKind,
    Owner,
    TaskKind,
    checklist_basis,
    preparation_checklist,
)
from ..domain.conference_rules import (
    ConferenceForm,
    RuleOutcome,
    conference_due,
    suggest_form,
)
from ..domain.conference_stages import Stage
from ..domain.enums import EmploymentStatus
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.permissions import Action
from ..domain.settings import DemocracySettings
from ..domain.text import nfc, nfc_text
from ..storage.tables import (
    AgendaItem,
    ConferenceDocument,
    ConferenceTask,
    Delegate,
    Employee,
    ResolutionArticle,
)
from ..storage.tables import Conference as ConferenceRow
from . import audit_log
from .conference_common import (
    add_delegate,
    calendar_of,
    clean_time,
    facts,
    load,
    require_stage,
    settings_of,
)
from .conference_models import (
    ConferenceInfo,
    ConferenceSummary,
    PlanInput,
    TaskInfo,
)
from .conference_seats import SeatsAndAgenda, clear_seats
from .enterprise import load_enterprise

DIRECTOR = "Giám đốc"  # in DEFAULT_AGENDA: replaced by the legal representative's title
DEFAULT_AGENDA = (  # practice (legal-vn.md E2): the usual order of a workers' conference
    ("07:30", "Đón tiếp đại biểu, điểm danh", "Ban tổ chức"),
    ("08:00", "Chào cờ, tuyên bố lý do, giới thiệu đại biểu", "Ban tổ chức"),
    ("08:15", "Bầu Đoàn chủ tịch, Thư ký hội nghị và Ban kiểm phiếu; thông qua chương trình",
     "Ban tổ chức"),
    ("08:30", "Báo cáo kết quả sản xuất, kinh doanh và thực hiện chính sách đối với người lao "
              "động; kiểm điểm thực hiện nghị quyết năm trước", DIRECTOR),
    ("09:15", "Báo cáo hoạt động của Công đoàn cơ sở, giám sát thực hiện thỏa ước và giải "
              "quyết kiến nghị", "Chủ tịch Công đoàn cơ sở"),
    ("09:45", "Thảo luận; người sử dụng lao động trả lời kiến nghị của người lao động",
     "Đoàn chủ tịch"),
    ("10:45", "Thông qua nghị quyết hội nghị", "Thư ký hội nghị"),
    ("11:00", "Bế mạc", "Đoàn chủ tịch"),
)


def headcount(session: Session) -> int:
    return session.exec(select(func.count(Employee.id)).where(
        Employee.status == EmploymentStatus.ACTIVE.value)).one()


class ConferenceService(SeatsAndAgenda):
    # Reading ----------------------------------------------------------------------------

    def list(self) -> list[ConferenceSummary]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            rows = session.exec(select(ConferenceRow).order_by(ConferenceRow.year.desc())).all()
            return [ConferenceSummary(r.id, r.year, ConferenceForm(r.form), Stage(r.stage),
                                      r.held_on, r.place) for r in rows]

    def get(self, conference_id: int) -> ConferenceInfo:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            return self._info(session, load(session, conference_id))

    def tasks(self, conference_id: int) -> list[TaskInfo]:
        with self.unit(Action.VIEW_CONFERENCE) as session:
            held = load(session, conference_id).held_on
            rows = session.exec(select(ConferenceTask).where(
                ConferenceTask.conference_id == conference_id).order_by(
                ConferenceTask.due, ConferenceTask.id)).all()
            # The basis of each item: its lead time in the checklist for this day.
            planned = {p.kind: p for p in preparation_checklist(
                held, calendar_of(session, settings_of(session)))}
            return [TaskInfo(t.id, TaskKind(t.kind), Owner(t.owner), t.due, t.done_on, t.note,
                             checklist_basis(planned[TaskKind(t.kind)])) for t in rows]

    # The plan ---------------------------------------------------------------------------

    def create(self, year: int, plan: PlanInput) -> ConferenceInfo:
        """Opens the year's conference with the form rule C2 proposes (unless the plan names
        one), the checklist dated back from the day and the usual agenda."""
        with self.unit(Action.PLAN_CONFERENCE) as session:
            if session.exec(select(ConferenceRow.id).where(ConferenceRow.year == year)).first():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The conference of {year} already exists."), year=year)
            settings = settings_of(session)
            workers = headcount(session)
            if workers == 0:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The roster has no active workers: import it before planning the "
                              "conference."))
            form = plan.form or suggest_form(workers, settings).form
            row = ConferenceRow(year=year, form=form.value, stage=Stage.PLAN.value,
                                headcount=workers, created_at=datetime.now(UTC),
                                held_on=plan.held_on)
            self._apply_plan(row, plan, form, settings, workers)
            session.add(row)
            session.flush()
            self._write_checklist(session, row, settings)
            head = load_enterprise(session).legal_representative_title or DIRECTOR
            for position, (starts_at, title, presenter) in enumerate(DEFAULT_AGENDA, 1):
                session.add(AgendaItem(conference_id=row.id, position=position, title=title,
                                       presenter=presenter.replace(DIRECTOR, head),
                                       starts_at=starts_at))
            audit_log.record(session, self.actor, "create_conference", "conference", row.id,
                             None, _snapshot(row))
            return self._info(session, row)

    def update_plan(self, conference_id: int, plan: PlanInput) -> ConferenceInfo:
        """Changes the plan; both approvals lapse, and the open checklist items are re-dated
        when the day moves."""
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.PLAN)
            before = _snapshot(row)
            settings = settings_of(session)
            form = plan.form or ConferenceForm(row.form)
            moved = plan.held_on != row.held_on
            self._apply_plan(row, plan, form, settings, headcount(session))
            row.employer_approved_by, row.employer_approved_on = "", None
            row.union_approved_by, row.union_approved_on = "", None
            if ConferenceForm(row.form) is ConferenceForm.FULL:
                clear_seats(session, row.id)
            if moved:
                self._redate_checklist(session, row, settings)
            session.add(row)
            audit_log.record(session, self.actor, "update_conference_plan", "conference",
                             row.id, before, _snapshot(row))
            return self._info(session, row)

    def approve_plan(self, conference_id: int, *, for_union: bool, day: date) -> ConferenceInfo:
        """One side approves the joint plan (the employer side, or the union side)."""
        action = Action.APPROVE_PLAN_FOR_UNION if for_union else Action.APPROVE_PLAN_FOR_EMPLOYER
        with self.unit(action) as session:
            row = load(session, conference_id)
            require_stage(row, Stage.PLAN)
            who = self.actor.full_name or self.actor.username
            if for_union:
                row.union_approved_by, row.union_approved_on = who, day
            else:
                row.employer_approved_by, row.employer_approved_on = who, day
            session.add(row)
            audit_log.record(session, self.actor, "approve_conference_plan", "conference",
                             row.id, None, {"side": "union" if for_union else "employer",
                                            "by": who, "on": day.isoformat()})
            return self._info(session, row)

    def set_task_done(self, task_id: int, done_on: date | None, note: str = "") -> None:
        with self.unit(Action.PLAN_CONFERENCE) as session:
            task = session.get(ConferenceTask, task_id)
            if task is None:
                raise NotFoundError()
            before = {"done_on": task.done_on and task.done_on.isoformat(), "note": task.note}
            task.done_on, task.note = done_on, nfc(note).strip()
            session.add(task)
            audit_log.record(session, self.actor, "update_conference_task", "conference_task",
                             task.id, before, {"done_on": done_on and done_on.isoformat(),
                                               "note": task.note})

    # The state machine ----------------------------------------------------------------

    def advance(self, conference_id: int) -> ConferenceInfo:
        """Moves to the next stage when nothing blocks it. The day itself ends by finalizing
        the minutes and resolution, and adoption by recording the publication: those steps
        have their own calls."""
        with self.unit(Action.PLAN_CONFERENCE) as session:
            row = load(session, conference_id)
            stage = Stage(row.stage)
            if stage in (Stage.HELD, Stage.ADOPTED):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Finalize the minutes and the resolution, or record the "
                              "publication, to leave this stage."))
            settings = settings_of(session)
            following = stages.advance(stage, facts(session, row, settings))
            if following is Stage.INVITATIONS:
                _summon(session, row)
            row.stage = following.value
            session.add(row)
            audit_log.record(session, self.actor, "advance_conference", "conference", row.id,
                             {"stage": stage.value}, {"stage": following.value})
            return self._info(session, row)

    # Helpers ----------------------------------------------------------------------------

    def _apply_plan(self, row: ConferenceRow, plan: PlanInput, form: ConferenceForm,
                    settings: DemocracySettings, workers: int) -> None:
        if plan.held_on.year != row.year:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The conference of {year} must be held in {year}."), year=row.year)
        if plan.budget < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The budget cannot be negative."))
        # From the threshold up, full or delegate is the two sides' joint choice (rule C2).
        if form is ConferenceForm.DELEGATE and workers < settings.full_conference_below:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "With fewer than {limit} workers the conference is a full conference "
                          "(rule C2)."), limit=settings.full_conference_below)
        row.form = form.value
        row.held_on = plan.held_on
        row.start_time = clean_time(plan.start_time)
        row.place = nfc(plan.place).strip()
        row.budget = plan.budget
        row.purpose = nfc_text(plan.purpose)
        row.responsibilities = nfc_text(plan.responsibilities)
        row.headcount = workers

    def _write_checklist(self, session: Session, row: ConferenceRow,
                         settings: DemocracySettings) -> None:
        for task in preparation_checklist(row.held_on, calendar_of(session, settings)):
            session.add(ConferenceTask(conference_id=row.id, kind=task.kind.value,
                                       owner=task.owner.value, due=task.due))

    def _redate_checklist(self, session: Session, row: ConferenceRow,
                          settings: DemocracySettings) -> None:
        planned = {t.kind.value: t.due for t in preparation_checklist(
            row.held_on, calendar_of(session, settings))}
        for task in session.exec(select(ConferenceTask).where(
                ConferenceTask.conference_id == row.id, ConferenceTask.done_on.is_(None))):
            task.due = planned.get(task.kind, task.due)
            session.add(task)

    def _info(self, session: Session, row: ConferenceRow) -> ConferenceInfo:
        settings = settings_of(session)
        stage = Stage(row.stage)
        form = ConferenceForm(row.form)
        due = conference_due(_year_end(row.year - 1, settings), settings)
        return ConferenceInfo(
            id=row.id, year=row.year, form=form,
            suggestion=suggest_form(row.headcount, settings), stage=stage,
            headcount=row.headcount, seats=row.seats, held_on=row.held_on,
            start_time=row.start_time, place=row.place, budget=row.budget, purpose=row.purpose,
            responsibilities=row.responsibilities,
            employer_approved_by=row.employer_approved_by,
            employer_approved_on=row.employer_approved_on,
            union_approved_by=row.union_approved_by, union_approved_on=row.union_approved_on,
            invitations_sent_on=row.invitations_sent_on, opened_at=row.opened_at,
            closed_at=row.closed_at, guests=row.guests, minutes_opening=row.minutes_opening,
            minutes_closing=row.minutes_closing, published_form=row.published_form,
            published_place=row.published_place, published_from=row.published_from,
            published_until=row.published_until, published_evidence=row.published_evidence,
            due_by=None if due is None else RuleOutcome(
                "C5", QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Art 69.1"), QT_TRANSLATE_NOOP(
                    "Rules", "Held no later than {due}, {months} months after the financial "
                             "year ends."),
                (("due", due.strftime("%d/%m/%Y")),
                 ("months", settings.conference_months_after_year_end))),
            next_stage=stages.next_stage(stage, form),
            blockers=tuple(stages.blockers(stage, facts(session, row, settings))),
            editable=stages.editable(stage), correction_open=_correction_open(session, row.id))


def _correction_open(session: Session, conference_id: int) -> bool:
    issued = set(session.exec(select(ConferenceDocument.version).where(
        ConferenceDocument.conference_id == conference_id,
        ConferenceDocument.kind == "resolution")).all())
    newest = session.exec(select(func.max(ResolutionArticle.version)).where(
        ResolutionArticle.conference_id == conference_id)).one()
    return bool(issued) and newest is not None and newest not in issued


def _year_end(year: int, settings: DemocracySettings) -> date:
    month = settings.fiscal_year_end_month
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(next_month.toordinal() - 1)


def _summon(session: Session, row: ConferenceRow) -> None:
    """A full conference summons every active worker; a delegate conference has its ex officio
    and elected delegates already."""
    if ConferenceForm(row.form) is not ConferenceForm.FULL:
        return
    have = set(session.exec(select(Delegate.employee_id).where(
        Delegate.conference_id == row.id)).all())
    for employee_id in session.exec(select(Employee.id).where(
            Employee.status == EmploymentStatus.ACTIVE.value)).all():
        if employee_id not in have:
            add_delegate(session, row.id, row.year, employee_id, DelegateKind.WORKER)


def _snapshot(row: ConferenceRow) -> dict:
    data = asdict(PlanInput(held_on=row.held_on, start_time=row.start_time, place=row.place,
                            budget=row.budget, purpose=row.purpose,
                            responsibilities=row.responsibilities,
                            form=ConferenceForm(row.form), seats=row.seats))
    data["held_on"] = row.held_on.isoformat()
    data["form"] = row.form
    data["year"] = row.year
    return data
