"""The collective labour agreement in force, once announced (Labour Code Art 76.6), and the
bargaining minutes the union published (Art 70.5), as the employee view lists them."""

from __future__ import annotations

from html import escape
from itertools import groupby

from PySide6.QtCore import QCoreApplication

from ..services.bargaining_models import AgreementInfo, PublishedSession
from .pages.conference_text import dmy, rule_line
from .published_records import PublishedRecord, searchable

translate = QCoreApplication.translate


def agreement_record(info: AgreementInfo) -> PublishedRecord:
    kind = translate("EmployeeView", "Collective agreement")
    term = translate("EmployeeView", "In force from {start} to {end} ({months} months).").format(
        start=dmy(info.effective_on), end=dmy(info.expires_on), months=info.term_months)
    parts = [f"<h2>{escape(info.title)}</h2>",
             "<p><b>" + escape(translate("EmployeeView", "Number {number}").format(
                 number=info.agreement_number)) + "</b><br>"
             + escape(translate("EmployeeView", "Signed on {day} by {employer} and {union}.")
                      .format(day=dmy(info.signed_on), employer=info.employer_signatory,
                              union=info.union_signatory)) + "<br>" + escape(term) + "</p>"]
    if info.standing_why is not None:
        parts.append(f"<p><i>{escape(rule_line(info.standing_why))}</i></p>")
    if info.vote is not None:
        parts.append("<p><small>" + escape(rule_line(info.vote.why)) + "</small></p>")
    words = [kind, info.title, info.agreement_number, term, dmy(info.announced_on)]
    for (chapter, title), clauses in groupby(info.clauses, key=lambda c: (
            c.text.chapter, c.text.chapter_title)):
        heading = translate("EmployeeView", "Chapter {number}. {title}").format(
            number=chapter, title=title)
        parts.append(f"<h3>{escape(heading)}</h3>")
        for clause in clauses:
            text = clause.text
            line = translate("EmployeeView", "Clause {number}. {title}").format(
                number=text.number, title=text.title)
            block = f"<p><b>{escape(line)}</b><br>" + escape(text.text).replace("\n", "<br>")
            if text.term_months:
                block += "<br><i>" + escape(translate(
                    "EmployeeView", "This clause has its own term: {months} months.").format(
                    months=text.term_months)) + "</i>"
            parts.append(block + "</p>")
    return PublishedRecord(info.announced_on, dmy(info.announced_on), kind,
                           info.agreement_number, info.title, info.announce_place,
                           "\n".join(parts), searchable(*words, info.announce_place),
                           pinned=True, key=("agreement", info.id))


def session_record(row: PublishedSession) -> PublishedRecord:
    kind = translate("EmployeeView", "Bargaining minutes")
    title = translate("EmployeeView", "Bargaining session {number}: {title}").format(
        number=row.number, title=row.round_title)
    agreed = translate("EmployeeView", "Agreed")
    disputed = translate("EmployeeView", "Still disputed")
    html = "\n".join([
        f"<h2>{escape(title)}</h2>",
        "<p><i>" + escape(translate("EmployeeView", "Session held on {day}.").format(
            day=dmy(row.held_on))) + "</i></p>",
        f"<h3>{escape(agreed)}</h3><p>" + escape(row.agreed_points).replace("\n", "<br>")
        + "</p>",
        f"<h3>{escape(disputed)}</h3><p>"
        + escape(row.disputed_points or "—").replace("\n", "<br>") + "</p>"])
    return PublishedRecord(row.published_on, dmy(row.published_on), kind, "", title,
                           row.published_place, html,
                           searchable(kind, title, dmy(row.published_on), dmy(row.held_on),
                                      row.published_place),
                           key=("bargaining_session", row.session_id))
