"""First run: a wizard that sets up the enterprise, its democracy regulation and the first
administrator, then hands the signed-in administrator to the caller (`wizard.actor`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from ..domain.errors import DcsError
from ..services.session import Actor
from ..services.setup import initialize
from .errors import show_error
from .wizard_pages import AdminPage, EnterprisePage, RegulationPage

translate = QCoreApplication.translate


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Wizard", "Welcome to dcs-enterprise"))
        intro = QLabel(translate(
            "Wizard", "dcs-enterprise keeps the records of grassroots democracy at the workplace: "
            "the workers' conference, workplace dialogue, collective bargaining and the "
            "agreement, supervision and petitions, and what the employer publishes. It reminds "
            "you of the deadlines the law sets and prints the documents in the required form."))
        steps = QLabel(translate(
            "Wizard", "This wizard sets up your enterprise in three steps: its profile, its "
            "democracy regulation and the administrator's account. Everything can be changed "
            "later in Settings."))
        for label in (intro, steps):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        intro.setObjectName("welcomeText")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(steps)
        layout.addStretch(1)


class FirstRunWizard(QWizard):
    """Collects the enterprise profile, the settings and the administrator; on Finish calls
    services.setup.initialize. After success `actor` holds the administrator."""

    def __init__(self, db: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWindowTitle(translate("Wizard", "Set up dcs-enterprise"))
        # Qt ships no Vietnamese catalogue: the wizard's own buttons get our translations.
        for button, text in (
            (QWizard.WizardButton.BackButton, translate("Wizard", "< &Back")),
            (QWizard.WizardButton.NextButton, translate("Wizard", "&Next >")),
            (QWizard.WizardButton.FinishButton, translate("Wizard", "&Finish")),
            (QWizard.WizardButton.CancelButton, translate("Wizard", "Cancel")),
        ):
            self.setButtonText(button, text)

        self.welcome_page = WelcomePage()
        self.enterprise_page = EnterprisePage()
        self.regulation_page = RegulationPage()
        self.admin_page = AdminPage(self._create)
        for page in (self.welcome_page, self.enterprise_page, self.regulation_page,
                     self.admin_page):
            self.addPage(page)
        self.resize(800, 600)

    def _create(self) -> bool:
        """Called by the last page once its own checks pass. On an error the wizard stays
        open with everything typed kept."""
        username, full_name, password = self.admin_page.account()
        try:
            self.actor = initialize(self.db, self.enterprise_page.profile(),
                                    self.regulation_page.settings(), username, full_name,
                                    password)
        except DcsError as error:
            show_error(self, error)
            return False
        return True
