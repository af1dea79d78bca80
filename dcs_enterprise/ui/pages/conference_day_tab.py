"""The conference day (stage "held"): check-in with the live quorum (rule C3), opening, the
presidium, secretary and vote-counting board, the agenda and its minutes, the votes decided by
rule C4, and finalizing the minutes and the resolution. Afterwards it is a read-only record."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_stages import ORDER, Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_common import STAGE_NAMES
from ...services.conference_models import Attendance, ConferenceInfo
from ..context import UiContext
from ..dialogs.conference_day_moment import MomentDialog, closing_dialog, opening_dialog
from ..errors import show_error
from . import conference_clock as clock
from .conference_checkin import CheckInPanel
from .conference_minutes import MinutesPanel
from .conference_officers import OfficersPanel
from .conference_text import dmy_hm, kind_label, note_label, rule_line, show_state
from .conference_votes import VotesPanel

translate = QCoreApplication.translate


def _count_box(name: str, caption: str) -> tuple[QFrame, QLabel]:
    number = QLabel("0")
    number.setObjectName(name)
    number.setAlignment(Qt.AlignmentFlag.AlignCenter)
    number.setStyleSheet("font-size: 26px; font-weight: bold;")
    label = QLabel(caption)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setMinimumWidth(110)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.setSpacing(0)
    layout.addWidget(number)
    layout.addWidget(label)
    return frame, number


class AttendanceBoard(QWidget):
    """Present, absent and summoned in large figures, and the quorum with its arithmetic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        present_box, self.present = _count_box("presentCount", translate("DayTab", "present"))
        absent_box, self.absent = _count_box("absentCount", translate("DayTab", "absent"))
        summoned_box, self.summoned = _count_box("summonedCount",
                                                 translate("DayTab", "summoned"))
        self.quorum = note_label(object_name="quorumState")
        font = self.quorum.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.quorum.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (present_box, absent_box, summoned_box):
            layout.addWidget(box)
        layout.addWidget(self.quorum, 1)

    def show_attendance(self, attendance: Attendance) -> None:
        self.present.setText(str(attendance.present))
        self.absent.setText(str(attendance.summoned - attendance.present))
        self.summoned.setText(str(attendance.summoned))
        quorum = attendance.quorum
        if quorum is None:
            show_state(self.quorum, translate("DayTab", "Nobody is summoned yet."), None)
            return
        state = (translate("DayTab", "Quorum reached") if quorum.met
                 else translate("DayTab", "Quorum not reached"))
        show_state(self.quorum, f"{state}: {rule_line(quorum.why)}", quorum.met)


class DayTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.agenda: list = []
        self.opening_dialog: MomentDialog | None = None
        self.stage_note = note_label(object_name="dayStageNote")
        self.opened = QLabel()
        self.opened.setObjectName("openedAt")
        self.open_button = QPushButton(translate("DayTab", "Open the conference"))
        self.open_button.setObjectName("openConference")
        self.open_button.clicked.connect(self.open_conference)
        self.finalize_button = QPushButton(translate("DayTab",
                                                     "Finalize minutes and resolution…"))
        self.finalize_button.setObjectName("finalizeConference")
        self.finalize_button.clicked.connect(self.finalize)
        self.finalize_button.setVisible(ctx.can(Action.FINALIZE_CONFERENCE))
        top = QHBoxLayout()  # under the note, which takes the whole width to itself
        top.addWidget(self.opened, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.finalize_button)
        self.board = AttendanceBoard()

        self.checkin = CheckInPanel(ctx)
        self.officers = OfficersPanel(ctx)
        self.minutes = MinutesPanel(ctx)
        self.votes = VotesPanel(ctx)
        self.checkin.checked.connect(self._attendance_changed)
        self.officers.saved.connect(self.changed)
        self.minutes.saved.connect(self.changed)
        self.votes.recorded.connect(self.changed)
        self.sections = QTabWidget()
        self.sections.setObjectName("daySections")
        self.sections.addTab(self.checkin, translate("DayTab", "Check-in"))
        self.sections.addTab(self.officers, translate("DayTab", "Officers"))
        self.sections.addTab(self.minutes, translate("DayTab", "Agenda and minutes"))
        self.sections.addTab(self.votes, translate("DayTab", "Votes"))
        self.sections.currentChanged.connect(self._section_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addLayout(top)
        layout.addWidget(self.board)
        layout.addWidget(self.sections, 1)

    @property
    def conference_id(self) -> int:
        return self.info.id if self.info else 0

    def heightForWidth(self, _width: int) -> int:
        """None: the tab takes the height it is given and its tables scroll. (Its wrapped
        labels would otherwise make a scroll area stretch it to the tables' full length.)"""
        return -1

    def load(self, info: ConferenceInfo) -> None:
        if self.info is not None and self.info.id != info.id and self.officers.dirty:
            self.officers.save()  # typed for the conference being left: kept, not dropped
        self.info = info
        held = info.stage is Stage.HELD
        run = held and self.ctx.can(Action.RUN_CONFERENCE)
        day = self.ctx.conference_day
        try:
            attendance = day.attendance(info.id)
            officers, votes = day.officers(info.id), day.votes(info.id)
            agenda = self.ctx.conferences.agenda(info.id)
        except DcsError as error:
            show_error(self, error)
            return
        self.agenda = agenda
        self.board.show_attendance(attendance)
        self.checkin.load(info, run)
        self.officers.load(info.id, officers, run)
        self.minutes.load(info, agenda, run)
        self.votes.load(info.id, votes, attendance, run, opened=info.opened_at is not None)
        self.open_button.setEnabled(run and info.opened_at is None)
        self.opened.setText(translate("DayTab", "Opened at {time}").format(
            time=dmy_hm(info.opened_at)) if info.opened_at else "")
        self.finalize_button.setEnabled(held and self.ctx.can(Action.FINALIZE_CONFERENCE))
        self.stage_note.setText(self._stage_text(info))
        if run and self.sections.currentWidget() is self.checkin:
            self.checkin.scan.setFocus()  # ready for the next scan

    def _stage_text(self, info: ConferenceInfo) -> str:
        if info.stage is Stage.HELD:
            if not self.ctx.can(Action.RUN_CONFERENCE):
                return translate("DayTab", "Only the officers run the conference day.")
            return translate("DayTab", "The conference day: check in those present, then "
                                       "follow the agenda.")
        if ORDER.index(info.stage) < ORDER.index(Stage.HELD):
            return translate("DayTab", "The conference day opens at the stage \"{stage}\"; "
                                       "the conference is at the stage \"{now}\".").format(
                stage=translate("Conference", STAGE_NAMES[Stage.HELD]),
                now=translate("Conference", STAGE_NAMES[info.stage]))
        return translate("DayTab", "Closed at {time}. The minutes and the resolution are final: "
                                   "this is the record of the day.").format(
            time=dmy_hm(info.closed_at))

    def _section_changed(self, _index: int) -> None:
        if self.sections.currentWidget() is not self.minutes:
            self.minutes.flush()  # what was typed is saved, not left behind
        if self.sections.currentWidget() is self.checkin and self.checkin.scan.isEnabled():
            self.checkin.scan.setFocus()

    def _attendance_changed(self) -> None:
        try:
            attendance = self.ctx.conference_day.attendance(self.conference_id)
        except DcsError as error:
            show_error(self, error)
            return
        self.board.show_attendance(attendance)
        self.votes.set_attendance(attendance)
        self.changed.emit()

    def _reload(self) -> None:
        try:
            info = self.ctx.conferences.get(self.conference_id)
        except DcsError as error:
            show_error(self, error)
            return
        self.load(info)
        self.changed.emit()

    # -- opening and closing -----------------------------------------------------------------
    def open_conference(self) -> MomentDialog | None:
        """Asks for the opening time: now on the planned day, the planned start when the day
        is recorded afterwards; before the day the service refuses and the dialog says so."""
        if self.info is None:
            return None
        info = self.info

        def submit(opening: datetime) -> None:
            self.ctx.conference_day.open(info.id, opening)

        dialog = opening_dialog(submit, clock.opening_time(info), clock.afterwards(info), self)
        self.opening_dialog = dialog

        def finished(result: int) -> None:
            dialog.deleteLater()
            if self.opening_dialog is dialog:
                self.opening_dialog = None
            if result == MomentDialog.DialogCode.Accepted:
                self._reload()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def finalize(self) -> MomentDialog | None:
        if self.info is None or not self.minutes.flush():
            return None
        if self.officers.dirty and not self.officers.save():
            return None
        info = self.info
        issued: list = []

        def submit(closing: datetime) -> None:
            issued.extend(self.ctx.resolutions.finalize(info.id, closing))

        dialog = closing_dialog(submit, clock.closing_time(info, self.agenda), self)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result != MomentDialog.DialogCode.Accepted or not issued:
                return
            self._reload()
            numbers = "\n".join(f"{kind_label(d.kind)}: {d.number}" for d in issued)
            QMessageBox.information(
                self, translate("DayTab", "Minutes and resolution final"),
                translate("DayTab", "The conference is closed. Issued:\n{numbers}").format(
                    numbers=numbers))

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
