"""Words the conference screens share: a rule's outcome with its arithmetic and legal ground,
dates in the Vietnamese order, vote verdicts, commitment statuses and publication forms."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ...domain.commitments import Status
from ...domain.conference_rules import RuleOutcome
from ...domain.publication import PublicationForm, TimingCheck

translate = QCoreApplication.translate
GREEN, RED, GREY = "#1b6e20", "#b00020", "#666666"
MET_STYLE = "background: #e6f4ea; color: #1b6e20; border: 1px solid #1b6e20; padding: 6px;"
NOT_MET_STYLE = "background: #fdecea; color: #b00020; border: 1px solid #b00020; padding: 6px;"
NEUTRAL_STYLE = "background: #f3f4f6; color: #333333; border: 1px solid #cccccc; padding: 6px;"


def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def dmy_hm(moment: datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def rule_text(outcome: RuleOutcome | TimingCheck) -> str:
    """The rule's arithmetic in the user's language ("20 of 30 present; …")."""
    return translate("Rules", outcome.template).format(**dict(outcome.params))


def rule_source(outcome: RuleOutcome | TimingCheck) -> str:
    return translate("ConferenceText", "rule {rule}, {article}").format(
        rule=outcome.rule_id, article=translate("Rules", outcome.article))


def rule_line(outcome: RuleOutcome | TimingCheck) -> str:
    """The arithmetic followed by where the rule comes from."""
    return f"{rule_text(outcome)} ({rule_source(outcome)})"


def verdict(passed: bool) -> str:
    return (translate("ConferenceText", "PASSED") if passed
            else translate("ConferenceText", "FAILED"))


def status_label(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("ConferenceText", "Not started"),
        Status.IN_PROGRESS: translate("ConferenceText", "In progress"),
        Status.DONE: translate("ConferenceText", "Done"),
        Status.DROPPED: translate("ConferenceText", "Dropped"),
    }[status]


def publication_form_label(form: PublicationForm) -> str:
    """Decree 145/2020 Art 43.2 (rule P2)."""
    return {
        PublicationForm.NOTICE_BOARD: translate(
            "ConferenceText", "Posted on the notice board at the workplace"),
        PublicationForm.MEETING: translate(
            "ConferenceText", "Announced at a meeting, conference or dialogue"),
        PublicationForm.WRITTEN_TO_UNION: translate(
            "ConferenceText", "Written notice to the workers' representative organisation"),
        PublicationForm.INTERNAL_SYSTEM: translate(
            "ConferenceText", "Internal information system"),
        PublicationForm.OTHER: translate("ConferenceText", "Other form"),
    }[form]


def kind_label(kind: str) -> str:
    return {"minutes": translate("ConferenceText", "Minutes"),
            "resolution": translate("ConferenceText", "Resolution")}.get(kind, kind)


def note_label(name: str) -> QLabel:
    """A wrapping plain-text label for explanations and rule lines."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def show_state(label: QLabel, text: str, met: bool | None) -> None:
    """Green when the rule is met, red when not, grey when it does not apply."""
    label.setText(text)
    label.setStyleSheet(NEUTRAL_STYLE if met is None else MET_STYLE if met else NOT_MET_STYLE)
