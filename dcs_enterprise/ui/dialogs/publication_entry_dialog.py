"""Recording (or correcting) an entry of the employer's publication register (Decree 145/2020
Art 43): what was published (P1), in which form (P2), where, the day it was decided, and from
when until when it was posted, with a summary and, for a new entry, the evidence files. If the
service refuses, the dialog stays open with what was entered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.publication import MATTER_LABELS, PublicationForm, PublishedMatter
from ...services.supervision_models import EntryDetail, EntryInput, FileInput
from ..date_edit import DateEdit, date_edit, qdate
from ..errors import succeeded
from ..evidence_files import pick_files
from ..pages.conference_text import publication_form_box
from .buttons import accept_reject

translate = QCoreApplication.translate


class OptionalDate:
    """A date that may not be known yet: a check box as the row's label, the box beside it."""

    def __init__(self, label: str, name: str, day: date | None, default: date) -> None:
        self.check = QCheckBox(label)
        self.check.setObjectName(name + "Known")
        self.edit: DateEdit = date_edit(name, day or default)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


class PublicationEntryDialog(QDialog):
    """accept() hands (EntryInput, files) to `submit`; `entry` given, the dialog edits it
    (its files are attached from the page, one at a time)."""

    def __init__(self, submit: Callable[[EntryInput, tuple[FileInput, ...]], object],
                 today: date, entry: EntryDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.files: list[FileInput] = []
        self.setObjectName("publicationEntryDialog")
        self.setWindowTitle(
            translate("PublicationEntryDialog", "Record a publication") if entry is None
            else translate("PublicationEntryDialog", "Edit the publication"))
        self.setMinimumWidth(680)
        row = entry.row if entry is not None else None
        self.matter = QComboBox()
        self.matter.setObjectName("entryMatter")
        for matter in PublishedMatter:
            self.matter.addItem(translate("Publication", MATTER_LABELS[matter]), matter.value)
        self.title = QLineEdit()
        self.title.setObjectName("entryTitle")
        self.title.setPlaceholderText(translate(
            "PublicationEntryDialog", "e.g. Wage scale and table applied from 01/07/2026"))
        self.form = publication_form_box("entryForm", shortest=40)
        self.location = QLineEdit()
        self.location.setObjectName("entryLocation")
        self.location.setPlaceholderText(translate("PublicationEntryDialog",
                                                   "e.g. Notice board of canteen 1"))
        self.decided = OptionalDate(
            translate("PublicationEntryDialog", "Decided on"), "entryDecidedOn",
            row.decided_on if row else today, today)
        self.published_from = OptionalDate(
            translate("PublicationEntryDialog", "Published from"), "entryPublishedFrom",
            row.published_from if row else today, today)
        self.published_until = OptionalDate(
            translate("PublicationEntryDialog", "Posted until"), "entryPublishedUntil",
            row.published_until if row else None, today + timedelta(days=29))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("entrySummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.summary.setPlaceholderText(translate(
            "PublicationEntryDialog", "What the workers were told, in a few lines: it is shown "
                                      "in the employee view."))
        if row is not None:
            self.matter.setCurrentIndex(self.matter.findData(row.matter.value))
            self.title.setText(row.title)
            self.form.setCurrentIndex(self.form.findData(row.form.value))
            self.location.setText(row.location)
            self.summary.setPlainText(entry.summary)

        form = QFormLayout()
        form.addRow(translate("PublicationEntryDialog", "Matter (P1)"), self.matter)
        form.addRow(translate("PublicationEntryDialog", "Title"), self.title)
        form.addRow(translate("PublicationEntryDialog", "Form (P2)"), self.form)
        form.addRow(translate("PublicationEntryDialog", "Where"), self.location)
        for optional in (self.decided, self.published_from, self.published_until):
            form.addRow(optional.check, optional.edit)
        form.addRow(translate("PublicationEntryDialog", "Summary"), self.summary)
        note = QLabel(translate(
            "PublicationEntryDialog", "Untick \"Published from\" while the decision is not yet "
            "published, and \"Posted until\" while the posting has no end. Where the law binds "
            "the timing (rule P3), the decision is published within 15 days and posted for at "
            "least 20 consecutive days."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        if entry is None:
            layout.addLayout(self._files_row())
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PublicationEntryDialog", "Save"), "publicationEntryOk",
            translate("PublicationEntryDialog", "Cancel"))
        layout.addWidget(buttons)

    def _files_row(self) -> QHBoxLayout:
        self.file_list = QListWidget()
        self.file_list.setObjectName("entryFiles")
        self.file_list.setMaximumHeight(70)
        add = QPushButton(translate("PublicationEntryDialog", "Add evidence files…"))
        add.setObjectName("entryAddFiles")
        add.clicked.connect(self.add_files)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("PublicationEntryDialog", "Evidence")))
        row.addWidget(self.file_list, 1)
        row.addWidget(add)
        return row

    def add_files(self) -> None:
        picked = pick_files(self)
        self.files += picked
        self.file_list.addItems([f.file_name for f in picked])

    def entry(self) -> EntryInput:
        return EntryInput(PublishedMatter(self.matter.currentData()), self.title.text(),
                          PublicationForm(self.form.currentData()), self.location.text(),
                          self.summary.toPlainText(), self.decided.value(),
                          self.published_from.value(), self.published_until.value())

    def accept(self) -> None:
        if succeeded(self, lambda: self.submit(self.entry(), tuple(self.files))):
            super().accept()


def set_optional(optional: OptionalDate, day: date | None) -> None:
    """For the tests and the page: a day, or unknown."""
    optional.check.setChecked(day is not None)
    if day is not None:
        optional.edit.setDate(qdate(day))
