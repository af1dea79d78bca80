"""Who may do what. Services check every call against this table (DOMAIN.md "Who uses it").

A new action without a row in ALLOWED is refused for everyone, and the role tests notice.
"""

from __future__ import annotations

from enum import StrEnum

from .enums import Role
from .errors import PermissionDenied


class Action(StrEnum):
    EDIT_ENTERPRISE = "edit_enterprise"
    EDIT_SETTINGS = "edit_settings"
    EDIT_CALENDAR = "edit_calendar"
    EDIT_DEPARTMENTS = "edit_departments"
    EDIT_EMPLOYEES = "edit_employees"
    IMPORT_EMPLOYEES = "import_employees"
    VIEW_ROSTER = "view_roster"
    EXPORT_EMPLOYEES = "export_employees"
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    VIEW_PUBLISHED = "view_published"
    PRINT_DOCUMENTS = "print_documents"
    NUMBER_DOCUMENTS = "number_documents"
    # The workers' conference (DOMAIN.md workflow 1): employer and union co-organise it.
    VIEW_CONFERENCE = "view_conference"
    PLAN_CONFERENCE = "plan_conference"
    APPROVE_PLAN_FOR_EMPLOYER = "approve_plan_for_employer"
    APPROVE_PLAN_FOR_UNION = "approve_plan_for_union"
    ELECT_DELEGATES = "elect_delegates"
    RECORD_PETITIONS = "record_petitions"
    ANSWER_PETITIONS = "answer_petitions"
    RUN_CONFERENCE = "run_conference"
    FINALIZE_CONFERENCE = "finalize_conference"
    PUBLISH_CONFERENCE = "publish_conference"
    TRACK_COMMITMENTS = "track_commitments"
    # Workplace dialogue (DOMAIN.md workflow 2): each side keeps its own representatives.
    VIEW_DIALOGUE = "view_dialogue"
    KEEP_EMPLOYER_REPRESENTATIVES = "keep_employer_representatives"
    KEEP_WORKER_REPRESENTATIVES = "keep_worker_representatives"
    PLAN_DIALOGUE = "plan_dialogue"
    RUN_DIALOGUE = "run_dialogue"
    FINALIZE_DIALOGUE = "finalize_dialogue"
    PUBLISH_DIALOGUE_NOTICE = "publish_dialogue_notice"
    TRACK_DIALOGUE_ACTIONS = "track_dialogue_actions"
    # Collective bargaining and the agreement (workflow 3): the union keeps the records.
    VIEW_BARGAINING = "view_bargaining"
    REQUEST_BARGAINING = "request_bargaining"
    RECORD_BARGAINING = "record_bargaining"
    SUPPLY_BARGAINING_INFORMATION = "supply_bargaining_information"
    RECORD_AGREEMENT_VOTE = "record_agreement_vote"
    SIGN_AGREEMENT = "sign_agreement"
    FILE_AGREEMENT = "file_agreement"
    TRACK_AGREEMENT = "track_agreement"
    # Supervision and petitions (workflow 4): the union keeps the registers, the employer answers.
    VIEW_SUPERVISION = "view_supervision"
    FILE_PETITION = "file_petition"
    ROUTE_PETITIONS = "route_petitions"
    PUBLISH_PETITION_ANSWERS = "publish_petition_answers"
    PLAN_SUPERVISION = "plan_supervision"
    RAISE_ITEMS = "raise_items"
    ANSWER_ITEMS = "answer_items"
    ADD_EVIDENCE = "add_evidence"
    VIEW_PUBLICATION = "view_publication"
    KEEP_PUBLICATION_REGISTER = "keep_publication_register"


_OFFICERS = {Role.ADMIN, Role.HR_OFFICER, Role.UNION_OFFICER}
_EMPLOYER_SIDE = {Role.ADMIN, Role.HR_OFFICER}

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.EDIT_ENTERPRISE: frozenset(_EMPLOYER_SIDE),
    Action.EDIT_SETTINGS: frozenset(_EMPLOYER_SIDE),
    Action.EDIT_CALENDAR: frozenset(_EMPLOYER_SIDE),
    Action.EDIT_DEPARTMENTS: frozenset(_EMPLOYER_SIDE),
    Action.EDIT_EMPLOYEES: frozenset(_EMPLOYER_SIDE),
    Action.IMPORT_EMPLOYEES: frozenset(_EMPLOYER_SIDE),
    # The union needs the roster to elect delegates and count the agreement vote (LC Art 76).
    Action.VIEW_ROSTER: frozenset(_OFFICERS),
    Action.EXPORT_EMPLOYEES: frozenset(_OFFICERS),
    Action.MANAGE_ACCOUNTS: frozenset({Role.ADMIN}),
    Action.VIEW_AUDIT: frozenset(_OFFICERS),
    Action.BACKUP: frozenset({Role.ADMIN}),
    Action.VIEW_PUBLISHED: frozenset(Role),
    Action.PRINT_DOCUMENTS: frozenset(_OFFICERS),
    # Taking a number from a series is an act of issuing a document: audited, never undone.
    Action.NUMBER_DOCUMENTS: frozenset(_OFFICERS),
    Action.VIEW_CONFERENCE: frozenset(_OFFICERS),
    Action.PLAN_CONFERENCE: frozenset(_OFFICERS),
    # Each side approves the joint plan for itself (Decree 145 Art 47.1: "together with").
    Action.APPROVE_PLAN_FOR_EMPLOYER: frozenset(_EMPLOYER_SIDE),
    Action.APPROVE_PLAN_FOR_UNION: frozenset({Role.UNION_OFFICER}),
    Action.ELECT_DELEGATES: frozenset(_OFFICERS),
    Action.RECORD_PETITIONS: frozenset(_OFFICERS),
    # Petitions are addressed to the employer: only its side answers them.
    Action.ANSWER_PETITIONS: frozenset(_EMPLOYER_SIDE),
    Action.RUN_CONFERENCE: frozenset(_OFFICERS),
    Action.FINALIZE_CONFERENCE: frozenset(_OFFICERS),
    Action.PUBLISH_CONFERENCE: frozenset(_OFFICERS),
    Action.TRACK_COMMITMENTS: frozenset(_OFFICERS),
    Action.VIEW_DIALOGUE: frozenset(_OFFICERS),
    # Decree 145 Art 38.1-38.2: each side appoints its own dialogue representatives.
    Action.KEEP_EMPLOYER_REPRESENTATIVES: frozenset(_EMPLOYER_SIDE),
    Action.KEEP_WORKER_REPRESENTATIVES: frozenset({Role.UNION_OFFICER}),
    Action.PLAN_DIALOGUE: frozenset(_OFFICERS),
    Action.RUN_DIALOGUE: frozenset(_OFFICERS),
    Action.FINALIZE_DIALOGUE: frozenset(_OFFICERS),
    # Art 39.5: the employer publishes the main points at the workplace.
    Action.PUBLISH_DIALOGUE_NOTICE: frozenset(_EMPLOYER_SIDE),
    Action.TRACK_DIALOGUE_ACTIONS: frozenset(_OFFICERS),
    Action.VIEW_BARGAINING: frozenset(_OFFICERS),
    # Labour Code Art 68, 70.1: the union or the employer may ask to bargain.
    Action.REQUEST_BARGAINING: frozenset(_OFFICERS),
    # Art 70.5, 76.3: the union keeps the minutes, publishes them and organises the vote.
    Action.RECORD_BARGAINING: frozenset({Role.UNION_OFFICER}),
    Action.SUPPLY_BARGAINING_INFORMATION: frozenset(_EMPLOYER_SIDE),  # Art 70.3
    Action.RECORD_AGREEMENT_VOTE: frozenset({Role.UNION_OFFICER}),
    Action.SIGN_AGREEMENT: frozenset(_OFFICERS),
    # Arts 76.6, 77: the employer announces the agreement and files it.
    Action.FILE_AGREEMENT: frozenset(_EMPLOYER_SIDE),
    Action.TRACK_AGREEMENT: frozenset(_OFFICERS),
    Action.VIEW_SUPERVISION: frozenset(_OFFICERS),
    # Decree 145 Art 44.2.b: any worker may petition; the employee view files it.
    Action.FILE_PETITION: frozenset(Role),
    # Law 10/2022 Art 88.3: the union receives, consolidates and forwards petitions, follows
    # their handling and (S3) alone knows who filed an anonymous one.
    Action.ROUTE_PETITIONS: frozenset({Role.UNION_OFFICER}),
    Action.PUBLISH_PETITION_ANSWERS: frozenset({Role.UNION_OFFICER}),
    # Decree 145 Art 46; Law 10/2022 Arts 78, 81.2: the union supervises and recommends.
    Action.PLAN_SUPERVISION: frozenset({Role.UNION_OFFICER}),
    Action.RAISE_ITEMS: frozenset({Role.UNION_OFFICER}),
    # Law 10/2022 Art 81.1.d: the management settles recommendations and gives the result.
    Action.ANSWER_ITEMS: frozenset(_EMPLOYER_SIDE),
    Action.ADD_EVIDENCE: frozenset(_OFFICERS),
    Action.VIEW_PUBLICATION: frozenset(_OFFICERS),
    # Decree 145 Art 43: the employer publishes and keeps the evidence.
    Action.KEEP_PUBLICATION_REGISTER: frozenset(_EMPLOYER_SIDE),
}


# Actions that only read: their units need not take the write lock.
READ_ONLY = frozenset({Action.VIEW_ROSTER, Action.VIEW_AUDIT, Action.VIEW_PUBLISHED,
                       Action.PRINT_DOCUMENTS, Action.VIEW_CONFERENCE, Action.VIEW_DIALOGUE,
                       Action.VIEW_BARGAINING, Action.VIEW_SUPERVISION,
                       Action.VIEW_PUBLICATION})


def can(role: Role, action: Action) -> bool:
    return role in ALLOWED.get(action, frozenset())


def require(role: Role, action: Action) -> None:
    if not can(role, action):
        raise PermissionDenied(role=role.value, action=action.value)
