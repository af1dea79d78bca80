"""The versions of the draft agreement (each saved after a session, Labour Code 2019 Art 70.5)
and what changed between two of them: clauses added, removed or changed, the text compared
word by word (deleted words struck through in red, inserted ones in green)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.agreement_text import ChangeKind, ClauseChange, ClauseText
from ...domain.errors import DcsError
from ...services.bargaining_models import DiffInfo, VersionInfo
from ..context import UiContext
from ..errors import show_error
from ..list_model import ListTableModel
from . import bargaining_text as words
from .conference_text import action_button, dmy, list_view, size_columns

translate = QCoreApplication.translate
DELETED = "color: #b00020; background: #fdecea; text-decoration: line-through;"
INSERTED = "color: #1b6e20; background: #e6f4ea;"
KIND_COLOURS = {ChangeKind.ADDED: "#1b6e20", ChangeKind.REMOVED: "#b00020",
                ChangeKind.CHANGED: "#9a6700"}


class VersionsModel(ListTableModel):
    def headers(self) -> list[str]:
        return [translate("BargainingDraft", "Version"), translate("BargainingDraft", "Saved on"),
                translate("BargainingDraft", "Session"), translate("BargainingDraft", "Note")]

    def display(self, row: VersionInfo, column: int) -> object:
        session = "" if row.session_number is None else row.session_number
        return (row.version, dmy(row.saved_on), session, row.note)[column]


class VersionsBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("BargainingDraft", "Versions and changes"), parent)
        self.ctx = ctx
        self.agreement_id: int | None = None
        self.model = VersionsModel(self)
        self.table = list_view("versionsTable", self.model)
        size_columns(self.table, stretch=(3,))
        self.old = QComboBox()
        self.old.setObjectName("diffOld")
        self.new = QComboBox()
        self.new.setObjectName("diffNew")
        self.compare_button = action_button(
            "compareButton", translate("BargainingDraft", "Compare"), self.compare)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(translate("BargainingDraft", "From version")))
        choose.addWidget(self.old)
        choose.addWidget(QLabel(translate("BargainingDraft", "to version")))
        choose.addWidget(self.new)
        choose.addWidget(self.compare_button)
        choose.addStretch(1)
        self.browser = QTextBrowser()
        self.browser.setObjectName("diffView")
        self.browser.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(choose)
        layout.addWidget(self.browser, 1)

    def load(self, view: words.RoundView) -> None:
        agreement = view.agreement
        other = agreement.id != self.agreement_id
        self.agreement_id = agreement.id
        self.model.set_rows(agreement.versions)
        words.fitted(self.table, most=5)
        numbers = [str(v.version) for v in agreement.versions]
        for box in (self.old, self.new):
            box.blockSignals(True)
            box.clear()
            box.addItems(numbers)
            box.blockSignals(False)
        self.compare_button.setEnabled(len(numbers) > 1)
        if len(numbers) > 1:
            self.old.setCurrentIndex(len(numbers) - 2)
            self.new.setCurrentIndex(len(numbers) - 1)
        if other or len(numbers) < 2:
            self.browser.setHtml(_note(translate(
                "BargainingDraft", "Choose two versions and compare them.") if len(numbers) > 1 else
                translate("BargainingDraft", "The changes show once a second version is saved.")))

    def compare(self) -> DiffInfo | None:
        if self.agreement_id is None or self.old.count() == 0:
            return None
        try:
            diff = self.ctx.agreements.diff(self.agreement_id, int(self.old.currentText()),
                                            int(self.new.currentText()))
        except DcsError as error:
            show_error(self, error)
            return None
        self.browser.setHtml(diff_html(diff))
        return diff


def _note(text: str) -> str:
    return f"<p style='color:#666666'>{html.escape(text)}</p>"


def diff_html(diff: DiffInfo) -> str:
    head = translate("BargainingDraft", "From version {old} to version {new}: {count} clauses "
                     "changed.").format(old=diff.old_version, new=diff.new_version,
                                        count=len(diff.changes))
    if not diff.changes:
        return _note(translate("BargainingDraft", "No difference between version {old} and version "
                               "{new}.").format(old=diff.old_version, new=diff.new_version))
    return f"<p><b>{html.escape(head)}</b></p>" + "".join(_change(c) for c in diff.changes)


def _change(change: ClauseChange) -> str:
    clause = change.new or change.old
    where = translate("BargainingDraft", "Chapter {chapter}, clause {number}").format(
        chapter=change.chapter, number=change.number)
    colour = KIND_COLOURS[change.kind]
    parts = [f"<p style='margin-top:10px'><b>{html.escape(where)}</b> "
             f"<span style='color:{colour}; font-weight:600'>"
             f"{html.escape(words.change_name(change.kind))}</span></p>"]
    if change.kind is ChangeKind.CHANGED and change.title_changed:
        parts.append(f"<p><span style='{DELETED}'>{html.escape(change.old.title)}</span> → "
                     f"<span style='{INSERTED}'>{html.escape(change.new.title)}</span></p>")
    else:
        parts.append(f"<p><i>{html.escape(clause.title)}</i></p>")
    if change.kind is ChangeKind.ADDED:
        parts.append(f"<p><span style='{INSERTED}'>{_lines(change.new.text)}</span></p>")
    elif change.kind is ChangeKind.REMOVED:
        parts.append(f"<p><span style='{DELETED}'>{_lines(change.old.text)}</span></p>")
    elif change.text_changed:
        parts.append("<p>" + " ".join(_run(op, text) for op, text in change.words) + "</p>")
    if change.kind is ChangeKind.CHANGED:
        parts.extend(_other_changes(change.old, change.new))
    return "".join(parts)


def _run(op: str, text: str) -> str:
    if op == "-":
        return f"<span style='{DELETED}'>{html.escape(text)}</span>"
    if op == "+":
        return f"<span style='{INSERTED}'>{html.escape(text)}</span>"
    return html.escape(text)


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


def _other_changes(old: ClauseText, new: ClauseText) -> list[str]:
    """A topic, an own term or a chapter title changed without the words."""
    notes = []
    if old.topic != new.topic:
        notes.append(translate("BargainingDraft", "Topic: {old} → {new}").format(
            old=words.topic_name(old.topic), new=words.topic_name(new.topic)))
    if old.term_months != new.term_months:
        notes.append(translate("BargainingDraft", "Own term: {old} → {new}").format(
            old=_term(old.term_months), new=_term(new.term_months)))
    if old.chapter_title != new.chapter_title:
        notes.append(translate("BargainingDraft", "Chapter title: {old} → {new}").format(
            old=old.chapter_title, new=new.chapter_title))
    return [f"<p style='color:#555555'>{html.escape(note)}</p>" for note in notes]


def _term(months: int | None) -> str:
    if months is None:
        return translate("BargainingDraft", "the agreement's")
    return translate("BargainingDraft", "{months} months").format(months=months)
