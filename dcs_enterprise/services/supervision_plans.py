"""The union's supervision plans (Decree 145/2020 Art 46; Law 10/2022 Arts 78-81): what is
checked, how and by whom, the notice to the management (rule S2 where the regime binds it) and
the findings report, final once recorded. Findings become items (supervision_items.py).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import case, func
from sqlmodel import Session, select

from ..domain.clocks import dmy
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.permissions import Action
from ..domain.supervision import CLOSED, Subject, plan_notice_check, plan_notice_due
from ..domain.text import nfc, nfc_text
from ..storage.tables import SupervisionItem, SupervisionPlan
from . import audit_log
from .conference_common import calendar_of, settings_of
from .session import Service
from .supervision_links import item_row, load_plan
from .supervision_models import PlanDetail, PlanInput, PlanRow

_ENTITY = "supervision_plan"


class PlanService(Service):
    def plans(self, year: int | None = None) -> list[PlanRow]:
        """The plans, the latest first; with ``year``, those of that year."""
        with self.unit(Action.VIEW_SUPERVISION) as session:
            statement = select(SupervisionPlan)
            if year is not None:
                statement = statement.where(SupervisionPlan.year == year)
            rows = session.exec(statement.order_by(SupervisionPlan.starts_on.desc(),
                                                   SupervisionPlan.id.desc())).all()
            counts = _item_counts(session, [r.id for r in rows])
            return [_row(r, counts) for r in rows]

    def get(self, plan_id: int, today: date | None = None) -> PlanDetail:
        """The plan with its S2 notice clock and its items (overdue judged on ``today``)."""
        with self.unit(Action.VIEW_SUPERVISION) as session:
            return _detail(session, load_plan(session, plan_id), today)

    def create(self, data: PlanInput) -> PlanDetail:
        with self.unit(Action.PLAN_SUPERVISION) as session:
            values = _clean(data)
            row = SupervisionPlan(**values, created_by=self.actor.full_name or
                                  self.actor.username, created_at=datetime.now(UTC))
            session.add(row)
            session.flush()
            audit_log.record(session, self.actor, "create_supervision_plan", _ENTITY, row.id,
                             None, _audit(values))
            return _detail(session, row, None)

    def update(self, plan_id: int, data: PlanInput) -> PlanDetail:
        """Changes the plan until its findings are recorded."""
        with self.unit(Action.PLAN_SUPERVISION) as session:
            row = load_plan(session, plan_id)
            _require_open(row)
            values = _clean(data)
            before = _audit({key: getattr(row, key) for key in values})
            for key, value in values.items():
                setattr(row, key, value)
            session.add(row)
            audit_log.record(session, self.actor, "update_supervision_plan", _ENTITY, row.id,
                             before, _audit(values))
            return _detail(session, row, None)

    def record_notice(self, plan_id: int, on: date) -> PlanDetail:
        """The day the plan reached the management; S2 is judged and shown, a late notice is
        recorded all the same."""
        with self.unit(Action.PLAN_SUPERVISION) as session:
            row = load_plan(session, plan_id)
            _require_open(row)
            settings = settings_of(session)
            check = plan_notice_check(on, row.starts_on, settings, calendar_of(session, settings))
            before = {"notice_sent_on": row.notice_sent_on and row.notice_sent_on.isoformat()}
            row.notice_sent_on = on
            session.add(row)
            audit_log.record(session, self.actor, "notify_supervision_plan", _ENTITY, row.id,
                             before, {"notice_sent_on": on.isoformat(),
                                      "in_time": None if check is None else check.ok})
            return _detail(session, row, None)

    def record_findings(self, plan_id: int, text: str, on: date) -> PlanDetail:
        """The findings report; the plan is final afterwards."""
        with self.unit(Action.PLAN_SUPERVISION) as session:
            row = load_plan(session, plan_id)
            _require_open(row)
            findings = nfc_text(text)
            if not findings:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write the findings."))
            if on < row.starts_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The findings cannot be dated before the supervision starts "
                              "({day})."), day=dmy(row.starts_on))
            row.findings, row.findings_on = findings, on
            session.add(row)
            audit_log.record(session, self.actor, "record_findings", _ENTITY, row.id, None,
                             {"findings": findings, "findings_on": on.isoformat()})
            return _detail(session, row, None)


def _clean(data: PlanInput) -> dict:
    title = nfc(data.title)
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The plan needs a title."))
    if data.ends_on < data.starts_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The supervision cannot end ({end}) before it starts ({start})."),
            end=dmy(data.ends_on), start=dmy(data.starts_on))
    return {"year": data.starts_on.year, "subject": Subject(data.subject).value, "title": title,
            "purpose": nfc_text(data.purpose), "scope": nfc_text(data.scope),
            "members": nfc_text(data.members), "starts_on": data.starts_on,
            "ends_on": data.ends_on}


def _audit(values: dict) -> dict:
    return {key: value.isoformat() if isinstance(value, date) else value
            for key, value in values.items()}


def _require_open(row: SupervisionPlan) -> None:
    if row.findings_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The findings of this plan are recorded: the plan is final."))


def _item_counts(session: Session, plan_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(items, open items) of each plan, counted by the database."""
    if not plan_ids:
        return {}
    still_open = case((SupervisionItem.status.in_([s.value for s in CLOSED]), 0), else_=1)
    rows = session.exec(select(SupervisionItem.plan_id, func.count(SupervisionItem.id),
                               func.sum(still_open))
                        .where(SupervisionItem.plan_id.in_(plan_ids))
                        .group_by(SupervisionItem.plan_id)).all()
    return {plan_id: (total, opened or 0) for plan_id, total, opened in rows}


def _row(row: SupervisionPlan, counts: dict[int, tuple[int, int]]) -> PlanRow:
    total, still_open = counts.get(row.id, (0, 0))
    return PlanRow(row.id, row.year, Subject(row.subject), row.title, row.starts_on,
                   row.ends_on, row.notice_sent_on, row.findings_on, total, still_open)


def _detail(session: Session, row: SupervisionPlan, today: date | None) -> PlanDetail:
    settings = settings_of(session)
    calendar = calendar_of(session, settings)
    due = plan_notice_due(row.starts_on, calendar)
    check = plan_notice_check(row.notice_sent_on, row.starts_on, settings, calendar)
    items = session.exec(select(SupervisionItem).where(SupervisionItem.plan_id == row.id)
                         .order_by(SupervisionItem.raised_on, SupervisionItem.id)).all()
    return PlanDetail(_row(row, _item_counts(session, [row.id])), row.purpose, row.scope,
                      row.members, row.findings, due.why, due.due,
                      None if check is None else check.why,
                      None if check is None else check.ok,
                      tuple(item_row(i, today) for i in items))
