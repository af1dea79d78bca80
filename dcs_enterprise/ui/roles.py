"""Display names of the roles and other enumerations, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import ContractType, EmploymentStatus, Gender, Regime, Role

translate = QCoreApplication.translate


def role_label(role: Role) -> str:
    return {
        Role.ADMIN: translate("Enums", "Administrator"),
        Role.HR_OFFICER: translate("Enums", "HR officer"),
        Role.UNION_OFFICER: translate("Enums", "Union officer"),
        Role.EMPLOYEE_VIEW: translate("Enums", "Employee view"),
    }[role]


def gender_label(gender: Gender) -> str:
    return {Gender.MALE: translate("Enums", "Male"), Gender.FEMALE: translate("Enums", "Female"),
            Gender.OTHER: translate("Enums", "Other")}[gender]


def contract_label(contract: ContractType) -> str:
    return {
        ContractType.INDEFINITE: translate("Enums", "Indefinite term"),
        ContractType.DEFINITE: translate("Enums", "Definite term"),
        ContractType.PROBATION: translate("Enums", "Probation"),
    }[contract]


def status_label(status: EmploymentStatus) -> str:
    return {EmploymentStatus.ACTIVE: translate("Enums", "Working"), EmploymentStatus.LEFT: translate("Enums", "Left")}[status]


def regime_label(regime: Regime) -> str:
    return {
        Regime.NON_STATE: translate("Enums", "Non-state enterprise (Labour Code and Decree 145)"),
        Regime.NON_STATE_OPT_IN: translate("Enums", "Non-state enterprise following the SOE rules by choice "
                                     "(Law 10/2022 Art 82.2)"),
        Regime.SOE: translate("Enums", "State-owned enterprise (Law 10/2022 Arts 64-81)"),
    }[regime]


def weekday_label(day: int) -> str:
    return (translate("Enums", "Monday"), translate("Enums", "Tuesday"),
            translate("Enums", "Wednesday"), translate("Enums", "Thursday"),
            translate("Enums", "Friday"), translate("Enums", "Saturday"),
            translate("Enums", "Sunday"))[day]
