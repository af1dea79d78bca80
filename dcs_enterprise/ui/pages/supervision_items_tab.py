"""The register of supervision items (DOMAIN.md workflow 4), filtered by year (this year
first), status, source and whether overdue; the chosen item's detail with its timeline and evidence; the steps its status
and the user's role allow next (the employer side answers or rejects what was sent to it, the
union takes every other step), notes with evidence from both sides, and the union publishing
the outcome. The service checks every step again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QWidget

from ...domain.errors import QT_TRANSLATE_NOOP, DcsError
from ...domain.permissions import Action
from ...domain.supervision import AWAITING_ANSWER, Source, Status
from ...services.supervision_models import FileInput, ItemDetail, ItemRow
from .. import evidence_files
from ..context import UiContext
from ..dialogs.item_dialog import ItemDialog, ItemPreset
from ..dialogs.item_step_dialog import ItemStepDialog
from ..dialogs.publish_outcome_dialog import PublishOutcomeDialog
from ..errors import show_error
from .conference_text import action_button, size_columns
from .progress_table import counts_label, show_counts
from .row_fitter import fit_visible_rows
from .supervision_item_view import ItemModel, counts, item_html
from .supervision_register import RegisterTab
from .supervision_text import enum_box, item_steps, source_name, status_name, today

translate = QCoreApplication.translate


class SupervisionItemsTab(RegisterTab):
    petition_link = Signal(int)
    plan_link = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ItemModel(), ("itemTable", "itemDetail"), translate(
            "SupervisionItems", "No item matches. Items are raised from the findings of a "
            "supervision plan, a petition, a conference resolution, a dialogue action or an "
            "agreement clause, or on the union's own motion."), parent)
        self.detail_info: ItemDetail | None = None
        self.dialog: QDialog | None = None
        self.year = QComboBox()
        self.year.setObjectName("itemYear")
        self.status = enum_box("itemStatusFilter", Status, status_name,
                               translate("SupervisionItems", "All statuses"))
        self.source = enum_box("itemSourceFilter", Source, source_name,
                               translate("SupervisionItems", "All sources"))
        self.overdue = QCheckBox(translate("SupervisionItems", "Overdue only"))
        self.overdue.setObjectName("itemOverdueOnly")
        self.count = counts_label("itemCounts")
        self.raise_button = action_button(
            "raiseItem", translate("SupervisionItems", "Raise an item…"), lambda: self.raise_item(),
            ctx.can(Action.RAISE_ITEMS))
        # The boxes no wider than their usual choice (the list opens at full width), so the
        # counts keep one or two lines.
        self.status.setMaximumWidth(190)
        self.source.setMaximumWidth(210)
        for widget in (self.year, self.status, self.source, self.overdue):
            self.filters.addWidget(widget)
        self.filters.addWidget(self.count, 1)
        self.filters.addWidget(self.raise_button)
        self.step_button = action_button(
            "recordStep", translate("SupervisionItems", "Record a step…"), self.record_step)
        self.note_button = action_button(
            "addNote", translate("SupervisionItems", "Add a note…"), self.add_note,
            ctx.can(Action.ADD_EVIDENCE))
        self.publish_button = action_button(
            "publishOutcome", translate("SupervisionItems", "Publish the outcome…"),
            self.publish)
        for button in (self.step_button, self.note_button, self.publish_button):
            self.actions.addWidget(button)
        size_columns(self.table, stretch=(2,), widths={0: 44, 1: 88, 3: 110, 4: 120, 5: 88})
        self.row_fitter = fit_visible_rows(self.table)  # any length, rows sized on screen
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue.toggled.connect(lambda _on: self.refresh())

    # -- the register ---------------------------------------------------------------------------
    def chosen_year(self) -> int | None:
        return self.year.currentData()

    def fetch(self) -> list[ItemRow]:
        day = today()
        self._fill_years(day)
        status, source = self.status.currentData(), self.source.currentData()
        # "Overdue only" looks at every year (last year's unanswered item must not hide), so
        # the year box is set aside while it is ticked; status and source still apply.
        overdue = self.overdue.isChecked()
        self.year.setEnabled(not overdue)
        rows = self.ctx.supervision_items.items(
            day, Status(status) if status else None, Source(source) if source else None,
            year=None if overdue else self.chosen_year(), overdue_only=overdue)
        show_counts(self.count, counts(rows), any(r.overdue for r in rows))
        return rows

    def _fill_years(self, day: date) -> None:
        """Every year with an item, this year always; this year chosen at first (ten years of
        a factory's items are too many to read at once), then the choice kept."""
        wanted = [None, *sorted({day.year, *self.ctx.supervision_items.years()}, reverse=True)]
        if [self.year.itemData(i) for i in range(self.year.count())] == wanted:
            return
        keep = self.year.currentData() if self.year.count() else day.year
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(translate("SupervisionItems", "All years"), None)
        for year in wanted[1:]:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(keep)) if keep else 0)
        self.year.blockSignals(False)

    def show_item(self, item_id: int) -> None:
        """Shows an item, choosing its year and clearing the filters that would hide it."""
        year = self.ctx.supervision_items.get(item_id, today()).row.raised_on.year
        self._fill_years(today())
        for box, index in ((self.year, max(0, self.year.findData(year))), (self.status, 0),
                           (self.source, 0)):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self.refresh(item_id)

    def steps(self) -> list[Status]:
        info = self.detail_info
        return item_steps(self.ctx.actor.role, info.row.status) if info else []

    def show_record(self, row_id: int) -> None:
        info = self.ctx.supervision_items.get(row_id, today())
        self.detail_info = info
        self.set_detail(row_id, item_html(info))
        self.step_button.setVisible(bool(self.steps()))
        self.note_button.setVisible(self.ctx.can(Action.ADD_EVIDENCE))
        self.publish_button.setVisible(
            self.ctx.can(Action.RAISE_ITEMS) and info.row.status not in AWAITING_ANSWER
            and info.published_on is None)

    def show_none(self) -> None:
        self.detail_info = None
        for button in (self.step_button, self.note_button, self.publish_button):
            button.setVisible(False)

    def link_clicked(self, url: QUrl) -> None:
        kind, value = url.scheme(), int(url.path())
        if kind == "petition":
            self.petition_link.emit(value)
        elif kind == "plan":
            self.plan_link.emit(value)
        elif kind in ("open", "save"):
            self.attachment(value, save=kind == "save")

    def attachment(self, attachment_id: int, save: bool):
        """Opens an evidence file, or saves it where the user chooses; returns the path."""
        try:
            name, data = self.ctx.supervision_items.attachment_data(attachment_id)
        except DcsError as error:
            show_error(self, error)
            return None
        if save:
            return evidence_files.save_copy(self, name, data)
        try:
            return evidence_files.open_copy(name, data)
        except OSError as error:
            show_error(self, DcsError(QT_TRANSLATE_NOOP(
                "EvidenceFiles", "The file cannot be read or written: {reason}"),
                context="EvidenceFiles", reason=error.strerror or error))
            return None

    # -- actions ------------------------------------------------------------------------------
    def raise_item(self, preset: ItemPreset | None = None) -> QDialog:
        made: list[int] = []

        def submit(data) -> None:
            made.append(self.ctx.supervision_items.raise_item(data).row.id)

        def accepted() -> None:
            self.show_item(made[-1])
            self.changed.emit()

        return self._open(ItemDialog(submit, self.ctx.supervision_items.link_options, today(),
                                     preset, self), accepted)

    def record_step(self) -> QDialog | None:
        info, steps = self.detail_info, self.steps()
        if info is None or not steps:
            return None
        item_id = info.row.id

        def submit(status: Status | None, text: str, on: date,
                   files: tuple[FileInput, ...]) -> None:
            self.ctx.supervision_items.step(item_id, status, text, on, files)

        return self._open(ItemStepDialog(info, steps, submit, today(), self))

    def add_note(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        item_id = info.row.id

        def submit(_status, text: str, on: date, files: tuple[FileInput, ...]) -> None:
            self.ctx.supervision_items.add_note(item_id, text, on, files)

        return self._open(ItemStepDialog(info, [], submit, today(), self))

    def publish(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        item_id = info.row.id

        def submit(on: date, where: str) -> None:
            self.ctx.supervision_items.publish_outcome(item_id, on, where)

        about = (translate("SupervisionItems", "Item no. {id}: {title}").format(
            id=item_id, title=info.row.title) + "\n\n" + translate(
            "SupervisionItems", "Answer: {answer}").format(answer=info.answer))
        return self._open(PublishOutcomeDialog(
            translate("SupervisionItems", "Publish the outcome"), about, submit, today(),
            info.answered_on or info.closed_on, self))
