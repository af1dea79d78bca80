"""Petitions to the conference: those department meetings raised and those received otherwise,
and the employer's answers, which come before the conference day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.conference_stages import Stage
from ...domain.permissions import Action
from ...services.conference_models import ConferenceInfo, PetitionInfo
from ..context import UiContext
from ..dialogs.conference_petition_dialog import PetitionDialog
from ..list_model import ListTableModel
from .conference_text import dmy, list_view, note_label, selected_row, size_columns, wrap_rows

translate = QCoreApplication.translate
RECORD_STAGES = (Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS)
ANSWER_STAGES = (Stage.DELEGATES, Stage.DOCUMENTS, Stage.INVITATIONS, Stage.HELD)
UNANSWERED = QColor("#fff4ce")


class PetitionsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("PetitionsTab", "Raised on"), translate("PetitionsTab", "Raised by"),
                translate("PetitionsTab", "Petition"), translate("PetitionsTab", "Answer"),
                translate("PetitionsTab", "Answered by"),
                translate("PetitionsTab", "Answered on")]

    def display(self, row: PetitionInfo, column: int) -> object:
        answer = row.answer or translate("PetitionsTab", "(no answer yet)")
        return (dmy(row.raised_on), row.raised_by, row.content, answer, row.answered_by,
                dmy(row.answered_on))[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return UNANSWERED if self.rows[index.row()].answered_on is None else None
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            row = self.rows[index.row()]
            return f"{row.content}\n\n{row.answer}".strip()
        return super().data(index, role)


class PetitionsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dialog: PetitionDialog | None = None
        self.model = PetitionsModel(self)
        self.table = list_view("petitionsTable", self.model)
        # The petition and its answer share the width and wrap: read in full, not cut.
        size_columns(self.table, stretch=(2, 3), widths={1: 140, 4: 120})
        wrap_rows(self.table)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.table.doubleClicked.connect(lambda _index: self.answer())
        self.add_button = QPushButton(translate("PetitionsTab", "Add petition…"))
        self.add_button.setObjectName("addPetitionButton")
        self.add_button.clicked.connect(self.add_petition)
        self.add_button.setVisible(ctx.can(Action.RECORD_PETITIONS))
        self.answer_button = QPushButton(translate("PetitionsTab", "Answer…"))
        self.answer_button.setObjectName("answerPetitionButton")
        self.answer_button.clicked.connect(self.answer)
        self.answer_button.setVisible(ctx.can(Action.ANSWER_PETITIONS))
        self.count = QLabel()
        self.count.setObjectName("petitionCount")
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        side = translate("PetitionsTab", "Only the employer side answers petitions.") if not \
            ctx.can(Action.ANSWER_PETITIONS) else ""
        layout.addWidget(note_label(" ".join(filter(None, (translate(
            "PetitionsTab", "Petitions come from the department meetings and from workers "
            "directly, until the stage \"Documents and petitions\" ends. The employer answers "
            "each one in writing before the conference day; the answers are read out at the "
            "conference. Unanswered petitions are highlighted."), side))), "petitionsNote"))

    def load(self, info: ConferenceInfo) -> None:
        self.info = info
        rows = self.ctx.conference_delegates.petitions(info.id)
        self.model.set_rows(rows)
        open_count = sum(1 for p in rows if p.answered_on is None)
        self.count.setText(translate("PetitionsTab", "Petitions: {count}, without an answer: "
                                     "{open}").format(count=len(rows), open=open_count))
        self.add_button.setEnabled(info.stage in RECORD_STAGES)
        self._chosen()

    def selected(self) -> PetitionInfo | None:
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None else None

    def _chosen(self) -> None:
        self.answer_button.setEnabled(self.selected() is not None and self.info is not None
                                      and self.info.stage in ANSWER_STAGES)

    def add_petition(self) -> PetitionDialog | None:
        if self.info is None:
            return None
        cid = self.info.id

        def submit(content: str, raised_by: str, day: date) -> None:
            self.ctx.conference_delegates.record_petition(cid, content, raised_by, day)
            self.changed.emit()

        return self._open(PetitionDialog(submit, parent=self, held_on=self.info.held_on))

    def answer(self) -> PetitionDialog | None:
        petition = self.selected()
        if (petition is None or not self.ctx.can(Action.ANSWER_PETITIONS)
                or not self.answer_button.isEnabled()):
            return None

        def submit(answer: str, _by: str, day: date) -> None:
            self.ctx.conference_delegates.answer_petition(petition.id, answer, day)
            self.changed.emit()

        return self._open(PetitionDialog(submit, petition, self, held_on=self.info.held_on))

    def _open(self, dialog: PetitionDialog) -> PetitionDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
