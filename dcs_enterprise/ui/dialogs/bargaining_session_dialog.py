"""A bargaining session and its minutes (rule B4, Labour Code 2019 Art 70.5): when and where,
both sides' representatives, the upper-level union's invited representatives, the note-taker,
what was discussed, the points agreed and those still disputed, and the next session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTimeEdit, QWidget

from ...services.bargaining_models import SessionInput
from .bargaining_form import FormDialog

translate = QCoreApplication.translate


class SessionDialog(FormDialog):
    def __init__(self, number: int, submit: Callable[[SessionInput], object], day: date,
                 place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            translate("BargainingSessionDialog", "Bargaining session {number}").format(number=number),
            translate("BargainingSessionDialog", "The minutes record the points agreed and those still "
                      "disputed; the representatives of both sides and the note-taker sign "
                      "them, and the union publishes them to all workers (rule B4, Labour Code "
                      "2019 Art 70.5)."),
            submit, translate("BargainingSessionDialog", "Record the session"), "recordSessionButton",
            parent)
        self.setMinimumWidth(640)
        self.held_on = self.day("sessionDay", day)
        self.start = QTimeEdit(QTime(8, 0))
        self.start.setObjectName("sessionStart")
        self.start.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(self.start)
        when.addStretch(1)
        self.place = self.line("sessionPlace", place)
        one_a_line = translate("BargainingSessionDialog", "Name and position, one per line")
        self.employer = self.text_box("employerRepresentatives", 52, one_a_line)
        self.union = self.text_box("unionRepresentatives", 52, one_a_line)
        self.upper_union = self.text_box("upperUnionRepresentatives", 40, translate(
            "BargainingSessionDialog", "Invited by the grassroots union, if any"))
        self.note_taker = self.line("noteTaker")
        self.discussed = self.text_box("sessionDiscussed", 52)
        self.agreed = self.text_box("agreedPoints", 60)
        self.disputed = self.text_box("disputedPoints", 60)
        self.has_next = QCheckBox(translate("BargainingSessionDialog", "on"))
        self.has_next.setObjectName("hasNextSession")
        self.next_on = self.day("nextSessionDay", day)
        self.next_on.setEnabled(False)
        self.has_next.toggled.connect(self.next_on.setEnabled)
        following = QHBoxLayout()
        following.addWidget(self.has_next)
        following.addWidget(self.next_on)
        following.addStretch(1)
        rows = (
            (translate("BargainingSessionDialog", "Held on"), when),
            (translate("BargainingSessionDialog", "Place"), self.place),
            (translate("BargainingSessionDialog", "Employer's representatives"), self.employer),
            (translate("BargainingSessionDialog", "Union's representatives"), self.union),
            (translate("BargainingSessionDialog", "Upper-level union"), self.upper_union),
            (translate("BargainingSessionDialog", "Note-taker"), self.note_taker),
            (translate("BargainingSessionDialog", "Discussed"), self.discussed),
            (translate("BargainingSessionDialog", "Points agreed"), self.agreed),
            (translate("BargainingSessionDialog", "Points disputed"), self.disputed),
            (translate("BargainingSessionDialog", "Next session"), following),
        )
        for label, field in rows:
            self.form.addRow(label, field)
        self.finish_layout()

    def values(self) -> SessionInput:
        return SessionInput(
            held_on=self.held_on.date().toPython(),
            employer_representatives=self.employer.toPlainText(),
            union_representatives=self.union.toPlainText(),
            note_taker=self.note_taker.text(), agreed_points=self.agreed.toPlainText(),
            disputed_points=self.disputed.toPlainText(), discussed=self.discussed.toPlainText(),
            upper_union_representatives=self.upper_union.toPlainText(),
            start_time=self.start.time().toString("HH:mm"), place=self.place.text(),
            next_session_on=self.next_on.date().toPython() if self.has_next.isChecked()
            else None)
