"""Recording a department's meeting before the conference: who attended, the discussion, the
petitions it raised and, for a delegate conference, the candidates' votes. The program decides
who is elected and the dialog then shows it with the rule it applied. The same dialog records a
further round for the seats a tie or a split vote left empty: the department fixed, only those
present and the candidates' votes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_plan import ElectionMethod
from ...domain.errors import DcsError
from ...services.conference_models import CandidateInput, MeetingInfo, MeetingInput
from ..date_edit import date_edit
from ..errors import show_error
from ..list_model import ListTableModel
from ..pages.conference_clock import today_within
from ..pages.conference_text import (
    list_view,
    method_name,
    note_label,
    rule_line,
    selected_row,
    size_columns,
)
from .conference_employee_picker import EmployeePicker

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DepartmentChoice:
    id: int
    name: str
    workers: int
    seats: int  # to fill: 0 for a full conference
    below: tuple[int, ...] = ()  # the departments directly under it, which meet on their own
    delegates: tuple[int, ...] = ()  # its workers already delegates: no longer candidates


class CandidatesModel(ListTableModel):
    """Rows are [employee_id, name, code, votes]; the votes are typed in the table."""

    def headers(self) -> list[str]:
        return [translate("MeetingDialog", "Candidate"), translate("MeetingDialog", "Code"),
                translate("MeetingDialog", "Votes")]

    def display(self, row: list, column: int) -> object:
        return row[column + 1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.EditRole:
            return self.rows[index.row()][3]
        return super().data(index, role)

    def flags(self, index):
        editable = Qt.ItemFlag.ItemIsEditable if index.column() == 2 else Qt.ItemFlag.NoItemFlags
        return super().flags(index) | editable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != 2:
            return False
        self.rows[index.row()][3] = max(0, int(value))
        self.dataChanged.emit(index, index)
        return True


class MeetingDialog(QDialog):
    def __init__(self, departments: Sequence[DepartmentChoice], employees, held_on: date,
                 submit: Callable[[MeetingInput], MeetingInfo], *, elects: bool,
                 parent: QWidget | None = None, further: MeetingInfo | None = None,
                 approved_on: date | None = None) -> None:
        """`further`: the meeting whose empty seats a further round fills (`departments` then
        holds its department alone, with the seats still to fill). The meeting is held
        between the plan's approval (`approved_on`) and the conference day: today, or the
        nearest day within those (the meeting recorded afterwards)."""
        super().__init__(parent)
        self.employees, self.submit, self.elects = employees, submit, elects
        self.further = further
        self.picker: EmployeePicker | None = None
        self.result: MeetingInfo | None = None
        self.setWindowTitle(translate("MeetingDialog", "Department meeting") if further is None
                            else translate("MeetingDialog", "Further round: {department}")
                            .format(department=further.department))
        self.resize(720, 440 if further else 680 if elects else 520)
        self.department = QComboBox()
        self.department.setObjectName("meetingDepartment")
        for choice in departments:
            self.department.addItem(choice.name, choice)
        self.day = date_edit("meetingDay", today_within(approved_on, held_on),
                             lowest=approved_on, highest=held_on)
        self.present = QSpinBox()
        self.present.setObjectName("meetingPresent")
        self.chair, self.secretary = QLineEdit(), QLineEdit()
        self.chair.setObjectName("meetingChair")
        self.secretary.setObjectName("meetingSecretary")
        self.method = QComboBox()
        self.method.setObjectName("meetingMethod")
        for method in ElectionMethod:
            self.method.addItem(method_name(method), method.value)
        self.discussion, self.petitions = QPlainTextEdit(), QPlainTextEdit()
        self.discussion.setObjectName("meetingDiscussion")
        self.petitions.setObjectName("meetingPetitions")
        self.petitions.setPlaceholderText(translate("MeetingDialog", "One petition per line"))
        for edit in (self.discussion, self.petitions):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        self.seat_note = note_label("", "meetingSeats")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("MeetingDialog", "Department"), self.department)
        form.addRow(translate("MeetingDialog", "Held on"), self.day)
        form.addRow(translate("MeetingDialog", "Workers present"), self.present)
        form.addRow(translate("MeetingDialog", "Chaired by"), self.chair)
        form.addRow(translate("MeetingDialog", "Secretary"), self.secretary)
        if elects:
            form.addRow(translate("MeetingDialog", "Voting"), self.method)
        form.addRow(translate("MeetingDialog", "Discussion"), self.discussion)
        form.addRow(translate("MeetingDialog", "Petitions"), self.petitions)
        form.addRow("", self.seat_note)
        if further is not None:  # the round is part of the meeting already recorded
            self.department.setEnabled(False)
            for widget in (self.day, self.chair, self.secretary, self.method, self.discussion,
                           self.petitions):
                if form.indexOf(widget) >= 0:
                    form.setRowVisible(widget, False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.candidates = CandidatesModel(self)
        self.candidate_table = list_view("candidateTable", self.candidates)
        self.candidate_table.setEditTriggers(self.candidate_table.EditTrigger.AllEditTriggers)
        size_columns(self.candidate_table, stretch=(0,), widths={1: 90, 2: 90})
        if elects:
            layout.addWidget(self._candidates_group(), 1)
        self.outcome = note_label("", "meetingOutcome")
        self.outcome.setStyleSheet("background: #e6f4ea; color: #1b4d20; padding: 6px;")
        self.outcome.hide()
        layout.addWidget(self.outcome)
        box = QDialogButtonBox()
        self.record_button = box.addButton(
            translate("MeetingDialog", "Record the meeting") if further is None
            else translate("MeetingDialog", "Record the round"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setObjectName("recordMeetingButton")
        self.close_button = box.addButton(translate("MeetingDialog", "Cancel"),
                                          QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.department.currentIndexChanged.connect(self._department_chosen)
        self._department_chosen()

    def _candidates_group(self) -> QGroupBox:
        group = QGroupBox(translate("MeetingDialog", "Candidates and votes"))
        box = QVBoxLayout(group)
        add = QPushButton(translate("MeetingDialog", "Add candidate…"))
        add.setObjectName("addCandidateButton")
        add.clicked.connect(self.pick_candidate)
        remove = QPushButton(translate("MeetingDialog", "Remove candidate"))
        remove.setObjectName("removeCandidateButton")
        remove.clicked.connect(self.remove_candidate)
        row = QHBoxLayout()
        row.addWidget(note_label(translate(
            "MeetingDialog", "Double-click the votes to type them. The program elects those "
            "with more than half of the workers present, most votes first.")), 1)
        row.addWidget(add)
        row.addWidget(remove)
        box.addWidget(self.candidate_table, 1)
        box.addLayout(row)
        return group

    def choice(self) -> DepartmentChoice | None:
        return self.department.currentData()

    def _department_chosen(self) -> None:
        choice = self.choice()
        self.present.setRange(1, max(1, choice.workers if choice else 1))
        self.present.setValue(self.present.maximum())
        self.candidates.set_rows([])
        if self.further is not None:
            self._prefill(self.further)
        elif choice is None:
            self.seat_note.setText("")
        elif self.elects:
            self.seat_note.setText(translate(
                "MeetingDialog", "{workers} workers; {seats} delegate seats to fill.").format(
                workers=choice.workers, seats=choice.seats))
        else:
            self.seat_note.setText(translate(
                "MeetingDialog", "{workers} workers. A full conference summons every worker: "
                "the meeting elects no delegates.").format(workers=choice.workers))

    def _prefill(self, meeting: MeetingInfo) -> None:
        """Those tied in the last round (or, after a split vote, those it did not elect) stand
        again; the votes are typed afresh."""
        self.present.setValue(meeting.present)
        last = max((c.round for c in meeting.candidates), default=1)
        tied = [c for c in meeting.candidates if c.round == last and c.name in meeting.tied]
        again = tied or [c for c in meeting.candidates if c.round == last and not c.elected]
        self.candidates.set_rows([[c.employee_id, c.name, c.code, 0] for c in again])
        self.seat_note.setText(" ".join((translate(
            "MeetingDialog", "{workers} workers; {unfilled} of the {seats} delegate seats still "
            "to fill.").format(workers=meeting.workers, unfilled=meeting.unfilled,
                               seats=meeting.seats), (translate(
                "MeetingDialog", "Those tied in round {round} stand again; add others of the "
                "department who stand too.") if tied else translate(
                "MeetingDialog", "Those not elected in round {round} stand again; remove those "
                "who withdraw, add others who stand.")).format(round=last))))

    def pick_candidate(self) -> EmployeePicker | None:
        choice = self.choice()
        if choice is None:
            return None

        def add(employee) -> None:
            if any(row[0] == employee.id for row in self.candidates.rows):
                return
            self.candidates.set_rows([*self.candidates.rows,
                                      [employee.id, employee.full_name, employee.code, 0]])

        self.picker = EmployeePicker(self.employees, add, translate(
            "MeetingDialog", "Candidate from {department}").format(department=choice.name),
            choice.id, self, below=choice.below, exclude=choice.delegates)
        self.picker.finished.connect(self.picker.deleteLater)
        self.picker.open()
        return self.picker

    def remove_candidate(self) -> None:
        row = selected_row(self.candidate_table)
        if row is not None:
            self.candidates.set_rows(r for n, r in enumerate(self.candidates.rows) if n != row)

    def meeting(self) -> MeetingInput:
        choice = self.choice()
        return MeetingInput(
            department_id=choice.id if choice else 0, held_on=self.day.date().toPython(),
            present=self.present.value(), chair=self.chair.text(),
            secretary=self.secretary.text(), method=ElectionMethod(self.method.currentData()),
            discussion=self.discussion.toPlainText(),
            petitions=tuple(line for line in self.petitions.toPlainText().splitlines()
                            if line.strip()),
            candidates=tuple(CandidateInput(r[0], r[3]) for r in self.candidates.rows))

    def accept(self) -> None:
        if self.result is not None:
            super().accept()
            return
        try:
            self.result = self.submit(self.meeting())
        except DcsError as error:
            show_error(self, error)
            return
        self.outcome.setText(outcome_text(self.result))
        self.outcome.show()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox,
                                   QPushButton)) and widget is not self.close_button:
                widget.setEnabled(False)
        self.record_button.setEnabled(True)
        self.record_button.setText(translate("MeetingDialog", "Close"))
        self.close_button.hide()


def outcome_text(meeting: MeetingInfo) -> str:
    """Who the meeting's last round elected, why, and who must vote again."""
    last = max((c.round for c in meeting.candidates), default=1)
    lines = [translate("MeetingDialog", "Meeting of {department} recorded.").format(
        department=meeting.department) if last == 1 else translate(
        "MeetingDialog", "Round {round} of {department} recorded.").format(
        round=last, department=meeting.department)]
    if meeting.election is not None:
        elected = [c.name for c in meeting.candidates if c.elected and c.round == last]
        lines.append(translate("MeetingDialog", "Elected: {names}").format(
            names=", ".join(elected) or translate("MeetingDialog", "nobody")))
        lines.append(rule_line(meeting.election))
        if meeting.tied:
            lines.append(translate(
                "MeetingDialog", "Tied for the last seat, a further round is needed: {names}")
                .format(names=", ".join(meeting.tied)))
        elif meeting.unfilled:
            lines.append(translate(
                "MeetingDialog", "Seats still to fill: {count}. A further round is needed.")
                .format(count=meeting.unfilled))
    return "\n".join(lines)
