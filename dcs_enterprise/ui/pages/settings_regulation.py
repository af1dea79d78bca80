"""Settings, second tab: the democracy regulation (quy chế dân chủ), each default beside its
source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Regime
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...domain.settings import SETTING_SOURCES, DemocracySettings
from ..context import UiContext
from ..errors import show_error
from ..roles import regime_label, weekday_label
from .settings_widgets import (
    field_box,
    form_group,
    grey_note,
    read_only_note,
    spin_box,
    unit_row,
)

translate = QCoreApplication.translate


def source_note(key: str) -> QLabel:
    """Where the default of setting `key` comes from (SETTING_SOURCES, already marked)."""
    return grey_note(translate("Settings", SETTING_SOURCES[key]))


class RegulationTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.can(Action.EDIT_SETTINGS)
        self._loaded: DemocracySettings | None = None
        self._labels: list[QLabel] = []
        self._build_fields()

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setSpacing(12)
        if not self.editable:
            inner.addWidget(read_only_note())
        for group in (self._regime_group(), self._conference_group(), self._calendar_group(),
                      self._deadline_group(), self._document_group()):
            inner.addWidget(group)
        inner.addStretch(1)
        self._align_labels()
        scroll = QScrollArea()
        scroll.setObjectName("regulationScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self.content = content

        self.save_button = QPushButton(translate("SettingsPage", "Save regulation"))
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(translate("SettingsPage", "Reset to defaults"))
        self.reset_button.setObjectName("resetSettingsButton")
        self.reset_button.setToolTip(translate(
            "SettingsPage", "Fills the form with the program's defaults; nothing is stored "
            "until you save."))
        self.reset_button.clicked.connect(self.reset_to_defaults)
        for button in (self.save_button, self.reset_button):
            button.setVisible(self.editable)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._set_read_only(not self.editable)

    # -- building ------------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.regime = QComboBox()
        self.regime.setObjectName("regimeCombo")
        # Long labels must not widen the form past the window (the scroll area is vertical).
        self.regime.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.regime.setMinimumContentsLength(30)
        for regime in Regime:
            self.regime.addItem(regime_label(regime), regime.value)
        self.quorum_numerator = spin_box("quorumNumerator", 0, 99)
        self.quorum_denominator = spin_box("quorumDenominator", 1, 99)
        self.quorum_percent = QLabel()
        self.quorum_percent.setObjectName("quorumPercent")
        for spin in (self.quorum_numerator, self.quorum_denominator):
            spin.valueChanged.connect(self._show_quorum_percent)
        self.pass_threshold = spin_box("passThreshold", 0, 99, "%")
        self.full_conference_below = spin_box("fullConferenceBelow", 0, 100000)
        self.fiscal_year_end_month = spin_box("fiscalYearEndMonth", 1, 12)
        self.conference_months = spin_box("conferenceMonths", 0, 24)
        self.rest_days = []
        for day in range(7):
            box = QCheckBox(weekday_label(day))
            box.setObjectName(f"restDay{day}")
            self.rest_days.append(box)
        self.petition_days = spin_box("petitionDays", 0, 365)
        self.supervision_days = spin_box("supervisionDays", 0, 365)
        self.labour_authority = QLineEdit()
        self.labour_authority.setObjectName("labourAuthority")
        self.company_symbol = QLineEdit()
        self.company_symbol.setObjectName("companyDocSymbol")
        self.union_symbol = QLineEdit()
        self.union_symbol.setObjectName("unionDocSymbol")
        for edit in (self.company_symbol, self.union_symbol):
            edit.setMaximumWidth(160)
        self.company_seal = QCheckBox(translate("SettingsPage", "The company has a seal"))
        self.company_seal.setObjectName("companySeal")
        self.union_seal = QCheckBox(translate("SettingsPage", "The trade union has a seal"))
        self.union_seal.setObjectName("unionSeal")

    def _regime_group(self) -> QGroupBox:
        group, form = form_group(translate("SettingsPage", "Which rules bind the enterprise"))
        self._row(form, translate("SettingsPage", "Regime"),
                  field_box(self.regime, source_note("regime")))
        return group

    def _conference_group(self) -> QGroupBox:
        group, form = form_group(translate("SettingsPage", "Workers' conference"))
        self._row(form, translate("SettingsPage", "Workers' conference quorum"), field_box(
            unit_row(translate("SettingsPage", "At least"), self.quorum_numerator, "/",
                      self.quorum_denominator, self.quorum_percent),
            grey_note(translate("SettingsPage", "Of the workers (full conference) or of the "
                                "delegates summoned (delegate conference).")),
            source_note("quorum")))
        self._row(form, translate("SettingsPage", "Pass threshold"), field_box(
            unit_row(translate("SettingsPage", "More than"), self.pass_threshold,
                      translate("SettingsPage", "of those present vote in favour")),
            source_note("pass_threshold_percent")))
        self._row(form, translate("SettingsPage", "Full conference below"), field_box(
            unit_row(self.full_conference_below, translate("SettingsPage", "workers")),
            grey_note(translate("SettingsPage", "At or above this headcount the employer and the "
                                "union choose a full or a delegate conference together.")),
            source_note("full_conference_below")))
        self._row(form, translate("SettingsPage", "Financial year ends in month"), field_box(
            unit_row(self.fiscal_year_end_month),
            grey_note(translate("SettingsPage", "12 means the financial year is the calendar "
                                "year."))))
        self._row(form, translate("SettingsPage", "Conference held within"), field_box(
            unit_row(self.conference_months,
                      translate("SettingsPage", "months after the financial year ends")),
            source_note("conference_months_after_year_end")))
        return group

    def _calendar_group(self) -> QGroupBox:
        group, form = form_group(translate("SettingsPage", "Working week"))
        days = QGridLayout()
        days.setHorizontalSpacing(16)
        for day, box in enumerate(self.rest_days):
            days.addWidget(box, day // 4, day % 4)
        days.setColumnStretch(4, 1)
        self._row(form, translate("SettingsPage", "Weekly rest days"),
                  field_box(days, source_note("rest_weekdays")))
        return group

    def _deadline_group(self) -> QGroupBox:
        group, form = form_group(translate("SettingsPage", "Answer deadlines"))
        self._row(form, translate("SettingsPage", "Petition answer"), field_box(
            unit_row(self.petition_days, translate("SettingsPage", "days after receipt")),
            source_note("petition_answer_days")))
        self._row(form, translate("SettingsPage", "Supervision recommendation answer"),
                  field_box(unit_row(self.supervision_days,
                                     translate("SettingsPage", "days after receipt")),
                            source_note("supervision_answer_days")))
        return group

    def _document_group(self) -> QGroupBox:
        group, form = form_group(translate("SettingsPage", "Documents"))
        self._row(form, translate("SettingsPage", "Labour authority"),
                  field_box(self.labour_authority, source_note("labour_authority")))
        self._row(form, translate("SettingsPage", "Company document symbol"),
                  unit_row(self.company_symbol))
        self._row(form, translate("SettingsPage", "Union document symbol"), field_box(
            unit_row(self.union_symbol),
            grey_note(translate("SettingsPage", "Printed after the number and the document type, "
                                "e.g. Số: 05/BB-CĐCS (Decree 30/2020 Appendix I)."))))
        self._row(form, translate("SettingsPage", "Seals"), field_box(
            self.company_seal, self.union_seal,
            grey_note(translate("SettingsPage", "Signature blocks leave room for the seal of "
                                "each side that has one."))))
        return group

    def _row(self, form: QFormLayout, text: str, field: QWidget | QLayout) -> None:
        label = QLabel(text)
        self._labels.append(label)
        form.addRow(label, field)

    def _align_labels(self) -> None:
        """One label column across the groups, so the fields line up."""
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)

    def _set_read_only(self, read_only: bool) -> None:
        for spin in self.findChildren(QSpinBox):
            spin.setReadOnly(read_only)
            if read_only:
                spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        for edit in (self.labour_authority, self.company_symbol, self.union_symbol):
            edit.setReadOnly(read_only)
        for widget in (self.regime, self.company_seal, self.union_seal, *self.rest_days):
            widget.setEnabled(not read_only)

    # -- form <-> settings ---------------------------------------------------------------
    def _show_quorum_percent(self) -> None:
        numerator, denominator = self.quorum_numerator.value(), self.quorum_denominator.value()
        if 0 < numerator <= denominator:
            percent = QLocale().toString(100 * numerator / denominator, "f", 1)
            self.quorum_percent.setText(translate("SettingsPage", "(≈ {percent}%)")
                                        .format(percent=percent))
        else:
            self.quorum_percent.setText(translate("SettingsPage", "(not a valid fraction)"))

    def form_settings(self) -> DemocracySettings:
        return DemocracySettings(
            regime=Regime(self.regime.currentData()),
            quorum_numerator=self.quorum_numerator.value(),
            quorum_denominator=self.quorum_denominator.value(),
            pass_threshold_percent=self.pass_threshold.value(),
            full_conference_below=self.full_conference_below.value(),
            fiscal_year_end_month=self.fiscal_year_end_month.value(),
            conference_months_after_year_end=self.conference_months.value(),
            rest_weekdays=tuple(d for d, box in enumerate(self.rest_days) if box.isChecked()),
            petition_answer_days=self.petition_days.value(),
            supervision_answer_days=self.supervision_days.value(),
            labour_authority=self.labour_authority.text().strip(),
            company_doc_symbol=self.company_symbol.text().strip(),
            union_doc_symbol=self.union_symbol.text().strip(),
            company_has_seal=self.company_seal.isChecked(),
            union_has_seal=self.union_seal.isChecked(),
        )

    def set_form(self, settings: DemocracySettings) -> None:
        self.regime.setCurrentIndex(self.regime.findData(settings.regime.value))
        self.quorum_numerator.setValue(settings.quorum_numerator)
        self.quorum_denominator.setValue(settings.quorum_denominator)
        self.pass_threshold.setValue(settings.pass_threshold_percent)
        self.full_conference_below.setValue(settings.full_conference_below)
        self.fiscal_year_end_month.setValue(settings.fiscal_year_end_month)
        self.conference_months.setValue(settings.conference_months_after_year_end)
        for day, box in enumerate(self.rest_days):
            box.setChecked(day in settings.rest_weekdays)
        self.petition_days.setValue(settings.petition_answer_days)
        self.supervision_days.setValue(settings.supervision_answer_days)
        self.labour_authority.setText(settings.labour_authority)
        self.company_symbol.setText(settings.company_doc_symbol)
        self.union_symbol.setText(settings.union_doc_symbol)
        self.company_seal.setChecked(settings.company_has_seal)
        self.union_seal.setChecked(settings.union_has_seal)
        self._show_quorum_percent()

    def refresh(self, settings: DemocracySettings) -> None:
        """Shows the stored settings, unless the user has unsaved edits in the form."""
        if self._loaded is None or self.form_settings() == self._loaded:
            self.set_form(settings)
        self._loaded = settings

    def reset_to_defaults(self) -> None:
        self.set_form(DemocracySettings())
        self.status.setText(translate(
            "SettingsPage", "Defaults filled in; press Save regulation to keep them."))

    def save(self) -> None:
        try:
            saved = self.ctx.enterprise.update_settings(self.form_settings())
        except DcsError as error:
            show_error(self, error)
            return
        self._loaded = saved
        self.set_form(saved)
        self.status.setText(translate("SettingsPage", "The regulation was saved."))
