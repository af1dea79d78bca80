"""The audit page's lower half: one event's before and after, and the chain check's result."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from ...services.readmodels import AuditEntry
from .audit_model import action_text, changed_keys, entity_text, pretty_json, time_text

translate = QCoreApplication.translate

MAX_BREAKS_SHOWN = 20


class AuditDetails(QWidget):
    """Before and after of the selected event, pretty-printed, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("eventHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.changed = QLabel()
        self.changed.setObjectName("changedFields")
        self.changed.setTextFormat(Qt.TextFormat.PlainText)
        self.changed.setWordWrap(True)
        self.changed.setStyleSheet("color: #555555;")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.before = QPlainTextEdit()
        self.before.setObjectName("beforeText")
        self.after = QPlainTextEdit()
        self.after.setObjectName("afterText")
        for edit in (self.before, self.after):
            edit.setReadOnly(True)
            edit.setFont(mono)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading, 0, 0, 1, 2)
        layout.addWidget(self.changed, 1, 0, 1, 2)
        layout.addWidget(QLabel(translate("AuditPage", "Before")), 2, 0)
        layout.addWidget(QLabel(translate("AuditPage", "After")), 2, 1)
        layout.addWidget(self.before, 3, 0)
        layout.addWidget(self.after, 3, 1)
        layout.setRowStretch(3, 1)
        self.show_entry(None)

    def show_entry(self, entry: AuditEntry | None) -> None:
        if entry is None:
            self.heading.setText(translate("AuditPage", "Select an event to see what it changed."))
            self.changed.clear()
            self.changed.hide()
            self.before.clear()
            self.after.clear()
            return
        self.heading.setText(translate(
            "AuditPage", "Event {seq}: {action}, {entity} {id}, by {user} on {time}").format(
                seq=entry.seq, action=action_text(entry.action), entity=entity_text(entry.entity),
                id=entry.entity_id, user=entry.actor, time=time_text(entry.at)))
        keys = changed_keys(entry.before, entry.after)
        self.changed.setText(translate("AuditPage", "Changed: {fields}").format(
            fields=", ".join(keys)) if keys else "")
        self.changed.setVisible(bool(keys))
        none = translate("AuditPage", "(nothing)")
        self.before.setPlainText(pretty_json(entry.before) or none)
        self.after.setPlainText(pretty_json(entry.after) or none)


def reason_text(reason: str) -> str:
    """A reason of domain.audit (a catalogue source string), in the user's language."""
    return translate("Audit", reason)


def chain_report_text(report) -> str:
    """A services.audit_trail.ChainReport as the text shown under the Verify button."""
    if report.intact:
        return translate("AuditPage", "{n} events checked, the chain is intact.").format(
            n=report.checked)
    lines = [translate("AuditPage", "{n} events checked. The chain is broken; the trail was "
                       "changed outside the program:").format(n=report.checked)]
    for item in report.breaks[:MAX_BREAKS_SHOWN]:
        lines.append(translate("AuditPage", "Event {seq}: {reason}").format(
            seq=item.seq, reason=reason_text(item.reason)))
    hidden = len(report.breaks) - MAX_BREAKS_SHOWN
    if hidden > 0:
        lines.append(translate("AuditPage", "… and {n} more.").format(n=hidden))
    return "\n".join(lines)
