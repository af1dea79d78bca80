"""Recording the publication of the dialogue representatives' list at the workplace (Decree
145/2020 Art 38.3; forms of Art 43.2): the day, the form and the place. If the service refuses,
the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.publication import PublicationForm
from ..date_edit import date_edit
from ..errors import succeeded
from ..pages.conference_text import publication_form_box
from .buttons import accept_reject

translate = QCoreApplication.translate


class ListPublicationDialog(QDialog):
    """accept() hands (form, place, day) to `submit`."""

    def __init__(self, submit: Callable[[PublicationForm, str, date], object], day: date,
                 lowest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("ListPublicationDialog", "Record publication"))
        self.setMinimumWidth(520)
        note = QLabel(translate(
            "ListPublicationDialog", "Both sides' lists of dialogue representatives are "
            "published at the workplace once determined and whenever they change (Decree "
            "145/2020 Art 38.3)."))
        note.setWordWrap(True)
        self.form = publication_form_box("listPublicationForm")
        self.place = QLineEdit()
        self.place.setObjectName("listPublicationPlace")
        self.place.setPlaceholderText(translate("ListPublicationDialog",
                                                "e.g. Notice board of canteen 1"))
        self.day = date_edit("listPublishedOn", day, lowest=lowest)
        form = QFormLayout()
        form.addRow(translate("ListPublicationDialog", "Form"), self.form)
        form.addRow(translate("ListPublicationDialog", "Place"), self.place)
        form.addRow(translate("ListPublicationDialog", "Published on"), self.day)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("ListPublicationDialog", "Record"), "listPublicationOk",
            translate("ListPublicationDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if succeeded(self, lambda: self.submit(PublicationForm(self.form.currentData()),
                                               self.place.text(), self.day.date().toPython())):
            super().accept()
