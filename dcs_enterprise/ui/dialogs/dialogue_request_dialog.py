"""Recording a written request for dialogue (Labour Code 2019 Art 63.2.b, Decree 145/2020
Art 40.1; rule D10): from the worker side, ticking the worker representatives who back it (at
least 30%, shown live with its arithmetic); from the employer side, with the legal
representative's approval. If the service refuses, the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dialogue_rules import Side, check_request_support
from ...services.dialogue_models import ListInfo, RepresentativeInfo, RequestInput
from ..date_edit import date_edit
from ..errors import succeeded
from ..pages.conference_text import note_label, rule_line, show_state
from ..pages.dialogue_text import organisation_name
from .buttons import accept_reject

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


class RequestDialog(QDialog):
    """accept() hands a RequestInput to `submit`. `current` is the current list (None before
    the first: the service then refuses and says why)."""

    def __init__(self, current: ListInfo | None, submit: Callable[[RequestInput], object],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.workers: list[RepresentativeInfo] = list(current.side(Side.WORKER)) if current \
            else []
        self.setWindowTitle(translate("RequestDialog", "Record a request for dialogue"))
        self.setMinimumWidth(600)
        self.worker_side = QRadioButton(translate("RequestDialog", "Worker side"))
        self.worker_side.setObjectName("requestWorkerSide")
        self.employer_side = QRadioButton(translate("RequestDialog", "Employer side"))
        self.employer_side.setObjectName("requestEmployerSide")
        self.worker_side.setChecked(True)
        sides = QButtonGroup(self)
        sides.addButton(self.worker_side)
        sides.addButton(self.employer_side)
        side_row = QHBoxLayout()
        side_row.addWidget(self.worker_side)
        side_row.addWidget(self.employer_side)
        side_row.addStretch(1)
        self.title = QLineEdit()
        self.title.setObjectName("requestTitle")
        self.received = date_edit("requestReceived", today)
        self.content = QPlainTextEdit()
        self.content.setObjectName("requestContent")
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(70)
        self.content.setPlaceholderText(translate("RequestDialog",
                                                  "What the request asks to discuss"))
        self.supporters = QListWidget()
        self.supporters.setObjectName("requestSupporters")
        for member in self.workers:
            item = QListWidgetItem(f"{member.full_name} — {organisation_name(member.organisation)}")
            item.setData(ID_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.supporters.addItem(item)
        self.supporters.itemChanged.connect(lambda _item: self._show_support())
        self.support = note_label("", "requestSupport")
        self.supporters_label = QLabel(translate(
            "RequestDialog", "Worker representatives who back the request (Decree 145/2020 "
            "Art 40.1.b):"))
        self.supporters_label.setWordWrap(True)
        self.approved = QCheckBox(translate(
            "RequestDialog", "Approved by the legal representative (Decree 145/2020 "
            "Art 40.1.a)"))
        self.approved.setObjectName("requestApproved")
        form = QFormLayout()
        form.addRow(translate("RequestDialog", "Requested by"), side_row)
        form.addRow(translate("RequestDialog", "Title"), self.title)
        form.addRow(translate("RequestDialog", "Received on"), self.received)
        form.addRow(translate("RequestDialog", "Content"), self.content)
        buttons, self.ok_button, _cancel = accept_reject(
            self, translate("RequestDialog", "Record"), "requestOk",
            translate("RequestDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.supporters_label)
        layout.addWidget(self.supporters, 1)
        layout.addWidget(self.support)
        layout.addWidget(self.approved)
        layout.addWidget(buttons)
        self.worker_side.toggled.connect(self._side_changed)
        self._side_changed()

    def side(self) -> Side:
        return Side.WORKER if self.worker_side.isChecked() else Side.EMPLOYER

    def ticked(self) -> tuple[int, ...]:
        return tuple(self.supporters.item(row).data(ID_ROLE)
                     for row in range(self.supporters.count())
                     if self.supporters.item(row).checkState() == Qt.CheckState.Checked)

    def set_ticked(self, count: int) -> None:
        for row in range(self.supporters.count()):
            self.supporters.item(row).setCheckState(
                Qt.CheckState.Checked if row < count else Qt.CheckState.Unchecked)

    def _side_changed(self) -> None:
        worker = self.side() is Side.WORKER
        for widget in (self.supporters_label, self.supporters, self.support):
            widget.setVisible(worker)
        self.approved.setVisible(not worker)
        self._show_support()

    def _show_support(self) -> None:
        if not self.workers:
            show_state(self.support, translate(
                "RequestDialog", "The current list has no worker representatives."), False)
            return
        check = check_request_support(len(self.ticked()), len(self.workers))
        show_state(self.support, rule_line(check.why), check.ok)

    def request(self) -> RequestInput:
        worker = self.side() is Side.WORKER
        return RequestInput(
            requested_by=self.side(), title=self.title.text(),
            received_on=self.received.date().toPython(), content=self.content.toPlainText(),
            supporters=self.ticked() if worker else (),
            approved_by_legal_representative=not worker and self.approved.isChecked())

    def accept(self) -> None:
        if succeeded(self, lambda: self.submit(self.request())):
            super().accept()
