"""Workplace dialogue (DOMAIN.md workflow 2; Labour Code 2019 Art 63, Decree 145/2020 Arts
37-41). Two views: the dialogues (year by year at the left with rule D1, the chosen one's stage,
legal clocks and one tab per part of the work) and both sides' representatives (D2-D5). Tabs
emit `changed` after a mutation; the page then reloads the dialogue and every tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import UiContext
from ..style import PAGE_TITLE_STYLE
from .dialogue_browser import DialogueBrowser
from .dialogue_papers import dialogue_papers
from .dialogue_representatives import RepresentativesView
from .paper_menu import PaperMenu

translate = QCoreApplication.translate
SWITCH_STYLE = ("QPushButton { padding: 4px 14px; } "
                "QPushButton:checked { background-color: #2f6690; color: white; }")


class DialoguePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(translate("DialoguePage", "Workplace dialogue"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet(PAGE_TITLE_STYLE)
        self.dialogues = DialogueBrowser(ctx)
        self.representatives = RepresentativesView(ctx)
        self.representatives.changed.connect(self.dialogues.reload)
        self.views = QStackedWidget()
        self.views.setObjectName("dialogueViews")
        self.views.addWidget(self.dialogues)
        self.views.addWidget(self.representatives)
        self.dialogues_button = self._switch("dialoguesView",
                                             translate("DialoguePage", "Dialogues"), 0)
        self.representatives_button = self._switch(
            "representativesView", translate("DialoguePage", "Representatives"), 1)
        self.dialogues_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.dialogues_button)
        group.addButton(self.representatives_button)
        # The header: the title, the view switch, and room for the page's own menu buttons
        # (the printed papers) at the right end.
        self.header = QHBoxLayout()
        self.header.addWidget(heading)
        self.header.addSpacing(16)
        self.header.addWidget(self.dialogues_button)
        self.header.addWidget(self.representatives_button)
        self.header.addStretch(1)
        self.header_actions = QHBoxLayout()
        self.print_menu = PaperMenu(ctx, lambda: dialogue_papers(self))
        self.header_actions.addWidget(self.print_menu)
        self.header.addLayout(self.header_actions)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.views, 1)

    def _switch(self, name: str, text: str, index: int) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setStyleSheet(SWITCH_STYLE)
        button.toggled.connect(lambda on: on and self.show_view(index))
        return button

    def show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        (self.dialogues_button, self.representatives_button)[index].setChecked(True)
        self.views.currentWidget().refresh()

    def show_representatives(self) -> RepresentativesView:
        self.show_view(1)
        return self.representatives

    def show_dialogues(self) -> DialogueBrowser:
        self.show_view(0)
        return self.dialogues

    def refresh(self) -> None:
        """Called by the main window when the page is shown."""
        self.views.currentWidget().refresh()

    # Shortcuts the tests and the lead's paper actions use.
    @property
    def info(self):
        return self.dialogues.info

    @property
    def tabs(self):
        return self.dialogues.tabs

    @property
    def tab_pages(self):
        return self.dialogues.tab_pages
