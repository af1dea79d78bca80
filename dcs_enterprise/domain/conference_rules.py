"""The workers' conference rules C2-C5 and C7 (DOMAIN.md), as pure functions.

Law 10/2022 Arts 68-70 bind state-owned enterprises (and those that opt in, Art 82.2); for
other enterprises Decree 145/2020 Art 47.3 leaves form, quorum and vote to the democracy
regulation, so the numbers come from DemocracySettings, whose defaults are the SOE values.
Each result carries its rule id, article and the arithmetic, so the screen can show why.
"""

from __future__ import annotations

import math
from calendar import monthrange
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .settings import DemocracySettings


class ConferenceForm(StrEnum):
    FULL = "full"  # hội nghị toàn thể
    DELEGATE = "delegate"  # hội nghị đại biểu


ARTICLE_69_2_C = QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Art 69.2.c")
ARTICLE_69_2_C_DEFAULT = QT_TRANSLATE_NOOP(
    "Rules", "Law 10/2022 Art 69.2.c (democracy regulation default)")


@dataclass(frozen=True)
class RuleOutcome:
    """A decision of the program with its legal ground and its arithmetic."""

    rule_id: str
    article: str
    template: str  # catalogue source string, context "Rules"
    params: tuple[tuple[str, object], ...] = ()

    def english(self) -> str:
        return self.template.format(**dict(self.params))


def _binding(settings: DemocracySettings) -> bool:
    return settings.soe_rules


def _article(settings: DemocracySettings, binding: str, default: str) -> str:
    """The article as it applies: binding (SOE, opt-in) or the regulation's default. Both are
    "Rules" catalogue strings, so the screen shows them in the user's language."""
    return binding if _binding(settings) else default


@dataclass(frozen=True)
class FormSuggestion:
    form: ConferenceForm
    joint_choice: bool  # True: employer and union choose together; the form is a suggestion
    why: RuleOutcome


def suggest_form(headcount: int, settings: DemocracySettings) -> FormSuggestion:
    """C2 (Law 10/2022 Art 69.2.a-b): under the threshold a full conference; otherwise the
    employer and the union choose, and a delegate conference is suggested."""
    limit = settings.full_conference_below
    article = _article(settings, QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Art 69.2"),
                       QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Art 69.2 (democracy regulation "
                                                  "default)"))
    if headcount < limit:
        return FormSuggestion(ConferenceForm.FULL, False, RuleOutcome(
            "C2", article, QT_TRANSLATE_NOOP(
                "Rules", "{headcount} workers, fewer than {limit}: a full conference."),
            (("headcount", headcount), ("limit", limit))))
    return FormSuggestion(ConferenceForm.DELEGATE, True, RuleOutcome(
        "C2", article, QT_TRANSLATE_NOOP(
            "Rules", "{headcount} workers, {limit} or more: the employer and the union choose "
                     "a full or a delegate conference together."),
        (("headcount", headcount), ("limit", limit))))


@dataclass(frozen=True)
class QuorumCheck:
    met: bool
    present: int
    summoned: int
    required: int
    why: RuleOutcome


def check_quorum(present: int, summoned: int, settings: DemocracySettings) -> QuorumCheck:
    """C3 (Law 10/2022 Art 69.2.c): at least num/den of those summoned (all workers for a full
    conference, the summoned delegates for a delegate conference) must be present."""
    if summoned <= 0 or not 0 <= present <= summoned:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Those present ({present}) must be between 0 and those summoned "
                      "({summoned})."), present=present, summoned=summoned)
    num, den = settings.quorum_numerator, settings.quorum_denominator
    required = math.ceil(summoned * num / den)
    met = present * den >= summoned * num  # integers: no rounding at the boundary
    return QuorumCheck(met, present, summoned, required, RuleOutcome(
        "C3", _article(settings, ARTICLE_69_2_C, ARTICLE_69_2_C_DEFAULT), QT_TRANSLATE_NOOP(
            "Rules", "{present} of {summoned} present; at least {num}/{den} needed, that is "
                     "{required}."),
        (("present", present), ("summoned", summoned), ("num", num), ("den", den),
         ("required", required))))


@dataclass(frozen=True)
class VoteResult:
    passed: bool
    in_favour: int
    against: int
    abstained: int
    present: int
    needed: int  # the smallest number in favour that passes
    why: RuleOutcome


def decide_vote(in_favour: int, against: int, abstained: int, present: int,
                settings: DemocracySettings) -> VoteResult:
    """C4 (Law 10/2022 Art 69.2.c): passes with MORE than the threshold percentage of those
    present in favour. Abstentions and absent votes count against: the base is who is present."""
    if min(in_favour, against, abstained) < 0 or in_favour + against + abstained > present:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The votes ({total}) cannot exceed those present ({present})."),
            total=in_favour + against + abstained, present=present)
    threshold = settings.pass_threshold_percent
    needed = present * threshold // 100 + 1
    passed = in_favour * 100 > present * threshold
    return VoteResult(passed, in_favour, against, abstained, present, needed, RuleOutcome(
        "C4", _article(settings, ARTICLE_69_2_C, ARTICLE_69_2_C_DEFAULT), QT_TRANSLATE_NOOP(
            "Rules", "{in_favour} in favour of {present} present; more than {threshold}% "
                     "needed, that is at least {needed}."),
        (("in_favour", in_favour), ("present", present), ("threshold", threshold),
         ("needed", needed))))


def conference_due(financial_year_end: date, settings: DemocracySettings) -> date | None:
    """C5 (Law 10/2022 Art 69.1): SOEs hold the conference no later than N months after the
    financial year ends. None where the regime does not bind it."""
    if not _binding(settings):
        return None
    return _add_months(financial_year_end, settings.conference_months_after_year_end)


def review_dates(adopted: date, until: date) -> list[date]:
    """C7 (Law 10/2022 Art 70.3): the resolution is reviewed every 6 months after adoption."""
    dates, n = [], 1
    while (due := _add_months(adopted, 6 * n)) <= until:
        dates.append(due)
        n += 1
    return dates


def _add_months(day: date, months: int) -> date:
    """The same day N months later, or the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def allocate_seats(headcounts: Mapping[Hashable, int], seats: int) -> dict[Hashable, int]:
    """Delegate seats per department in proportion to headcount, by the largest-remainder
    method, then at least one seat each: a department left without one takes it from the
    department most over-represented against its quota. Ties go to the larger department.

    The method is practice (legal-vn.md A3.14), not statute; it is shown with the allocation.
    """
    departments = [key for key, count in headcounts.items() if count > 0]
    if seats < len(departments):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{seats} seats are fewer than the {departments} departments: each needs "
                      "at least one."), seats=seats, departments=len(departments))
    total = sum(headcounts[key] for key in departments)
    quota = {key: seats * headcounts[key] / total for key in departments}
    allocation = {key: int(quota[key]) for key in departments}
    by_remainder = sorted(departments, key=lambda k: (-(quota[k] - allocation[k]),
                                                      -headcounts[k]))
    for key in by_remainder[:seats - sum(allocation.values())]:
        allocation[key] += 1
    for key in departments:
        if allocation[key] == 0:
            donor = max((k for k in departments if allocation[k] > 1),
                        key=lambda k: (allocation[k] - quota[k], headcounts[k]))
            allocation[donor] -= 1
            allocation[key] = 1
    return allocation
