"""A dialogue's legal clocks, each with its rule and state: the reply to a request (D10, 5
working days, Decree 145/2020 Art 40.2), each side's agenda before a periodic dialogue (D6, at
least 5 working days before, Art 39.3) and the notice of the main points (D9, at most 3 working
days after, Arts 39.5, 40.4, 41.1.e)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.dialogue_models import DialogueInfo
from .conference_text import note_label, rule_line, show_state
from .dialogue_text import clock_state, on_time_text

translate = QCoreApplication.translate


class ClocksPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reply = note_label("", "replyClock")
        self.agenda = note_label("", "agendaClock")
        self.notice = note_label("", "noticeClock")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        for label in (self.reply, self.agenda, self.notice):
            layout.addWidget(label)

    def show_clocks(self, info: DialogueInfo, day: date) -> None:
        if info.reply_due is not None:
            line, met = clock_state(info.reply_due, info.reply_sent_on, info.reply_on_time, day)
            self._show(self.reply, translate("DialogueClocks", "Reply to the request: {line}")
                       .format(line=line), met)
        else:
            self._show(self.reply, None, None)
        if info.agenda_due is not None:
            sent = (info.employer_agenda_on_time, info.worker_agenda_on_time)
            text = translate("DialogueClocks", "Agendas: {rule} Employer side: {employer}; "
                                               "worker side: {worker}.").format(
                rule=rule_line(info.agenda_due.why),
                employer=on_time_text(info.employer_agenda_sent_on, sent[0]),
                worker=on_time_text(info.worker_agenda_sent_on, sent[1]))
            missing = None in (info.employer_agenda_sent_on, info.worker_agenda_sent_on)
            late = False in sent or (missing and day > info.agenda_due.due)
            self._show(self.agenda, text, False if late else (None if missing else True))
        else:
            self._show(self.agenda, None, None)
        if info.notice_due is not None:
            line, met = clock_state(info.notice_due, info.notice_published_on,
                                    info.notice_on_time, day)
            self._show(self.notice, translate("DialogueClocks", "Notice of the main points: "
                                                                "{line}").format(line=line), met)
        else:
            self._show(self.notice, None, None)

    @staticmethod
    def _show(label: QLabel, text: str | None, met: bool | None) -> None:
        label.setVisible(bool(text))
        if text:
            show_state(label, text, met)
