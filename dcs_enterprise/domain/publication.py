"""Publication by the employer (rules P2, P3): in which form, and, where the regime binds it,
how soon and how long.

Decree 145/2020 Art 43.2 lists the forms. Law 10/2022 Arts 65.2 and 66 (state-owned
enterprises, and those that opt in) add the timing: published no later than 15 days after the
decision, posted at least 20 consecutive days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .settings import DemocracySettings

PUBLISH_WITHIN_DAYS = 15
POSTED_AT_LEAST_DAYS = 20


class PublicationForm(StrEnum):
    NOTICE_BOARD = "notice_board"  # niêm yết
    MEETING = "meeting"  # phổ biến tại hội nghị, cuộc họp, đối thoại
    WRITTEN_TO_UNION = "written_to_union"  # thông báo bằng văn bản cho công đoàn
    INTERNAL_SYSTEM = "internal_system"  # hệ thống thông tin nội bộ
    OTHER = "other"


@dataclass(frozen=True)
class TimingCheck:
    met: bool
    rule_id: str
    article: str
    template: str  # "Rules" catalogue string
    params: tuple[tuple[str, object], ...]


def check_publication(decided: date, published_from: date, published_until: date | None,
                      settings: DemocracySettings) -> TimingCheck | None:
    """P3 where the regime binds it (None otherwise): within 15 days of the decision, and
    posted for 20 consecutive days or more (the first day counts)."""
    if published_from < decided:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A publication cannot start before the decision it publishes."))
    if published_until is not None and published_until < published_from:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The publication cannot end before it starts."))
    if not settings.soe_rules:
        return None
    latest = decided + timedelta(days=PUBLISH_WITHIN_DAYS)
    posted = None if published_until is None else (published_until - published_from).days + 1
    met = published_from <= latest and (posted is None or posted >= POSTED_AT_LEAST_DAYS)
    return TimingCheck(met, "P3", QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Arts 65.2, 66"), QT_TRANSLATE_NOOP(
        "Rules", "Published from {start} (no later than {latest}); posted {posted} days "
                 "(at least {minimum})."),
        (("start", published_from.strftime("%d/%m/%Y")), ("latest", latest.strftime("%d/%m/%Y")),
         ("posted", "…" if posted is None else posted), ("minimum", POSTED_AT_LEAST_DAYS)))


class PublishedMatter(StrEnum):
    """What the employer publishes (rule P1): Decree 145/2020 Art 43.1 a-g, and for SOEs and
    opt-in enterprises the democracy regulation and the handling of petitions (Law 10/2022
    Art 64)."""

    BUSINESS = "business"  # a: production and business situation
    INTERNAL_RULES = "internal_rules"  # b: internal rules, wage scales and tables, norms
    AGREEMENT = "agreement"  # c: collective agreements
    FUNDS = "funds"  # d: reward, welfare and worker-contributed funds
    CONTRIBUTIONS = "contributions"  # e: union fee and insurance payments
    EMULATION_DISCIPLINE = "emulation_discipline"  # f: emulation, reward, discipline, complaints
    DEMOCRACY_REGULATION = "democracy_regulation"  # Law 10/2022 Art 64 (SOE list)
    PETITION_HANDLING = "petition_handling"  # Law 10/2022 Art 64 (SOE list)
    OTHER = "other"  # g: other content the law requires


MATTER_LABELS = {
    PublishedMatter.BUSINESS: QT_TRANSLATE_NOOP("Publication", "Production and business "
                                                               "situation"),
    PublishedMatter.INTERNAL_RULES: QT_TRANSLATE_NOOP(
        "Publication", "Internal rules, wage scales and tables, labour norms"),
    PublishedMatter.AGREEMENT: QT_TRANSLATE_NOOP("Publication", "Collective labour agreement"),
    PublishedMatter.FUNDS: QT_TRANSLATE_NOOP("Publication", "Reward, welfare and "
                                                            "worker-contributed funds"),
    PublishedMatter.CONTRIBUTIONS: QT_TRANSLATE_NOOP(
        "Publication", "Union fee and social, health and unemployment insurance payments"),
    PublishedMatter.EMULATION_DISCIPLINE: QT_TRANSLATE_NOOP(
        "Publication", "Emulation, rewards, discipline, complaints and denunciations"),
    PublishedMatter.DEMOCRACY_REGULATION: QT_TRANSLATE_NOOP("Publication",
                                                            "Democracy regulation"),
    PublishedMatter.PETITION_HANDLING: QT_TRANSLATE_NOOP("Publication",
                                                         "Handling of petitions and feedback"),
    PublishedMatter.OTHER: QT_TRANSLATE_NOOP("Publication", "Other content required by law"),
}
P1_ARTICLE = QT_TRANSLATE_NOOP("Rules", "Decree 145/2020 Art 43.1")
