"""The draft resolution: its numbered articles, edited here and saved as a whole. An article
naming who carries it out and by when is a commitment, tracked once the resolution is issued.
Once issued, the articles are read-only unless a correction is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import ArticleInput, ConferenceInfo
from ..context import UiContext
from ..dialogs.conference_article_dialog import ArticleDialog
from ..errors import show_error
from ..list_model import ListTableModel
from .conference_text import dmy, list_view, note_label, selected_row, size_columns, wrap_rows

translate = QCoreApplication.translate


class ArticlesModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("ArticlesTab", "Article"), translate("ArticlesTab", "Title"),
                translate("ArticlesTab", "Carried out by"), translate("ArticlesTab", "Due by"),
                translate("ArticlesTab", "Commitment"), translate("ArticlesTab", "Text")]

    def display(self, row: ArticleInput, column: int) -> object:
        first_line = row.text.splitlines()[0] if row.text else ""
        commitment = translate("ArticlesTab", "Yes") if row.owner else ""
        return ("", row.title, row.owner, dmy(row.due), commitment, first_line)[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return translate("ArticlesTab", "Article {n}").format(n=index.row() + 1)
        return super().data(index, role)


class ArticlesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dirty = False
        self.editable = False
        self.dialog: ArticleDialog | None = None
        self.model = ArticlesModel(self)
        self.table = list_view("articlesTable", self.model)
        # The title and the text's first line share the width (the text is in full below).
        size_columns(self.table, stretch=(1, 5), widths={2: 170})
        wrap_rows(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_article())
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("articleDetail")
        self.detail.setReadOnly(True)
        self.detail.setFixedHeight(110)
        self.state = QLabel()
        self.state.setObjectName("articlesState")
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", translate("ArticlesTab", "Add article…"), self.add_article),
            ("edit", translate("ArticlesTab", "Edit…"), self.edit_article),
            ("remove", translate("ArticlesTab", "Remove"), self.remove_article),
            ("up", translate("ArticlesTab", "Move up"), lambda: self.move(-1)),
            ("down", translate("ArticlesTab", "Move down"), lambda: self.move(1)),
            ("save", translate("ArticlesTab", "Save draft"), self.save),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}ArticleButton")
            button.clicked.connect(slot)
            button.setVisible(False)
            top.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(note_label(translate(
            "ArticlesTab", "An article that names who carries it out and by when is a "
            "commitment: once the resolution is issued it is tracked with its progress, reviewed "
            "every six months (rule C7) and reported at next year's conference.")))

    def load(self, info: ConferenceInfo) -> None:
        same = self.info is not None and self.info.id == info.id
        self.info = info
        try:
            stored = self.ctx.resolutions.articles(info.id)
            issued = any(d.kind == "resolution" for d in self.ctx.resolutions.issued(info.id))
        except DcsError as error:
            show_error(self, error)
            return
        newest_issued = issued and not info.correction_open
        draft = info.correction_open if issued else info.editable
        self.editable = draft and self.ctx.can(Action.PLAN_CONFERENCE)
        if not (same and self.dirty and self.editable):
            self.model.set_rows([ArticleInput(a.title, a.text, a.owner, a.due) for a in stored])
            self.dirty = False
        if issued and newest_issued:
            text = translate("ArticlesTab", "The resolution is issued: its articles can no "
                             "longer change. A correction is issued as a new version.")
        elif issued:
            text = translate("ArticlesTab", "A correction of the issued resolution is open: "
                             "edit its articles, then issue it.")
        else:
            text = translate("ArticlesTab", "Draft resolution of the conference of {year}: "
                             "{count} articles.").format(year=info.year,
                                                         count=len(self.model.rows))
        self.state.setText(text)
        for button in self.buttons.values():
            button.setVisible(self.editable)
        self._chosen()
        if self.model.rows and selected_row(self.table) is None:
            self.table.selectRow(0)

    def _chosen(self) -> None:
        """The chosen article in full under the list."""
        row = selected_row(self.table)
        if row is None:
            self.detail.setPlainText("")
            return
        article = self.model.rows[row]
        lines = [translate("ArticlesTab", "Article {n}. {title}").format(
            n=row + 1, title=article.title), article.text]
        if article.owner:
            lines.append(translate("ArticlesTab", "Commitment: carried out by {owner}, due by "
                                   "{day}.").format(owner=article.owner,
                                                    day=dmy(article.due)))
        self.detail.setPlainText("\n".join(line for line in lines if line))

    # -- editing the list ---------------------------------------------------------------------
    def _set(self, rows: list[ArticleInput], select: int | None = None) -> None:
        self.model.set_rows(rows)
        self.dirty = True
        if select is not None and rows:
            self.table.selectRow(max(0, min(select, len(rows) - 1)))
        self._chosen()
        self.buttons["save"].setText(translate("ArticlesTab", "Save draft *"))

    def add_article(self) -> ArticleDialog | None:
        if self.info is None or not self.editable:
            return None
        row = selected_row(self.table)
        position = len(self.model.rows) if row is None else row + 1

        def submit(article: ArticleInput) -> None:
            rows = list(self.model.rows)
            rows.insert(position, article)
            self._set(rows, position)

        return self._open(ArticleDialog(submit, self.info.held_on, parent=self))

    def edit_article(self) -> ArticleDialog | None:
        row = selected_row(self.table)
        if row is None or self.info is None or not self.editable:
            return None

        def submit(article: ArticleInput) -> None:
            rows = list(self.model.rows)
            rows[row] = article
            self._set(rows, row)

        return self._open(ArticleDialog(submit, self.info.held_on, self.model.rows[row], self))

    def _open(self, dialog: ArticleDialog) -> ArticleDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_article(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        article = self.model.rows[row]
        answer = QMessageBox.question(self, translate("ArticlesTab", "Remove article"), translate(
            "ArticlesTab", "Remove article {n} \"{title}\" from the draft?").format(
            n=row + 1, title=article.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._set([a for n, a in enumerate(self.model.rows) if n != row], row)

    def move(self, step: int) -> None:
        row = selected_row(self.table)
        rows = list(self.model.rows)
        if row is not None and 0 <= row + step < len(rows):
            rows[row], rows[row + step] = rows[row + step], rows[row]
            self._set(rows, row + step)

    def save(self) -> None:
        if self.info is None:
            return
        try:
            self.ctx.resolutions.save_articles(self.info.id, list(self.model.rows))
        except DcsError as error:
            show_error(self, error)
            return
        self.dirty = False
        self.buttons["save"].setText(translate("ArticlesTab", "Save draft"))
        self.changed.emit()
