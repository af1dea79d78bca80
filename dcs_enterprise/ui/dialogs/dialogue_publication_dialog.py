"""Recording the publication of the dialogue representatives' list at the workplace (Decree
145/2020 Art 38.3; forms of Art 43.2): the day, the form and the place. If the service refuses,
the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.publication import PublicationForm
from ..date_edit import date_edit
from ..errors import show_error
from ..pages.conference_text import publication_form_label

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
        self.form = QComboBox()
        self.form.setObjectName("listPublicationForm")
        for form in PublicationForm:
            self.form.addItem(publication_form_label(form), form.value)
        self.place = QLineEdit()
        self.place.setObjectName("listPublicationPlace")
        self.place.setPlaceholderText(translate("ListPublicationDialog",
                                                "e.g. Notice board of canteen 1"))
        self.day = date_edit("listPublishedOn", day, lowest=lowest)
        form = QFormLayout()
        form.addRow(translate("ListPublicationDialog", "Form"), self.form)
        form.addRow(translate("ListPublicationDialog", "Place"), self.place)
        form.addRow(translate("ListPublicationDialog", "Published on"), self.day)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(translate("ListPublicationDialog", "Record"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("listPublicationOk")
        buttons.addButton(translate("ListPublicationDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.submit(PublicationForm(self.form.currentData()), self.place.text(),
                        self.day.date().toPython())
        except DcsError as error:
            show_error(self, error)
            return
        super().accept()
