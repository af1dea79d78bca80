"""What the list of supervision plans shows, and the chosen plan's detail: subject (Decree
145/2020 Art 46), dates, scope and members, the notice to the management with rule S2's
latest day and whether it was met, the findings and the items raised from them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.supervision_models import PlanDetail, PlanRow
from .conference_text import GREEN, RED, dmy, rule_text
from .supervision_item_view import item_links
from .supervision_register import RegisterModel, esc, fields, section
from .supervision_text import subject_name, why_text

translate = QCoreApplication.translate


class PlanModel(RegisterModel):
    def headers(self) -> list[str]:
        return [translate("SupervisionPlans", "Plan"),
                translate("SupervisionPlans", "Dates"), translate("SupervisionPlans", "Notified"),
                translate("SupervisionPlans", "Findings"),
                translate("SupervisionPlans", "Items")]

    def display(self, row: PlanRow, column: int) -> object:
        items = (translate("SupervisionPlans", "{open} open of {count}").format(
            open=row.open_items, count=row.items) if row.items else "")
        return (row.title, dates(row), dmy(row.notice_sent_on),
                dmy(row.findings_on), items)[column]


def dates(row: PlanRow) -> str:
    if row.ends_on == row.starts_on:
        return dmy(row.starts_on)
    return f"{dmy(row.starts_on)} –\n{dmy(row.ends_on)}"


def notice_due_text(plan: PlanDetail) -> str:
    """By when S2 wants the notice, counted ("At least 5 working days before …: by …")."""
    return why_text(plan.notice_due)


def notice_html(plan: PlanDetail) -> str:
    """The notice: when sent, and S2 judged where it binds (green met, red not)."""
    if plan.notice_check is None:
        sent = (translate("SupervisionPlans", "Notified on {day}.").format(
            day=dmy(plan.row.notice_sent_on)) if plan.row.notice_sent_on
            else translate("SupervisionPlans", "Not notified yet."))
        return esc(sent + " " + translate(
            "SupervisionPlans", "Rule S2 does not bind this enterprise (a private enterprise "
            "that has not opted in); notifying the management before the activity, by "
            "{day}, is good practice.").format(day=dmy(plan.notice_due_on)))
    colour = GREEN if plan.notice_ok else RED
    article = translate("Rules", plan.notice_check.article)
    source = translate("SupervisionText", "rule {rule}, {article}").format(
        rule=plan.notice_check.rule_id, article=article)
    return (f"<span style='color: {colour}; font-weight: 600'>"
            f"{esc(rule_text(plan.notice_check))}</span> <span class='grey'>({esc(source)})"
            f"</span><br><span class='grey'>{esc(notice_due_text(plan))}</span>")


def plan_html(plan: PlanDetail) -> str:
    row = plan.row
    head = fields([
        (translate("SupervisionPlans", "Subject"), esc(subject_name(row.subject))),
        (translate("SupervisionPlans", "Dates"), esc(dates(row).replace("\n", " "))),
        (translate("SupervisionPlans", "Findings"),
         esc(translate("SupervisionPlans", "recorded on {day}").format(day=dmy(row.findings_on))
             if row.findings_on else translate("SupervisionPlans", "not yet recorded"))),
    ])
    findings = ""
    if row.findings_on:
        findings = f"{esc(plan.findings)}<br><span class='grey'>{dmy(row.findings_on)}</span>"
    items = item_links(plan.items)
    return (f"<h2>{esc(row.title)}</h2>{head}"
            + section(translate("SupervisionPlans", "Notice to the management"),
                      notice_html(plan))
            + section(translate("SupervisionPlans", "Purpose"), esc(plan.purpose))
            + section(translate("SupervisionPlans", "Scope"), esc(plan.scope))
            + section(translate("SupervisionPlans", "Members"), esc(plan.members))
            + section(translate("SupervisionPlans", "Findings"), findings)
            + section(translate("SupervisionPlans", "Items raised from the findings"), items))
