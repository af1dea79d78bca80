"""The employer's publication register (Decree 145/2020 Art 43; rules P1-P3): what was
published to the workers, in which form, where and from when to when, with the evidence
(a photo of the notice board, the letter to the union). Where the regime binds the timing (P3:
state-owned enterprises and those that opted in), each entry shows the check in green or red.
The employer side keeps the register; the union reads it, to supervise what was published."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.supervision_models import EntryDetail, EntryInput, EntryRow, FileInput
from ..context import UiContext
from ..dialogs.publication_entry_dialog import PublicationEntryDialog
from ..errors import show_error, succeeded
from ..evidence_files import describe, open_copy, pick_files, save_copy
from ..style import PAGE_TITLE_STYLE
from .conference_text import (
    action_button,
    list_view,
    note_label,
    selected_row,
    show_state,
    size_columns,
)
from .publication_entries import EntriesModel, entry_facts, timing_detail, today
from .record_browser import ID_ROLE, title_label
from .row_fitter import fit_visible_rows

translate = QCoreApplication.translate


class PublicationPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keeps = ctx.can(Action.KEEP_PUBLICATION_REGISTER)
        self.dialog: PublicationEntryDialog | None = None
        self.detail_entry: EntryDetail | None = None
        heading = QLabel(translate("PublicationPage", "Publication register"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet(PAGE_TITLE_STYLE)
        intro = note_label(translate(
            "PublicationPage", "What the employer published to the workers (Decree 145/2020 "
            "Art 43): the matter (P1), the form (P2), where, and from when to when, with the "
            "evidence. The published entries are shown in the employee view."), "publicationIntro")
        self.p3_note = note_label(object_name="p3Note")
        self.year = QComboBox()
        self.year.setObjectName("publicationYear")
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = action_button("newEntryButton", translate(
            "PublicationPage", "Record a publication…"), self.new_entry, self.keeps)
        self.edit_button = action_button("editEntryButton", translate(
            "PublicationPage", "Edit…"), self.edit_entry, self.keeps)
        self.attach_button = action_button("attachEvidenceButton", translate(
            "PublicationPage", "Attach evidence…"), self.attach, self.keeps)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("PublicationPage", "Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.attach_button):
            top.addWidget(button)

        self.model = EntriesModel(self)
        self.table = list_view("publicationTable", self.model)
        # The title takes the width left; the long labels wrap in columns of their own width.
        size_columns(self.table, stretch=(1,),
                     widths={0: 170, 2: 150, 3: 130, 4: 105, 5: 90, 6: 70})
        self.row_fitter = fit_visible_rows(self.table)  # any length, rows sized on screen
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._load_detail())
        self.table.doubleClicked.connect(lambda _i: self.edit_entry())
        self.empty = note_label(object_name="publicationEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("publicationSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setSizes([330, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.p3_note)
        if not self.keeps:
            layout.addWidget(note_label(translate(
                "PublicationPage", "The employer side keeps this register; the union reads it "
                "to supervise what was published, and when."), "publicationReadOnly"))
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    def _detail_panel(self) -> QScrollArea:
        self.detail_title = title_label("entryTitle")
        self.facts = note_label(object_name="entryFacts")
        self.facts.setStyleSheet("")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timing = note_label(object_name="entryTiming")
        self.summary = note_label(object_name="entrySummary")
        self.summary.setStyleSheet("")
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidenceList")
        self.evidence.setMaximumHeight(110)
        self.evidence.itemDoubleClicked.connect(lambda _item: self.open_evidence())
        self.evidence.currentItemChanged.connect(lambda *_a: self._evidence_buttons())
        self.open_button = QPushButton(translate("PublicationPage", "Open"))
        self.open_button.setObjectName("openEvidenceButton")
        self.open_button.clicked.connect(self.open_evidence)
        self.save_button = QPushButton(translate("PublicationPage", "Save a copy…"))
        self.save_button.setObjectName("saveEvidenceButton")
        self.save_button.clicked.connect(self.save_evidence)
        files = QHBoxLayout()
        files.addWidget(self.evidence, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        files.addLayout(buttons)
        self.detail = QWidget()
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.facts)
        layout.addWidget(self.timing)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(translate("PublicationPage", "Evidence files")))
        layout.addLayout(files)
        layout.addStretch(1)
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(self.detail)
        return holder

    # -- loading --------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id or self.current_id()
        try:
            bound = self.ctx.enterprise.get().settings.soe_rules
            every = self.ctx.publication_register.entries(today())
            self._years(every)
            year = self.year.currentData()
            rows = every if year is None else self.ctx.publication_register.entries(today(),
                                                                                     year)
        except DcsError as error:
            show_error(self, error)
            return
        self.model.bound = bound
        self.p3_note.setText(translate(
            "PublicationPage", "Rule P3 binds this enterprise (Law 10/2022 Arts 65.2, 66): a "
            "decision is published no later than 15 days after it is made and stays posted for "
            "at least 20 consecutive days.") if self.model.bound else translate(
            "PublicationPage", "Rule P3 (publication within 15 days, posted 20 days) binds "
            "state-owned enterprises and those that adopt it; it is not checked here."))
        self.model.set_rows(rows)
        self.empty.setText(translate(
            "PublicationPage", "Nothing recorded yet. The employer side records here each "
            "publication: the internal rules, the wage scales, the funds, the insurance "
            "payments, the business results…") if not rows else "")
        self.empty.setVisible(not rows)
        ids = [r.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._load_detail()

    def _years(self, rows: list[EntryRow]) -> None:
        years = sorted({d.year for r in rows for d in (r.published_from, r.decided_on) if d}
                       | {today().year}, reverse=True)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(translate("PublicationPage", "All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)) if chosen else 0)
        self.year.blockSignals(False)

    def current_id(self) -> int | None:
        row = selected_row(self.table)
        return self.model.rows[row].id if row is not None else None

    def _load_detail(self) -> None:
        chosen = self.current_id()
        self.detail.setVisible(chosen is not None)
        self.edit_button.setEnabled(chosen is not None)
        self.attach_button.setEnabled(chosen is not None)
        self.detail_entry = None
        if chosen is None:
            return
        try:
            entry = self.ctx.publication_register.get(chosen)
        except DcsError as error:
            show_error(self, error)
            return
        self.detail_entry = entry
        self._show(entry)

    def _show(self, entry: EntryDetail) -> None:
        row = entry.row
        self.detail_title.setText(row.title)
        self.facts.setText(entry_facts(entry))
        show_state(self.timing, *timing_detail(row, self.model.bound))
        self.summary.setText(entry.summary)
        self.summary.setVisible(bool(entry.summary))
        self.evidence.clear()
        for info in entry.attachments:
            item = QListWidgetItem(describe(info))
            item.setData(ID_ROLE, info.id)
            self.evidence.addItem(item)
        if not entry.attachments:
            self.evidence.addItem(translate("PublicationPage", "No evidence attached yet."))
        self.evidence.setCurrentRow(0 if entry.attachments else -1)
        self._evidence_buttons()

    def _evidence_buttons(self) -> None:
        chosen = self.evidence.currentItem() is not None and self.chosen_file() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    # -- the register ---------------------------------------------------------------------
    def new_entry(self) -> PublicationEntryDialog | None:
        if not self.keeps:
            return None

        def submit(data: EntryInput, files: tuple[FileInput, ...]) -> None:
            made = self.ctx.publication_register.add(data, files)
            self.refresh(made.row.id)

        return self._open(PublicationEntryDialog(submit, today(), parent=self))

    def edit_entry(self) -> PublicationEntryDialog | None:
        entry = self.detail_entry
        if not self.keeps or entry is None:
            return None

        def submit(data: EntryInput, _files: tuple[FileInput, ...]) -> None:
            self.ctx.publication_register.update(entry.row.id, data)
            self.refresh(entry.row.id)

        return self._open(PublicationEntryDialog(submit, today(), entry, self))

    def _open(self, dialog: PublicationEntryDialog) -> PublicationEntryDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def attach(self) -> None:
        entry_id = self.current_id()
        if not self.keeps or entry_id is None:
            return
        files = pick_files(self)  # checked before they are read: one refused, none attached
        register = self.ctx.publication_register
        for file in files:
            if not succeeded(self, lambda f=file: register.attach(entry_id, f, today())):
                break
        if files:
            self.refresh(entry_id)

    # -- the evidence ---------------------------------------------------------------------
    def chosen_file(self) -> int | None:
        item = self.evidence.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _file(self) -> tuple[str, bytes] | None:
        chosen = self.chosen_file()
        if chosen is None:
            return None
        try:
            return self.ctx.supervision_items.attachment_data(chosen)
        except DcsError as error:
            show_error(self, error)
            return None

    def open_evidence(self) -> None:
        if (found := self._file()) is not None:
            open_copy(*found)

    def save_evidence(self) -> None:
        if (found := self._file()) is not None:
            save_copy(self, *found)
