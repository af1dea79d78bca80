"""Publishing the resolution (rule P2: in which form; rule P3, where the regime binds it: how
soon and how long), the record once made, and the results notice."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...domain.publication import (
    POSTED_AT_LEAST_DAYS,
    PUBLISH_WITHIN_DAYS,
    PublicationForm,
    check_publication,
)
from ...i18n import error_text
from ...services.conference_models import ConferenceInfo, PublicationInput
from ..context import UiContext
from ..date_edit import date_edit
from ..errors import show_error
from ..printing import preview
from .conference_text import (
    dmy,
    note_label,
    publication_form_box,
    publication_form_label,
    rule_line,
    show_state,
)

translate = QCoreApplication.translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PublicationPanel(QGroupBox):
    published = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("ResultsTab", "Publication of the resolution"), parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.form = publication_form_box("publicationForm", 24)
        self.place = QLineEdit()
        self.place.setObjectName("publicationPlace")
        self.place.setPlaceholderText(translate("ResultsTab", "e.g. Notice board of canteen 1"))
        self.start = date_edit("publishedFrom")
        self.has_end = QCheckBox(translate("ResultsTab", "until"))
        self.has_end.setObjectName("hasPublishedUntil")
        self.end = date_edit("publishedUntil")
        self.evidence = QLineEdit()
        self.evidence.setObjectName("publicationEvidence")
        self.evidence.setPlaceholderText(translate(
            "ResultsTab", "e.g. photo of the notice board, minutes of the meeting"))
        self.dates = dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.has_end)
        dates.addWidget(self.end)
        dates.addStretch(1)
        for signal in (self.start.dateChanged, self.end.dateChanged, self.has_end.toggled):
            signal.connect(self._show_timing)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.record_button = QPushButton(translate("ResultsTab", "Record publication"))
        self.record_button.setObjectName("recordPublication")
        self.record_button.clicked.connect(self.record)
        self.notice_button = QPushButton(translate("ResultsTab", "Print results notice…"))
        self.notice_button.setObjectName("printNotice")
        self.notice_button.clicked.connect(self.print_notice)
        self.record_text = note_label(object_name="publicationRecord")
        self.record_text.setStyleSheet("font-weight: bold;")
        self.timing = note_label(object_name="publicationTiming")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.notice_button)
        buttons.addStretch(1)
        help_text = note_label(object_name="publicationHelp")
        help_text.setText(translate(
            "ResultsTab", "The employer publishes the resolution to all workers (Decree "
                          "145/2020 Art 43.2 lists the forms). Once recorded, the employee "
                          "view shows it."))
        self.layout_ = layout = QFormLayout(self)
        layout.addRow(help_text)
        layout.addRow(translate("ResultsTab", "Form"), self.form)
        layout.addRow(translate("ResultsTab", "Where"), self.place)
        layout.addRow(translate("ResultsTab", "From"), dates)
        layout.addRow(translate("ResultsTab", "Evidence"), self.evidence)
        layout.addRow(self.record_text)
        layout.addRow(self.timing)
        layout.addRow(buttons)

    def load(self, info: ConferenceInfo, open_: bool) -> None:
        """open_: the resolution is adopted and not yet published, and the user may publish."""
        other = self.info is None or self.info.id != info.id
        self.info = info
        done = info.published_from is not None
        decided = _decided(info)
        if done:
            self.form.setCurrentIndex(max(0, self.form.findData(info.published_form)))
            self.place.setText(info.published_place)
            self.start.setDate(_qdate(info.published_from))
            self.has_end.setChecked(info.published_until is not None)
            self.end.setDate(_qdate(info.published_until or info.published_from))
            self.evidence.setText(info.published_evidence)
        elif other:  # a new form, with the usual dates; typed values stay on a reload
            self.place.clear()
            self.evidence.clear()
            self.start.setDate(_qdate(max(date.today(), decided)))
            self.has_end.setChecked(True)
            self.end.setDate(self.start.date().addDays(POSTED_AT_LEAST_DAYS + 9))
        allowed = open_ and not done and self.ctx.can(Action.PUBLISH_CONFERENCE)
        for widget in (self.form, self.place, self.start, self.has_end, self.evidence,
                       self.record_button):
            widget.setEnabled(allowed)
        self.end.setEnabled(allowed and self.has_end.isChecked())
        self.notice_button.setEnabled(done and self.ctx.can(Action.PRINT_DOCUMENTS))
        self.record_text.setVisible(done)
        for field in (self.form, self.place, self.dates, self.evidence):  # the record says it
            self.layout_.setRowVisible(field, not done)
        if done:
            until = (translate("ResultsTab", " until {day}").format(day=dmy(info.published_until))
                     if info.published_until else "")
            self.record_text.setText(translate(
                "ResultsTab", "Published: {form}, at {place}, from {start}{until}.{evidence}")
                .format(form=publication_form_label(PublicationForm(info.published_form)),
                        place=info.published_place, start=dmy(info.published_from),
                        until=until, evidence=(" " + translate("ResultsTab", "Evidence: {e}.")
                                               .format(e=info.published_evidence.rstrip(".")))
                        if info.published_evidence else ""))
        self._show_timing()

    def _values(self) -> tuple[date, date | None]:
        start = self.start.date().toPython()
        return start, self.end.date().toPython() if self.has_end.isChecked() else None

    def _show_timing(self) -> None:
        """Rule P3 on the dates shown: the record's, or those being entered."""
        if self.info is None:
            return
        start, until = self._values()
        try:
            check = check_publication(_decided(self.info), start, until,
                                      self.ctx.enterprise.get().settings)
        except DcsError as error:
            show_state(self.timing, error_text(error), False)
            return
        if check is None:
            show_state(self.timing, translate(
                "ResultsTab", "Rule P3 (published within {days} days of the decision, posted "
                              "at least {minimum} days) binds state-owned enterprises and those "
                              "that opt in; it does not bind this enterprise.").format(
                days=PUBLISH_WITHIN_DAYS, minimum=POSTED_AT_LEAST_DAYS), None)
            return
        state = (translate("ResultsTab", "On time") if check.met
                 else translate("ResultsTab", "Not on time"))
        show_state(self.timing, f"{state}: {rule_line(check)}", check.met)

    def record(self) -> None:
        start, until = self._values()
        try:
            self.ctx.resolutions.publish(self.info.id, PublicationInput(
                self.form.currentData(), self.place.text(), start, until,
                self.evidence.text()))
        except DcsError as error:
            show_error(self, error)
            return
        self.published.emit()

    def print_notice(self):
        service, cid, day = self.ctx.conference_papers, self.info.id, date.today()
        return preview(self, translate("ResultsTab", "Notice of the conference results"),
                       f"thong-bao-ket-qua-hoi-nghi-{self.info.year}.pdf",
                       lambda numbered: service.results_notice(cid, day, numbered),
                       can_number=self.ctx.can(Action.NUMBER_DOCUMENTS))


def _decided(info: ConferenceInfo) -> date:
    return (info.closed_at or datetime.combine(info.held_on, datetime.min.time())).date()
