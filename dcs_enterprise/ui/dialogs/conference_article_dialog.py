"""One article of the draft resolution: its title and text and, when it commits someone to do
something, who carries it out and by when (it then becomes a tracked commitment)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.conference_models import ArticleInput
from ..date_edit import date_edit
from ..pages.conference_text import note_label

translate = QCoreApplication.translate


class ArticleDialog(QDialog):
    """accept() hands the article to `submit` (the tab keeps it until the draft is saved)."""

    def __init__(self, submit: Callable[[ArticleInput], object], held_on: date,
                 article: ArticleInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("ArticleDialog", "Article of the resolution"))
        self.resize(640, 440)
        self.title = QLineEdit(article.title if article else "")
        self.title.setObjectName("articleTitle")
        self.text = QPlainTextEdit(article.text if article else "")
        self.text.setObjectName("articleText")
        self.text.setTabChangesFocus(True)
        self.commitment = QCheckBox(translate(
            "ArticleDialog", "Someone must carry this out by a date (a commitment)"))
        self.commitment.setObjectName("articleCommitment")
        self.owner = QLineEdit(article.owner if article else "")
        self.owner.setObjectName("articleOwner")
        self.owner.setPlaceholderText(translate("ArticleDialog", "e.g. Human resources office"))
        due = (article.due if article and article.due else held_on + timedelta(days=90))
        self.due = date_edit("articleDue", due, lowest=held_on)
        self.commitment.toggled.connect(self._commitment_toggled)
        self.commitment.setChecked(bool(article and article.owner))
        self._commitment_toggled(self.commitment.isChecked())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ArticleDialog", "Title"), self.title)
        form.addRow(translate("ArticleDialog", "Text"), self.text)
        form.addRow("", self.commitment)
        form.addRow(translate("ArticleDialog", "Carried out by"), self.owner)
        form.addRow(translate("ArticleDialog", "Due by"), self.due)
        form.addRow("", note_label(translate(
            "ArticleDialog", "When the resolution is issued, a commitment is tracked with its "
            "progress, reviewed every six months and reported at next year's conference.")))
        box = QDialogButtonBox()
        self.ok_button = box.addButton(translate("ArticleDialog", "OK"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("articleOkButton")
        box.addButton(translate("ArticleDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(box)

    def _commitment_toggled(self, on: bool) -> None:
        self.owner.setEnabled(on)
        self.due.setEnabled(on)

    def article(self) -> ArticleInput:
        committed = self.commitment.isChecked()
        return ArticleInput(self.title.text().strip(), self.text.toPlainText().strip(),
                            self.owner.text().strip() if committed else "",
                            self.due.date().toPython() if committed else None)

    def accept(self) -> None:
        article = self.article()
        problem = (translate("ArticleDialog", "Give the article a title.") if not article.title
                   else translate("ArticleDialog", "Say who carries out the commitment.")
                   if self.commitment.isChecked() and not article.owner else "")
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.submit(article)
        super().accept()
