"""Searching the published records as the employee view does: typed with or without
diacritics ("duc" finds "Đức", "an ca" finds "ăn ca"): the words in the order typed, the
last one a prefix of a word still being typed. Answers the keys of search_index; the caller keeps the published rows whose key is
among them."""

from __future__ import annotations

from ..domain.permissions import Action
from ..domain.text import fold
from . import search_index
from .session import Service


def match_query(typed: str) -> str | None:
    """The FTS5 query of what the user typed: one phrase of the folded words (double quotes
    doubled), its last word a prefix. A phrase, not loose words: short Vietnamese syllables
    ("ho", "tro") begin too many words to be searched apart. None when nothing searchable was
    typed."""
    tokens = [t for t in fold(typed).split() if any(c.isalnum() for c in t)]
    if not tokens:
        return None
    return '"' + " ".join(tokens).replace('"', '""') + '"*'



class PublishedSearchService(Service):
    def search(self, text: str) -> set[tuple[str, int]]:
        """The (kind, record id) of the published records matching ``text``; every indexed
        record when nothing is typed. An index not yet built from every published record (a
        database from before the index, or one emptied) is built first: derived data, like
        a cache, so not an audited change."""
        with self.unit(Action.VIEW_PUBLISHED) as session:
            built = search_index.is_built(session)
        if not built:
            with self.unit(Action.VIEW_PUBLISHED, write=True) as session:
                if not search_index.is_built(session):
                    search_index.rebuild(session)
        with self.unit(Action.VIEW_PUBLISHED) as session:
            return search_index.keys(session, match_query(text))
