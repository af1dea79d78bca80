"""Delegates: the seats per department, the department meetings and who they elected (with a
further round for the seats a tie or a split vote left empty), and under them the summoned list
(conference_summoned) with the ex officio delegates and the papers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_rules import ConferenceForm
from ...domain.conference_stages import ORDER, Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import ConferenceInfo, MeetingInfo, MeetingInput, SeatInfo
from ..context import UiContext
from ..dialogs.conference_meeting_dialog import DepartmentChoice, MeetingDialog
from ..errors import show_error
from ..list_model import ListTableModel
from ..printing import preview
from .conference_clock import approved_on
from .conference_summoned import SummonedBox
from .conference_text import (
    RED,
    action_button,
    dmy,
    list_view,
    note_label,
    selected_row,
    size_columns,
    wrap_rows,
)

translate = QCoreApplication.translate


def yes_no(value: bool) -> str:
    return translate("DelegatesTab", "Yes") if value else translate("DelegatesTab", "No")


class SeatsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("DelegatesTab", "Department"), translate("DelegatesTab", "Workers"),
                translate("DelegatesTab", "Seats"), translate("DelegatesTab", "Meeting"),
                translate("DelegatesTab", "Elected")]

    def display(self, row: SeatInfo, column: int) -> object:
        return (row.department, row.headcount, row.seats, yes_no(row.meeting_id is not None),
                row.elected)[column]


class MeetingsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("DelegatesTab", "Department"), translate("DelegatesTab", "Held on"),
                translate("DelegatesTab", "Present"), translate("DelegatesTab", "Seats to fill"),
                translate("DelegatesTab", "Elected")]

    def display(self, row: MeetingInfo, column: int) -> object:
        elected = ", ".join(c.name for c in row.candidates if c.elected)
        return (row.department, dmy(row.held_on), f"{row.present}/{row.workers}",
                row.unfilled if row.seats else "", elected)[column]

    def foreground(self, row: MeetingInfo) -> object:
        return QColor(RED) if row.unfilled else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]  # a narrow column shows its header cut short
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            row = self.rows[index.row()]
            rounds = max((c.round for c in row.candidates), default=1) > 1
            return "\n".join([row.department] + [
                translate("DelegatesTab", "{name}: {votes} votes{elected}").format(
                    name=c.name if not rounds else translate(
                        "DelegatesTab", "{name} (round {round})").format(
                        name=c.name, round=c.round), votes=c.votes,
                    elected=translate("DelegatesTab", ", elected") if c.elected else "")
                for c in row.candidates])
        return super().data(index, role)


class DelegatesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dialog = None
        self.planner = ctx.can(Action.PLAN_CONFERENCE)
        # One above the other, each table the whole width: side by side, neither the seats'
        # five columns nor the meetings' list of elected names fit beside the conference list.
        self.summoned = SummonedBox(ctx)
        self.summoned.changed.connect(self.changed)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        for pane in (self._seats_group(), self._meetings_group(), self.summoned):
            splitter.addWidget(pane)
        for pane in range(3):
            splitter.setCollapsible(pane, False)
        self._heights_for: tuple[int, bool] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- building -------------------------------------------------------------------------
    def _seats_group(self) -> QGroupBox:
        self.seats_group = QGroupBox(translate("DelegatesTab", "Seats per department"))
        box = QVBoxLayout(self.seats_group)
        self.seat_count = QSpinBox()
        self.seat_count.setObjectName("seatCount")
        self.seat_count.setRange(1, 1000)
        self.allocate_button = action_button("allocateButton", translate(
            "DelegatesTab", "Allocate"), self.allocate, self.planner)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("DelegatesTab", "Delegate seats")))
        row.addWidget(self.seat_count)
        row.addWidget(self.allocate_button)
        row.addSpacing(12)
        row.addWidget(note_label(translate(
            "DelegatesTab", "Seats follow each department's active workers by the largest "
            "remainder method, at least one seat per department (practice).")), 1)
        self.seats = SeatsModel(self)
        self.seats_table = list_view("seatsTable", self.seats)
        size_columns(self.seats_table, stretch=(0,))
        box.addLayout(row)
        box.addWidget(self.seats_table, 1)
        return self.seats_group

    def _meetings_group(self) -> QGroupBox:
        group = QGroupBox(translate("DelegatesTab", "Department meetings"))
        box = QVBoxLayout(group)
        self.meetings = MeetingsModel(self)
        self.meetings_table = list_view("meetingsTable", self.meetings)
        self.record_button = action_button("recordMeetingButton", translate(
            "DelegatesTab", "Record department meeting…"), self.record_meeting,
            self.ctx.can(Action.ELECT_DELEGATES))
        self.further_button = action_button("furtherRoundButton", translate(
            "DelegatesTab", "Further round…"), self.further_round,
            self.ctx.can(Action.ELECT_DELEGATES))
        self.minutes_button = action_button("printMeetingButton", translate(
            "DelegatesTab", "Print minutes…"), self.print_meeting,
            self.ctx.can(Action.PRINT_DOCUMENTS))
        size_columns(self.meetings_table, stretch=(4,), widths={0: 170})
        wrap_rows(self.meetings_table)  # every name a department elected, on more lines
        self.meeting_note = note_label("", "meetingNote")
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.further_button)
        row.addWidget(self.minutes_button)
        row.addSpacing(12)
        row.addWidget(self.meeting_note, 1)
        box.addLayout(row)
        box.addWidget(self.meetings_table, 1)
        self.meetings_table.selectionModel().selectionChanged.connect(self._meeting_chosen)
        return group

    # -- showing a conference -----------------------------------------------------------------
    def load(self, info: ConferenceInfo) -> None:
        self.info = info
        delegate_form = info.form is ConferenceForm.DELEGATE
        service = self.ctx.conference_delegates
        self.seats_group.setVisible(delegate_form)
        seats = self.ctx.conferences.seats(info.id) if delegate_form else []
        self.seats.set_rows(seats)
        self.seat_count.setValue(info.seats or max(len(seats), 1))
        allocatable = info.stage in (Stage.PLAN, Stage.DELEGATES)
        self.allocate_button.setEnabled(allocatable)
        self.seat_count.setEnabled(allocatable and self.planner)
        self.meetings.set_rows(service.meetings(info.id))
        meeting_stage = Stage.DELEGATES if delegate_form else Stage.DOCUMENTS
        self.record_button.setEnabled(info.stage is meeting_stage)
        self.minutes_button.setEnabled(bool(self.meetings.rows))
        self._meeting_chosen()
        self.meeting_note.setText(translate(
            "DelegatesTab", "Departments meet and elect their delegates at the stage "
            "\"Delegates\".") if delegate_form else translate(
            "DelegatesTab", "A full conference summons every worker: department meetings "
            "discuss the drafts and raise petitions at the stage \"Documents and petitions\"; "
            "they elect no delegates."))
        self.summoned.load(info)
        self._share_height(info)

    def _share_height(self, info: ConferenceInfo) -> None:
        """Until the invitations the seats and the meetings need the room, then the summoned
        list; the user's own division stands until another conference or stage is shown."""
        electing = ORDER.index(info.stage) < ORDER.index(Stage.INVITATIONS)
        if self._heights_for != (info.id, electing):
            self._heights_for = (info.id, electing)
            self.splitter.setSizes([220, 220, 160] if electing else [180, 180, 260])

    def selected_meeting(self) -> MeetingInfo | None:
        row = selected_row(self.meetings_table)
        return self.meetings.rows[row] if row is not None else None

    def _meeting_chosen(self) -> None:
        """A further round fills the seats the selected meeting left empty."""
        meeting = self.selected_meeting()
        self.further_button.setEnabled(
            meeting is not None and meeting.unfilled > 0 and self.info is not None
            and self.info.stage is Stage.DELEGATES)

    # -- actions ------------------------------------------------------------------------------
    def _run(self, action) -> bool:
        try:
            action()
        except DcsError as error:
            show_error(self, error)
            return False
        self.changed.emit()
        return True

    def allocate(self) -> None:
        if self.info is not None:
            cid, seats = self.info.id, self.seat_count.value()
            self._run(lambda: self.ctx.conferences.allocate(cid, seats))

    def department_choices(self) -> list[DepartmentChoice]:
        """Departments still to meet: with seats (delegate form) or with workers (full), each
        with those of its workers already delegates (ex officio, or elected before)."""
        info, departments = self.info, self.ctx.departments.list()
        below: dict[int, tuple[int, ...]] = {}
        for d in departments:
            if d.parent_id is not None:
                below[d.parent_id] = (*below.get(d.parent_id, ()), d.id)
        if info.form is ConferenceForm.DELEGATE:
            taken = self._delegates_by_department()
            return [DepartmentChoice(s.department_id, s.department, s.headcount, s.seats,
                                     below.get(s.department_id, ()),
                                     taken.get(s.department, ()))
                    for s in self.seats.rows if s.seats and s.meeting_id is None]
        met = {m.department_id for m in self.meetings.rows}
        return [DepartmentChoice(d.id, d.name, d.employee_count, 0, below.get(d.id, ()))
                for d in departments if d.employee_count and d.id not in met]

    def _delegates_by_department(self) -> dict[str, tuple[int, ...]]:
        """The summoned so far (employee ids), by department name."""
        taken: dict[str, tuple[int, ...]] = {}
        for d in self.ctx.conference_delegates.delegates(self.info.id):
            taken[d.department] = (*taken.get(d.department, ()), d.employee_id)
        return taken

    def record_meeting(self) -> MeetingDialog | None:
        if self.info is None:
            return None
        cid = self.info.id

        def submit(meeting):
            made = self.ctx.conference_delegates.record_meeting(cid, meeting)
            self.changed.emit()
            return made

        try:
            choices = self.department_choices()
        except DcsError as error:
            show_error(self, error)
            return None
        if not choices:
            QMessageBox.information(self, translate("DelegatesTab", "Department meetings"),
                                    translate("DelegatesTab", "Every department's meeting is "
                                              "already recorded."))
            return None
        return self._open(MeetingDialog(choices, self.ctx.employees, self.info.held_on, submit,
                                        elects=self.info.form is ConferenceForm.DELEGATE,
                                        parent=self, approved_on=approved_on(self.info)))

    def further_round(self) -> MeetingDialog | None:
        """Another round of the selected meeting's election, for its empty seats."""
        meeting = self.selected_meeting()
        if self.info is None or meeting is None or not meeting.unfilled:
            return None
        delegates = self.ctx.conference_delegates

        def submit(round_: MeetingInput) -> MeetingInfo:
            made = delegates.record_further_round(meeting.id, round_.present, round_.candidates)
            self.changed.emit()
            return made

        try:
            below = tuple(d.id for d in self.ctx.departments.list()
                          if d.parent_id == meeting.department_id)
            taken = self._delegates_by_department().get(meeting.department, ())
        except DcsError as error:
            show_error(self, error)
            return None
        choice = DepartmentChoice(meeting.department_id, meeting.department, meeting.workers,
                                  meeting.unfilled, below, taken)
        return self._open(MeetingDialog([choice], self.ctx.employees, self.info.held_on,
                                        submit, elects=True, parent=self, further=meeting,
                                        approved_on=approved_on(self.info)))

    def _open(self, dialog: MeetingDialog) -> MeetingDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_meeting(self):
        row = selected_row(self.meetings_table)
        if row is None and self.meetings.rows:
            row = 0
        if row is None:
            return None
        meeting, papers = self.meetings.rows[row], self.ctx.conference_papers
        return preview(self, translate("DelegatesTab", "Minutes of the department meeting"),
                       f"bien-ban-hoi-nghi-phong-ban-{meeting.id}.pdf",
                       lambda _numbered: papers.department_meeting(meeting.id))
