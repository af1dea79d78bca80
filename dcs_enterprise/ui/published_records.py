"""Everything the employee view lists, as one kind of row: a published record with when and
where it was published, a title, the full text as HTML, its key in the full-text index and the
words it is listed with, folded. Builders per workflow turn what the services call published
into these rows (published_resolutions, published_dialogues, published_agreements,
published_petitions, published_items, published_register); nothing else ever arrives
here.

The search (typed with or without diacritics) asks the index (SQLite FTS5, the records' whole
text) and, for the words only the screen holds in the user's language (the kind, the title
"Nghị quyết…", the category), the row's own words: each word typed is the beginning of a word
found in one or the other, and every word typed is required."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from html import unescape

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ..domain.errors import DcsError
from ..domain.text import fold
from .list_model import ListTableModel
from .pages.conference_text import dmy

translate = QCoreApplication.translate
log = logging.getLogger("dcs_enterprise")
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")
Key = tuple[str, int]


@dataclass(frozen=True)
class PublishedRecord:
    published_on: date
    period: str  # "from … to …" as listed
    kind: str
    number: str
    title: str
    where: str
    html: str
    searchable: str  # folded: the words it is listed with, in the user's language
    pinned: bool = False  # listed first (the agreement in force)
    key: Key = field(kw_only=True)  # (kind, record id) in the full-text index

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(_WORD.findall(self.searchable))

    @cached_property
    def text(self) -> str:
        """Every word it shows, folded, one space apart and around: to rank the matches."""
        plain = unescape(_TAG.sub(" ", self.html))
        return " " + " ".join(words_of(plain) + list(self.words)) + " "


def period(start: date, end: date | None) -> str:
    if end is None:
        return dmy(start)
    return translate("EmployeeView", "{start} to {end}").format(start=dmy(start), end=dmy(end))


def searchable(*parts: object) -> str:
    return fold(" ".join(str(p) for p in parts if p))


class PublishedModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("EmployeeView", "Published on"), translate("EmployeeView", "Kind"),
                translate("EmployeeView", "Number"), translate("EmployeeView", "Title"),
                translate("EmployeeView", "Where")]

    def display(self, row: PublishedRecord, column: int) -> object:
        return (row.period, row.kind, row.number, row.title, row.where)[column]


def words_of(text: str) -> list[str]:
    """The folded words of a search, as the index splits them ("01/04/2026": 01, 04, 2026)."""
    return _WORD.findall(fold(text))


class SearchFilter(QSortFilterProxyModel):
    """Keeps the rows that hold the words typed, one after the other, the last one a prefix
    of a word still being typed, diacritics ignored: "nghi quyet" finds "Nghị quyết" and
    "an ca" finds "ăn ca" (đ folded to d, DESIGN.md). `search` is the index
    (PublishedSearchService.search: the keys of the records holding that phrase); a row's own
    words (its kind and labels in the user's language, which the index does not hold) answer
    too. Short Vietnamese syllables begin too many words to be searched apart ("ca": các, cán,
    cải). Rows whose words stand exactly as typed come first; otherwise the source's order
    stays (sort(0) once the source is set)."""

    def __init__(self, parent=None, search: Callable[[str], set[Key]] | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.wanted: list[str] = []
        self.found: set[Key] = set()  # the records the index finds for the phrase typed
        self._cache: dict[str, set[Key]] = {}
        self._ranks: dict[int, int] = {}

    def forget(self) -> None:
        """After the records changed: ask the index again."""
        self._cache.clear()
        self._ranks.clear()

    def _found(self, phrase: str) -> set[Key]:
        if phrase not in self._cache:
            try:
                self._cache[phrase] = self.search(phrase) if self.search else set()
            except DcsError as error:  # the row's own words still answer
                log.warning("Full-text search failed: %s", error)
                self._cache[phrase] = set()
        return self._cache[phrase]

    def set_text(self, text: str) -> None:
        self.wanted = words_of(text)
        self.found = self._found(" ".join(self.wanted)) if self.wanted else set()
        self._ranks.clear()
        self.invalidate()  # which rows, and in which order

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.wanted:
            return True
        row: PublishedRecord = self.sourceModel().rows[source_row]
        return row.key in self.found or " " + " ".join(self.wanted) in row.text

    def _rank(self, source_row: int) -> int:
        """0: the words stand in the record exactly as typed, the last one whole; 1: the last
        one only begins a word."""
        if source_row not in self._ranks:
            text = self.sourceModel().rows[source_row].text
            self._ranks[source_row] = int(bool(self.wanted)
                                          and " " + " ".join(self.wanted) + " " not in text)
        return self._ranks[source_row]

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        return (self._rank(left.row()), left.row()) < (self._rank(right.row()), right.row())
