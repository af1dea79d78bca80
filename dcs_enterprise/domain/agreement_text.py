"""The agreement's text as chapters and clauses, checked and compared across draft versions.

Labour Code 2019 Art 75: the agreement is written; Art 70.5: each session records what was
agreed and what is still disputed, so the draft is saved as numbered versions and the program
shows what changed between two of them. Art 78.3: a clause may have its own term (A4).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .agreement_rules import check_term
from .bargaining_rules import Topic
from .errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True)
class ClauseText:
    chapter: int
    chapter_title: str
    number: int
    title: str
    topic: Topic
    text: str
    term_months: int | None = None  # None: the agreement's own term

    @property
    def key(self) -> tuple[int, int]:
        return self.chapter, self.number


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


CHANGE_LABELS: dict[ChangeKind, str] = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("Agreement", "Added"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("Agreement", "Removed"),
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP("Agreement", "Changed"),
}


@dataclass(frozen=True)
class ClauseChange:
    kind: ChangeKind
    chapter: int
    number: int
    old: ClauseText | None  # None when added
    new: ClauseText | None  # None when removed
    title_changed: bool
    text_changed: bool
    lines: tuple[str, ...]  # a unified line diff of title and text ("-", "+", " " prefixes)
    words: tuple[tuple[str, str], ...]  # the text word by word: ("=" | "-" | "+", words)


def _body(clause: ClauseText | None) -> list[str]:
    return [] if clause is None else [clause.title, *clause.text.splitlines()]


def word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """The text as runs of kept ("="), deleted ("-") and inserted ("+") words."""
    a, b = re.findall(r"\S+", old), re.findall(r"\S+", new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", " ".join(b[j1:j2])))
    return tuple(runs)


def diff_versions(old: Sequence[ClauseText], new: Sequence[ClauseText]) -> list[ClauseChange]:
    """The clauses added, removed or changed (title, text, topic, term or chapter title) from
    ``old`` to ``new``, matched by (chapter, number) and in that order; unchanged ones are
    left out. Run check_clauses first: a repeated (chapter, number) keeps its last clause."""
    before = {c.key: c for c in old}
    after = {c.key: c for c in new}
    changes = []
    for key in sorted(before.keys() | after.keys()):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        kind = (ChangeKind.ADDED if a is None else ChangeKind.REMOVED if b is None
                else ChangeKind.CHANGED)
        lines = tuple(line for line in difflib.unified_diff(_body(a), _body(b), lineterm="",
                                                            n=len(_body(a)) + len(_body(b)))
                      if not line.startswith(("---", "+++", "@@")))
        changes.append(ClauseChange(
            kind, key[0], key[1], a, b,
            title_changed=a is None or b is None or a.title != b.title,
            text_changed=a is None or b is None or a.text != b.text,
            lines=lines, words=word_diff(a.text if a else "", b.text if b else "")))
    return changes


def check_clauses(clauses: Iterable[ClauseText]) -> None:
    """The draft is well formed: chapters and clauses numbered from 1, each clause number used
    once in the whole agreement (Vietnamese agreements number their articles through all the
    chapters), one title per chapter, every clause with a title and a text, and each
    clause's own term within 1 to 3 years (Labour Code 2019 Art 78.3)."""
    seen: set[int] = set()  # articles are numbered once through the whole agreement
    chapter_titles: dict[int, str] = {}
    for clause in clauses:
        where = {"chapter": clause.chapter, "number": clause.number}
        if clause.chapter < 1 or clause.number < 1:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Chapters and clauses are numbered from 1 (chapter {chapter}, clause "
                          "{number})."), **where)
        if clause.number in seen:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Two clauses are numbered {number}: the articles of an agreement are "
                          "numbered once through all its chapters (Điều 1, 2, 3…)."), **where)
        seen.add(clause.number)
        title = chapter_titles.setdefault(clause.chapter, clause.chapter_title.strip())
        if title != clause.chapter_title.strip():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Chapter {chapter} has two different titles."), **where)
        if not clause.title.strip() or not clause.text.strip():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Clause {number} of chapter {chapter} needs a title and a text."),
                **where)
        if clause.term_months is not None:
            check_term(clause.term_months)
