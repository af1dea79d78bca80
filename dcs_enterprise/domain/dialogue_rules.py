"""Dialogue at the workplace, rules D1-D11 (DOMAIN.md), as pure functions.

Labour Code 2019 Arts 63-64 say when the employer must hold dialogue; Decree 145/2020 Arts
37-41 say who takes part, the quorum, the minutes and the deadlines. Each result carries its
rule id, article and arithmetic so the screen can show why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .calendar import WorkCalendar
from .clocks import Clock, RuleCheck, dmy, working_days_after, working_days_before
from .conference_rules import RuleOutcome, allocate_seats
from .errors import QT_TRANSLATE_NOOP, ValidationError


class DialogueKind(StrEnum):
    PERIODIC = "periodic"  # định kỳ (LC Art 63.2.a)
    REQUEST = "request"  # khi có yêu cầu (63.2.b)
    INCIDENT = "incident"  # khi có vụ việc (63.2.c)


class IncidentTrigger(StrEnum):
    """D11: the Labour Code 2019 articles whose events require a dialogue (Decree 145 Art 41)."""

    PERFORMANCE_RULES = "36.1.a"
    REDUNDANCY = "42"
    LABOUR_USE_PLAN = "44"
    WAGE_SCALES = "93"
    BONUS_RULES = "104"
    INTERNAL_RULES = "118"
    SUSPENSION = "128.1"


TRIGGER_LABELS: dict[IncidentTrigger, str] = {
    IncidentTrigger.PERFORMANCE_RULES: QT_TRANSLATE_NOOP(
        "Dialogue", "Criteria for assessing job performance"),
    IncidentTrigger.REDUNDANCY: QT_TRANSLATE_NOOP(
        "Dialogue", "Redundancy for structural, technological or economic reasons"),
    IncidentTrigger.LABOUR_USE_PLAN: QT_TRANSLATE_NOOP("Dialogue", "Labour use plan"),
    IncidentTrigger.WAGE_SCALES: QT_TRANSLATE_NOOP(
        "Dialogue", "Wage scales, pay tables and labour norms"),
    IncidentTrigger.BONUS_RULES: QT_TRANSLATE_NOOP("Dialogue", "Bonus rules"),
    IncidentTrigger.INTERNAL_RULES: QT_TRANSLATE_NOOP("Dialogue", "Internal labour rules"),
    IncidentTrigger.SUSPENSION: QT_TRANSLATE_NOOP("Dialogue", "Suspension of a worker"),
}

_TRIGGER_ARTICLES: dict[IncidentTrigger, str] = {
    IncidentTrigger.PERFORMANCE_RULES: QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 36.1.a"),
    IncidentTrigger.REDUNDANCY: QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 42"),
    IncidentTrigger.LABOUR_USE_PLAN: QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 44"),
    IncidentTrigger.WAGE_SCALES: QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 93"),
    IncidentTrigger.BONUS_RULES: QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 104"),
    IncidentTrigger.INTERNAL_RULES: QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 118"),
    IncidentTrigger.SUSPENSION: QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 128.1"),
}


def trigger_article(trigger: IncidentTrigger) -> str:
    """D11 (Labour Code 2019 Art 63.2.c, Decree 145/2020 Art 41): the article of the event."""
    return _TRIGGER_ARTICLES[IncidentTrigger(trigger)]


class Side(StrEnum):
    EMPLOYER = "employer"
    WORKER = "worker"


class Organisation(StrEnum):
    EMPLOYER = "employer"
    UNION = "union"  # tổ chức đại diện người lao động tại cơ sở (công đoàn)
    OTHER_ORGANISATION = "other_organisation"  # another worker representative organisation
    DIALOGUE_GROUP = "dialogue_group"  # nhóm đại diện đối thoại (Decree 145 Art 37.1)


def side_of(organisation: Organisation) -> Side:
    """The employer sits on the employer side; every other organisation on the worker side."""
    return Side.EMPLOYER if organisation is Organisation.EMPLOYER else Side.WORKER


def check_employer_side(members: int, legal_representative_included: bool) -> RuleCheck:
    """D2 (Decree 145/2020 Art 38.1): at least 3 people, including the legal representative."""
    ok = members >= 3 and legal_representative_included
    template = (QT_TRANSLATE_NOOP("Rules", "{members} employer representatives including the "
                                           "legal representative; at least 3 needed.")
                if legal_representative_included else
                QT_TRANSLATE_NOOP("Rules", "{members} employer representatives, the legal "
                                           "representative not among them; at least 3 needed, "
                                           "including the legal representative."))
    return RuleCheck(ok, RuleOutcome("D2", QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 38.1"),
                                     template, (("members", members),)))


@dataclass(frozen=True)
class WorkerSideBand:
    minimum: int
    maximum: int | None  # None: no upper figure in the decree
    why: RuleOutcome


# (headcount below which the band applies, minimum, maximum), Decree 145/2020 Art 38.2.a1-a6.
_BANDS = ((50, 3, None), (150, 4, 8), (300, 9, 13), (500, 14, 18), (1000, 19, 23))
_ART_38_2_A = QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 38.2.a")


def worker_side_band(headcount: int) -> WorkerSideBand:
    """D3 (Decree 145/2020 Art 38.2.a): the worker side's size by the enterprise's headcount.
    "At least from 4 to 8" is read as a band whose exact figure the democracy regulation fixes
    (legal-vn.md §9.3); the program checks the lower bound."""
    if headcount < 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The enterprise must have at least one worker; {headcount} given."),
            headcount=headcount)
    minimum, maximum = 24, None
    for below, low, high in _BANDS:
        if headcount < below:
            minimum, maximum = low, high
            break
    if maximum is None:
        return WorkerSideBand(minimum, None, RuleOutcome("D3", _ART_38_2_A, QT_TRANSLATE_NOOP(
            "Rules", "{headcount} workers: at least {minimum} worker representatives."),
            (("headcount", headcount), ("minimum", minimum))))
    return WorkerSideBand(minimum, maximum, RuleOutcome("D3", _ART_38_2_A, QT_TRANSLATE_NOOP(
        "Rules", "{headcount} workers: {minimum} to {maximum} worker representatives, the "
                 "number set by the democracy regulation; at least {minimum}."),
        (("headcount", headcount), ("minimum", minimum), ("maximum", maximum))))


def check_worker_side(members: int, headcount: int) -> RuleCheck:
    """D3 (Decree 145/2020 Art 38.2.a): the worker side has at least the band's lower bound."""
    band = worker_side_band(headcount)
    params = (("members", members), *band.why.params)
    if band.maximum is None:
        template = QT_TRANSLATE_NOOP("Rules", "{members} worker representatives for {headcount} "
                                              "workers; at least {minimum} needed.")
    else:
        template = QT_TRANSLATE_NOOP("Rules", "{members} worker representatives for {headcount} "
                                              "workers; at least {minimum} needed (band "
                                              "{minimum} to {maximum}).")
    return RuleCheck(members >= band.minimum, RuleOutcome("D3", _ART_38_2_A, template, params))


def split_worker_seats(seats: int, membership: Mapping[Organisation, int]
                       ) -> dict[Organisation, int]:
    """D4 (Decree 145/2020 Art 38.2.b): worker-side seats split in proportion to each worker
    organisation's membership, by the largest remainder (ties to the larger membership, then
    the Organisation order). When seats allow, every organisation with members gets at least
    one (conference_rules.allocate_seats), since each must sign the minutes (Art 39.4);
    with fewer seats than organisations the plain largest remainder decides. Organisations
    without members get 0."""
    if seats < 1 or any(count < 0 for count in membership.values()):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Seats must be at least 1 and memberships cannot be negative."))
    if Organisation.EMPLOYER in membership:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The employer holds no worker-side seats."))
    order = list(Organisation)
    members = {Organisation(k): v for k, v in membership.items()}
    active = sorted((k for k, v in members.items() if v > 0), key=order.index)
    if not active:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No worker organisation has members to share the seats."))
    result = dict.fromkeys(members, 0)
    if seats >= len(active):
        result.update(allocate_seats({k: members[k] for k in active}, seats))
        return result
    total = sum(members[k] for k in active)
    ranked = sorted(active, key=lambda k: (-(seats * members[k] % total), -members[k],
                                           order.index(k)))
    for key in active:
        result[key] = seats * members[key] // total
    for key in ranked[:seats - sum(result.values())]:
        result[key] += 1
    return result


def renewal_due(determined_on: date, calendar: WorkCalendar) -> Clock:
    """D5 (Decree 145/2020 Art 38.3): both sides' lists are fixed at least every 2 years; the
    same day two years on (29/02 → 28/02), moved to a working day (Civil Code 2015 Art 148)."""
    article = QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 38.3")
    try:
        anniversary = determined_on.replace(year=determined_on.year + 2)
    except ValueError:  # 29 February
        anniversary = date(determined_on.year + 2, 2, 28)
    due = calendar.next_working_day(anniversary)
    params = (("start", dmy(determined_on)), ("limit", dmy(anniversary)), ("due", dmy(due)))
    if due == anniversary:
        return Clock(due, RuleOutcome("D5", article, QT_TRANSLATE_NOOP(
            "Rules", "Lists fixed on {start}; renewed at least every 2 years: by {due}."),
            params))
    return Clock(due, RuleOutcome("D5", article, QT_TRANSLATE_NOOP(
        "Rules", "Lists fixed on {start}; renewed at least every 2 years: {limit}, a rest day "
                 "or holiday, moved to the next working day: by {due}."), params))


def periodic_dialogue_check(year: int, held_on: Iterable[date]) -> RuleCheck:
    """D1 (Labour Code 2019 Art 63.2.a): at least one periodic dialogue in each year."""
    count = sum(1 for day in held_on if day.year == year)
    article = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 63.2.a")
    return RuleCheck(count >= 1, RuleOutcome("D1", article, QT_TRANSLATE_NOOP(
        "Rules", "Periodic dialogues held in {year}: {count}; at least one a year."),
        (("count", count), ("year", year))))


def agenda_due(dialogue_on: date, calendar: WorkCalendar) -> Clock:
    """D6 (Decree 145/2020 Art 39.3): each side sends its content no later than 5 working days
    before the periodic dialogue."""
    return working_days_before("D6", QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 39.3"),
                               dialogue_on, 5, calendar)


@dataclass(frozen=True)
class DialogueQuorum:
    met: bool
    required: int  # the smallest number of worker representatives that is more than 70%
    why: RuleOutcome


def check_dialogue_quorum(employer_representative_present: bool, present: int, listed: int
                          ) -> DialogueQuorum:
    """D7 (Decree 145/2020 Art 39.4): the employer's legal representative (or an authorised
    person) present and MORE than 70% of the listed worker representatives; exactly 70% fails."""
    if listed < 1 or not 0 <= present <= listed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Worker representatives present ({present}) must be between 0 and those "
                      "on the list ({listed}), and the list cannot be empty."),
            present=present, listed=listed)
    required = listed * 7 // 10 + 1
    met = employer_representative_present and present * 10 > listed * 7
    percent = f"{present * 100 // listed}"
    params = (("present", present), ("listed", listed), ("percent", percent),
              ("required", required))
    article = QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 39.4")
    if employer_representative_present:
        return DialogueQuorum(met, required, RuleOutcome("D7", article, QT_TRANSLATE_NOOP(
            "Rules", "{present} of {listed} worker representatives present ({percent}%); more "
                     "than 70% needed, that is at least {required}."), params))
    return DialogueQuorum(met, required, RuleOutcome("D7", article, QT_TRANSLATE_NOOP(
        "Rules", "The employer's legal representative or an authorised person is absent, so "
                 "the dialogue cannot proceed; {present} of {listed} worker representatives "
                 "present ({percent}%), at least {required} needed."), params))


def minutes_signatories(worker_organisations: Iterable[Organisation]) -> tuple[Organisation, ...]:
    """D8 (Decree 145/2020 Art 39.4): the employer's legal representative (or authorised person)
    signs, then the representative of each worker organisation and of the dialogue group."""
    present = {Organisation(o) for o in worker_organisations}
    return (Organisation.EMPLOYER,
            *(o for o in Organisation if o is not Organisation.EMPLOYER and o in present))


def notice_due(ended_on: date, calendar: WorkCalendar) -> Clock:
    """D9 (Decree 145/2020 Arts 39.5, 40.4, 41.1.e): the employer publishes the main points no
    later than 3 working days after the dialogue ends."""
    return working_days_after("D9", QT_TRANSLATE_NOOP(
        "Rules", "Decree 145/2020 Arts 39.5, 40.4, 41.1.e"), ended_on, 3, calendar)


def check_request_support(supporters: int, listed: int) -> RuleCheck:
    """D10 (Decree 145/2020 Art 40.1.b): a worker-side request needs the approval of at least
    30% of the worker representatives; exactly 30% is enough."""
    if listed < 1 or not 0 <= supporters <= listed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Supporters ({supporters}) must be between 0 and the worker "
                      "representatives on the list ({listed})."),
            supporters=supporters, listed=listed)
    needed = (listed * 3 + 9) // 10
    return RuleCheck(supporters * 10 >= listed * 3, RuleOutcome(
        "D10", QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 40.1.b"), QT_TRANSLATE_NOOP(
            "Rules", "{supporters} of {listed} worker representatives back the request; at "
                     "least 30% needed, that is {needed}."),
        (("supporters", supporters), ("listed", listed), ("needed", needed))))


def reply_due(received_on: date, calendar: WorkCalendar) -> Clock:
    """D10 (Decree 145/2020 Art 40.2): a written reply no later than 5 working days after the
    request is received."""
    return working_days_after("D10", QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 40.2"),
                              received_on, 5, calendar)


_FEW_WORDS = 3


def has_substantive_content(items: Iterable[tuple[str, str, str, str]]) -> bool:
    """Whether minutes record anything (Decree 145/2020 Art 39.4 wants the course of the
    dialogue written down). Per item: employer position, worker position, agreed, disagreed.
    False when no item has agreed or disagreed text and no position is longer than a few words:
    the "sham minutes" warning."""
    for employer, worker, agreed, disagreed in items:
        if agreed.strip() or disagreed.strip():
            return True
        if any(len(text.split()) > _FEW_WORDS for text in (employer, worker)):
            return True
    return False
