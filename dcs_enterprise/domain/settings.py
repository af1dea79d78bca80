"""The enterprise's democracy regulation (quy chế dân chủ) as settings with sourced defaults.

Decree 145/2020 Art 47.3 leaves most conference details to each company's regulation, so the
program keeps them here. Every default says where it comes from (SETTING_SOURCES).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from fractions import Fraction

from .enums import Regime
from .errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True)
class DemocracySettings:
    regime: Regime = Regime.NON_STATE
    # Conference quorum as a fraction of those summoned (rule C3): at least num/den.
    quorum_numerator: int = 2
    quorum_denominator: int = 3
    # A resolution passes with MORE than this percentage of those present in favour (rule C4).
    pass_threshold_percent: int = 50
    # Below this headcount the conference is a full conference (rule C2).
    full_conference_below: int = 100
    fiscal_year_end_month: int = 12
    # SOE: conference within this many months after the financial year ends (rule C5).
    conference_months_after_year_end: int = 3
    # Weekly rest days as Python weekday numbers (Monday 0 ... Sunday 6).
    rest_weekdays: tuple[int, ...] = (6,)
    petition_answer_days: int = 15
    supervision_answer_days: int = 15
    labour_authority: str = "Sở Nội vụ tỉnh/thành phố …"
    company_doc_symbol: str = "CT"
    union_doc_symbol: str = "CĐCS"
    company_has_seal: bool = True
    union_has_seal: bool = True

    @property
    def soe_rules(self) -> bool:
        """Whether Law 10/2022's section for state-owned enterprises binds (C2-C7, P3, S1-S2):
        a state-owned enterprise, or one that opted in (Art 82.2)."""
        return self.regime in (Regime.SOE, Regime.NON_STATE_OPT_IN)

    @property
    def quorum(self) -> Fraction:
        return Fraction(self.quorum_numerator, self.quorum_denominator)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["regime"] = self.regime.value
        data["rest_weekdays"] = list(self.rest_weekdays)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DemocracySettings:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "regime" in values:
            values["regime"] = Regime(values["regime"])
        if "rest_weekdays" in values:
            values["rest_weekdays"] = tuple(sorted(int(d) for d in values["rest_weekdays"]))
        return replace(cls(), **values).validated()

    def validated(self) -> DemocracySettings:
        if not (0 < self.quorum_numerator <= self.quorum_denominator):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The conference quorum must be a fraction between 0 and 1.")
            )
        if not (0 <= self.pass_threshold_percent < 100):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The pass threshold must be between 0% and 99%.")
            )
        if not (1 <= self.fiscal_year_end_month <= 12):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The month must be between 1 and 12."))
        if len(self.rest_weekdays) >= 7 or any(not 0 <= d <= 6 for d in self.rest_weekdays):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "At least one day of the week must be a working day.")
            )
        for value in (self.petition_answer_days, self.supervision_answer_days,
                      self.full_conference_below, self.conference_months_after_year_end):
            if value < 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Day and headcount settings must be at least 1.")
                )
        return self


# Where each default comes from, shown beside the setting (source strings for the catalogue).
SETTING_SOURCES: dict[str, str] = {
    "regime": QT_TRANSLATE_NOOP("Settings", "Law 10/2022 Art 82: SOE rules bind SOEs; others may opt in"),
    "quorum": QT_TRANSLATE_NOOP("Settings", "Rule C3, Law 10/2022 Art 69.2.c (binding for SOEs; default for others)"),
    "pass_threshold_percent": QT_TRANSLATE_NOOP("Settings", "Rule C4, Law 10/2022 Art 69.2.c (binding for SOEs; default for others)"),
    "full_conference_below": QT_TRANSLATE_NOOP("Settings", "Rule C2, Law 10/2022 Art 69.2 (binding for SOEs; default for others)"),
    "conference_months_after_year_end": QT_TRANSLATE_NOOP("Settings", "Rule C5, Law 10/2022 Art 69.1 (SOEs)"),
    "rest_weekdays": QT_TRANSLATE_NOOP("Settings", "Labour Code 2019 Art 111: at least one rest day a week, set by the employer"),
    "petition_answer_days": QT_TRANSLATE_NOOP("Settings", "By analogy to Law 10/2022 Art 81.1.d; not a legal duty for private enterprises"),
    "supervision_answer_days": QT_TRANSLATE_NOOP("Settings", "Rule S1, Law 10/2022 Art 81.1.d (SOEs; default for others)"),
    "labour_authority": QT_TRANSLATE_NOOP("Settings", "Rule A2, Labour Code 2019 Art 77 (provincial labour authority)"),
}
