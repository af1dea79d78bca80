"""The union raises a supervision item: where it comes from and the record it links back to
(a petition, a commitment of a conference resolution, a dialogue action, an agreement clause,
the supervision plan whose findings raised it; an inspection links to none), its subject
(Decree 145/2020 Art 46), the recommendation and to whom on the employer side, and the due
date: rule S1 unless the union sets one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout, QWidget

from ...domain.errors import DcsError
from ...domain.supervision import Source, Subject
from ...services.supervision_models import ItemInput, SourceOption
from ..date_edit import date_edit, event_day
from ..errors import show_error
from ..pages.supervision_text import choose, enum_box, source_name, subject_name
from .buttons import accept_reject
from .supervision_fields import SubmitDialog, form, hint, line, text_box

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ItemPreset:
    """What the item is raised from, filled in for the user (who may still change it)."""

    source: Source = Source.INSPECTION
    source_id: int | None = None
    subject: Subject = Subject.OTHER
    title: str = ""
    addressee: str = ""
    description: str = ""
    recommendation: str = ""


class ItemDialog(SubmitDialog):
    """accept() hands an ItemInput to `submit`; `options(source)` lists the records an item of
    that source may link to (the service's link_options)."""

    def __init__(self, submit: Callable[[ItemInput], object],
                 options: Callable[[Source], Sequence[SourceOption]], today: date,
                 preset: ItemPreset | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        preset = preset or ItemPreset()
        self.submit = submit
        self.options = options
        self.setWindowTitle(translate("ItemDialog", "Raise a supervision item"))
        self.setMinimumWidth(680)
        self.source = enum_box("itemSource", Source, source_name)
        self.link = QComboBox()
        self.link.setObjectName("itemLink")
        self.link.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link.setMinimumContentsLength(40)
        self.link_note = hint("", "itemLinkNote")
        self.subject = enum_box("itemSubject", Subject, subject_name, shortest=40)
        choose(self.subject, preset.subject)
        self.title = line("itemTitle", translate(
            "ItemDialog", "e.g. Overtime above the legal limit in the sewing workshop"),
            preset.title)
        self.addressee = line("itemAddressee", translate(
            "ItemDialog", "e.g. Director; Head of the HR department"), preset.addressee)
        self.description = text_box("itemDescription", 70, translate(
            "ItemDialog", "What was found or raised"), preset.description)
        self.recommendation = text_box("itemRecommendation", 70, translate(
            "ItemDialog", "What the union recommends the employer do"), preset.recommendation)
        self.legal_basis = line("itemLegalBasis", translate(
            "ItemDialog", "e.g. Labour Code 2019 Art 107"))
        self.raised_on = date_edit("itemRaisedOn", today, highest=today)
        self.own_due = QCheckBox(translate("ItemDialog", "Set the due date by hand"))
        self.own_due.setObjectName("itemOwnDue")
        self.due = date_edit("itemDue", today)
        self.due.setEnabled(False)
        self.own_due.toggled.connect(self.due.setEnabled)
        layout = form()
        layout.addRow(translate("ItemDialog", "Comes from"), self.source)
        layout.addRow(translate("ItemDialog", "Record"), self.link)
        layout.addRow("", self.link_note)
        layout.addRow(translate("ItemDialog", "Subject"), self.subject)
        layout.addRow(translate("ItemDialog", "Title"), self.title)
        layout.addRow(translate("ItemDialog", "Finding"), self.description)
        layout.addRow(translate("ItemDialog", "Recommendation"), self.recommendation)
        layout.addRow(translate("ItemDialog", "Legal basis"), self.legal_basis)
        layout.addRow(translate("ItemDialog", "Addressee"), self.addressee)
        layout.addRow(translate("ItemDialog", "Raised on"), self.raised_on)
        layout.addRow(translate("ItemDialog", "Due date"), self.own_due)
        layout.addRow("", self.due)
        layout.addRow("", hint(translate(
            "ItemDialog", "Otherwise rule S1 counts it: the regulation's days (15 by default) "
                          "from the day the employer receives the recommendation.")))
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("ItemDialog", "Raise"), "itemOk", translate("ItemDialog", "Cancel"))
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(buttons)
        choose(self.source, preset.source)
        self.source.currentIndexChanged.connect(lambda _i: self._source_chosen())
        self._source_chosen(preset.source_id)

    def _source_chosen(self, keep: int | None = None) -> None:
        source = Source(self.source.currentData())
        self.link.clear()
        linked = source is not Source.INSPECTION
        self.link.setEnabled(linked)
        if linked:
            try:
                found = self.options(source)
            except DcsError as error:
                show_error(self, error)
                found = []
            for option in found:
                self.link.addItem(option.label, option.id)
            if keep is not None and self.link.findData(keep) >= 0:
                self.link.setCurrentIndex(self.link.findData(keep))
        if not linked:
            note = translate("ItemDialog", "An inspection or the union's own motion links to "
                                           "no record.")
        elif self.link.count() == 0:
            note = translate("ItemDialog", "There is no record of this kind to link to.")
        else:
            note = ""
        self.link_note.setText(note)
        self.link_note.setVisible(bool(note))

    def item(self) -> ItemInput:
        source = Source(self.source.currentData())
        linked = self.link.currentData() if source is not Source.INSPECTION else None
        return ItemInput(
            source=source, subject=Subject(self.subject.currentData()), title=self.title.text(),
            addressee=self.addressee.text(), raised_on=event_day(self.raised_on),
            recommendation=self.recommendation.toPlainText(),
            description=self.description.toPlainText(), legal_basis=self.legal_basis.text(),
            due_on=self.due.date().toPython() if self.own_due.isChecked() else None,
            source_id=None if source is Source.SUPERVISION else linked,
            plan_id=linked if source is Source.SUPERVISION else None)

    def send(self) -> object:
        return self.submit(self.item())
