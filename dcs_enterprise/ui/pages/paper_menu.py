"""A "Print" button whose menu lists the papers the chosen record can print now: each opens the
document preview (rendered off the GUI thread), numbered on request where the paper allows it.
The menu is built when it opens, from what the record holds at that moment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ...domain.permissions import Action
from ...services.documents import PreparedDocument
from ..printing import preview

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Paper:
    label: str  # the menu entry and the preview's title
    file_name: str
    prepare: Callable[[bool], PreparedDocument]  # numbered -> the prepared document
    can_number: bool = False  # the paper may take a number from its series on request


class PaperMenu(QToolButton):
    def __init__(self, ctx, papers: Callable[[], list[Paper]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.papers = papers
        self.setObjectName("printMenuButton")
        self.setText(translate("PaperMenu", "Print papers…"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet("QToolButton { padding: 3px 20px 3px 8px; }")  # room for the arrow
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self.rebuild)
        self.setMenu(self.menu_)
        self.setVisible(ctx.can(Action.PRINT_DOCUMENTS))
        self.last_preview = None

    def rebuild(self) -> None:
        self.menu_.clear()
        for paper in self.papers():
            action = self.menu_.addAction(paper.label)
            action.triggered.connect(lambda _checked=False, p=paper: self.open(p))

    def open(self, paper: Paper):
        numbering = paper.can_number and self.ctx.can(Action.NUMBER_DOCUMENTS)
        self.last_preview = preview(self.window(), paper.label, paper.file_name, paper.prepare,
                                    can_number=numbering)
        return self.last_preview
