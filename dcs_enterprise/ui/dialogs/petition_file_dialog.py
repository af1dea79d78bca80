"""A worker files a petition at the shared PC (Decree 145/2020 Art 44.2): what it is about, the
text, and who files it.

Filed anonymously, the petition is anonymous to everyone but the union officers (rule S3, Law
10/2022 Art 9.2): a name given is seen by them alone, so they can ask for details; a worker who
leaves the name empty stays unknown to everyone and keeps the petition number instead (the
union publishes the answer under it). A named petition shows its name to the officers who
handle it, never in the employee view. If the service refuses, the dialog stays open with what
was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ...domain.petitions import CATEGORY_LABELS, Category
from ...domain.text import nfc, nfc_text
from ..errors import succeeded
from .buttons import accept_reject

translate = QCoreApplication.translate
CONTEXT = "PetitionFileDialog"


class PetitionForm:
    """What the worker typed, checked: the content, and a name unless anonymous (where it is
    optional)."""

    def __init__(self, content: str, category: Category, subject: str, anonymous: bool,
                 name: str, team: str) -> None:
        self.content = nfc_text(content)
        self.category = category
        self.subject = nfc(subject)
        self.anonymous = anonymous
        self.name, self.team = nfc(name), nfc(team)

    @property
    def raised_by(self) -> str:
        """"Name (team)", or whichever was given; "" for nobody."""
        if self.name and self.team:
            return f"{self.name} ({self.team})"
        return self.name or self.team

    def check(self) -> None:
        if not self.content:
            raise ValidationError(QT_TRANSLATE_NOOP("PetitionFileDialog",
                                                    "Write your petition first."),
                                  context=CONTEXT)
        if not self.anonymous and not self.raised_by:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "PetitionFileDialog", "Write your name or your team, or file the petition "
                                      "anonymously."), context=CONTEXT)


class PetitionFileDialog(QDialog):
    """accept() hands the PetitionForm to `submit`; the dialog closes once it is filed."""

    def __init__(self, submit: Callable[[PetitionForm], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setObjectName("petitionFileDialog")
        self.setWindowTitle(translate("PetitionFileDialog", "File a petition"))
        self.setMinimumWidth(640)
        intro = QLabel(translate(
            "PetitionFileDialog", "Write what you want the employer to know, answer or change. "
            "The union officers receive your petition, send it to the person in charge on the "
            "employer side, and publish the answer here."))
        intro.setWordWrap(True)
        self.content = QPlainTextEdit()
        self.content.setObjectName("petitionContent")
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(140)
        self.content.setPlaceholderText(translate(
            "PetitionFileDialog", "e.g. The canteen's evening meal is too small for the night "
                                  "shift."))
        self.category = QComboBox()
        self.category.setObjectName("petitionCategory")
        for category in Category:
            self.category.addItem(translate("Petitions", CATEGORY_LABELS[category]),
                                  category.value)
        # "Other" until the worker chooses: a wrong guess would send it to the wrong desk.
        self.category.setCurrentIndex(self.category.findData(Category.OTHER.value))
        self.subject = QLineEdit()
        self.subject.setObjectName("petitionSubject")
        self.subject.setPlaceholderText(translate(
            "PetitionFileDialog", "Optional: a few words, e.g. Night shift meals"))
        self.anonymous = QCheckBox(translate(
            "PetitionFileDialog", "Anonymous to everyone but the union officers"))
        self.anonymous.setObjectName("petitionAnonymous")
        self.name = QLineEdit()
        self.name.setObjectName("petitionName")
        self.team = QLineEdit()
        self.team.setObjectName("petitionTeam")
        self.team.setPlaceholderText(translate("PetitionFileDialog", "e.g. Sewing line 3"))
        self.privacy = QLabel()
        self.privacy.setObjectName("petitionPrivacyNote")
        self.privacy.setWordWrap(True)
        self.anonymous.toggled.connect(self._anonymity)

        form = QFormLayout()
        form.addRow(translate("PetitionFileDialog", "Your petition"), self.content)
        form.addRow(translate("PetitionFileDialog", "About"), self.category)
        form.addRow(translate("PetitionFileDialog", "Subject"), self.subject)
        form.addRow("", self.anonymous)
        form.addRow(translate("PetitionFileDialog", "Your name"), self.name)
        form.addRow(translate("PetitionFileDialog", "Department or team"), self.team)
        form.addRow("", self.privacy)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("PetitionFileDialog", "File the petition"), "petitionFileOk",
            translate("PetitionFileDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._anonymity(False)

    def _anonymity(self, anonymous: bool) -> None:
        """Anonymous: the name becomes optional and is shown to the union officers alone."""
        self.name.setPlaceholderText(translate(
            "PetitionFileDialog", "Optional: seen by the union officers only") if anonymous
            else "")
        self.privacy.setText(translate(
            "PetitionFileDialog", "Only the union officers may know who filed this petition "
            "(Law 10/2022 Art 9.2): the employer side, printed papers and this window never "
            "show it. Give your name if the union may ask you for details, or leave it empty "
            "to stay unknown to everyone. Keep the petition number you will be given: the "
            "answer is published here under that number.") if anonymous else translate(
            "PetitionFileDialog", "Your name is seen only by the union officers and the "
            "employer's officers who handle petitions. It never appears in this window or in "
            "the published answer. To hide it from the employer side, tick Anonymous."))
        self.privacy.setStyleSheet("color: #1b6e20;" if anonymous else "color: #555555;")

    def petition(self) -> PetitionForm:
        return PetitionForm(self.content.toPlainText(), Category(self.category.currentData()),
                            self.subject.text(), self.anonymous.isChecked(), self.name.text(),
                            self.team.text())

    def accept(self) -> None:
        def file() -> None:
            form = self.petition()
            form.check()
            self.submit(form)

        if succeeded(self, file):
            super().accept()
