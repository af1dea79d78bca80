"""The answers to workers' petitions the union published (Decree 145/2020 Art 44; rule S3), as
the employee view lists them: the petition, its answer, when and where it was published, and
never who filed it (the service hands out no identity at all)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.petitions import CATEGORY_LABELS
from ..domain.supervision import STATUS_LABELS
from ..services.supervision_models import PublishedPetition
from .pages.conference_text import dmy
from .published_records import PublishedRecord, searchable

translate = QCoreApplication.translate


def petition_number(petition_id: int) -> str:
    return translate("EmployeeView", "No. {number}").format(number=petition_id)


def _paragraphs(text: str) -> str:
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


def petition_record(row: PublishedPetition) -> PublishedRecord:
    kind = translate("EmployeeView", "Answer to a petition")
    category = translate("Petitions", CATEGORY_LABELS[row.category])
    title = row.subject or category
    number = petition_number(row.id)
    status = translate("Supervision", STATUS_LABELS[row.status])
    facts = [translate("EmployeeView", "Petition no. {id}. Category: {category}.").format(
        id=row.id, category=category)]
    if row.answered_on is not None:
        facts.append(translate("EmployeeView", "Answered on {day}; status: {status}.").format(
            day=dmy(row.answered_on), status=status))
    facts.append(translate("EmployeeView", "Published on {day} at {place}.").format(
        day=dmy(row.published_on), place=row.published_where))
    html = "\n".join([
        f"<h2>{escape(title)}</h2>",
        "<p><i>" + "<br>".join(escape(f) for f in facts) + "</i></p>",
        "<h3>" + escape(translate("EmployeeView", "The petition")) + "</h3>",
        _paragraphs(row.content),
        "<h3>" + escape(translate("EmployeeView", "The answer")) + "</h3>",
        _paragraphs(row.answer)])
    return PublishedRecord(row.published_on, dmy(row.published_on), kind, number, title,
                           row.published_where, html,
                           searchable(dmy(row.published_on), kind, number, title, category,
                                      status, row.published_where),
                           key=("petition", row.id))
