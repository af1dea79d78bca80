"""What the follow-up tabs share (a resolution's commitments, a dialogue's actions, an agreement's
clauses): each row's due date, status, progress and last update, the overdue rows in red and
the dropped in grey, and the counts above the table. One place, so the three tabs read alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from ...domain.commitments import Status
from ..list_model import ListTableModel
from .conference_text import GREY, RED, dmy, status_label

translate = QCoreApplication.translate


class ProgressModel(ListTableModel):
    """Subclasses put their own first columns before `progress_cells(row)` and say an overdue
    status in their own words. Rows carry due, status, progress, updated_on, note, overdue."""

    def overdue_status(self, status: str) -> str:
        raise NotImplementedError

    def progress_cells(self, row) -> tuple[str, str, str, str]:
        """Due, status, progress and last update: the last four columns of every such table."""
        status = status_label(Status(row.status))
        if row.overdue:
            status = self.overdue_status(status)
        update = dmy(row.updated_on)
        if row.note:
            update = f"{update}: {row.note}" if update else row.note
        return dmy(row.due), status, f"{row.progress} %", update

    def foreground(self, row) -> object:
        if row.overdue:
            return QColor(RED)
        return QColor(GREY) if row.status == Status.DROPPED else None


def counts_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def show_counts(label: QLabel, text: str, overdue: bool) -> None:
    """The counts, in bold red while anything is overdue."""
    label.setText(text)
    label.setStyleSheet(f"color: {RED}; font-weight: bold;" if overdue else "")


def counts_text(rows) -> str:
    """How many rows are at each status, then how many of them are overdue (an open row past
    its due date is both in its status and overdue)."""
    count = {status: sum(r.status is status for r in rows) for status in Status}
    parts = [translate("FollowUpTab", "{count} done").format(count=count[Status.DONE]),
             translate("FollowUpTab", "{count} in progress").format(
                 count=count[Status.IN_PROGRESS]),
             translate("FollowUpTab", "{count} not started").format(
                 count=count[Status.NOT_STARTED])]
    if count[Status.DROPPED]:
        parts.append(translate("FollowUpTab", "{count} dropped").format(
            count=count[Status.DROPPED]))
    text = " · ".join(parts)
    overdue = sum(r.overdue for r in rows)
    if overdue:
        text = translate("FollowUpTab", "{counts}; {overdue} of them overdue").format(
            counts=text, overdue=overdue)
    return text
