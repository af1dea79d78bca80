"""The first-run wizard's pages that collect data: the enterprise, the democracy regulation
and the administrator's account."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..domain.enums import Regime
from ..domain.errors import DcsError
from ..domain.passwords import MIN_LENGTH
from ..domain.settings import SETTING_SOURCES, DemocracySettings
from ..i18n import error_text
from ..services.readmodels import EnterpriseProfile
from .pages.settings_widgets import grey_note
from .roles import regime_label, weekday_label

translate = QCoreApplication.translate


def _error_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _source_note(key: str) -> QLabel:
    return grey_note(translate("Settings", SETTING_SOURCES[key]), f"source_{key}")


class EnterprisePage(QWizardPage):
    """The profile that heads every printed document; only the name is required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Wizard", "Your enterprise"))
        self.setSubTitle(translate("Wizard", "The name heads every document the program prints. "
                                   "Only the name is needed now; the rest can wait."))
        rows = (
            ("name", "enterpriseName", translate("Wizard", "Enterprise name (required)")),
            ("short_name", "shortName", translate("Wizard", "Short name")),
            ("tax_code", "taxCode", translate("Wizard", "Tax code")),
            ("address", "address", translate("Wizard", "Address")),
            ("province", "province", translate("Wizard", "Province or city")),
            ("legal_representative", "legalRepresentative",
             translate("Wizard", "Legal representative")),
            ("legal_representative_title", "legalRepresentativeTitle",
             translate("Wizard", "Title of the legal representative")),
            ("union_name", "unionName", translate("Wizard", "Grassroots trade union")),
            ("upper_union_name", "upperUnionName", translate("Wizard", "Upper-level trade union")),
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        for key, object_name, label in rows:
            edit = QLineEdit()
            edit.setObjectName(object_name)
            self.edits[key] = edit
            form.addRow(label, edit)
        self.edits["name"].setPlaceholderText(translate("Wizard", "e.g. Công ty TNHH …"))
        self.edits["legal_representative_title"].setPlaceholderText(
            translate("Wizard", "e.g. General Director"))
        self.registerField("enterpriseName*", self.edits["name"])

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Next needs a name, and spaces alone are no name."""
        return bool(self.edits["name"].text().strip())

    def profile(self) -> EnterpriseProfile:
        return EnterpriseProfile(**{key: edit.text().strip() for key, edit in self.edits.items()})


class RegulationPage(QWizardPage):
    """The democracy regulation's main settings, each with the source of its default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Wizard", "Democracy regulation"))
        self.setSubTitle(translate("Wizard", "Your enterprise's democracy regulation may set "
                                   "these differently (Decree 145/2020 Art 47.3). The defaults "
                                   "follow the law; the grey line says where each comes from."))
        defaults = DemocracySettings()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.regime = QComboBox()
        self.regime.setObjectName("regimeCombo")
        for regime in Regime:
            self.regime.addItem(regime_label(regime), regime.value)
        self.regime.setCurrentIndex(self.regime.findData(defaults.regime.value))
        form.addRow(translate("Wizard", "Regime"), self._with_note(self.regime, "regime"))

        self.quorum_numerator = self._spin("quorumNumerator", 1, 99, defaults.quorum_numerator)
        self.quorum_denominator = self._spin("quorumDenominator", 1, 99,
                                             defaults.quorum_denominator)
        quorum = self._row(self.quorum_numerator, QLabel("/"), self.quorum_denominator,
                           QLabel(translate("Wizard", "of those summoned")))
        form.addRow(translate("Wizard", "Conference quorum"), self._with_note(quorum, "quorum"))

        self.pass_threshold = self._spin("passThreshold", 0, 99,
                                         defaults.pass_threshold_percent)
        self.pass_threshold.setSuffix(" %")
        threshold = self._row(QLabel(translate("Wizard", "more than")), self.pass_threshold,
                              QLabel(translate("Wizard", "of those present in favour")))
        form.addRow(translate("Wizard", "A resolution passes with"),
                    self._with_note(threshold, "pass_threshold_percent"))

        self.full_conference_below = self._spin("fullConferenceBelow", 1, 100000,
                                                defaults.full_conference_below)
        below = self._row(QLabel(translate("Wizard", "fewer than")), self.full_conference_below,
                          QLabel(translate("Wizard", "workers")))
        form.addRow(translate("Wizard", "Full conference with"),
                    self._with_note(below, "full_conference_below"))

        self.rest_days: list[QCheckBox] = []
        for day in range(7):
            box = QCheckBox(weekday_label(day))
            box.setObjectName(f"restDay{day}")
            box.setChecked(day in defaults.rest_weekdays)
            self.rest_days.append(box)
        form.addRow(translate("Wizard", "Weekly rest days"),
                    self._with_note(self._row(*self.rest_days), "rest_weekdays"))

        self.message = _error_label("regulationMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    @staticmethod
    def _spin(object_name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(object_name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return row

    @staticmethod
    def _with_note(field: QWidget, key: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(_source_note(key))
        return box

    def settings(self) -> DemocracySettings:
        return replace(
            DemocracySettings(),
            regime=Regime(self.regime.currentData()),
            quorum_numerator=self.quorum_numerator.value(),
            quorum_denominator=self.quorum_denominator.value(),
            pass_threshold_percent=self.pass_threshold.value(),
            full_conference_below=self.full_conference_below.value(),
            rest_weekdays=tuple(d for d, box in enumerate(self.rest_days) if box.isChecked()),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            self.settings().validated()
        except DcsError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return False
        self.message.hide()
        return True


class AdminPage(QWizardPage):
    """The first administrator. `create` runs the set-up once this page's checks pass."""

    def __init__(self, create: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.setTitle(translate("Wizard", "Administrator account"))
        self.setSubTitle(translate("Wizard", "The administrator manages accounts, backups and "
                                   "settings. Keep the password safe: nobody can read it back."))
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminFullName")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("adminConfirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("Wizard", "User name"), self.username)
        form.addRow(translate("Wizard", "Full name"), self.full_name)
        form.addRow(translate("Wizard", "Password"), self.password)
        form.addRow("", grey_note(translate("Wizard", "At least {n} characters.")
                                  .format(n=MIN_LENGTH), "passwordHint"))
        form.addRow(translate("Wizard", "Confirm password"), self.confirm)
        self.message = _error_label("adminMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.registerField("adminUsername*", self.username)
        self.registerField("adminPassword*", self.password)
        self.registerField("adminConfirm*", self.confirm)
        for edit in (self.username, self.password, self.confirm):
            edit.textEdited.connect(self.message.hide)

    def account(self) -> tuple[str, str, str]:
        return self.username.text().strip(), self.full_name.text().strip(), self.password.text()

    def problem(self) -> str:
        """What keeps the account from being created, or ''."""
        username, _full_name, password = self.account()
        if not username or any(c.isspace() for c in username):
            return translate("Wizard", "The user name is required and has no spaces.")
        if len(password) < MIN_LENGTH:
            return translate("Wizard", "The password must have at least {n} characters.").format(
                n=MIN_LENGTH)
        if password != self.confirm.text():
            return translate("Wizard", "The two passwords do not match. Type the same password "
                             "in both fields.")
        return ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            self.message.show()
            self.confirm.setFocus()
            return False
        self.message.hide()
        return self._create()
