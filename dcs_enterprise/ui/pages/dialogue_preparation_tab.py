"""Before the dialogue day: the written request and its reply (rule D10, Decree 145/2020 Art
40), the incident that requires the dialogue (D11, Art 41), the schedule, and what each side
wants to discuss with the day it was sent (D6, Art 39.3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_rules import DialogueKind, Side
from ...domain.dialogue_stages import DialogueStage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.dialogue_models import DialogueInfo
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..errors import show_error
from .conference_text import action_button, dmy, note_label, rule_line, show_state
from .dialogue_text import on_time_text, side_name, today, trigger_name

translate = QCoreApplication.translate


def _text_edit(name: str, height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class PreparationTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: DialogueInfo | None = None
        self.planner = ctx.can(Action.PLAN_DIALOGUE)
        layout = QVBoxLayout(self)
        layout.addWidget(self._request_group())
        self.incident = note_label("", "incidentTrigger")
        self.incident_box = QGroupBox(translate("PreparationTab", "Event requiring the dialogue"))
        QVBoxLayout(self.incident_box).addWidget(self.incident)
        layout.addWidget(self.incident_box)
        layout.addWidget(self._schedule_group())
        layout.addWidget(self._agenda_group())
        layout.addStretch(1)

    # -- building -------------------------------------------------------------------------
    def _request_group(self) -> QGroupBox:
        self.request_box = QGroupBox(translate("PreparationTab", "Request and reply"))
        form = QFormLayout(self.request_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.request = note_label("", "requestSummary")
        self.support = note_label("", "requestSupportState")
        self.reply_on = date_edit("replySentOn")
        self.reply_text = _text_edit("replyText")
        self.reply_day = date_edit("replyDay")
        self.reply_start = _time_edit("replyStart")
        self.reply_place = QLineEdit()
        self.reply_place.setObjectName("replyPlace")
        self.reply_button = action_button("sendReply", translate("PreparationTab",
                                                                 "Record the reply"),
                                          self.send_reply, self.planner)
        form.addRow(translate("PreparationTab", "Request"), self.request)
        form.addRow("", self.support)
        form.addRow(translate("PreparationTab", "Reply sent on"), self.reply_on)
        form.addRow(translate("PreparationTab", "Reply"), self.reply_text)
        form.addRow(translate("PreparationTab", "Dialogue on"),
                    _row(self.reply_day, self.reply_start, self.reply_place))
        form.addRow("", _row(self.reply_button))
        return self.request_box

    def _schedule_group(self) -> QGroupBox:
        box = QGroupBox(translate("PreparationTab", "Schedule"))
        form = QFormLayout(box)
        self.day = date_edit("scheduleDay")
        self.start = _time_edit("scheduleStart")
        self.place = QLineEdit()
        self.place.setObjectName("schedulePlace")
        self.place.setMinimumWidth(260)
        self.reschedule_button = action_button(
            "reschedule", translate("PreparationTab", "Save the schedule"), self.reschedule,
            self.planner)
        form.addRow(translate("PreparationTab", "Day and start"), _row(self.day, self.start))
        form.addRow(translate("PreparationTab", "Place"), _row(self.place,
                                                               self.reschedule_button))
        return box

    def _agenda_group(self) -> QGroupBox:
        box = QGroupBox(translate("PreparationTab", "What each side wants to discuss"))
        grid = QGridLayout(box)
        self.agenda_rule = note_label("", "agendaRule")
        grid.addWidget(self.agenda_rule, 0, 0, 1, 2)
        self.agendas: dict[Side, tuple[QPlainTextEdit, QWidget, QLabel, QWidget]] = {}
        for column, side in enumerate(Side):
            title = QLabel(side_name(side))
            title.setStyleSheet("font-weight: 600;")
            text = _text_edit(f"{side.value}Agenda", 80)
            sent = date_edit(f"{side.value}AgendaSent")
            state = note_label("", f"{side.value}AgendaState")
            button = action_button(f"{side.value}AgendaButton",
                                   translate("PreparationTab", "Record as sent"),
                                   lambda _c=False, s=side: self.send_agenda(s), self.planner)
            grid.addWidget(title, 1, column)
            grid.addWidget(text, 2, column)
            grid.addLayout(_row(QLabel(translate("PreparationTab", "Sent on")), sent, button),
                           3, column)
            grid.addWidget(state, 4, column)
            self.agendas[side] = (text, sent, state, button)
        return box

    # -- showing a dialogue -------------------------------------------------------------------
    def load(self, info: DialogueInfo) -> None:
        self.info = info
        day = today()
        stage = info.stage
        requested = stage is DialogueStage.REQUESTED
        self.request_box.setVisible(info.kind is DialogueKind.REQUEST)
        if info.kind is DialogueKind.REQUEST:
            self.request.setText(translate(
                "PreparationTab", "{side}, received on {day}: {content}").format(
                side=side_name(info.requested_by), day=dmy(info.request_received_on),
                content=info.request_content))
            if info.support is not None:
                show_state(self.support, rule_line(info.support.why), info.support.ok)
            else:
                self.support.setText(translate(
                    "PreparationTab", "Approved by the legal representative (Decree 145/2020 "
                    "Art 40.1.a)."))
                self.support.setStyleSheet("color: #555555;")
            self.reply_on.setDate(qdate(info.reply_sent_on or max(
                day, info.request_received_on)))
            self.reply_text.setPlainText(info.reply_text)
            self.reply_day.setDate(qdate(info.scheduled_on if info.reply_sent_on else max(
                day, info.request_received_on)))
            self.reply_start.setTime(QTime.fromString(info.start_time, "HH:mm"))
            self.reply_place.setText(info.place)
            for widget in (self.reply_on, self.reply_day, self.reply_start, self.reply_place,
                           self.reply_button):
                widget.setEnabled(requested)
            self.reply_text.setReadOnly(not requested)
        self.incident_box.setVisible(info.trigger is not None)
        if info.trigger is not None:
            self.incident.setText(trigger_name(info.trigger))
        scheduled = stage is DialogueStage.SCHEDULED
        self.day.setDate(qdate(info.scheduled_on))
        self.start.setTime(QTime.fromString(info.start_time, "HH:mm"))
        self.place.setText(info.place)
        for widget in (self.day, self.start, self.place, self.reschedule_button):
            widget.setEnabled(scheduled)
        self._load_agendas(info, requested or scheduled)

    def _load_agendas(self, info: DialogueInfo, open_: bool) -> None:
        self.agenda_rule.setText(rule_line(info.agenda_due.why) if info.agenda_due else
                                 translate("PreparationTab", "No agenda deadline applies to "
                                                             "this kind of dialogue."))
        values = {Side.EMPLOYER: (info.employer_agenda, info.employer_agenda_sent_on,
                                  info.employer_agenda_on_time),
                  Side.WORKER: (info.worker_agenda, info.worker_agenda_sent_on,
                                info.worker_agenda_on_time)}
        for side, (text, sent, state, button) in self.agendas.items():
            content, sent_on, on_time = values[side]
            text.setPlainText(content)
            text.setReadOnly(not (open_ and self.planner))
            sent.setDate(qdate(sent_on or min(today(), info.scheduled_on)))
            sent.setEnabled(open_)
            button.setEnabled(open_)
            show_state(state, on_time_text(sent_on, on_time),
                       None if sent_on is None or on_time is None else on_time)

    # -- actions ------------------------------------------------------------------------------
    def _run(self, action) -> None:
        try:
            action()
        except DcsError as error:
            show_error(self, error)
            return
        self.changed.emit()

    def send_reply(self) -> None:
        info = self.info
        self._run(lambda: self.ctx.dialogues.reply(
            info.id, self.reply_on.date().toPython(), self.reply_text.toPlainText(),
            self.reply_day.date().toPython(), self.reply_start.time().toString("HH:mm"),
            self.reply_place.text()))

    def reschedule(self) -> None:
        info = self.info
        self._run(lambda: self.ctx.dialogues.reschedule(
            info.id, self.day.date().toPython(), self.start.time().toString("HH:mm"),
            self.place.text()))

    def send_agenda(self, side: Side) -> None:
        text, sent, _state, _button = self.agendas[side]
        info = self.info
        self._run(lambda: self.ctx.dialogues.send_agenda(
            info.id, side, text.toPlainText(), sent.date().toPython()))
