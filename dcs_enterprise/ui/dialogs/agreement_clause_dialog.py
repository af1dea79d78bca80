"""One clause of the draft agreement: its chapter (number and title), its number in the
chapter, title, Labour Code Art 67 topic, text, and an own term when it differs from the
agreement's (Labour Code 2019 Art 78.3: 1 to 3 years). The whole draft is checked as it would
be saved (domain check_clauses), so a clash shows at once."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from ...domain.agreement_text import ClauseText
from ...domain.bargaining_rules import Topic
from ..pages.bargaining_text import topic_name
from .bargaining_form import FormDialog

translate = QCoreApplication.translate


class ClauseDialog(FormDialog):
    """`chapters` maps each chapter number to its title; `clause` is the one edited (None for
    a new clause); submit(clause) puts it into the draft or raises ValidationError."""

    def __init__(self, chapters: Mapping[int, str], next_number: Callable[[int], int],
                 submit: Callable[[ClauseText], object], clause: ClauseText | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            translate("AgreementClauseDialog", "Clause of the draft") if clause else
            translate("AgreementClauseDialog", "New clause"),
            translate("AgreementClauseDialog", "Clauses are numbered within their chapter. A clause "
                      "follows the agreement's term unless it has its own, of 12 to 36 months "
                      "(Labour Code 2019 Art 78.3)."),
            submit, translate("AgreementClauseDialog", "OK"), "clauseOk", parent)
        self.setMinimumWidth(620)
        self.chapters, self.next_number = dict(chapters), next_number
        self.chapter = QSpinBox()
        self.chapter.setObjectName("clauseChapter")
        self.chapter.setRange(1, 99)
        self.chapter_title = self.line("clauseChapterTitle")
        chapter_row = QHBoxLayout()
        chapter_row.addWidget(self.chapter)
        chapter_row.addWidget(self.chapter_title, 1)
        self.number = QSpinBox()
        self.number.setObjectName("clauseNumber")
        self.number.setRange(1, 999)
        self.title = self.line("clauseTitle")
        self.topic = QComboBox()
        self.topic.setObjectName("clauseTopic")
        for topic in Topic:
            self.topic.addItem(topic_name(topic), topic.value)
        self.topic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(30)
        self.text = self.text_box("clauseText", 140)
        self.own_term = QCheckBox(translate("AgreementClauseDialog", "Own term of"))
        self.own_term.setObjectName("clauseOwnTerm")
        self.term = QSpinBox()
        self.term.setObjectName("clauseTerm")
        self.term.setRange(1, 120)
        self.term.setValue(12)
        self.term.setSuffix(translate("AgreementClauseDialog", " months"))
        self.term.setEnabled(False)
        self.own_term.toggled.connect(self.term.setEnabled)
        term_row = QHBoxLayout()
        term_row.addWidget(self.own_term)
        term_row.addWidget(self.term)
        term_row.addStretch(1)
        self.form.addRow(translate("AgreementClauseDialog", "Chapter"), chapter_row)
        self.form.addRow(translate("AgreementClauseDialog", "Clause number"), self.number)
        self.form.addRow(translate("AgreementClauseDialog", "Title"), self.title)
        self.form.addRow(translate("AgreementClauseDialog", "Topic (Art 67)"), self.topic)
        self.form.addRow(translate("AgreementClauseDialog", "Text"), self.text)
        self.form.addRow(translate("AgreementClauseDialog", "Term"), term_row)
        self.finish_layout()
        if clause is None:
            first = max(self.chapters, default=1)
            self.chapter.setValue(first)
            self._chapter_chosen(first)
        else:
            self.chapter.setValue(clause.chapter)
            self.chapter_title.setText(clause.chapter_title)
            self.number.setValue(clause.number)
            self.title.setText(clause.title)
            self.topic.setCurrentIndex(self.topic.findData(clause.topic.value))
            self.text.setPlainText(clause.text)
            self.own_term.setChecked(clause.term_months is not None)
            self.term.setValue(clause.term_months or 12)
        self.chapter.valueChanged.connect(self._chapter_chosen)

    def _chapter_chosen(self, chapter: int) -> None:
        """An existing chapter brings its title; a new clause takes the next free number."""
        if chapter in self.chapters:
            self.chapter_title.setText(self.chapters[chapter])
        self.number.setValue(self.next_number(chapter))

    def values(self) -> ClauseText:
        return ClauseText(self.chapter.value(), self.chapter_title.text().strip(),
                          self.number.value(), self.title.text().strip(),
                          Topic(self.topic.currentData()), self.text.toPlainText().strip(),
                          self.term.value() if self.own_term.isChecked() else None)
