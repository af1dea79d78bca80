"""Opening the year's workers' conference: year, day, start time and place, with the form
rule C2 suggests for the current headcount. The other form may be chosen only where the rule
leaves it to the employer and the union together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_rules import ConferenceForm, FormSuggestion
from ...domain.errors import DcsError
from ...services.conference_models import PlanInput
from ..date_edit import date_edit
from ..errors import show_error
from ..pages.conference_text import form_name, note_label, rule_line

translate = QCoreApplication.translate


def default_year(today: date) -> int:
    """From October the conference being prepared is next year's."""
    return today.year + 1 if today.month >= 10 else today.year


class NewConferenceDialog(QDialog):
    """accept() hands (year, plan) to `submit`; if the service refuses, the dialog stays open
    with what the user entered."""

    def __init__(self, suggestion: FormSuggestion, submit: Callable[[int, PlanInput], object],
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.suggestion = suggestion
        today = today or date.today()
        self.setWindowTitle(translate("NewConferenceDialog", "New workers' conference"))
        self.year = QSpinBox()
        self.year.setObjectName("conferenceYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(default_year(today))
        self.day = date_edit("conferenceDay")
        self.start = QTimeEdit(QTime(7, 30))
        self.start.setObjectName("conferenceStart")
        self.start.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("conferencePlace")
        self.place.setPlaceholderText(translate("NewConferenceDialog", "e.g. Hall A, head office"))
        self.place.setMinimumWidth(360)
        self.form = QComboBox()
        self.form.setObjectName("conferenceForm")
        for form in ConferenceForm:
            self.form.addItem(form_name(form), form.value)
        self.form.setCurrentIndex(self.form.findData(suggestion.form.value))
        self.form.setEnabled(suggestion.joint_choice)
        self.reason = note_label(rule_line(suggestion.why), "formReason")
        choice = translate("NewConferenceDialog", "The employer and the union may choose the "
                           "other form together.") if suggestion.joint_choice else translate(
            "NewConferenceDialog", "The rule leaves no choice of form.")
        self.choice_note = note_label(choice, "formChoiceNote")
        self.year.valueChanged.connect(self._year_changed)
        self._year_changed(self.year.value(), today)

        layout_form = QFormLayout()
        layout_form.addRow(translate("NewConferenceDialog", "Year"), self.year)
        layout_form.addRow(translate("NewConferenceDialog", "Conference day"), self.day)
        layout_form.addRow(translate("NewConferenceDialog", "Starts at"), self.start)
        layout_form.addRow(translate("NewConferenceDialog", "Place"), self.place)
        layout_form.addRow(translate("NewConferenceDialog", "Form"), self.form)
        layout_form.addRow("", self.reason)
        layout_form.addRow("", self.choice_note)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(translate("NewConferenceDialog", "Create"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("createConferenceButton")
        buttons.addButton(translate("NewConferenceDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(layout_form)
        layout.addWidget(buttons)

    def _year_changed(self, year: int, today: date | None = None) -> None:
        """Keeps the day inside the year; a first guess a month ahead, or mid-March."""
        today = today or date.today()
        self.day.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        guess = today + timedelta(days=30) if year == today.year else date(year, 3, 15)
        if guess.year != year:
            guess = date(year, 12, 31)
        self.day.setDate(QDate(guess.year, guess.month, guess.day))

    def plan(self) -> PlanInput:
        return PlanInput(held_on=self.day.date().toPython(),
                         start_time=self.start.time().toString("HH:mm"),
                         place=self.place.text().strip(),
                         form=ConferenceForm(self.form.currentData()))

    def accept(self) -> None:
        try:
            self.submit(self.year.value(), self.plan())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
