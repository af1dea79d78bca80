"""Collective bargaining and the agreement as two small state machines (DOMAIN.md "3.").

A round: requested → arranged (time and place agreed, rule B1) → negotiating (a session held)
→ concluded (the parties agree on a draft) or failed (rule B5). Its agreement: draft → voted
(rule A1 passed; the voted text is frozen) → signed (final) → filed (rule A2). An amendment or a
renewal (A5, A6) is a new round of its own kind with the same steps.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, ValidationError


class RoundKind(StrEnum):
    NEW = "new"
    AMENDMENT = "amendment"  # rule A6, Labour Code Art 82
    RENEWAL = "renewal"  # rule A5, Art 83: a new agreement or an extension before expiry


class RoundStage(StrEnum):
    REQUESTED = "requested"
    ARRANGED = "arranged"
    NEGOTIATING = "negotiating"
    CONCLUDED = "concluded"
    FAILED = "failed"


class AgreementStage(StrEnum):
    DRAFT = "draft"
    VOTED = "voted"
    SIGNED = "signed"
    FILED = "filed"


ROUND_KIND_LABELS = {
    RoundKind.NEW: QT_TRANSLATE_NOOP("Bargaining", "New agreement"),
    RoundKind.AMENDMENT: QT_TRANSLATE_NOOP("Bargaining", "Amendment"),
    RoundKind.RENEWAL: QT_TRANSLATE_NOOP("Bargaining", "Renewal"),
}
ROUND_STAGE_LABELS = {
    RoundStage.REQUESTED: QT_TRANSLATE_NOOP("Bargaining", "Requested"),
    RoundStage.ARRANGED: QT_TRANSLATE_NOOP("Bargaining", "Time and place agreed"),
    RoundStage.NEGOTIATING: QT_TRANSLATE_NOOP("Bargaining", "Negotiating"),
    RoundStage.CONCLUDED: QT_TRANSLATE_NOOP("Bargaining", "Draft agreed"),
    RoundStage.FAILED: QT_TRANSLATE_NOOP("Bargaining", "Failed"),
}
AGREEMENT_STAGE_LABELS = {
    AgreementStage.DRAFT: QT_TRANSLATE_NOOP("Agreement", "Draft"),
    AgreementStage.VOTED: QT_TRANSLATE_NOOP("Agreement", "Approved by the workers' vote"),
    AgreementStage.SIGNED: QT_TRANSLATE_NOOP("Agreement", "Signed"),
    AgreementStage.FILED: QT_TRANSLATE_NOOP("Agreement", "Signed and filed"),
}


def require_round(stage: RoundStage, *allowed: RoundStage) -> None:
    if stage in allowed:
        return
    if stage is RoundStage.FAILED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Bargaining", "This bargaining has failed; a new request starts a new round."),
            context="Bargaining")
    if stage is RoundStage.REQUESTED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Bargaining", "Record the agreed time and place of the bargaining first."),
            context="Bargaining")
    if stage in (RoundStage.ARRANGED, RoundStage.NEGOTIATING):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Bargaining", "The parties have not yet agreed on a draft: record the session "
                          "that concluded the bargaining first."), context="Bargaining")
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Bargaining", "The bargaining is concluded; its draft now goes to the workers' vote."),
        context="Bargaining")


def require_agreement(stage: AgreementStage, *allowed: AgreementStage) -> None:
    if stage in allowed:
        return
    if stage in (AgreementStage.SIGNED, AgreementStage.FILED):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Agreement", "The agreement is signed and final; change it by an amendment "
                         "(Labour Code Art 82)."), context="Agreement")
    if stage is AgreementStage.VOTED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Agreement", "The workers have approved this text; it can no longer be changed. "
                         "Sign it, or bargain again."), context="Agreement")
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Agreement", "The agreement may be signed only after more than half of all workers "
                     "voted for it (Labour Code Art 76.1)."), context="Agreement")
