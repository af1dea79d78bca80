"""After a passing vote: the signing by both parties' lawful representatives (Labour Code 2019
Art 76.4) with the effective date (rule A3) and the term (A4, 12 to 36 months); then the
filing with the provincial labour authority within 10 days (A2, Art 77) with its proof, and
the announcement to all workers (Art 76.6, in a form of Decree 145/2020 Art 43.2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...domain.agreement_rules import MAX_TERM_MONTHS
from ...domain.bargaining_stages import AgreementStage
from ...domain.permissions import Action
from ...services.bargaining_models import SigningInput
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..dialogs.bargaining_form import on_or_after
from ..errors import succeeded
from . import bargaining_text as words
from .conference_text import (
    action_button,
    dmy,
    note_label,
    publication_form_box,
    rule_line,
)

translate = QCoreApplication.translate
SIGNED = (AgreementStage.SIGNED, AgreementStage.FILED)


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class _Box(QGroupBox):
    """A group that records one step through the service and then says `done`."""

    done = Signal()

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.view: words.RoundView | None = None
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def _run(self, action) -> bool:
        if not succeeded(self, action):
            return False
        self.done.emit()
        return True


class SigningBox(_Box):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("AgreementSigning", "Signing"), parent)
        self.signed_on = date_edit("signedOn")
        self.employer = _line("employerSignatory")
        self.employer_title = _line("employerSignatoryTitle", translate(
            "AgreementSigning", "e.g. Director"))
        self.union = _line("unionSignatory")
        self.union_title = _line("unionSignatoryTitle", translate(
            "AgreementSigning", "e.g. Chair of the grassroots union"))
        self.written = QCheckBox(translate("AgreementSigning", "written in the agreement:"))
        self.written.setObjectName("effectiveWritten")
        self.effective = date_edit("effectiveOn")
        self.effective.setEnabled(False)
        self.written.toggled.connect(self.effective.setEnabled)
        effective = QHBoxLayout()
        effective.addWidget(self.written)
        effective.addWidget(self.effective)
        effective.addStretch(1)
        self.term = QSpinBox()
        self.term.setObjectName("termMonths")
        self.term.setRange(1, 120)  # the service explains a term outside 12 to 36 months
        self.term.setValue(MAX_TERM_MONTHS)
        self.term.setSuffix(translate("AgreementSigning", " months"))
        self.sign_button = action_button("signButton",
                                         translate("AgreementSigning", "Sign the agreement"),
                                         self.sign, ctx.can(Action.SIGN_AGREEMENT))
        self.record = note_label(object_name="signingRecord")
        self.form.addRow(translate("AgreementSigning", "Signed on"), self.signed_on)
        self.form.addRow(translate("AgreementSigning", "For the employer"), self.employer)
        self.form.addRow(translate("AgreementSigning", "Title"), self.employer_title)
        self.form.addRow(translate("AgreementSigning", "For the union"), self.union)
        self.form.addRow(translate("AgreementSigning", "Title"), self.union_title)
        self.form.addRow(translate("AgreementSigning", "Effective"), effective)
        self.form.addRow(translate("AgreementSigning", "Term"), self.term)
        self.form.addRow("", note_label(translate(
            "AgreementSigning", "From signing unless a date is written; 12 to 36 months (rules A3, "
                          "A4, Labour Code 2019 Art 78).")))
        self.form.addRow(self.sign_button)
        self.form.addRow(self.record)

    def load(self, view: words.RoundView) -> None:
        self.view = view
        agreement = view.agreement
        signed = agreement.stage in SIGNED
        if signed:
            self.signed_on.setDate(qdate(agreement.signed_on))
            self.employer.setText(agreement.employer_signatory)
            self.employer_title.setText(agreement.employer_signatory_title)
            self.union.setText(agreement.union_signatory)
            self.union_title.setText(agreement.union_signatory_title)
            self.written.setChecked(agreement.effective_on != agreement.signed_on)
            self.effective.setDate(qdate(agreement.effective_on))
            self.term.setValue(agreement.term_months)
            self.record.setText(translate(
                "AgreementSigning", "Agreement {number} signed on {day} by {employer} and {union}.")
                .format(number=agreement.agreement_number, day=dmy(agreement.signed_on),
                        employer=agreement.employer_signatory, union=agreement.union_signatory))
        else:
            day = on_or_after(view.today, agreement.vote_on or view.round.requested_on)
            self.signed_on.setDate(qdate(day))
            self.effective.setDate(qdate(day))
            self.record.setText(translate(
                "AgreementSigning", "The agreement is signed only after more than half of all "
                              "workers voted for it (rule A1, Labour Code 2019 Art 76.1)."))
        for widget in (self.signed_on, self.employer, self.employer_title, self.union,
                       self.union_title, self.written, self.term):
            widget.setEnabled(not signed)
        self.effective.setEnabled(not signed and self.written.isChecked())
        self.sign_button.setEnabled(not signed)

    def signing(self) -> SigningInput:
        return SigningInput(
            signed_on=self.signed_on.date().toPython(), employer_signatory=self.employer.text(),
            union_signatory=self.union.text(), term_months=self.term.value(),
            effective_written=(self.effective.date().toPython() if self.written.isChecked()
                               else None),
            employer_signatory_title=self.employer_title.text(),
            union_signatory_title=self.union_title.text())

    def sign(self) -> bool:
        agreement_id = self.view.agreement.id
        return self._run(lambda: self.ctx.agreements.sign(agreement_id, self.signing()))


class FilingBox(_Box):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("AgreementFiling", "Filing with the labour authority"),
                         parent)
        self.filed_on = date_edit("filedOn")
        self.method = _line("filingMethod", translate("AgreementFiling", "e.g. in person, by post"))
        self.proof = _line("filingProof", translate("AgreementFiling", "e.g. receipt no. 15/SNV"))
        self.due = note_label(object_name="filingDue")
        self.file_button = action_button("fileButton", translate("AgreementFiling", "Record the "
                                                                              "filing"),
                                         self.file, ctx.can(Action.FILE_AGREEMENT))
        self.record = note_label(object_name="filingRecord")
        self.form.addRow(translate("AgreementFiling", "Filed on"), self.filed_on)
        self.form.addRow(translate("AgreementFiling", "Method"), self.method)
        self.form.addRow(translate("AgreementFiling", "Proof"), self.proof)
        self.form.addRow(self.due)
        self.form.addRow(self.file_button)
        self.form.addRow(self.record)

    def load(self, view: words.RoundView) -> None:
        self.view = view
        agreement = view.agreement
        filing = agreement.filing
        filed = agreement.stage is AgreementStage.FILED
        if filing is None:
            self.due.setText(translate("AgreementFiling", "One copy goes to the provincial labour "
                                       "authority within 10 days of signing (rule A2, Labour "
                                       "Code 2019 Art 77)."))
        else:
            state, colour = words.clock_state(filing, view.today)
            self.due.setText(translate("AgreementFiling", "Due by {due}: {state}. {why}").format(
                due=dmy(filing.clock.due), state=state, why=rule_line(filing.clock.why)))
            self.due.setStyleSheet(f"color: {colour};")
        if filed:
            self.filed_on.setDate(qdate(filing.done_on))
            self.method.setText(agreement.filing_method)
            self.proof.setText(agreement.filing_proof)
            self.record.setText(translate("AgreementFiling", "Cover letter {number}; proof: {proof}.")
                                .format(number=agreement.filing_number,
                                        proof=agreement.filing_proof))
        else:
            self.filed_on.setDate(qdate(on_or_after(view.today, agreement.signed_on)))
            self.record.setText("")
        for widget in (self.filed_on, self.method, self.proof):
            widget.setEnabled(not filed)
        self.file_button.setEnabled(agreement.stage is AgreementStage.SIGNED)

    def file(self) -> bool:
        agreement_id = self.view.agreement.id
        return self._run(lambda: self.ctx.agreements.file(
            agreement_id, self.filed_on.date().toPython(), self.method.text(),
            self.proof.text()))


class AnnouncementBox(_Box):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("AgreementAnnouncement", "Announcement to the workers"),
                         parent)
        self.day = date_edit("announcedOn")
        self.form_box = publication_form_box("announceForm", 20)
        self.place = _line("announcePlace", translate("AgreementAnnouncement",
                                                      "e.g. Notice board of canteen 1"))
        self.announce_button = action_button(
            "announceButton", translate("AgreementAnnouncement", "Record the announcement"),
            self.announce, ctx.can(Action.FILE_AGREEMENT))
        self.record = note_label(object_name="announceRecord")
        self.form.addRow(note_label(translate(
            "AgreementAnnouncement", "The employer announces the signed agreement to all workers "
                               "(Labour Code 2019 Art 76.6).")))
        self.form.addRow(translate("AgreementAnnouncement", "Announced on"), self.day)
        self.form.addRow(translate("AgreementAnnouncement", "Form"), self.form_box)
        self.form.addRow(translate("AgreementAnnouncement", "Where"), self.place)
        self.form.addRow(self.announce_button)
        self.form.addRow(self.record)

    def load(self, view: words.RoundView) -> None:
        self.view = view
        agreement = view.agreement
        signed = agreement.stage in SIGNED
        if agreement.announced_on is not None:
            self.day.setDate(qdate(agreement.announced_on))
            self.form_box.setCurrentIndex(max(0, self.form_box.findData(agreement.announce_form)))
            self.place.setText(agreement.announce_place)
            self.record.setText(translate("AgreementAnnouncement", "Announced on {day}: {form}, "
                                          "{place}.").format(
                day=dmy(agreement.announced_on), place=agreement.announce_place,
                form=self.form_box.currentText()))
        else:
            self.day.setDate(qdate(on_or_after(view.today, agreement.signed_on
                                               or view.round.requested_on)))
            self.record.setText("")
        self.announce_button.setEnabled(signed and agreement.announced_on is None)

    def announce(self) -> bool:
        agreement_id = self.view.agreement.id
        return self._run(lambda: self.ctx.agreements.announce(
            agreement_id, self.day.date().toPython(), self.form_box.currentData(),
            self.place.text()))

