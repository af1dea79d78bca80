"""The small steps of a bargaining round, each a short form: the time and place agreed (rule
B1), the publication of a session's minutes to all workers (rule B4), and failed bargaining on
one of the grounds of rule B5 (the service refuses a ground the dates do not support)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.bargaining_rules import FailureGround
from ...services.bargaining_models import SessionInfo
from ..pages.bargaining_text import failure_article, failure_name
from ..pages.conference_text import dmy, note_label, publication_form_box
from .bargaining_form import FormDialog

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Arrangement:
    arranged_on: date
    start_on: date
    place: str


@dataclass(frozen=True)
class Publication:
    day: date
    form: str
    place: str


@dataclass(frozen=True)
class Failure:
    ground: FailureGround
    day: date
    note: str


class ArrangeDialog(FormDialog):
    def __init__(self, submit: Callable[[Arrangement], object], day: date, start: date,
                 place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            translate("BargainingArrangeDialog", "Time and place agreed"),
            translate("BargainingArrangeDialog", "The parties agree the time and place within 7 working "
                      "days of the request, and bargaining starts within 30 days of it (rule "
                      "B1, Labour Code 2019 Art 70.1). A later date is recorded, and shown late."),
            submit, translate("BargainingArrangeDialog", "Save"), "arrangeOk", parent)
        self.arranged_on = self.day("arrangedOn", day)
        self.start_on = self.day("agreedStart", start)
        self.place = self.line("agreedPlace", place)
        self.form.addRow(translate("BargainingArrangeDialog", "Agreed on"), self.arranged_on)
        self.form.addRow(translate("BargainingArrangeDialog", "Bargaining starts on"), self.start_on)
        self.form.addRow(translate("BargainingArrangeDialog", "Place"), self.place)
        self.finish_layout()

    def values(self) -> Arrangement:
        return Arrangement(self.arranged_on.date().toPython(), self.start_on.date().toPython(),
                           self.place.text())


class MinutesPublicationDialog(FormDialog):
    def __init__(self, session: SessionInfo, submit: Callable[[Publication], object],
                 day: date, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("BargainingMinutesDialog", "Publication of the minutes"),
            translate("BargainingMinutesDialog", "The union publishes the minutes of session "
                      "{number} ({minutes}, {day}) to all workers (rule B4, Labour Code 2019 "
                      "Art 70.5).").format(number=session.number, minutes=session.minutes_number,
                                           day=dmy(session.held_on)),
            submit, translate("BargainingMinutesDialog", "Record the publication"),
            "publishMinutesOk", parent)
        self.published_on = self.day("minutesPublishedOn", day)
        self.form_box = publication_form_box("minutesPublicationForm")
        self.place = self.line("minutesPublicationPlace", placeholder=translate(
            "BargainingMinutesDialog", "e.g. Notice board of canteen 1"))
        self.form.addRow(translate("BargainingMinutesDialog", "Published on"),
                         self.published_on)
        self.form.addRow(translate("BargainingMinutesDialog", "Form"), self.form_box)
        self.form.addRow(translate("BargainingMinutesDialog", "Where"), self.place)
        self.finish_layout()

    def values(self) -> Publication:
        return Publication(self.published_on.date().toPython(), self.form_box.currentData(),
                           self.place.text())


class FailureDialog(FormDialog):
    def __init__(self, submit: Callable[[Failure], object], day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            translate("BargainingFailureDialog", "Failed bargaining"),
            translate("BargainingFailureDialog", "Bargaining has failed when a party refuses it or it "
                      "does not start in time, when its time runs out without an agreement, or "
                      "when the parties declare it failed (rule B5, Labour Code 2019 Art 71). "
                      "The program checks the ground against the dates. The parties may then "
                      "follow the labour dispute procedure."),
            submit, translate("BargainingFailureDialog", "Record the failure"), "recordFailureButton",
            parent)
        self.setMinimumWidth(680)
        self.ground = QComboBox()
        self.ground.setObjectName("failureGround")
        for ground in FailureGround:
            self.ground.addItem(f"{failure_article(ground)}: {failure_name(ground)}",
                                ground.value)
            self.ground.setItemData(self.ground.count() - 1, failure_name(ground),
                                    Qt.ItemDataRole.ToolTipRole)
        self.ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ground.setMinimumContentsLength(40)
        self.failed_on = self.day("failedOn", day)
        self.note = self.text_box("failureNote", 60)
        self.form.addRow(translate("BargainingFailureDialog", "Ground"), self.ground)
        self.form.addRow(translate("BargainingFailureDialog", "Recorded on"), self.failed_on)
        self.form.addRow(translate("BargainingFailureDialog", "Note"), self.note)
        self.form.addRow("", note_label(translate(
            "BargainingFailureDialog", "Ground a: no session by the latest start, or one party refused. "
                             "Ground b: the day is after the latest end. Ground c: any day.")))
        self.finish_layout()

    def values(self) -> Failure:
        return Failure(FailureGround(self.ground.currentData()),
                       self.failed_on.date().toPython(), self.note.toPlainText())
