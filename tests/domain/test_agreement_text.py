"""The agreement's clauses: checks and the diff between draft versions (Labour Code 2019
Arts 70.5, 75, 78.3)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dcs_enterprise.domain.agreement_text import (
    CHANGE_LABELS,
    ChangeKind,
    ClauseText,
    check_clauses,
    diff_versions,
    word_diff,
)
from dcs_enterprise.domain.bargaining_rules import Topic
from dcs_enterprise.domain.errors import ValidationError

WAGES = ClauseText(1, "Wages", 1, "Minimum wage", Topic.WAGES,
                   "The lowest wage is 5% above the regional minimum.", None)
MEALS = ClauseText(1, "Wages", 2, "Meals", Topic.WAGES, "A meal of 30,000 VND a shift.", 12)
LEAVE = ClauseText(2, "Leave", 3, "Annual leave", Topic.EQUALITY, "14 days a year.", None)


def test_unchanged_versions_have_no_changes():
    assert diff_versions([WAGES, MEALS], [MEALS, WAGES]) == []


def test_added_removed_changed_in_clause_order():
    new_meals = replace(MEALS, text="A meal of 35,000 VND a shift.")
    changes = diff_versions([WAGES, MEALS], [LEAVE, new_meals])
    assert [(c.kind, c.chapter, c.number) for c in changes] == [
        (ChangeKind.REMOVED, 1, 1), (ChangeKind.CHANGED, 1, 2), (ChangeKind.ADDED, 2, 3)]
    removed, changed, added = changes
    assert removed.old == WAGES and removed.new is None
    assert added.old is None and added.new == LEAVE
    assert changed.text_changed and not changed.title_changed
    assert "-A meal of 30,000 VND a shift." in changed.lines
    assert "+A meal of 35,000 VND a shift." in changed.lines
    assert changed.words == (("=", "A meal of"), ("-", "30,000"), ("+", "35,000"),
                             ("=", "VND a shift."))
    assert added.words == (("+", "14 days a year."),)
    assert set(CHANGE_LABELS) == set(ChangeKind)


def test_a_new_term_or_topic_is_a_change():
    changes = diff_versions([MEALS], [replace(MEALS, term_months=24, topic=Topic.OTHER)])
    assert len(changes) == 1 and changes[0].kind is ChangeKind.CHANGED
    assert not changes[0].text_changed and not changes[0].title_changed
    retitled = diff_versions([MEALS], [replace(MEALS, title="Shift meals")])[0]
    assert retitled.title_changed and "+Shift meals" in retitled.lines


def test_word_diff():
    assert word_diff("", "") == ()
    assert word_diff("a b c", "a x c") == (("=", "a"), ("-", "b"), ("+", "x"), ("=", "c"))


def test_check_clauses_accepts_a_good_draft():
    check_clauses([WAGES, MEALS, LEAVE, replace(MEALS, number=4, term_months=36)])


@pytest.mark.parametrize(("clauses", "message"), [
    ([WAGES, replace(MEALS, number=1)], "Two clauses are numbered 1"),
    ([WAGES, replace(LEAVE, number=1)], "Two clauses are numbered 1"),  # across chapters
    ([WAGES, replace(MEALS, chapter_title="Pay")], "two different titles"),
    ([replace(WAGES, title=" ")], "needs a title and a text"),
    ([replace(WAGES, text="")], "needs a title and a text"),
    ([replace(WAGES, number=0)], "numbered from 1"),
    ([replace(MEALS, term_months=11)], "11 months given"),
    ([replace(MEALS, term_months=37)], "37 months given"),
    ([replace(MEALS, term_months=48)], "48 months given"),
])
def test_check_clauses_refusals(clauses, message):
    with pytest.raises(ValidationError, match=message):
        check_clauses(clauses)
