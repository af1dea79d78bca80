"""The enterprise collective labour agreement, rules A1-A5 (DOMAIN.md), as pure functions.

Labour Code 2019 Art 76 (vote of all workers, signing), Art 77 (filing), Art 78 (effective
date, term), Art 83 (expiry and renewal). A6 (Art 82, amendment by the same procedure) is a
new bargaining round, handled by the services.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .calendar import WorkCalendar
from .clocks import Clock, days_after, dmy
from .conference_rules import RuleOutcome
from .errors import QT_TRANSLATE_NOOP, ValidationError

MIN_TERM_MONTHS = 12
MAX_TERM_MONTHS = 36
RENEWAL_DAYS = 90

_ART_76_1 = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 76.1")
_ART_78 = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 78")
_ART_83 = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 83")


@dataclass(frozen=True)
class AgreementVote:
    passed: bool
    needed: int  # the smallest number in favour that passes
    workforce: int
    in_favour: int
    why: RuleOutcome


def decide_agreement_vote(workforce: int, issued: int, returned: int, in_favour: int,
                          against: int, invalid: int) -> AgreementVote:
    """A1 (Labour Code 2019 Art 76.1): the draft may be signed only if MORE than 50% of ALL the
    enterprise's workers vote in favour. The base is the whole workforce, not those who voted:
    ballots not returned, against and invalid all count against. Exactly half fails."""
    if min(workforce, issued, returned, in_favour, against, invalid) < 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Numbers of workers, ballots and votes cannot be negative."))
    if workforce < 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The enterprise must have at least one worker; {workforce} given."),
            workforce=workforce)
    if issued > workforce:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "More ballots were issued ({issued}) than the enterprise has workers "
                      "({workforce})."), issued=issued, workforce=workforce)
    if returned > issued:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "More ballots were returned ({returned}) than issued ({issued})."),
            returned=returned, issued=issued)
    if in_favour + against + invalid != returned:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Votes in favour ({in_favour}), against ({against}) and invalid "
                      "({invalid}) add up to {total}, not to the {returned} ballots returned."),
            in_favour=in_favour, against=against, invalid=invalid,
            total=in_favour + against + invalid, returned=returned)
    needed = workforce // 2 + 1
    tenths = in_favour * 1000 // workforce  # rounded down: never shows more than was reached
    return AgreementVote(in_favour * 2 > workforce, needed, workforce, in_favour, RuleOutcome(
        "A1", _ART_76_1, QT_TRANSLATE_NOOP(
            "Rules", "{in_favour} in favour of {workforce} workers of the enterprise "
                     "({percent}%); more than half of all workers needed, that is at least "
                     "{needed}."),
        (("in_favour", in_favour), ("workforce", workforce),
         ("percent", f"{tenths // 10}.{tenths % 10}"), ("needed", needed))))


def check_signing(vote_passed: bool | None, vote_on: date | None, signed_on: date) -> RuleOutcome:
    """A1 (Labour Code 2019 Art 76.1): signing only after a vote of all workers that passed,
    and not before the day of that vote."""
    if not vote_passed or vote_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The agreement may be signed only after more than half of all workers "
                      "voted for it (Labour Code Art 76.1)."))
    if signed_on < vote_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The agreement cannot be signed ({signed}) before the vote ({vote})."),
            signed=dmy(signed_on), vote=dmy(vote_on))
    return RuleOutcome("A1", _ART_76_1, QT_TRANSLATE_NOOP(
        "Rules", "Approved by the vote of {vote}; signed on {signed}."),
        (("vote", dmy(vote_on)), ("signed", dmy(signed_on))))


def filing_due(signed_on: date, calendar: WorkCalendar) -> Clock:
    """A2 (Labour Code 2019 Art 77): one copy to the provincial labour authority within 10 days
    of signing."""
    return days_after("A2", QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 77"), signed_on,
                      10, calendar)


def effective_from(signed_on: date, written: date | None) -> tuple[date, RuleOutcome]:
    """A3 (Labour Code 2019 Art 78.1): the date agreed and written in the agreement, else the
    signing date."""
    article = QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 78.1")
    if written is None:
        return signed_on, RuleOutcome("A3", article, QT_TRANSLATE_NOOP(
            "Rules", "No effective date written: in force from the signing, {signed}."),
            (("signed", dmy(signed_on)),))
    if written < signed_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The agreement cannot take effect ({written}) before it is signed "
                      "({signed})."), written=dmy(written), signed=dmy(signed_on))
    return written, RuleOutcome("A3", article, QT_TRANSLATE_NOOP(
        "Rules", "In force from {written}, as written in the agreement (signed on {signed})."),
        (("written", dmy(written)), ("signed", dmy(signed_on))))


def check_term(months: int) -> RuleOutcome:
    """A4 (Labour Code 2019 Art 78.3): the term of the agreement, or of one of its clauses, is
    1 to 3 years: 12 to 36 months inclusive."""
    if not MIN_TERM_MONTHS <= months <= MAX_TERM_MONTHS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The term of an agreement (or of a clause) must be from 1 to 3 years (12 "
                      "to 36 months); {months} months given."), months=months)
    return RuleOutcome("A4", QT_TRANSLATE_NOOP("Rules", "Labour Code 2019 Art 78.3"),
                       QT_TRANSLATE_NOOP(
        "Rules", "A term of {months} months, within 1 to 3 years."), (("months", months),))


def expires_on(effective: date, months: int) -> date:
    """A4 (Labour Code 2019 Art 78.3; counted as Civil Code 2015 Art 148.1): the last day in
    force, the day before the same day ``months`` later; when that month has no such day, its
    last day (effective 29/02/2028 for 12 months: 28/02/2029; 31/01/2027 for 13: 29/02/2028)."""
    index = effective.month - 1 + months
    year, month = effective.year + index // 12, index % 12 + 1
    last = monthrange(year, month)[1]
    if effective.day > last:
        return date(year, month, last)
    return date(year, month, effective.day) - timedelta(days=1)


def renewal_opens(expires: date) -> date:
    """A5 (Labour Code 2019 Art 83.1): bargaining to extend or replace may start within the 90
    days before expiry."""
    return expires - timedelta(days=RENEWAL_DAYS)


def survives_until(expires: date) -> date:
    """A5 (Labour Code 2019 Art 83.2): while bargaining goes on past expiry, the agreement stays
    in force for up to 90 days after it."""
    return expires + timedelta(days=RENEWAL_DAYS)


class Standing(StrEnum):
    NOT_YET = "not_yet"
    IN_FORCE = "in_force"
    RENEWAL_WINDOW = "renewal_window"  # in force, 90 days or fewer to expiry
    SURVIVING = "surviving"  # expired, renewal talks going on, 90 days or fewer since
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


def standing(effective: date, expires: date, today: date, renewal_talks: bool,
             superseded: bool) -> tuple[Standing, RuleOutcome]:
    """A3-A5 (Labour Code 2019 Arts 78, 83): where the agreement stands on ``today``."""
    if expires < effective:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "An agreement cannot expire ({expires}) before it takes effect "
                      "({effective})."), expires=dmy(expires), effective=dmy(effective))
    opens, survives = renewal_opens(expires), survives_until(expires)
    params = (("effective", dmy(effective)), ("expires", dmy(expires)), ("opens", dmy(opens)),
              ("survives", dmy(survives)), ("days", abs((expires - today).days)))
    if superseded:
        return Standing.SUPERSEDED, RuleOutcome("A5", _ART_83, QT_TRANSLATE_NOOP(
            "Rules", "Replaced by a newer agreement."), params)
    if today < effective:
        return Standing.NOT_YET, RuleOutcome("A3", _ART_78, QT_TRANSLATE_NOOP(
            "Rules", "Takes effect on {effective}."), params)
    if today < opens:
        return Standing.IN_FORCE, RuleOutcome("A4", _ART_78, QT_TRANSLATE_NOOP(
            "Rules", "In force from {effective} to {expires}; renewal talks may start from "
                     "{opens}."), params)
    if today <= expires:
        return Standing.RENEWAL_WINDOW, RuleOutcome("A5", _ART_83, QT_TRANSLATE_NOOP(
            "Rules", "Expires on {expires}, in {days} days: the parties may bargain to extend "
                     "it or sign a new agreement."), params)
    if renewal_talks and today <= survives:
        return Standing.SURVIVING, RuleOutcome("A5", _ART_83, QT_TRANSLATE_NOOP(
            "Rules", "Expired on {expires}; stays in force while renewal talks go on, until "
                     "{survives} at the latest."), params)
    return Standing.EXPIRED, RuleOutcome("A5", _ART_83, QT_TRANSLATE_NOOP(
        "Rules", "Expired on {expires}."), params)
