"""The record seals' part of the audit page's check: which rows were changed, added or removed
outside the program, and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from .audit_details import reason_text
from .audit_model import entity_labels

translate = QCoreApplication.translate

MAX_SHOWN = 10  # lines of breaks under the button: the table keeps its room


def table_text(table: str) -> str:
    """e.g. "Employee (employee)"; a table with no label of its own by its name."""
    # The trail is sealed too, though no event is ever about it.
    label = entity_labels().get(table) or (
        translate("AuditPage", "Audit trail") if table == "audit_event" else "")
    return f"{label} ({table})" if label else table


def record_report_text(records) -> str:
    """A domain.seals.RecordReport as the lines shown under the Verify button."""
    count = QLocale().toString(records.checked)
    if records.intact:
        return translate("AuditPage", "{n} records checked, each matches its seal.").format(
            n=count)
    lines = [translate("AuditPage", "{n} records checked. Problems with their seals: {breaks}; "
                       "the records were changed outside the program:").format(
        n=count, breaks=QLocale().toString(records.total_breaks))]
    for item in records.breaks[:MAX_SHOWN]:
        if item.row_id is None:
            line = translate("AuditPage", "{table}: {reason}")
        else:
            line = translate("AuditPage", "{table}, row {id}: {reason}")
        reason = reason_text(item.reason).format(name=item.name)  # a trigger's or view's
        lines.append(line.format(table=table_text(item.table), id=item.row_id, reason=reason))
    hidden = records.total_breaks - len(records.breaks[:MAX_SHOWN])
    if hidden > 0:
        lines.append(translate("AuditPage", "… and {n} more.").format(n=QLocale().toString(hidden)))
    lines.append(translate(
        "AuditPage", "Restore the database from a backup made before the change. The audit "
                     "trail shows who changed what through the program."))
    return "\n".join(lines)
