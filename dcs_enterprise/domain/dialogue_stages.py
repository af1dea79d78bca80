"""A dialogue's life (DOMAIN.md "2. Dialogue"): requested → scheduled → held → signed →
published. Only a dialogue on request starts as requested: its reply (rule D10, Decree 145
Art 40.2) agrees the time and place. Held needs the quorum of rule D7; signed minutes are final
(Art 39.4); the notice of the main points (D9) publishes it.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, ValidationError


class DialogueStage(StrEnum):
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    HELD = "held"
    SIGNED = "signed"
    PUBLISHED = "published"


ORDER = tuple(DialogueStage)

STAGE_LABELS: dict[DialogueStage, str] = {
    DialogueStage.REQUESTED: QT_TRANSLATE_NOOP("Dialogue", "Requested, awaiting the reply"),
    DialogueStage.SCHEDULED: QT_TRANSLATE_NOOP("Dialogue", "Scheduled"),
    DialogueStage.HELD: QT_TRANSLATE_NOOP("Dialogue", "Held, minutes being written"),
    DialogueStage.SIGNED: QT_TRANSLATE_NOOP("Dialogue", "Minutes signed"),
    DialogueStage.PUBLISHED: QT_TRANSLATE_NOOP("Dialogue", "Main points published"),
}


def require_stage(stage: DialogueStage, *allowed: DialogueStage) -> None:
    """Refuses a step the dialogue's stage does not allow, saying why in the user's terms."""
    if stage in allowed:
        return
    if ORDER.index(stage) >= ORDER.index(DialogueStage.SIGNED):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Dialogue", "The minutes of this dialogue are signed and final; they cannot be "
                        "changed."), context="Dialogue")
    if stage is DialogueStage.REQUESTED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Dialogue", "Record the reply that agrees the time and place first."),
            context="Dialogue")
    if stage is DialogueStage.SCHEDULED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Dialogue", "Record the attendance and open the dialogue first."), context="Dialogue")
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Dialogue", "This step is no longer possible: the dialogue has been held."),
        context="Dialogue")
