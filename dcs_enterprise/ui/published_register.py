"""What the employer published (Decree 145/2020 Art 43; rules P1, P2), as the employee view
lists it from the publication register: what it is about, in which form, where and for how
long, and its summary. The evidence files stay with the officers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.publication import MATTER_LABELS, P1_ARTICLE
from ..services.supervision_models import EntryDetail
from .pages.conference_text import dmy, publication_form_label
from .published_records import PublishedRecord, period, searchable

translate = QCoreApplication.translate


def matter_name(matter) -> str:
    return translate("Publication", MATTER_LABELS[matter])


def register_record(entry: EntryDetail) -> PublishedRecord:
    row = entry.row
    kind = translate("EmployeeView", "Employer's publication")
    shown = period(row.published_from, row.published_until)
    matter = matter_name(row.matter)
    form = publication_form_label(row.form)
    facts = [translate("EmployeeView", "Matter: {matter} ({article}).").format(
        matter=matter, article=translate("Rules", P1_ARTICLE)),
        translate("EmployeeView", "Form: {form}.").format(form=form)]
    if row.decided_on is not None:
        facts.append(translate("EmployeeView", "Decided on {day}.").format(
            day=dmy(row.decided_on)))
    if row.published_until is None:
        facts.append(translate("EmployeeView", "Published from {day} at {place}.").format(
            day=dmy(row.published_from), place=row.location))
    else:
        facts.append(translate("EmployeeView", "Published from {day} until {end} at "
                                               "{place}.").format(
            day=dmy(row.published_from), end=dmy(row.published_until), place=row.location))
    parts = [f"<h2>{escape(row.title)}</h2>",
             "<p><i>" + "<br>".join(escape(f) for f in facts) + "</i></p>"]
    if entry.summary:
        parts.append("<p>" + escape(entry.summary).replace("\n", "<br>") + "</p>")
    return PublishedRecord(row.published_from, shown, kind, "", row.title, row.location,
                           "\n".join(parts), searchable(shown, kind, row.title, matter, form,
                                                        row.location),
                           key=("publication", row.id))
