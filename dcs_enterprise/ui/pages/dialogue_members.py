"""One side's dialogue representatives (Decree 145/2020 Art 38.1-38.2): the members on the list,
those who left on request, and the buttons of the side that keeps them (the employer side: HR;
the worker side: the union) to add, end and replace a membership (Art 38.3)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_rules import Side
from ...services.dialogue_lists import KEEPERS
from ...services.dialogue_models import ListInfo, RepresentativeInfo
from ..context import UiContext
from ..dialogs.conference_day_prompt import PromptDialog
from ..dialogs.dialogue_member_dialog import MemberDialog
from ..list_model import ListTableModel
from .conference_text import GREY, action_button, dmy, fit_rows, list_view, size_columns
from .dialogue_text import organisation_name, side_name, today

translate = QCoreApplication.translate


class MembersModel(ListTableModel):
    def __init__(self, side: Side, parent=None) -> None:
        super().__init__(parent)
        self.side = side

    def headers(self) -> list[str]:
        third = (translate("MembersPanel", "Legal representative") if self.side is Side.EMPLOYER
                 else translate("MembersPanel", "Organisation"))
        return [translate("MembersPanel", "Name"), translate("MembersPanel", "Position"),
                translate("MembersPanel", "Department"), third,
                translate("MembersPanel", "Joined"), translate("MembersPanel", "Left")]

    def display(self, row: RepresentativeInfo, column: int) -> object:
        if column == 3:
            if self.side is Side.WORKER:
                return organisation_name(row.organisation)
            return translate("MembersPanel", "yes") if row.is_legal_representative else ""
        if column == 5:
            return f"{dmy(row.left_on)}: {row.left_reason}" if row.left_on else ""
        return (row.full_name, row.position, row.department, "", dmy(row.joined_on))[column]

    def foreground(self, row: RepresentativeInfo) -> object:
        return QColor(GREY) if row.left_on else None


class MembersPanel(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: UiContext, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(side_name(side), parent)
        self.ctx, self.side = ctx, side
        self.info: ListInfo | None = None
        self.dialog: QWidget | None = None
        keeper = ctx.can(KEEPERS[side])
        self.model = MembersModel(side, self)
        self.table = list_view(f"{side.value}Members", self.model)
        size_columns(self.table, stretch=(0, 1, 2, 5))
        self.former = QCheckBox(translate("MembersPanel", "Show former members"))
        self.former.setObjectName(f"{side.value}Former")
        self.former.toggled.connect(lambda _on: self._fill())
        self.add_button = action_button(f"{side.value}Add",
                                        translate("MembersPanel", "Add…"), self.add, keeper)
        self.end_button = action_button(f"{side.value}End",
                                        translate("MembersPanel", "End membership…"),
                                        self.end, keeper)
        self.replace_button = action_button(f"{side.value}Replace",
                                            translate("MembersPanel", "Replace…"),
                                            self.replace, keeper)
        row = QHBoxLayout()
        for widget in (self.add_button, self.end_button, self.replace_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.former)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def load(self, info: ListInfo | None) -> None:
        self.info = info
        for button in (self.add_button, self.end_button, self.replace_button):
            button.setEnabled(info is not None)
        self._fill()

    def _fill(self) -> None:
        info = self.info
        rows = [] if info is None else [
            m for m in info.members
            if m.side is self.side and (m.active or self.former.isChecked())]
        self.model.set_rows(rows)
        fit_rows(self.table, most=14 if self.side is Side.WORKER else 6)

    def selected(self) -> RepresentativeInfo | None:
        rows = self.table.selectionModel().selectedRows()
        member = self.model.rows[rows[0].row()] if rows else None
        if member is None or not member.active:
            QMessageBox.information(self, side_name(self.side), translate(
                "MembersPanel", "Select a current member first."))
            return None
        return member

    def _open(self, dialog) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()

    def add(self) -> MemberDialog:
        list_id, lists = self.info.id, self.ctx.dialogue_lists
        dialog = MemberDialog(
            self.side, self.ctx.employees,
            lambda member, _left, _reason: lists.add_member(list_id, member),
            max(today(), self.info.determined_on), parent=self)
        self._open(dialog)
        return dialog

    def replace(self) -> MemberDialog | None:
        member = self.selected()
        if member is None:
            return None
        lists = self.ctx.dialogue_lists
        dialog = MemberDialog(
            self.side, self.ctx.employees,
            lambda new, left, reason: lists.replace_member(member.id, left, reason, new),
            max(today(), member.joined_on), replacing=member, parent=self)
        self._open(dialog)
        return dialog

    def end(self) -> PromptDialog | None:
        member = self.selected()
        if member is None:
            return None
        lists = self.ctx.dialogue_lists

        def submit(reason: str, day: date | None) -> None:
            lists.end_membership(member.id, day, reason)

        dialog = PromptDialog(
            translate("MembersPanel", "End membership"),
            translate("MembersPanel", "{name} leaves the list of dialogue representatives. "
                                      "The side chooses a replacement and publishes the "
                                      "change (Decree 145/2020 Art 38.3).").format(
                name=member.full_name),
            translate("MembersPanel", "Reason"), submit, day=max(today(), member.joined_on),
            lowest=member.joined_on, ok_text=translate("MembersPanel", "End membership"),
            parent=self)
        self._open(dialog)
        return dialog

