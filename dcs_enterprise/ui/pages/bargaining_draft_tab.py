"""The draft agreement: its chapters and clauses (each with its Art 67 topic and, where it
differs, its own term), edited here and saved as a new version, optionally linked to the
session that produced it; below, the versions and the changes between two of them. The text is
frozen once the workers have voted for it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.agreement_text import ClauseText, check_clauses
from ...domain.bargaining_stages import AgreementStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..dialogs.agreement_clause_dialog import ClauseDialog
from ..dialogs.bargaining_form import on_or_after
from ..errors import show_error
from ..list_model import ListTableModel
from . import bargaining_text as words
from .bargaining_diff import VersionsBox
from .conference_text import (
    action_button,
    list_view,
    note_label,
    selected_row,
    size_columns,
)

translate = QCoreApplication.translate


class ClausesModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("BargainingDraft", "Chapter"), translate("BargainingDraft", "Clause"),
                translate("BargainingDraft", "Title"), translate("BargainingDraft", "Topic"),
                translate("BargainingDraft", "Text"), translate("BargainingDraft", "Own term")]

    def display(self, row: ClauseText, column: int) -> object:
        term = "" if row.term_months is None else translate("BargainingDraft", "{months} months")\
            .format(months=row.term_months)
        return (f"{row.chapter}. {row.chapter_title}", row.number, row.title,
                words.topic_name(row.topic), row.text, term)[column]


class DraftTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: words.RoundView | None = None
        self.dialog: ClauseDialog | None = None
        self.dirty = False
        self.editable = False
        record = ctx.can(Action.RECORD_BARGAINING)
        self.state = note_label(object_name="draftState")
        self.model = ClausesModel(self)
        self.table = list_view("clausesTable", self.model)
        size_columns(self.table, stretch=(4,), widths={0: 160, 2: 150, 3: 160})
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_clause())
        self.add_button = action_button("addClauseButton", translate("BargainingDraft", "Add clause…"),
                                        self.add_clause, record)
        self.edit_button = action_button("editClauseButton",
                                         translate("BargainingDraft", "Edit clause…"),
                                         self.edit_clause, record)
        self.remove_button = action_button("removeClauseButton",
                                           translate("BargainingDraft", "Remove clause"),
                                           self.remove_clause, record)
        self.session = QComboBox()
        self.session.setObjectName("draftSession")
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.day = date_edit("draftDay")
        self.note = QLineEdit()
        self.note.setObjectName("draftNote")
        self.note.setPlaceholderText(translate("BargainingDraft", "Note (optional)"))
        self.save_button = action_button("saveDraftButton",
                                         translate("BargainingDraft", "Save as a new version"),
                                         self.save, record)
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        save_row = QHBoxLayout()
        self.save_labels = (QLabel(translate("BargainingDraft", "Session")),
                            QLabel(translate("BargainingDraft", "Date")))
        save_row.addWidget(self.save_labels[0])
        save_row.addWidget(self.session)
        save_row.addWidget(self.save_labels[1])
        save_row.addWidget(self.day)
        save_row.addWidget(self.note, 1)
        save_row.addWidget(self.save_button)
        for label in self.save_labels:
            label.setVisible(record)
        for widget in (self.session, self.day, self.note):
            widget.setVisible(record)
        clauses = QGroupBox(translate("BargainingDraft", "Chapters and clauses"))
        clauses_layout = QVBoxLayout(clauses)
        clauses_layout.addWidget(self.state)
        clauses_layout.addWidget(self.table)
        clauses_layout.addLayout(edit_row)
        clauses_layout.addLayout(save_row)
        self.versions = VersionsBox(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(clauses)
        layout.addWidget(self.versions, 1)

    # -- showing --------------------------------------------------------------------------
    def load(self, view: words.RoundView) -> None:
        same = self.view is not None and self.view.agreement.id == view.agreement.id
        self.view = view
        agreement = view.agreement
        self.editable = (self.ctx.can(Action.RECORD_BARGAINING) and view.open
                         and agreement.stage is AgreementStage.DRAFT)
        if not (same and self.dirty and self.editable):
            self._show([c.text for c in agreement.clauses], dirty=False)
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(translate("BargainingDraft", "none"), None)
        for s in view.round.sessions:
            self.session.addItem(translate("BargainingDraft", "Session {number} ({day})").format(
                number=s.number, day=s.held_on.strftime("%d/%m/%Y")), s.id)
        self.session.setCurrentIndex(self.session.count() - 1)
        self.session.blockSignals(False)
        self._session_chosen()
        self.versions.load(view)

    def _show(self, clauses: list[ClauseText], dirty: bool) -> None:
        self.model.set_rows(sorted(clauses, key=lambda c: c.key))
        words.fitted(self.table, most=8)
        self.dirty = dirty
        agreement = self.view.agreement
        if agreement.draft_version == 0:
            state = translate("BargainingDraft", "No version saved yet.")
        else:
            state = translate("BargainingDraft", "Version {version} of the draft.").format(
                version=agreement.draft_version)
        if dirty:
            state += " " + translate("BargainingDraft", "Changed here, not saved yet: save it as a "
                                                 "new version.")
        elif agreement.stage is not AgreementStage.DRAFT:
            state += " " + translate("BargainingDraft", "The workers voted for this text: it can no "
                                                 "longer be changed.")
        self.state.setText(state)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(self.editable)
        self.save_button.setEnabled(self.editable and bool(clauses))
        for widget in (self.session, self.day, self.note):
            widget.setEnabled(self.editable)

    def _session_chosen(self) -> None:
        """A version saved for a session is dated on that session's day by default."""
        if self.view is None:
            return
        sessions = {s.id: s for s in self.view.round.sessions}
        chosen = sessions.get(self.session.currentData())
        day = chosen.held_on if chosen else on_or_after(self.view.today,
                                                        self.view.round.requested_on)
        self.day.setDate(qdate(day))

    # -- editing --------------------------------------------------------------------------
    def clauses(self) -> list[ClauseText]:
        return list(self.model.rows)

    def _dialog(self, clause: ClauseText | None) -> ClauseDialog:
        rows = self.clauses()
        others = [c for c in rows if c is not clause]
        chapters = {c.chapter: c.chapter_title for c in rows}

        def next_number(_chapter: int) -> int:  # articles run through the whole agreement
            return max((c.number for c in others), default=0) + 1

        def submit(new: ClauseText) -> None:
            changed = [*others, new]
            check_clauses(changed)
            self._show(changed, dirty=True)

        dialog = ClauseDialog(chapters, next_number, submit, clause, self)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_clause(self) -> ClauseDialog:
        return self._dialog(None)

    def edit_clause(self) -> ClauseDialog | None:
        row = selected_row(self.table)
        if row is None or not self.editable:
            return None
        return self._dialog(self.model.rows[row])

    def remove_clause(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        self._show([c for n, c in enumerate(self.model.rows) if n != row], dirty=True)

    def save(self) -> None:
        agreement = self.view.agreement
        day: date = self.day.date().toPython()
        try:
            saved = self.ctx.agreements.save_draft(agreement.id, self.clauses(), day,
                                                   self.session.currentData(), self.note.text())
        except DcsError as error:
            show_error(self, error)
            return
        self.dirty = False
        self.note.clear()
        if saved.draft_version == agreement.draft_version:
            QMessageBox.information(self, translate("BargainingDraft", "Save as a new version"),
                                    translate("BargainingDraft", "Nothing changed since version "
                                              "{version}: no new version was saved.").format(
                                        version=agreement.draft_version))
        self.changed.emit()
