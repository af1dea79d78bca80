"""Both sides' dialogue representatives (Decree 145/2020 Art 38) with the rules judged on the
current members: the employer side at least 3 including the legal representative (D2), the
worker side against the headcount band (D3), the pro-rata split between worker organisations
(D4), the renewal at least every 2 years (D5) and the list's publication at the workplace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_rules import Side
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.dialogue_models import ListInfo
from ..context import UiContext
from ..dialogs.conference_day_prompt import PromptDialog
from ..dialogs.dialogue_publication_dialog import ListPublicationDialog
from ..errors import show_error
from .conference_text import (
    action_button,
    dmy,
    note_label,
    publication_form_label,
    rule_line,
    show_state,
)
from .dialogue_members import MembersPanel
from .dialogue_text import band_text, organisation_name, today

translate = QCoreApplication.translate


class RepresentativesView(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ListInfo | None = None
        self.lists: dict[int, ListInfo] = {}
        self.dialog: QWidget | None = None
        planner = ctx.can(Action.PLAN_DIALOGUE)
        self.chooser = QComboBox()
        self.chooser.setObjectName("dialogueListChooser")
        self.chooser.currentIndexChanged.connect(lambda _i: self._show_chosen())
        self.new_button = action_button("newDialogueList",
                                        translate("RepresentativesView", "New list…"),
                                        self.new_list, planner)
        self.publish_button = action_button(
            "publishDialogueList", translate("RepresentativesView", "Record publication…"),
            self.record_publication, planner)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("RepresentativesView", "List")))
        top.addWidget(self.chooser)
        top.addWidget(self.new_button)
        top.addWidget(self.publish_button)
        top.addStretch(1)
        self.empty = note_label(translate(
            "RepresentativesView", "No list of dialogue representatives is determined yet. "
            "Start one with \"New list…\": then HR adds the employer side (at least 3, "
            "including the legal representative) and the union the worker side (by the "
            "enterprise's headcount)."), "noDialogueList")
        self.employer_check = note_label("", "employerCheck")
        self.worker_check = note_label("", "workerCheck")
        self.band = note_label("", "workerBand")
        self.split = note_label("", "workerSplit")
        self.renewal = note_label("", "listRenewal")
        self.publication = note_label("", "listPublication")
        checks = QGroupBox(translate("RepresentativesView", "Rules"))
        checks_layout = QVBoxLayout(checks)
        checks_layout.setSpacing(4)
        for label in (self.employer_check, self.band, self.worker_check, self.split,
                      self.renewal, self.publication):
            checks_layout.addWidget(label)
        self.sides = {side: MembersPanel(ctx, side) for side in Side}
        for panel in self.sides.values():
            panel.changed.connect(self._changed)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addWidget(checks)
        column.addWidget(self.sides[Side.EMPLOYER])
        column.addWidget(self.sides[Side.WORKER])
        column.addStretch(1)
        self.checks = checks
        scroll = QScrollArea()
        scroll.setObjectName("representativesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # -- showing ------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        try:
            lists = self.ctx.dialogue_lists.lists()
        except DcsError as error:
            show_error(self, error)
            return
        keep = select_id or (self.info.id if self.info else None)
        self.lists = {row.id: row for row in lists}
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for number, row in enumerate(lists):
            text = translate("RepresentativesView", "Determined on {day}").format(
                day=dmy(row.determined_on))
            if number == 0:
                text = translate("RepresentativesView", "{list} (current)").format(list=text)
            self.chooser.addItem(text, row.id)
        ids = [row.id for row in lists]
        self.chooser.setCurrentIndex(ids.index(keep) if keep in ids else 0)
        self.chooser.blockSignals(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        info = self.lists.get(self.chooser.currentData()) if self.chooser.count() else None
        self.info = info
        self.empty.setVisible(info is None)
        self.checks.setVisible(info is not None)
        self.chooser.setEnabled(info is not None)
        self.publish_button.setEnabled(info is not None)
        self.new_button.setText(translate("RepresentativesView", "New list…") if info
                                else translate("RepresentativesView", "Determine the lists…"))
        for panel in self.sides.values():
            panel.setVisible(info is not None)
            panel.load(info)
        if info is not None:
            self._show_rules(info)

    def _show_rules(self, info: ListInfo) -> None:
        show_state(self.employer_check, rule_line(info.employer_check.why),
                   info.employer_check.ok)
        show_state(self.band, translate("RepresentativesView",
                                        "Worker side for {headcount} workers — {band}").format(
            headcount=QLocale().toString(info.headcount), band=band_text(info.band)), None)
        show_state(self.worker_check, rule_line(info.worker_check.why), info.worker_check.ok)
        self._show_split(info)
        renewal = info.renewal
        show_state(self.renewal, translate(
            "RepresentativesView", "Determined on {day}; next renewal by {due}. {rule}").format(
            day=dmy(info.determined_on), due=dmy(renewal.due), rule=rule_line(renewal.why)),
            today() <= renewal.due)
        if info.published_on is None:
            show_state(self.publication, translate(
                "RepresentativesView", "Not published at the workplace yet (Decree 145/2020 "
                                       "Art 38.3)."), False)
        else:
            show_state(self.publication, translate(
                "RepresentativesView", "Published on {day}: {form}, {place}.").format(
                day=dmy(info.published_on), form=publication_form_label(info.published_form),
                place=info.published_place), True)

    def _show_split(self, info: ListInfo) -> None:
        """D4: each worker organisation's seats against its share of the membership."""
        workers = info.side(Side.WORKER)
        if info.expected_split is None:
            self.split.setVisible(False)
            return
        seated = {o: sum(m.organisation is o for m in workers) for o, _n in info.expected_split}
        parts = [translate("RepresentativesView", "{organisation}: {seated} (pro rata {due})")
                 .format(organisation=organisation_name(o), seated=seated[o], due=due)
                 for o, due in info.expected_split]
        met = all(seated[o] == due for o, due in info.expected_split)
        self.split.setVisible(True)
        show_state(self.split, translate(
            "RepresentativesView", "Seats by membership: {parts} (rule D4, {article})").format(
            parts="; ".join(parts), article=translate("Rules", "Decree 145/2020 Art 38.2.b")),
            met)

    # -- actions ------------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh(self.info.id if self.info else None)
        self.changed.emit()

    def _open(self, dialog) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == PromptDialog.DialogCode.Accepted:
                self._changed()

        dialog.finished.connect(finished)
        dialog.open()

    def new_list(self) -> PromptDialog:
        """A new determination (Art 38.3); the current members carry over to it."""
        current = next(iter(self.lists.values()), None)
        made: list[ListInfo] = []

        def submit(_text: str, day: date | None) -> None:
            made.append(self.ctx.dialogue_lists.create(
                day, copy_from=current.id if current else None))
            self.info = made[0]

        explanation = translate(
            "RepresentativesView", "The lists are determined again at least every 2 years "
            "(Decree 145/2020 Art 38.3). The current members of both sides carry over to the "
            "new list; each side then adds, ends or replaces its own.") if current else \
            translate("RepresentativesView", "The day both sides' lists are determined. The "
                      "enterprise's headcount that day sets the worker side's size (rule D3).")
        dialog = PromptDialog(translate("RepresentativesView", "New list"), explanation, "",
                              submit, day=max(today(), current.determined_on) if current
                              else today(), lowest=current.determined_on if current else None,
                              ok_text=translate("RepresentativesView", "Determine"),
                              parent=self)
        self._open(dialog)
        return dialog

    def record_publication(self) -> ListPublicationDialog:
        info, lists = self.info, self.ctx.dialogue_lists
        dialog = ListPublicationDialog(
            lambda form, place, day: lists.publish(info.id, form, place, day),
            max(today(), info.determined_on), info.determined_on, parent=self)
        self._open(dialog)
        return dialog
