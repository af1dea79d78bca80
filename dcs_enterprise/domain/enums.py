"""The vocabulary of the domain as enumerations; values are stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    HR_OFFICER = "hr_officer"
    UNION_OFFICER = "union_officer"
    EMPLOYEE_VIEW = "employee_view"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class ContractType(StrEnum):
    """Labour Code 2019 Art 20 knows two contracts: indefinite, and definite term (at most 36
    months; the seasonal contract of the 2012 Code became one). A worker on probation has a
    probation agreement (Art 24), not yet a labour contract."""

    INDEFINITE = "indefinite"
    DEFINITE = "definite"
    PROBATION = "probation"


class Regime(StrEnum):
    """Which grassroots-democracy rules bind the enterprise (Law 10/2022 Art 82)."""

    NON_STATE = "non_state"
    NON_STATE_OPT_IN = "non_state_opt_in"
    SOE = "soe"


class EmploymentStatus(StrEnum):
    ACTIVE = "active"
    LEFT = "left"
