"""A request to bargain (Labour Code 2019 Arts 67-70): who asked, on which day, on which of the
Art 67 topics, whether the workers' side asked for the employer's information (rule B3), and
whether it is a new agreement or an amendment or renewal of a signed one (rules A5, A6)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QWidget

from ...domain.bargaining_rules import Requester, Topic
from ...domain.bargaining_stages import RoundKind
from ...services.bargaining_models import AgreementInfo, RequestInput
from ..pages.bargaining_text import kind_name, requester_name, topic_name
from ..pages.conference_text import dmy
from .bargaining_form import FormDialog

translate = QCoreApplication.translate


class RequestDialog(FormDialog):
    def __init__(self, submit: Callable[[RequestInput], object], today: date,
                 signed: Sequence[AgreementInfo] = (), parent: QWidget | None = None) -> None:
        super().__init__(
            translate("BargainingRequestDialog", "Request to bargain"),
            translate("BargainingRequestDialog", "Either side may ask to bargain; the other may not "
                      "refuse. The time and place must be agreed within 7 working days and "
                      "bargaining must start within 30 days of the request (Labour Code 2019 "
                      "Art 70.1)."),
            submit, translate("BargainingRequestDialog", "Record the request"), "recordRequestButton",
            parent)
        self.requester = QComboBox()
        self.requester.setObjectName("requestBy")
        for side in Requester:
            self.requester.addItem(requester_name(side), side.value)
        self.name = self.line("requesterName", placeholder=translate(
            "BargainingRequestDialog", "e.g. Grassroots trade union of the company"))
        self.requested_on = self.day("requestedOn", today)
        self.topics: dict[Topic, QCheckBox] = {}
        topics = QWidget()
        grid = QGridLayout(topics)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, topic in enumerate(Topic):
            box = QCheckBox(topic_name(topic))
            box.setObjectName(f"topic_{topic.value}")
            self.topics[topic] = box
            grid.addWidget(box, index, 0)
        self.content = self.text_box("requestContent", 60)
        self.asks_information = QCheckBox(translate(
            "BargainingRequestDialog", "The workers' side asked for the employer's information on"))
        self.asks_information.setObjectName("asksInformation")
        self.information_on = self.day("informationRequestedOn", today)
        self.information_on.setEnabled(False)
        self.asks_information.toggled.connect(self.information_on.setEnabled)
        information = QHBoxLayout()
        information.addWidget(self.asks_information)
        information.addWidget(self.information_on)
        information.addStretch(1)
        self.kind = QComboBox()
        self.kind.setObjectName("roundKind")
        for kind in RoundKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.amends = QComboBox()
        self.amends.setObjectName("amendsAgreement")
        for agreement in signed:
            self.amends.addItem(translate("BargainingRequestDialog", "{number} signed on {day}: {title}")
                                .format(number=agreement.agreement_number,
                                        day=dmy(agreement.signed_on), title=agreement.title),
                                agreement.id)
        self.amends.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.amends.setMinimumContentsLength(30)
        self.title = self.line("agreementTitle", placeholder=translate(
            "BargainingRequestDialog", "Left empty: the usual title with the year"))
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()
        self.form.addRow(translate("BargainingRequestDialog", "Requested by"), self.requester)
        self.form.addRow(translate("BargainingRequestDialog", "Name"), self.name)
        self.form.addRow(translate("BargainingRequestDialog", "Received on"), self.requested_on)
        self.form.addRow(translate("BargainingRequestDialog", "Topics (Art 67)"), topics)
        self.form.addRow(translate("BargainingRequestDialog", "Content"), self.content)
        self.form.addRow(translate("BargainingRequestDialog", "Information"), information)
        self.form.addRow(translate("BargainingRequestDialog", "Kind"), self.kind)
        self.form.addRow(translate("BargainingRequestDialog", "Agreement to change"), self.amends)
        self.form.addRow(translate("BargainingRequestDialog", "Title"), self.title)
        self.finish_layout()

    def _kind_chosen(self) -> None:
        self.amends.setEnabled(RoundKind(self.kind.currentData()) is not RoundKind.NEW)

    def values(self) -> RequestInput:
        kind = RoundKind(self.kind.currentData())
        return RequestInput(
            requested_by=Requester(self.requester.currentData()),
            requester_name=self.name.text(), requested_on=self.requested_on.date().toPython(),
            topics=tuple(t for t, box in self.topics.items() if box.isChecked()),
            content=self.content.toPlainText(), title=self.title.text(), kind=kind,
            amends_agreement_id=None if kind is RoundKind.NEW else self.amends.currentData(),
            information_requested_on=(self.information_on.date().toPython()
                                      if self.asks_information.isChecked() else None))
