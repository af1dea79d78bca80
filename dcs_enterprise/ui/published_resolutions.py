"""The published resolutions of the workers' conference as the employee view shows them: a
row each (year, number, when and where published, until when if the posting ends), and the
chosen one in full: its articles with who carries them out and by when, the adoption vote and,
for a correction, the number it replaces. The search finds it by any word, articles included."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.conference_rules import ConferenceForm
from ..services.conference_models import PublishedResolution
from .pages.conference_text import dmy, rule_line, verdict
from .published_records import PublishedRecord, period, searchable

translate = QCoreApplication.translate


def _title(row: PublishedResolution) -> str:
    return translate("EmployeeView", "Resolution of the workers' conference {year}").format(
        year=row.year)


def resolution_record(row: PublishedResolution) -> PublishedRecord:
    """A published resolution as the employee view lists it, its articles searchable too."""
    title = _title(row)
    if row.supersedes:
        title += " " + translate("EmployeeView", "(corrected; replaces {number})").format(
            number=row.supersedes)
    shown = period(row.published_from, row.published_until)
    kind = translate("EmployeeView", "Resolution")
    # The index holds the articles; the row's own words are those the screen writes.
    form = (translate("EmployeeView", "full conference") if row.form is ConferenceForm.FULL
            else translate("EmployeeView", "delegate conference"))
    words = [shown, kind, row.number, title, form, row.published_place, dmy(row.held_on)]
    words += [dmy(article.due) for article in row.articles]
    return PublishedRecord(row.published_from, shown, kind, row.number, title,
                           row.published_place, resolution_html(row), searchable(*words),
                           key=("resolution", row.conference_id))


def _published(row: PublishedResolution) -> str:
    until = row.published_until
    if until is None:
        return translate("EmployeeView", "Published from {day} at {place}.").format(
            day=dmy(row.published_from), place=row.published_place)
    return translate("EmployeeView", "Published from {day} until {end} at {place}.").format(
        day=dmy(row.published_from), end=dmy(until), place=row.published_place)


def resolution_html(row: PublishedResolution) -> str:
    form = (translate("EmployeeView", "full conference") if row.form is ConferenceForm.FULL
            else translate("EmployeeView", "delegate conference"))
    parts = [f"<h2>{escape(_title(row))}</h2>",
             "<p><b>" + escape(translate("EmployeeView", "Number {number}").format(
                 number=row.number)) + "</b></p>",
             "<p>" + escape(translate(
                 "EmployeeView", "Adopted by the {form} held on {day} at {place}.").format(
                 form=form, day=dmy(row.held_on), place=row.place)) + "<br>"
             + escape(_published(row)) + "</p>"]
    if row.supersedes:
        parts.append("<p><b>" + escape(translate(
            "EmployeeView", "This corrected resolution replaces resolution {number}.").format(
            number=row.supersedes)) + "</b></p>")
    if row.adoption is not None:
        vote = row.adoption
        parts.append("<p>" + escape(translate(
            "EmployeeView", "Vote: {in_favour} in favour, {against} against, {abstained} "
                            "abstaining, of {present} present: {verdict}.").format(
            in_favour=vote.in_favour, against=vote.against, abstained=vote.abstained,
            present=vote.present, verdict=verdict(vote.passed))) + "<br><small>"
            + escape(rule_line(vote.why)) + "</small></p>")
    parts.append("<h3>" + escape(translate("EmployeeView", "Articles")) + "</h3>")
    for article in row.articles:
        heading = translate("EmployeeView", "Article {number}. {title}").format(
            number=article.number, title=article.title)
        block = [f"<p><b>{escape(heading)}</b>"]
        if article.text:
            block.append("<br>" + escape(article.text).replace("\n", "<br>"))
        if article.owner:
            block.append("<br><i>" + escape(translate(
                "EmployeeView", "Carried out by {owner}, by {due}.").format(
                owner=article.owner, due=dmy(article.due))) + "</i>")
        parts.append("".join(block) + "</p>")
    return "\n".join(parts)
