"""Following up the actions agreed at a dialogue, once its minutes are signed: each action's
status and progress, the overdue ones in red, and progress reports (the house's commitment
dialog)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from ...domain.commitments import Status
from ...domain.dialogue_stages import DialogueStage
from ...domain.permissions import Action
from ...services.dialogue_models import ActionInfo, DialogueInfo
from ..context import UiContext
from ..dialogs.commitment_dialog import CommitmentDialog
from .conference_text import action_button, dmy, list_view, note_label, size_columns, wrap_rows
from .dialogue_text import today
from .progress_table import ProgressModel, counts_label, counts_text, show_counts

translate = QCoreApplication.translate
FOLLOWED = (DialogueStage.SIGNED, DialogueStage.PUBLISHED)


class FollowUpModel(ProgressModel):
    def headers(self) -> list[str]:
        return [translate("DialogueActionsTab", "Action"),
                translate("DialogueActionsTab", "Carried out by"),
                translate("DialogueActionsTab", "Due"), translate("DialogueActionsTab", "Status"),
                translate("DialogueActionsTab", "Progress"),
                translate("DialogueActionsTab", "Last update")]

    def overdue_status(self, status: str) -> str:
        return translate("DialogueActionsTab", "{status}, overdue").format(status=status)

    def display(self, row: ActionInfo, column: int) -> object:
        return (row.text, row.owner, *self.progress_cells(row))[column]


class ActionProgressDialog(CommitmentDialog):
    """The commitment dialog, headed with the action instead of a resolution's article."""

    def __init__(self, action: ActionInfo, submit, day: date, parent=None) -> None:
        shown = SimpleNamespace(article_number="", title=action.text, owner=action.owner,
                                due=action.due, status=action.status, progress=action.progress)
        super().__init__(shown, submit, day, parent)
        heading = self.findChild(QLabel, "commitmentHeading")
        heading.setText(action.text + "\n" + translate(
            "DialogueActionsTab", "Carried out by {owner}, due {due}.").format(
            owner=action.owner, due=dmy(action.due)))


class ActionsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.dialog: ActionProgressDialog | None = None
        self.stage_note = note_label("", "actionsStageNote")
        self.model = FollowUpModel(self)
        self.table = list_view("followUpTable", self.model)
        size_columns(self.table, stretch=(0,), widths={1: 150, 3: 120, 5: 160})
        wrap_rows(self.table)
        self.table.doubleClicked.connect(lambda _index: self.report_progress())
        self.report_button = action_button(
            "reportActionProgress", translate("DialogueActionsTab", "Report progress…"),
            self.report_progress, ctx.can(Action.TRACK_DIALOGUE_ACTIONS))
        self.counts = counts_label("actionCounts")
        top = QHBoxLayout()
        top.addWidget(self.report_button)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def heightForWidth(self, _width: int) -> int:
        return -1

    def load(self, info: DialogueInfo) -> None:
        self.info = info
        followed = info.stage in FOLLOWED
        self.model.set_rows(info.actions)
        self.stage_note.setVisible(not followed)
        self.stage_note.setText(translate(
            "DialogueActionsTab", "The actions agreed are followed up once the minutes are "
                                  "signed."))
        self.report_button.setEnabled(followed and bool(info.actions))
        show_counts(self.counts, counts_text(info.actions) if info.actions else "",
                    any(a.overdue for a in info.actions))

    def selected(self) -> ActionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def report_progress(self) -> ActionProgressDialog | None:
        action = self.selected()
        if action is None:
            QMessageBox.information(self, translate("DialogueActionsTab", "Report progress"),
                                    translate("DialogueActionsTab", "Select an action first."))
            return None
        if not self.report_button.isEnabled():
            return None

        def submit(status: Status, progress: int, note: str, day: date) -> None:
            self.ctx.dialogues.update_action(action.id, status, progress, note, day)

        dialog = ActionProgressDialog(action, submit, today(), self)
        self.dialog = dialog

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == CommitmentDialog.DialogCode.Accepted:
                self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
