"""Supervision and petitions (DOMAIN.md workflow 4): three registers in tabs, the petitions,
the supervision items and the union's supervision plans, and the papers they print. Links
between them (an item's petition, a petition's items, a plan's items) switch tabs; an item
raised from a petition or from a plan's findings is shown in the items tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ..context import UiContext
from ..dialogs.item_dialog import ItemPreset
from ..style import PAGE_TITLE_STYLE
from .paper_menu import PaperMenu
from .petition_register_tab import PetitionRegisterTab
from .supervision_items_tab import SupervisionItemsTab
from .supervision_papers import supervision_papers
from .supervision_plans_tab import SupervisionPlansTab

translate = QCoreApplication.translate


class SupervisionPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(translate("SupervisionPage", "Supervision and petitions"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet(PAGE_TITLE_STYLE)
        self.petitions = PetitionRegisterTab(ctx)
        self.items = SupervisionItemsTab(ctx)
        self.plans = SupervisionPlansTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supervisionTabs")
        self.tabs.addTab(self.petitions, translate("SupervisionPage", "Petitions"))
        self.tabs.addTab(self.items, translate("SupervisionPage", "Supervision items"))
        self.tabs.addTab(self.plans, translate("SupervisionPage", "Supervision plans"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.petitions.item_raised.connect(self.show_item)
        self.petitions.item_link.connect(self.show_item)
        self.items.petition_link.connect(self.show_petition)
        self.items.plan_link.connect(self.show_plan)
        self.plans.item_link.connect(self.show_item)
        self.plans.raise_from.connect(self.raise_from_plan)
        self.header = QHBoxLayout()
        self.header.addWidget(heading)
        self.header.addStretch(1)
        self.print_menu = PaperMenu(ctx, lambda: supervision_papers(self))
        self.header.addWidget(self.print_menu)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Called by the main window when the page is shown, and on a change of tab."""
        self.tabs.currentWidget().refresh()

    def _show(self, tab: QWidget) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(tab)
        self.tabs.blockSignals(False)

    def show_petitions(self) -> PetitionRegisterTab:
        self.tabs.setCurrentWidget(self.petitions)
        return self.petitions

    def show_items(self) -> SupervisionItemsTab:
        self.tabs.setCurrentWidget(self.items)
        return self.items

    def show_plans(self) -> SupervisionPlansTab:
        self.tabs.setCurrentWidget(self.plans)
        return self.plans

    def show_item(self, item_id: int) -> None:
        self._show(self.items)
        self.items.show_item(item_id)

    def show_petition(self, petition_id: int) -> None:
        self._show(self.petitions)
        self.petitions.show_petition(petition_id)

    def show_plan(self, plan_id: int) -> None:
        self._show(self.plans)
        self.plans.refresh(plan_id)

    def raise_from_plan(self, preset: ItemPreset):
        """The items tab raises the item from the plan's findings, and then shows it."""
        self._show(self.items)
        self.items.refresh()
        return self.items.raise_item(preset)
