"""A step of a supervision item's life cycle, or a note on its timeline, with evidence files
(photos, scanned letters). Only the steps the life cycle allows next and the user's role may
take are offered; a file over the size limit is refused as soon as it is chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.supervision import Status
from ...services.supervision_models import FileInput, ItemDetail
from ..date_edit import date_edit, event_day
from ..evidence_files import pick_files, size_text
from ..pages.supervision_text import enum_box, status_name
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, heading, hint, text_box

translate = QCoreApplication.translate


def prompt(status: Status | None) -> str:
    return {
        None: translate("ItemStepDialog", "What happened, what the evidence shows"),
        Status.SENT: translate("ItemStepDialog", "How and to whom it was sent (optional)"),
        Status.ANSWERED: translate("ItemStepDialog", "The employer's answer: what it will do, "
                                                     "and by when"),
        Status.REJECTED: translate("ItemStepDialog", "The reasons for the refusal"),
        Status.ESCALATED: translate("ItemStepDialog", "To whom it is escalated (the "
                                                      "upper-level union, the labour "
                                                      "authority) and why"),
        Status.RESOLVED: translate("ItemStepDialog", "How it was resolved (optional)"),
    }[status]


class ItemStepDialog(SubmitDialog):
    """With `steps`, accept() hands (status, text, on, files) to `submit`; without, it adds a
    note: (None, text, on, files)."""

    def __init__(self, item: ItemDetail, steps: Sequence[Status],
                 submit: Callable[[Status | None, str, date, tuple[FileInput, ...]], object],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.files: list[FileInput] = []
        note = not steps
        self.setWindowTitle(translate("ItemStepDialog", "Add a note or evidence") if note
                            else translate("ItemStepDialog", "Record a step"))
        self.setMinimumWidth(620)
        row = item.row
        about = heading(
            translate("ItemStepDialog", "Item no. {id}: {title}").format(id=row.id,
                                                                         title=row.title)
            + "\n" + translate("ItemStepDialog", "Now: {status}").format(
                status=status_name(row.status)), "stepHeading")
        self.status: QComboBox = enum_box("stepStatus", steps, status_name)
        self.status.setParent(self)
        self.status.setVisible(not note)
        self.text = text_box("stepText", 110)
        lowest = max([row.raised_on, *(u.on for u in item.timeline)])
        self.on = date_edit("stepOn", max(today, lowest), lowest=lowest)
        self.file_list = QListWidget()
        self.file_list.setObjectName("stepFiles")
        self.file_list.setMaximumHeight(90)
        attach = QPushButton(translate("ItemStepDialog", "Attach files…"))
        attach.setObjectName("stepAttach")
        attach.clicked.connect(self.choose_files)
        remove = QPushButton(translate("ItemStepDialog", "Remove"))
        remove.setObjectName("stepRemoveFile")
        remove.clicked.connect(self.remove_file)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(attach)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        layout = form()
        if not note:
            layout.addRow(translate("ItemStepDialog", "Next step"), self.status)
        layout.addRow(translate("ItemStepDialog", "Text"), self.text)
        layout.addRow(translate("ItemStepDialog", "Date"), self.on)
        layout.addRow(translate("ItemStepDialog", "Evidence"), self.file_list)
        layout.addRow("", file_buttons)
        layout.addRow("", hint(translate(
            "ItemStepDialog", "Photos, scanned letters or documents, up to 10 MB each; they are "
                              "kept in the database with the item.")))
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("ItemStepDialog", "Add") if note
            else translate("ItemStepDialog", "Record"), "stepOk",
            translate("ItemStepDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addWidget(about)
        box.addLayout(layout)
        box.addWidget(buttons)
        self.status.currentIndexChanged.connect(lambda _i: self._prompt())
        self._prompt()

    def chosen(self) -> Status | None:
        value = self.status.currentData()
        return Status(value) if value else None

    def _prompt(self) -> None:
        self.text.setPlaceholderText(prompt(self.chosen()))

    def choose_files(self) -> None:
        """The files picked are added; when one is refused (too large, empty), the message says
        why and none of them is added."""
        for file in pick_files(self):
            self.files.append(file)
            self.file_list.addItem(f"{file.file_name} ({size_text(len(file.data))})")

    def remove_file(self) -> None:
        row = self.file_list.currentRow()
        if row >= 0:
            self.file_list.takeItem(row)
            del self.files[row]

    def send(self) -> object:
        return self.submit(self.chosen(), self.text.toPlainText(), event_day(self.on),
                           tuple(self.files))

