"""Words the supervision and petition screens share: statuses, channels, categories, subjects
and sources in the user's language, who filed a petition as the reader may know it (rule S3),
a due date with how it was counted, the next steps a role may take, and the combo boxes that
offer them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox

from ...domain.conference_rules import RuleOutcome
from ...domain.enums import Role
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.permissions import Action, can
from ...domain.petitions import CATEGORY_LABELS, CHANNEL_LABELS, Category, Channel
from ...domain.supervision import (
    AWAITING_ANSWER,
    NEXT,
    STATUS_LABELS,
    Source,
    Status,
    Subject,
)
from ...services.petitions import CLOSING_STEPS
from .conference_text import dmy, rule_text

translate = QCoreApplication.translate

SUBJECT_LABELS = {  # Decree 145/2020 Art 46
    Subject.CONTRACTS_AGREEMENT: QT_TRANSLATE_NOOP(
        "SupervisionText", "Labour contracts and the collective agreement"),
    Subject.INTERNAL_RULES: QT_TRANSLATE_NOOP("SupervisionText",
                                              "Internal rules and regulations"),
    Subject.FUNDS: QT_TRANSLATE_NOOP("SupervisionText",
                                     "Reward, welfare and worker-contributed funds"),
    Subject.CONTRIBUTIONS: QT_TRANSLATE_NOOP(
        "SupervisionText", "Union fee and social, health and unemployment insurance"),
    Subject.EMULATION_DISCIPLINE: QT_TRANSLATE_NOOP(
        "SupervisionText", "Emulation, rewards, discipline and complaints"),
    Subject.OTHER: QT_TRANSLATE_NOOP("SupervisionText", "Other matters"),
}
SOURCE_LABELS = {
    Source.SUPERVISION: QT_TRANSLATE_NOOP("SupervisionText", "Supervision plan"),
    Source.PETITION: QT_TRANSLATE_NOOP("SupervisionText", "Petition"),
    Source.CONFERENCE: QT_TRANSLATE_NOOP("SupervisionText", "Conference resolution"),
    Source.DIALOGUE: QT_TRANSLATE_NOOP("SupervisionText", "Dialogue action"),
    Source.AGREEMENT: QT_TRANSLATE_NOOP("SupervisionText", "Agreement clause"),
    Source.INSPECTION: QT_TRANSLATE_NOOP("SupervisionText", "Inspection or own motion"),
}


def today() -> date:
    """The screens decide what today is; the services are told."""
    return QDate.currentDate().toPython()


def status_name(status: Status) -> str:
    return translate("Supervision", STATUS_LABELS[status])


def channel_name(channel: Channel) -> str:
    return translate("Petitions", CHANNEL_LABELS[channel])


def category_name(category: Category) -> str:
    return translate("Petitions", CATEGORY_LABELS[category])


def subject_name(subject: Subject) -> str:
    return translate("SupervisionText", SUBJECT_LABELS[subject])


def source_name(source: Source) -> str:
    return translate("SupervisionText", SOURCE_LABELS[source])


def petitioner_text(row) -> str:
    """Who filed a petition, as this reader may know it: "Anonymous" when hidden (S3)."""
    if row.identity_hidden:
        return translate("SupervisionText", "Anonymous")
    if row.anonymous:
        if not row.petitioner:
            return translate("SupervisionText", "Anonymous")
        return translate("SupervisionText", "{name} (anonymous)").format(name=row.petitioner)
    return row.petitioner


def status_text(status: Status, overdue: bool) -> str:
    text = status_name(status)
    if overdue:
        text = translate("SupervisionText", "{status}, overdue").format(status=text)
    return text


def register_counts(rows, summary: str) -> str:
    """A register's count line: ``summary`` (translated, with {count} and {waiting}: those
    still awaiting the employer's answer), then how many are overdue when any are."""
    waiting = sum(r.status in AWAITING_ANSWER for r in rows)
    text = summary.format(count=len(rows), waiting=waiting)
    late = sum(r.overdue for r in rows)
    if not late:
        return text
    return translate("SupervisionText", "{counts}; overdue: {late}").format(counts=text,
                                                                             late=late)


def why_text(why: RuleOutcome | None) -> str:
    """How a due date was counted, and its legal ground; '' when it was set by hand."""
    if why is None:
        return translate("SupervisionText", "set by hand")
    article = translate("Rules", why.article)
    source = (translate("SupervisionText", "rule {rule}, {article}").format(
        rule=why.rule_id, article=article) if why.rule_id else article)
    return f"{rule_text(why)} ({source})"


def due_text(due: date | None, why: RuleOutcome | None) -> str:
    if due is None:
        return translate("SupervisionText", "no due date yet")
    return f"{dmy(due)}\n{why_text(why)}"


def step_action(current: Status, new: Status) -> Action:
    """The employer answers or refuses a recommendation it received; every other step of an
    item is the union's."""
    if current is Status.SENT and new in (Status.ANSWERED, Status.REJECTED):
        return Action.ANSWER_ITEMS
    return Action.RAISE_ITEMS


def item_steps(role: Role, current: Status) -> list[Status]:
    """The next statuses of an item this role may record, in life-cycle order."""
    return [s for s in Status if s in NEXT[current] and can(role, step_action(current, s))]


def petition_closings(current: Status) -> list[Status]:
    """What the union may record of a petition sent to the employer: resolved or escalated
    after the answer (or the refusal), escalated without an answer, and how an escalated one
    ended."""
    return [s for s in Status if s in CLOSING_STEPS.get(current, ())]


def enum_box(object_name: str, values: Iterable, label, everything: str = "",
             shortest: int = 0) -> QComboBox:
    """A combo box of enumeration values, their labels shown and the value as the data; with
    `everything`, a first entry (data None) for no filter."""
    box = QComboBox()
    box.setObjectName(object_name)
    if everything:
        box.addItem(everything, None)
    for value in values:
        box.addItem(label(value), value.value)
    if shortest:
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(shortest)
    return box


def choose(box: QComboBox, value) -> None:
    index = box.findData(value.value if hasattr(value, "value") else value)
    if index >= 0:
        box.setCurrentIndex(index)
