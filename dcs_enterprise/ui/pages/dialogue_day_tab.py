"""The dialogue day (Decree 145/2020 Art 39.4): the attendance with the quorum of rule D7,
then the agenda items with each side's position and the actions agreed. Once the minutes are
signed it is a read-only record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ...domain.dialogue_stages import DialogueStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.dialogue_models import DialogueInfo
from ..context import UiContext
from ..errors import show_error
from .conference_text import note_label
from .dialogue_attendance import AttendancePanel
from .dialogue_items import ItemsPanel
from .dialogue_text import stage_name

translate = QCoreApplication.translate


class DialogueDayTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.stage_note = note_label("", "dialogueDayNote")
        self.attendance = AttendancePanel(ctx)
        self.items = ItemsPanel(ctx)
        self.attendance.recorded.connect(self._recorded)
        self.items.saved.connect(self.changed)
        self.sections = QTabWidget()
        self.sections.setObjectName("dialogueDaySections")
        for panel, title in ((self.attendance, translate("DialogueDayTab", "Attendance")),
                             (self.items, translate("DialogueDayTab", "Items and actions"))):
            holder = QScrollArea()  # each section scrolls on its own, the tab keeps its height
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(panel)
            self.sections.addTab(holder, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addWidget(self.sections, 1)

    def heightForWidth(self, _width: int) -> int:
        """None: the tab takes the height it is given and its lists scroll."""
        return -1

    def load(self, info: DialogueInfo) -> None:
        self.info = info
        try:
            members = self.ctx.dialogue_lists.get(info.list_id).members
        except DcsError as error:
            show_error(self, error)
            return
        can_run = self.ctx.can(Action.RUN_DIALOGUE)
        self.attendance.load(info, members, can_run)
        held = info.stage is DialogueStage.HELD
        self.items.load(info, can_run and held)
        self.sections.setTabEnabled(1, info.stage not in (DialogueStage.REQUESTED,
                                                          DialogueStage.SCHEDULED))
        self.stage_note.setText(self._stage_text(info, can_run))

    @staticmethod
    def _stage_text(info: DialogueInfo, can_run: bool) -> str:
        if info.stage is DialogueStage.REQUESTED:
            return translate("DialogueDayTab", "Record the reply that agrees the time and "
                                               "place first (Preparation tab).")
        if not can_run:
            return translate("DialogueDayTab", "Only the officers record the dialogue day.")
        if info.stage is DialogueStage.SCHEDULED:
            return translate("DialogueDayTab", "Tick who is present on each side. The "
                                               "dialogue opens only with the employer's legal "
                                               "representative (or a person authorised in "
                                               "writing) and more than 70% of the worker "
                                               "representatives (rule D7).")
        if info.stage is DialogueStage.HELD:
            return translate("DialogueDayTab", "The dialogue is held: write each item with "
                                               "both sides' positions, and the actions agreed. "
                                               "Then sign the minutes (Minutes tab).")
        return translate("DialogueDayTab", "Stage \"{stage}\": the minutes are signed and "
                                           "final; this is the record of the day.").format(
            stage=stage_name(info.stage))

    def _recorded(self) -> None:
        self.sections.setCurrentIndex(1)
        self.changed.emit()
