"""Who came to the dialogue (Decree 145/2020 Art 39.4): ticks for both sides' representatives,
the employer's legal representative or a person authorised in writing, the chair, the
note-taker, invited workers, and the live quorum of rule D7 (more than 70% of the worker
representatives; exactly 70% is not enough). The program records the attendance, and so opens
the dialogue, only with the quorum: the service refuses otherwise and says why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_rules import Side, check_dialogue_quorum
from ...domain.dialogue_stages import DialogueStage
from ...domain.errors import DcsError
from ...services.dialogue_models import AttendanceInput, DialogueInfo, RepresentativeInfo
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..errors import show_error
from .conference_text import action_button, note_label, rule_line, show_state
from .dialogue_text import organisation_name, side_name

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
LEGAL_ROLE = Qt.ItemDataRole.UserRole + 1


def sitting(members: tuple[RepresentativeInfo, ...], day: date) -> list[RepresentativeInfo]:
    """The members on the list on `day`: joined by then and not yet left."""
    return [m for m in members if m.joined_on <= day and (m.left_on is None or m.left_on > day)]


class AttendancePanel(QWidget):
    recorded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.lists: dict[Side, QListWidget] = {}
        grid = QGridLayout()
        for column, side in enumerate(Side):
            box = QGroupBox(side_name(side))
            people = QListWidget()
            people.setObjectName(f"{side.value}Present")
            people.itemChanged.connect(self._ticked)
            QVBoxLayout(box).addWidget(people)
            grid.addWidget(box, 0, column)
            self.lists[side] = people
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.held_on = date_edit("heldOn")
        self.legal = QCheckBox(translate("AttendancePanel",
                                         "The employer's legal representative is present"))
        self.legal.setObjectName("legalPresent")
        self.authorised = QLineEdit()
        self.authorised.setObjectName("authorisedPerson")
        self.authorised.setPlaceholderText(translate(
            "AttendancePanel", "Instead of the legal representative: name"))
        self.authorisation = QLineEdit()
        self.authorisation.setObjectName("authorisation")
        self.authorisation.setPlaceholderText(translate(
            "AttendancePanel", "e.g. Letter of authorisation No. 12/GUQ of 01/03/2027"))
        self.chair = QLineEdit()
        self.chair.setObjectName("dialogueChair")
        self.note_taker = QLineEdit()
        self.note_taker.setObjectName("noteTaker")
        self.invited = QLineEdit()
        self.invited.setObjectName("invitedWorkers")
        self.invited.setPlaceholderText(translate("AttendancePanel",
                                                  "Workers invited to take part, if any"))
        self.female = QCheckBox(translate("AttendancePanel",
                                          "A female worker representative is present"))
        self.female.setObjectName("femalePresent")
        self.legal.toggled.connect(self._show_quorum)
        self.authorised.textChanged.connect(self._show_quorum)
        form = QGridLayout()  # two columns of fields: the lists keep the height
        for number, (label, field) in enumerate((
                (translate("AttendancePanel", "Held on"), self.held_on),
                (translate("AttendancePanel", "Chair"), self.chair),
                (translate("AttendancePanel", "Authorised person"), self.authorised),
                (translate("AttendancePanel", "Note-taker"), self.note_taker),
                (translate("AttendancePanel", "Authorisation"), self.authorisation),
                (translate("AttendancePanel", "Invited workers"), self.invited))):
            row, column = divmod(number, 2)
            form.addWidget(QLabel(label), row, 2 * column)
            form.addWidget(field, row, 2 * column + 1)
        form.addWidget(self.legal, 3, 0, 1, 2)
        form.addWidget(self.female, 3, 2, 1, 2)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.quorum = note_label("", "dialogueQuorum")
        font = self.quorum.font()
        font.setBold(True)
        self.quorum.setFont(font)
        self.record_button = action_button(
            "recordAttendance", translate("AttendancePanel", "Record attendance and open"),
            self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum)
        layout.addLayout(form)
        layout.addLayout(grid, 1)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self, info: DialogueInfo, members: tuple[RepresentativeInfo, ...],
             run: bool) -> None:
        self.info = info
        day = info.held_on or info.scheduled_on
        if info.attendance:
            rows = [(r.representative_id, r.side, r.full_name, r.organisation, r.present,
                     False) for r in info.attendance]
        else:
            rows = [(m.id, m.side, m.full_name, m.organisation, False,
                     m.is_legal_representative) for m in sitting(members, day)]
        for people in self.lists.values():
            people.blockSignals(True)
            people.clear()
        for member_id, side, name, organisation, present, legal in rows:
            text = name if side is Side.EMPLOYER else f"{name} — {organisation_name(organisation)}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, member_id)
            item.setData(LEGAL_ROLE, legal)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.lists[side].addItem(item)
        for people in self.lists.values():
            people.blockSignals(False)
        self.held_on.setDate(qdate(day))
        self.legal.setChecked(info.employer_representative_present)
        self.authorised.setText(info.authorised_person)
        self.authorisation.setText(info.authorisation)
        self.chair.setText(info.chair)
        self.note_taker.setText(info.note_taker)
        self.invited.setText(info.invited)
        self.female.setChecked(info.female_representative_present)
        editable = run and info.stage in (DialogueStage.SCHEDULED, DialogueStage.HELD)
        for widget in (self.held_on, self.legal, self.female, self.record_button,
                       *self.lists.values()):
            widget.setEnabled(editable)
        for edit in (self.authorised, self.authorisation, self.chair, self.note_taker,
                     self.invited):
            edit.setReadOnly(not editable)
        self.record_button.setText(
            translate("AttendancePanel", "Record attendance and open")
            if info.stage is DialogueStage.SCHEDULED
            else translate("AttendancePanel", "Correct the attendance"))
        self._show_quorum()

    def present(self, side: Side) -> list[int]:
        people = self.lists[side]
        return [people.item(r).data(ID_ROLE) for r in range(people.count())
                if people.item(r).checkState() == Qt.CheckState.Checked]

    def tick(self, side: Side, count: int) -> None:
        """Ticks the first `count` of one side as present, the others absent."""
        people = self.lists[side]
        for row in range(people.count()):
            people.item(row).setCheckState(Qt.CheckState.Checked if row < count
                                           else Qt.CheckState.Unchecked)

    def _ticked(self, item: QListWidgetItem) -> None:
        if item.data(LEGAL_ROLE) and item.checkState() == Qt.CheckState.Checked:
            self.legal.setChecked(True)  # the legal representative ticked on the list
        self._show_quorum()

    def _show_quorum(self) -> None:
        listed = self.lists[Side.WORKER].count()
        if listed == 0:
            show_state(self.quorum, translate(
                "AttendancePanel", "The list has no worker representatives on this day."),
                False)
            return
        employer = self.legal.isChecked() or bool(self.authorised.text().strip())
        quorum = check_dialogue_quorum(employer, len(self.present(Side.WORKER)), listed)
        state = (translate("AttendancePanel", "Quorum reached") if quorum.met
                 else translate("AttendancePanel", "Quorum not reached"))
        show_state(self.quorum, f"{state}: {rule_line(quorum.why)}", quorum.met)

    def attendance(self) -> AttendanceInput:
        return AttendanceInput(
            held_on=self.held_on.date().toPython(),
            present=tuple(self.present(Side.EMPLOYER) + self.present(Side.WORKER)),
            employer_representative_present=self.legal.isChecked(),
            authorised_person=self.authorised.text(), authorisation=self.authorisation.text(),
            chair=self.chair.text(), note_taker=self.note_taker.text(),
            invited=self.invited.text(), female_representative_present=self.female.isChecked())

    def record(self) -> None:
        try:
            self.ctx.dialogues.record_attendance(self.info.id, self.attendance())
        except DcsError as error:
            show_error(self, error)
            return
        self.recorded.emit()

