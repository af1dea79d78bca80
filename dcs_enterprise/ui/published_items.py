"""The outcomes of supervision items the union published (Decree 145/2020 Art 46-47), as the
employee view lists them: what was recommended, the employer's answer, the status, when and
where it was published; never who raised a petition behind it (rule S3) nor the addressee."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..services.supervision_models import PublishedItem
from .pages.conference_text import dmy
from .pages.supervision_text import source_name, status_name, subject_name
from .published_records import PublishedRecord, searchable

translate = QCoreApplication.translate


def _paragraphs(text: str) -> str:
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


def item_record(row: PublishedItem) -> PublishedRecord:
    kind = translate("EmployeeView", "Supervision result")
    number = translate("EmployeeView", "No. {number}").format(number=row.id)
    status, subject = status_name(row.status), subject_name(row.subject)
    source = source_name(row.source)
    if row.source_label:
        source = f"{source}: {row.source_label}"
    facts = [translate("EmployeeView", "Supervision item no. {id}. Subject: {subject}.").format(
        id=row.id, subject=subject),
        translate("EmployeeView", "Raised from: {source}.").format(source=source),
        translate("EmployeeView", "Status: {status}.").format(status=status),
        translate("EmployeeView", "Published on {day} at {place}.").format(
            day=dmy(row.published_on), place=row.published_where)]
    parts = [f"<h2>{escape(row.title)}</h2>",
             "<p><i>" + "<br>".join(escape(f) for f in facts) + "</i></p>"]
    if row.recommendation:
        parts += ["<h3>" + escape(translate("EmployeeView", "The union's recommendation"))
                  + "</h3>", _paragraphs(row.recommendation)]
    if row.answer:
        heading = translate("EmployeeView", "The employer's answer")
        if row.answered_on is not None:
            heading = translate("EmployeeView", "The employer's answer of {day}").format(
                day=dmy(row.answered_on))
        parts += ["<h3>" + escape(heading) + "</h3>", _paragraphs(row.answer)]
    else:
        parts.append("<p>" + escape(translate(
            "EmployeeView", "The employer gave no written answer.")) + "</p>")
    return PublishedRecord(row.published_on, dmy(row.published_on), kind, number, row.title,
                           row.published_where, "\n".join(parts),
                           searchable(dmy(row.published_on), kind, number, row.title, subject,
                                      status, row.published_where),
                           key=("supervision_item", row.id))
