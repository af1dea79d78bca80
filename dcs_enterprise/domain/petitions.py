"""Workers' petitions (kiến nghị, phản ánh): how they arrive, what they are about, and who may
know who filed them.

Decree 145/2020 Art 44.2 lets workers send petitions directly or raise them through the union
or the dialogue group at a dialogue or the conference. Rule S3 (Law 10/2022 Art 9.2) forbids
disclosing a whistle-blower's identity: a petition filed anonymously is anonymous to everyone
but the union officers who keep the register (DOMAIN.md "Who uses it").
"""

from __future__ import annotations

from enum import StrEnum

from .enums import Role
from .errors import QT_TRANSLATE_NOOP

S3_ARTICLE = QT_TRANSLATE_NOOP("Rules", "Law 10/2022 Art 9.2")


class Channel(StrEnum):
    EMPLOYEE_VIEW = "employee_view"  # typed by the worker at the shared PC
    DIRECT = "direct"  # handed in or written to an officer
    SUGGESTION_BOX = "suggestion_box"
    HOTLINE = "hotline"
    DEPARTMENT_MEETING = "department_meeting"
    DIALOGUE = "dialogue"
    CONFERENCE = "conference"


CHANNEL_LABELS = {
    Channel.EMPLOYEE_VIEW: QT_TRANSLATE_NOOP("Petitions", "Employee view"),
    Channel.DIRECT: QT_TRANSLATE_NOOP("Petitions", "By hand or in writing"),
    Channel.SUGGESTION_BOX: QT_TRANSLATE_NOOP("Petitions", "Suggestion box"),
    Channel.HOTLINE: QT_TRANSLATE_NOOP("Petitions", "Hotline"),
    Channel.DEPARTMENT_MEETING: QT_TRANSLATE_NOOP("Petitions", "Department meeting"),
    Channel.DIALOGUE: QT_TRANSLATE_NOOP("Petitions", "Dialogue"),
    Channel.CONFERENCE: QT_TRANSLATE_NOOP("Petitions", "Workers' conference"),
}


class Category(StrEnum):
    WAGES = "wages"  # wages, bonuses, allowances
    WORKING_TIME = "working_time"  # working hours, overtime, rest and leave
    SAFETY = "safety"  # occupational safety and health, working conditions
    INSURANCE = "insurance"  # social, health and unemployment insurance
    WELFARE = "welfare"  # meals, transport, housing, welfare fund
    CONTRACTS = "contracts"  # labour contracts, discipline, internal rules
    OTHER = "other"


CATEGORY_LABELS = {
    Category.WAGES: QT_TRANSLATE_NOOP("Petitions", "Wages, bonuses and allowances"),
    Category.WORKING_TIME: QT_TRANSLATE_NOOP("Petitions", "Working time, overtime and leave"),
    Category.SAFETY: QT_TRANSLATE_NOOP("Petitions", "Safety, health and working conditions"),
    Category.INSURANCE: QT_TRANSLATE_NOOP("Petitions", "Social, health and unemployment "
                                                       "insurance"),
    Category.WELFARE: QT_TRANSLATE_NOOP("Petitions", "Meals, transport and welfare"),
    Category.CONTRACTS: QT_TRANSLATE_NOOP("Petitions", "Contracts, internal rules and "
                                                       "discipline"),
    Category.OTHER: QT_TRANSLATE_NOOP("Petitions", "Other"),
}


def sees_petitioner(role: Role, anonymous: bool) -> bool:
    """S3: who filed an anonymous petition is known to the union officers alone; a named
    petition shows its name to the officers of both sides, never to the employee view."""
    if role is Role.EMPLOYEE_VIEW:
        return False
    return not anonymous or role is Role.UNION_OFFICER
