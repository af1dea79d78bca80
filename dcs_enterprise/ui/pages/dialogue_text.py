"""Words the workplace-dialogue screens share (DOMAIN.md "2. Dialogue"): kinds, sides,
organisations, incident triggers with their Labour Code article, stages, the D3 band, a legal
clock's state, and today's date as the screen knows it. The rule lines themselves come from
conference_text (rule_line), the house style of every rule shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from ...domain.clocks import Clock
from ...domain.dialogue_rules import (
    TRIGGER_LABELS,
    DialogueKind,
    IncidentTrigger,
    Organisation,
    Side,
    WorkerSideBand,
    trigger_article,
)
from ...domain.dialogue_stages import STAGE_LABELS, DialogueStage
from ...domain.errors import QT_TRANSLATE_NOOP
from .conference_text import dmy, rule_line

translate = QCoreApplication.translate

# Decree 145/2020 Art 38.2.a: the headcount ranges of the bands, by their lower figure.
BAND_RANGES = {
    3: QT_TRANSLATE_NOOP("DialogueText", "Fewer than 50"),
    4: QT_TRANSLATE_NOOP("DialogueText", "50-149"),
    9: QT_TRANSLATE_NOOP("DialogueText", "150-299"),
    14: QT_TRANSLATE_NOOP("DialogueText", "300-499"),
    19: QT_TRANSLATE_NOOP("DialogueText", "500-999"),
    24: QT_TRANSLATE_NOOP("DialogueText", "1,000 or more"),
}


def today() -> date:
    """The day as the screen knows it (tests may patch it)."""
    return QDate.currentDate().toPython()


def kind_name(kind: DialogueKind) -> str:
    return {DialogueKind.PERIODIC: translate("DialogueText", "Periodic dialogue"),
            DialogueKind.REQUEST: translate("DialogueText", "Dialogue on request"),
            DialogueKind.INCIDENT: translate("DialogueText", "Dialogue on an incident")}[kind]


def side_name(side: Side) -> str:
    return {Side.EMPLOYER: translate("DialogueText", "Employer side"),
            Side.WORKER: translate("DialogueText", "Worker side")}[side]


def organisation_name(organisation: Organisation) -> str:
    return {
        Organisation.EMPLOYER: translate("DialogueText", "Employer"),
        Organisation.UNION: translate("DialogueText", "Grassroots trade union"),
        Organisation.OTHER_ORGANISATION: translate(
            "DialogueText", "Other worker representative organisation"),
        Organisation.DIALOGUE_GROUP: translate("DialogueText", "Dialogue representative group"),
    }[organisation]


def stage_name(stage: DialogueStage) -> str:
    return translate("Dialogue", STAGE_LABELS[stage])


def trigger_name(trigger: IncidentTrigger) -> str:
    """"Redundancy … (Labour Code 2019 Art 42)"."""
    return translate("DialogueText", "{label} ({article})").format(
        label=translate("Dialogue", TRIGGER_LABELS[trigger]),
        article=translate("Rules", trigger_article(trigger)))


def band_text(band: WorkerSideBand) -> str:
    """D3: "150-299 workers: at least 9, from 9 to 13"."""
    workers = translate("DialogueText", BAND_RANGES.get(band.minimum, ""))
    if band.maximum is None:
        return translate("DialogueText", "{range} workers: at least {minimum}").format(
            range=workers, minimum=band.minimum)
    return translate("DialogueText", "{range} workers: at least {minimum}, from {minimum} to "
                                     "{maximum}").format(range=workers, minimum=band.minimum,
                                                         maximum=band.maximum)


def clock_state(clock: Clock, done: date | None, on_time: bool | None,
                day: date) -> tuple[str, bool | None]:
    """A deadline's line and colour: met (green) when done on time, not met (red) when done
    late or when the day is past and nothing is done yet, neutral while it runs."""
    line = rule_line(clock.why)
    if done is not None:
        state = (translate("DialogueText", "done on {day}, on time") if on_time
                 else translate("DialogueText", "done on {day}, LATE")).format(day=dmy(done))
        return f"{line} — {state}", bool(on_time)
    if day > clock.due:
        return f"{line} — " + translate("DialogueText", "not done, the deadline has passed"), \
            False
    return f"{line} — " + translate("DialogueText", "not done yet"), None


def on_time_text(done: date | None, on_time: bool | None) -> str:
    if done is None:
        return translate("DialogueText", "not sent yet")
    if on_time is None:
        return translate("DialogueText", "sent on {day}").format(day=dmy(done))
    return (translate("DialogueText", "sent on {day}, on time") if on_time
            else translate("DialogueText", "sent on {day}, LATE")).format(day=dmy(done))
