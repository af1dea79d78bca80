"""The audit trail as a paged table, with readable names for the stored actions and records."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt

from ...domain.enums import Role
from ...services.readmodels import AuditEntry
from ..paged_model import PagedTableModel
from ..roles import role_label

translate = QCoreApplication.translate


def action_labels() -> dict[str, str]:
    """Readable labels of the actions services record (unknown ones show as stored)."""
    return {
        "create_enterprise": translate("AuditPage", "Set up the enterprise"),
        "create_account": translate("AuditPage", "Created an account"),
        "update_account": translate("AuditPage", "Changed an account"),
        "set_password": translate("AuditPage", "Set a password"),
        "seed_holidays": translate("AuditPage", "Loaded the public holidays"),
        "update_profile": translate("AuditPage", "Changed the enterprise profile"),
        "update_settings": translate("AuditPage", "Changed the democracy regulation settings"),
        "add_holiday": translate("AuditPage", "Added a holiday"),
        "remove_holiday": translate("AuditPage", "Removed a holiday"),
        "create_department": translate("AuditPage", "Created a department"),
        "update_department": translate("AuditPage", "Changed a department"),
        "delete_department": translate("AuditPage", "Deleted a department"),
        "create_employee": translate("AuditPage", "Added an employee"),
        "update_employee": translate("AuditPage", "Changed an employee"),
        "import_employees": translate("AuditPage", "Imported the roster"),
        "export_employees": translate("AuditPage", "Exported the roster"),
        "backup": translate("AuditPage", "Backed up the database"),
        "restore": translate("AuditPage", "Restored the database"),
        "create_demo": translate("AuditPage", "Created the demo data"),
        "number_document": translate("AuditPage", "Issued a document number"),
        "create_conference": translate("AuditPage", "Opened a workers' conference"),
        "update_conference_plan": translate("AuditPage", "Changed the conference plan"),
        "approve_conference_plan": translate("AuditPage", "Approved the conference plan"),
        "update_conference_task": translate("AuditPage", "Updated a checklist item"),
        "update_conference_agenda": translate("AuditPage", "Changed the conference agenda"),
        "allocate_conference_seats": translate("AuditPage", "Allocated delegate seats"),
        "add_ex_officio_delegate": translate("AuditPage", "Added an ex officio delegate"),
        "remove_ex_officio_delegate": translate("AuditPage", "Removed an ex officio delegate"),
        "advance_conference": translate("AuditPage", "Moved the conference to its next stage"),
        "record_department_meeting": translate("AuditPage", "Recorded a department meeting"),
        "record_election_round": translate("AuditPage", "Recorded a further election round"),
        "record_petition": translate("AuditPage", "Recorded a petition"),
        "answer_petition": translate("AuditPage", "Answered a petition"),
        "file_petition": translate("AuditPage", "Filed a petition at the employee view"),
        "route_petition": translate("AuditPage", "Sent a petition to the employer"),
        "close_petition": translate("AuditPage", "Closed or escalated a petition"),
        "publish_petition_answer": translate("AuditPage", "Published the answer to a petition"),
        "create_supervision_plan": translate("AuditPage", "Created a supervision plan"),
        "update_supervision_plan": translate("AuditPage", "Changed a supervision plan"),
        "notify_supervision_plan": translate("AuditPage", "Notified the management of a "
                                                          "supervision plan"),
        "record_findings": translate("AuditPage", "Recorded the supervision findings"),
        "raise_item": translate("AuditPage", "Raised a supervision item"),
        "item_step": translate("AuditPage", "Moved a supervision item on"),
        "item_note": translate("AuditPage", "Added a note or evidence to an item"),
        "publish_item_outcome": translate("AuditPage", "Published an item's outcome"),
        "add_publication": translate("AuditPage", "Recorded a publication"),
        "update_publication": translate("AuditPage", "Changed a publication"),
        "attach_publication_evidence": translate("AuditPage", "Attached publication evidence"),
        "send_conference_invitations": translate("AuditPage", "Sent the invitations"),
        "open_conference": translate("AuditPage", "Opened the conference session"),
        "check_in": translate("AuditPage", "Checked a delegate in"),
        "undo_check_in": translate("AuditPage", "Undid a check-in"),
        "record_absence": translate("AuditPage", "Recorded an absence"),
        "set_conference_officers": translate("AuditPage", "Recorded the conference officers"),
        "write_conference_minutes": translate("AuditPage", "Wrote the conference minutes"),
        "record_conference_vote": translate("AuditPage", "Recorded a conference vote"),
        "save_resolution_articles": translate("AuditPage", "Changed the resolution's articles"),
        "finalize_conference": translate("AuditPage", "Finalized the minutes and resolution"),
        "start_resolution_correction": translate("AuditPage", "Started a resolution correction"),
        "issue_resolution_correction": translate("AuditPage", "Issued a resolution correction"),
        "publish_conference": translate("AuditPage", "Recorded the resolution's publication"),
        "update_commitment": translate("AuditPage", "Reported a commitment's progress"),
        "create_dialogue_list": translate("AuditPage", "Determined the dialogue representatives"),
        "add_dialogue_representative": translate("AuditPage", "Added a dialogue representative"),
        "end_dialogue_membership": translate("AuditPage", "Ended a dialogue representative's "
                                                          "membership"),
        "replace_dialogue_representative": translate("AuditPage",
                                                     "Replaced a dialogue representative"),
        "publish_dialogue_list": translate("AuditPage",
                                           "Recorded the publication of the dialogue list"),
        "schedule_dialogue": translate("AuditPage", "Scheduled a dialogue"),
        "record_dialogue_request": translate("AuditPage", "Recorded a request for dialogue"),
        "reply_dialogue_request": translate("AuditPage", "Replied to a request for dialogue"),
        "reschedule_dialogue": translate("AuditPage", "Rescheduled a dialogue"),
        "send_dialogue_agenda": translate("AuditPage", "Recorded a side's dialogue agenda"),
        "record_dialogue_attendance": translate("AuditPage", "Recorded the dialogue attendance"),
        "save_dialogue_item": translate("AuditPage", "Wrote a dialogue agenda item"),
        "remove_dialogue_item": translate("AuditPage", "Removed a dialogue agenda item"),
        "add_dialogue_action": translate("AuditPage", "Added an action agreed in dialogue"),
        "finalize_dialogue": translate("AuditPage", "Signed the dialogue minutes"),
        "publish_dialogue_notice": translate("AuditPage",
                                             "Published the main points of a dialogue"),
        "update_dialogue_action": translate("AuditPage", "Reported a dialogue action's progress"),
        "request_bargaining": translate("AuditPage", "Recorded a request to bargain"),
        "arrange_bargaining": translate("AuditPage", "Recorded the agreed time and place of "
                                                     "bargaining"),
        "supply_bargaining_information": translate("AuditPage", "Supplied the information for "
                                                                "bargaining"),
        "agree_bargaining_end": translate("AuditPage", "Agreed a later end of bargaining"),
        "record_bargaining_session": translate("AuditPage", "Recorded a bargaining session"),
        "publish_bargaining_session": translate("AuditPage", "Published a session's minutes"),
        "conclude_bargaining": translate("AuditPage", "Concluded the bargaining on a draft"),
        "record_bargaining_failure": translate("AuditPage", "Recorded failed bargaining"),
        "save_agreement_draft": translate("AuditPage", "Saved a version of the draft agreement"),
        "record_agreement_vote": translate("AuditPage", "Recorded the workers' vote on the "
                                                        "agreement"),
        "sign_agreement": translate("AuditPage", "Recorded the signing of the agreement"),
        "file_agreement": translate("AuditPage", "Filed the agreement with the labour authority"),
        "announce_agreement": translate("AuditPage", "Announced the agreement to the workers"),
        "track_agreement_clause": translate("AuditPage", "Reported a clause's implementation"),
    }


def entity_labels() -> dict[str, str]:
    return {
        "enterprise": translate("AuditPage", "Enterprise"),
        "supervision_plan": translate("AuditPage", "Supervision plan"),
        "supervision_item": translate("AuditPage", "Supervision item"),
        "publication": translate("AuditPage", "Publication"),
        "account": translate("AuditPage", "Account"),
        "holiday": translate("AuditPage", "Holiday"),
        "department": translate("AuditPage", "Department"),
        "employee": translate("AuditPage", "Employee"),
        "database": translate("AuditPage", "Database"),
        "document": translate("AuditPage", "Document"),
        "conference": translate("AuditPage", "Workers' conference"),
        "conference_task": translate("AuditPage", "Checklist item"),
        "conference_vote": translate("AuditPage", "Conference vote"),
        "agenda_item": translate("AuditPage", "Agenda item"),
        "delegate": translate("AuditPage", "Delegate"),
        "petition": translate("AuditPage", "Petition"),
        "commitment": translate("AuditPage", "Commitment"),
        "dialogue": translate("AuditPage", "Dialogue"),
        "dialogue_list": translate("AuditPage", "Dialogue representative list"),
        "dialogue_representative": translate("AuditPage", "Dialogue representative"),
        "dialogue_action": translate("AuditPage", "Action agreed in dialogue"),
        "bargaining_round": translate("AuditPage", "Bargaining"),
        "agreement": translate("AuditPage", "Collective agreement"),
    }


def _labelled(raw: str, labels: dict[str, str]) -> str:
    label = labels.get(raw)
    return f"{label} ({raw})" if label else raw


def action_text(raw: str) -> str:
    """e.g. "Changed the enterprise profile (update_profile)"; unknown actions as stored."""
    return _labelled(raw, action_labels())


def entity_text(raw: str) -> str:
    return entity_labels().get(raw, raw)


def role_text(raw: str) -> str:
    try:
        return role_label(Role(raw))
    except ValueError:
        return raw


def time_text(at: str) -> str:
    """The stored ISO time (local, with its offset) as dd/MM/yyyy HH:mm:ss in local time."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return at


def pretty_json(text: str) -> str:
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


def changed_keys(before: str, after: str) -> list[str]:
    """The top-level keys whose values differ, when both sides are JSON objects."""
    try:
        old, new = json.loads(before or "null"), json.loads(after or "null")
    except ValueError:
        return []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))


class AuditTableModel(PagedTableModel):
    """Newest first; one AuditEntry a row (`entry(row)`)."""

    def __init__(self, count: Callable[[], int],
                 page: Callable[[int, int], Sequence[AuditEntry]], parent=None) -> None:
        super().__init__(count, page, parent)
        self._headers = [
            translate("AuditPage", "No."), translate("AuditPage", "Time"),
            translate("AuditPage", "User"), translate("AuditPage", "Role"),
            translate("AuditPage", "Action"), translate("AuditPage", "Record"),
            translate("AuditPage", "Record id"),
        ]

    def headers(self) -> list[str]:
        return self._headers

    def entry(self, row: int) -> AuditEntry | None:
        return self.item(row) if 0 <= row < self.rowCount() else None

    def cell(self, item: object, column: int, role: int) -> object:
        if not isinstance(item, AuditEntry):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.seq, time_text(item.at), item.actor, role_text(item.role),
                    action_text(item.action), entity_text(item.entity), item.entity_id)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {1: item.at, 4: item.action, 5: item.entity}.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
