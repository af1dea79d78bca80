"""The notice of the main points (Decree 145/2020 Art 39.5): the employer publishes them at the
workplace no later than 3 working days after the dialogue (rule D9; a late notice is recorded
and shown late). Its summary, form (Art 43.2), place, days and who posted it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_stages import DialogueStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...domain.publication import PublicationForm
from ...services.dialogue_models import DialogueInfo, NoticeInput
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..errors import show_error
from .conference_text import action_button, note_label, publication_form_box, show_state
from .dialogue_text import clock_state, today

translate = QCoreApplication.translate


class NoticeTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.publisher = ctx.can(Action.PUBLISH_DIALOGUE_NOTICE)
        self.stage_note = note_label("", "noticeStageNote")
        self.due = note_label("", "noticeDue")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("noticeSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.summary.setPlaceholderText(translate(
            "NoticeTab", "The main points of the dialogue: what was agreed, what was not, "
                         "the actions and who carries them out"))
        self.form = publication_form_box("noticeForm", 24)
        self.place = QLineEdit()
        self.place.setObjectName("noticePlace")
        self.place.setPlaceholderText(translate("NoticeTab", "e.g. Notice board of canteen 1"))
        self.day = date_edit("noticeFrom")
        self.has_until = QCheckBox(translate("NoticeTab", "until"))
        self.has_until.setObjectName("noticeHasUntil")
        self.until = date_edit("noticeUntil")
        self.has_until.toggled.connect(self.until.setEnabled)
        self.by = QLineEdit()
        self.by.setObjectName("noticeBy")
        self.by.setPlaceholderText(translate("NoticeTab", "Who posted it"))
        self.publish_button = action_button(
            "publishNotice", translate("NoticeTab", "Publish the notice"), self.publish,
            self.publisher)
        dates = QHBoxLayout()
        for widget in (self.day, self.has_until, self.until):
            dates.addWidget(widget)
        dates.addStretch(1)
        box = QGroupBox(translate("NoticeTab", "Notice of the main points"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("NoticeTab", "Main points"), self.summary)
        form.addRow(translate("NoticeTab", "Form"), self.form)
        form.addRow(translate("NoticeTab", "Place"), self.place)
        form.addRow(translate("NoticeTab", "Published from"), dates)
        form.addRow(translate("NoticeTab", "Posted by"), self.by)
        form.addRow("", self.publish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_note)
        layout.addWidget(self.due)
        layout.addWidget(box)
        layout.addStretch(1)

    def load(self, info: DialogueInfo) -> None:
        self.info = info
        signed = info.stage is DialogueStage.SIGNED
        published = info.notice_published_on is not None
        self.stage_note.setVisible(not (signed or published))
        self.stage_note.setText(translate(
            "NoticeTab", "The notice is published once the minutes are signed."))
        if info.notice_due is not None:
            line, met = clock_state(info.notice_due, info.notice_published_on,
                                    info.notice_on_time, today())
            show_state(self.due, line, met)
        self.due.setVisible(info.notice_due is not None)
        self.summary.setPlainText(info.notice_summary)
        if info.notice_form is not None:
            self.form.setCurrentIndex(self.form.findData(info.notice_form.value))
        self.place.setText(info.notice_place)
        start = info.notice_published_on or max(today(), info.finalized_on or today())
        self.day.setDate(qdate(start))
        self.has_until.setChecked(info.notice_until is not None)
        self.until.setDate(qdate(info.notice_until or start))
        self.by.setText(info.notice_by)
        open_ = signed and self.publisher
        for widget in (self.form, self.day, self.has_until, self.publish_button):
            widget.setEnabled(open_)
        self.until.setEnabled(open_ and self.has_until.isChecked())
        for edit in (self.place, self.by):
            edit.setReadOnly(not open_)
        self.summary.setReadOnly(not open_)

    def notice(self) -> NoticeInput:
        return NoticeInput(
            summary=self.summary.toPlainText(), form=PublicationForm(self.form.currentData()),
            place=self.place.text(), day=self.day.date().toPython(),
            until=self.until.date().toPython() if self.has_until.isChecked() else None,
            by=self.by.text())

    def publish(self) -> None:
        try:
            self.ctx.dialogues.publish_notice(self.info.id, self.notice())
        except DcsError as error:
            show_error(self, error)
            return
        self.changed.emit()
