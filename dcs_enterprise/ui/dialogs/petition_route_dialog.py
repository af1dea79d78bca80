"""The union sends a petition to whoever answers it on the employer side: the addressee, the
category if it was filed under the wrong one, and the due date, counted by the regulation
unless the union sets another (never before the petition was received)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QVBoxLayout, QWidget

from ...domain.petitions import Category
from ...services.supervision_models import PetitionDetail
from ..date_edit import date_edit, event_day
from ..pages.supervision_text import category_name, choose, due_text, enum_box
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, heading, hint, line

translate = QCoreApplication.translate


class PetitionRouteDialog(SubmitDialog):
    """accept() hands (addressee, on, category, due_on or None) to `submit`."""

    def __init__(self, petition: PetitionDetail,
                 submit: Callable[[str, date, Category, date | None], object], today: date,
                 addressees: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        row = petition.row
        self.setWindowTitle(translate("PetitionRouteDialog", "Send to the employer"))
        self.setMinimumWidth(560)
        title = row.subject or (petition.content.splitlines() or [""])[0]
        self.heading = heading(translate("PetitionRouteDialog", "Petition no. {id}: {title}")
                               .format(id=row.id, title=title), "routeHeading")
        self.addressee = line("routeAddressee", translate(
            "PetitionRouteDialog", "e.g. Director; Head of the HR department"), row.addressee)
        if addressees:
            completer = QCompleter(sorted(set(addressees)), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.addressee.setCompleter(completer)
        self.category = enum_box("routeCategory", Category, category_name, shortest=30)
        choose(self.category, row.category)
        self.on = date_edit("routeOn", max(today, row.raised_on), lowest=row.raised_on)
        self.own_due = QCheckBox(translate("PetitionRouteDialog", "Set another due date"))
        self.own_due.setObjectName("routeOwnDue")
        self.due = date_edit("routeDue", row.due_on or today, lowest=row.raised_on)
        self.due.setEnabled(False)
        self.own_due.toggled.connect(self.due.setEnabled)
        layout = form()
        layout.addRow(translate("PetitionRouteDialog", "Addressee"), self.addressee)
        layout.addRow(translate("PetitionRouteDialog", "Category"), self.category)
        layout.addRow(translate("PetitionRouteDialog", "Sent on"), self.on)
        layout.addRow(translate("PetitionRouteDialog", "Due date"), hint(
            due_text(row.due_on, petition.due_why), "routeDueNow"))
        layout.addRow("", self.own_due)
        layout.addRow("", self.due)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PetitionRouteDialog", "Send"), "routeOk",
            translate("PetitionRouteDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(layout)
        box.addWidget(buttons)

    def send(self) -> object:
        due = self.due.date().toPython() if self.own_due.isChecked() else None
        return self.submit(self.addressee.text(), event_day(self.on),
                           Category(self.category.currentData()), due)
