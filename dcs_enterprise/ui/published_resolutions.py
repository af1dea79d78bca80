"""The published resolutions of the workers' conference as the employee view shows them: a
row each (year, number, when and where published, until when if the posting ends), and the
chosen one in full: its articles with who carries them out and by when, the adoption vote and,
for a correction, the number it replaces. Only what the service calls published ever arrives
here. The search finds a record by any of its words, articles included, typed with or without
diacritics."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ..domain.conference_rules import ConferenceForm
from ..domain.text import fold
from ..services.conference_models import PublishedResolution
from .list_model import ListTableModel
from .pages.conference_text import dmy, rule_line, verdict

translate = QCoreApplication.translate


def _period(row: PublishedResolution) -> str:
    until = row.published_until
    if until is None:
        return dmy(row.published_from)
    return translate("EmployeeView", "{start} to {end}").format(start=dmy(row.published_from),
                                                               end=dmy(until))


def _title(row: PublishedResolution) -> str:
    return translate("EmployeeView", "Resolution of the workers' conference {year}").format(
        year=row.year)


class PublishedModel(ListTableModel):
    """`searchable[n]` is row n's text folded once, when the rows are set: its columns, its
    articles (title, text, who carries them out, by when) and where it was adopted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.searchable: list[str] = []

    def set_rows(self, rows) -> None:
        rows = list(rows)
        self.searchable = [self._searchable(row) for row in rows]
        super().set_rows(rows)

    def _searchable(self, row: PublishedResolution) -> str:
        parts = [str(self.display(row, column)) for column in range(len(self.headers()))]
        parts += [row.place, dmy(row.held_on), str(row.year)]
        for article in row.articles:
            parts += [article.title, article.text, article.owner, dmy(article.due)]
        return fold(" ".join(parts))

    def headers(self) -> list[str]:
        return [translate("EmployeeView", "Published on"), translate("EmployeeView", "Kind"),
                translate("EmployeeView", "Number"), translate("EmployeeView", "Title"),
                translate("EmployeeView", "Where")]

    def display(self, row: PublishedResolution, column: int) -> object:
        title = _title(row)
        if row.supersedes:
            title += " " + translate("EmployeeView", "(corrected; replaces {number})").format(
                number=row.supersedes)
        return (_period(row), translate("EmployeeView", "Resolution"), row.number,
                title, row.published_place)[column]


class SearchFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded text holds the folded search: "nghi quyet" finds "Nghị
    quyết" and "an ca" finds "ăn ca" (đ folded to d, DESIGN.md)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.wanted = ""

    def set_text(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # before Qt 6.9
            self.wanted = fold(text)
            self.invalidateFilter()
            return
        self.beginFilterChange()  # invalidateFilter() is deprecated from Qt 6.9
        self.wanted = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return not self.wanted or self.wanted in model.searchable[source_row]


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
