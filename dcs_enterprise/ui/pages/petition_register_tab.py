"""The petition register (DOMAIN.md workflow 4): every petition of every channel, filtered by
year and status, the overdue in red; the chosen one's detail, and the buttons its status and
the user's role allow: the union sends it to the employer, the employer side answers or
rejects it with reasons, the union resolves or escalates it, publishes the answer, and raises
a supervision item from it. The service checks every step again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from ...domain.permissions import Action
from ...domain.petitions import Category
from ...domain.supervision import Source, Status, Subject
from ...services.supervision_models import PetitionDetail, PetitionRow
from ..context import UiContext
from ..dialogs.item_dialog import ItemDialog, ItemPreset
from ..dialogs.petition_answer_dialog import PetitionAnswerDialog, PetitionCloseDialog
from ..dialogs.petition_record_dialog import PetitionRecordDialog
from ..dialogs.petition_route_dialog import PetitionRouteDialog
from ..dialogs.publish_outcome_dialog import PublishOutcomeDialog
from .conference_text import action_button, size_columns
from .petition_register_view import PetitionModel, counts, petition_html
from .progress_table import counts_label, show_counts
from .row_fitter import fit_visible_rows
from .supervision_register import RegisterTab
from .supervision_text import enum_box, petition_closings, status_name, today

translate = QCoreApplication.translate
SUBJECT_OF = {Category.CONTRACTS: Subject.CONTRACTS_AGREEMENT,
              Category.INSURANCE: Subject.CONTRIBUTIONS, Category.WELFARE: Subject.FUNDS}


class PetitionRegisterTab(RegisterTab):
    item_raised = Signal(int)  # the new supervision item's id
    item_link = Signal(int)  # an item of the petition was clicked

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, PetitionModel(), ("petitionTable", "petitionDetail"), translate(
            "PetitionRegister", "No petition matches. Petitions filed at the employee view "
            "appear here; those received by hand, in the suggestion box, by the hotline or "
            "at a meeting are recorded with \"Record a petition…\"."), parent)
        self.detail_info: PetitionDetail | None = None
        self.dialog: QDialog | None = None
        self.year = QComboBox()
        self.year.setObjectName("petitionYear")
        self.status = enum_box("petitionStatus", Status, status_name,
                               translate("PetitionRegister", "All statuses"))
        self.count = counts_label("petitionCounts")
        self.record_button = action_button(
            "recordPetition", translate("PetitionRegister", "Record a petition…"), self.record,
            ctx.can(Action.RECORD_PETITIONS))
        self.filters.addWidget(self.year)
        self.filters.addWidget(self.status)
        self.filters.addWidget(self.count, 1)
        self.filters.addWidget(self.record_button)
        specs = [
            ("route", "routePetition", translate("PetitionRegister", "Send to the employer…"),
             self.route, Action.ROUTE_PETITIONS),
            ("answer", "answerPetition", translate("PetitionRegister", "Answer…"),
             lambda: self.answer(False), Action.ANSWER_PETITIONS),
            ("reject", "rejectPetition", translate("PetitionRegister", "Reject with reasons…"),
             lambda: self.answer(True), Action.ANSWER_PETITIONS),
            ("close", "closePetition", translate("PetitionRegister", "Resolve or escalate…"),
             self.close_petition, Action.ROUTE_PETITIONS),
            ("publish", "publishPetition", translate("PetitionRegister", "Publish the answer…"),
             self.publish, Action.PUBLISH_PETITION_ANSWERS),
            ("raise", "raiseFromPetition", translate("PetitionRegister", "Raise an item…"),
             self.raise_item, Action.RAISE_ITEMS),
        ]
        self.buttons = {key: action_button(name, text, slot) for key, name, text, slot, _a
                        in specs}
        self.allowed = {key: ctx.can(action) for key, _n, _t, _s, action in specs}
        for button in self.buttons.values():
            self.actions.addWidget(button)
        size_columns(self.table, stretch=(2,), widths={0: 44, 1: 88, 3: 120, 4: 120, 5: 88})
        self.row_fitter = fit_visible_rows(self.table)  # any length, rows sized on screen
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())

    # -- the register ---------------------------------------------------------------------------
    def chosen_year(self) -> int | None:
        return self.year.currentData()

    def fetch(self) -> list[PetitionRow]:
        day = today()
        self._fill_years(day)
        status = self.status.currentData()
        rows = self.ctx.petitions.register(day, self.chosen_year(),
                                           Status(status) if status else None)
        show_counts(self.count, counts(rows), any(r.overdue for r in rows))
        return rows

    def _fill_years(self, day: date) -> None:
        """Every year with a petition, this year always; this year chosen at first (a
        factory's ten years of petitions are too many to read at once), then the choice kept."""
        years = {day.year, *self.ctx.petitions.years()}
        wanted = [None, *sorted(years, reverse=True)]
        present = [self.year.itemData(i) for i in range(self.year.count())]
        if present == wanted:
            return
        keep = self.year.currentData() if self.year.count() else day.year
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(translate("PetitionRegister", "All years"), None)
        for year in wanted[1:]:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(keep)) if keep else 0)
        self.year.blockSignals(False)

    def show_petition(self, petition_id: int) -> None:
        """Shows a petition, choosing its year and clearing the status filter that would
        hide it."""
        year = self.ctx.petitions.get(petition_id, today()).row.raised_on.year
        self._fill_years(today())
        for box, index in ((self.year, max(0, self.year.findData(year))), (self.status, 0)):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self.refresh(petition_id)

    def show_record(self, row_id: int) -> None:
        info = self.ctx.petitions.get(row_id, today())
        self.detail_info = info
        self.set_detail(row_id, petition_html(info))
        status, row = info.row.status, info.row
        states = {
            "route": status is Status.OPEN,
            "answer": status is Status.SENT,
            "reject": status is Status.SENT,
            "close": bool(petition_closings(status)),
            "publish": bool(info.answer) and row.published_on is None,
            "raise": status is not Status.RESOLVED,
        }
        for key, button in self.buttons.items():
            button.setVisible(self.allowed[key] and states[key])

    def show_none(self) -> None:
        self.detail_info = None
        for button in self.buttons.values():
            button.setVisible(False)

    def link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "item":
            self.item_link.emit(int(url.path()))

    # -- actions ------------------------------------------------------------------------------
    def record(self) -> QDialog:
        made: list[int] = []

        def submit(data) -> None:
            made.append(self.ctx.petitions.record(data).row.id)

        union = self.ctx.can(Action.ROUTE_PETITIONS)
        return self._open(PetitionRecordDialog(submit, today(), union, self),
                          lambda: self._after_new(made[-1]))

    def _after_new(self, petition_id: int) -> None:
        self.show_petition(petition_id)
        self.changed.emit()

    def route(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        pid = info.row.id

        def submit(addressee: str, on: date, category: Category, due: date | None) -> None:
            self.ctx.petitions.route(pid, addressee, on, category, due)

        addressees = [r.addressee for r in self.model.rows if r.addressee]
        return self._open(PetitionRouteDialog(info, submit, today(), addressees, self))

    def answer(self, reject: bool) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        pid = info.row.id

        def submit(text: str, on: date) -> None:
            self.ctx.petitions.answer(pid, text, on, reject)

        return self._open(PetitionAnswerDialog(info, submit, today(), reject, self))

    def close_petition(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        pid = info.row.id

        def submit(status: Status, note: str, on: date) -> None:
            self.ctx.petitions.close(pid, status, note, on)

        return self._open(PetitionCloseDialog(info, petition_closings(info.row.status), submit,
                                              today(), self))

    def publish(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        pid = info.row.id

        def submit(on: date, where: str) -> None:
            self.ctx.petitions.publish_answer(pid, on, where)

        about = (translate("PetitionRegister", "Petition no. {id}: {subject}").format(
            id=pid, subject=info.row.subject) + "\n\n" + translate(
            "PetitionRegister", "Answer: {answer}").format(answer=info.answer))
        return self._open(PublishOutcomeDialog(
            translate("PetitionRegister", "Publish the answer"), about, submit, today(),
            info.row.answered_on, self))

    def raise_item(self) -> QDialog | None:
        info = self.detail_info
        if info is None:
            return None
        row = info.row
        preset = ItemPreset(Source.PETITION, row.id, SUBJECT_OF.get(row.category, Subject.OTHER),
                            row.subject, row.addressee, info.content)
        made: list[int] = []

        def submit(data) -> None:
            made.append(self.ctx.supervision_items.raise_item(data).row.id)

        def accepted() -> None:
            self.reload()
            self.item_raised.emit(made[-1])

        return self._open(ItemDialog(submit, self.ctx.supervision_items.link_options, today(),
                                     preset, self), accepted)
