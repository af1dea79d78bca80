"""The audit trail: every change, who made it and when, filtered and paged (the trail may hold
hundreds of thousands of events), with each event's before and after and a check of the chain."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ...services.audit_log import AuditFilter
from ..context import UiContext
from ..date_edit import date_edit
from ..errors import show_error
from ..style import PAGE_TITLE_STYLE
from ..workers import Task
from .audit_details import AuditDetails, chain_report_text
from .audit_model import AuditTableModel, action_text, entity_text
from .seal_report import record_report_text

translate = QCoreApplication.translate

COLUMN_WIDTHS = (48, 135, 85, 105, 250, 95, 75)  # the action column stretches
ACTION_COLUMN = 4


class AuditPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = AuditFilter()
        self._verify_task: Task | None = None

        title = QLabel(translate("AuditPage", "Audit trail"))
        title.setObjectName("pageTitle")
        title.setStyleSheet(PAGE_TITLE_STYLE)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(translate(
            "AuditPage", "Every change is recorded with who made it and when. The events are "
            "chained and every record is sealed, so a change made outside the program breaks "
            "the chain or a seal: Verify finds it."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555555;")

        self.actor_filter = self._combo("actorFilter")
        self.entity_filter = self._combo("entityFilter")
        self.action_filter = self._combo("actionFilter")
        self.action_filter.setMinimumContentsLength(30)
        today = QDate.currentDate()
        self.from_check, self.from_date = self._date("from", today.addMonths(-1))
        self.to_check, self.to_date = self._date("to", today)
        self.from_check.setText(translate("AuditPage", "From"))
        self.to_check.setText(translate("AuditPage", "To"))
        clear = QPushButton(translate("AuditPage", "Clear filters"))
        clear.setObjectName("clearFilters")
        clear.clicked.connect(self.clear_filters)
        filters = QGridLayout()
        filters.addWidget(QLabel(translate("AuditPage", "User")), 0, 0)
        filters.addWidget(self.actor_filter, 0, 1)
        filters.addWidget(QLabel(translate("AuditPage", "Record")), 0, 2)
        filters.addWidget(self.entity_filter, 0, 3)
        filters.addWidget(QLabel(translate("AuditPage", "Action")), 0, 4)
        filters.addWidget(self.action_filter, 0, 5)
        filters.addWidget(self.from_check, 1, 0)
        filters.addWidget(self.from_date, 1, 1)
        filters.addWidget(self.to_check, 1, 2)
        filters.addWidget(self.to_date, 1, 3)
        filters.addWidget(clear, 1, 5, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.verify_button = QPushButton(translate("AuditPage", "Verify"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        status = QHBoxLayout()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.verify_button)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_result.hide()

        self.model = AuditTableModel(self._count, self._page, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        self.details = AuditDetails()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.verify_result)
        layout.addWidget(splitter, 1)

        for combo in (self.actor_filter, self.entity_filter, self.action_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filter)
            edit.dateChanged.connect(self.apply_filter)

    # -- building ------------------------------------------------------------------------
    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    @staticmethod
    def _date(name: str, day: QDate) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox()
        check.setObjectName(f"{name}Check")
        edit = date_edit(f"{name}Date")
        edit.setDate(day)
        edit.setMaximumWidth(160)
        edit.setEnabled(False)  # "no date" until the box is ticked
        return check, edit

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Called each time the page is shown: new events and filter choices, filters kept."""
        try:
            choices = self.ctx.audit.choices()
        except DcsError as error:
            show_error(self, error)
            return
        self._fill(self.actor_filter, choices["actor"], str)
        self._fill(self.entity_filter, choices["entity"], entity_text)
        self._fill(self.action_filter, choices["action"], action_text)
        self.verify_result.hide()
        self.apply_filter()

    @staticmethod
    def _fill(combo: QComboBox, values: list[str], text: Callable[[str], str]) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("AuditPage", "All"), "")
        for value in values:
            combo.addItem(text(value), value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def current_filter(self) -> AuditFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> str:
            return edit.date().toString("yyyy-MM-dd") if check.isChecked() else ""

        return AuditFilter(actor=self.actor_filter.currentData() or "",
                           entity=self.entity_filter.currentData() or "",
                           action=self.action_filter.currentData() or "",
                           date_from=day(self.from_check, self.from_date),
                           date_to=day(self.to_check, self.to_date))

    def apply_filter(self) -> None:
        self._filter = self.current_filter()
        try:
            self.model.reload()
        except DcsError as error:
            show_error(self, error)
            return
        self.details.show_entry(None)
        count = self.model.rowCount()
        if self._filter == AuditFilter():
            text = translate("AuditPage", "All events: {n}")
        else:
            text = translate("AuditPage", "Events matching the filter: {n}")
        self.count_label.setText(text.format(n=QLocale().toString(count)))

    def clear_filters(self) -> None:
        for widget in (self.actor_filter, self.entity_filter, self.action_filter,
                       self.from_check, self.to_check):
            widget.blockSignals(True)
        for combo in (self.actor_filter, self.entity_filter, self.action_filter):
            combo.setCurrentIndex(0)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.setChecked(False)
            edit.setEnabled(False)
            check.blockSignals(False)
        for combo in (self.actor_filter, self.entity_filter, self.action_filter):
            combo.blockSignals(False)
        self.apply_filter()

    def _count(self) -> int:
        return self.ctx.audit.count(self._filter)

    def _page(self, offset: int, limit: int):
        return self.ctx.audit.page(self._filter, offset, limit)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_entry(self.model.entry(current.row()) if current.isValid() else None)

    # -- the chain and seal check --------------------------------------------------------
    def verify(self) -> None:
        """Recomputes every hash and seal off the GUI thread (the file may be large)."""
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(translate("AuditPage", "Checking the chain and the records…"))
        self.verify_result.show()
        service = self.ctx.audit
        self._verify_task = Task(lambda _progress: service.verify())
        self._verify_task.signals.finished.connect(self._verified)
        self._verify_task.signals.failed.connect(self._verify_failed)
        self._verify_task.start()

    def is_verifying(self) -> bool:
        return not self.verify_button.isEnabled()

    def _verified(self, report) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setStyleSheet(
            "color: #1b5e20;" if report.intact else "color: #b00020; font-weight: bold;")
        self.verify_result.setText(
            f"{chain_report_text(report.chain)}\n{record_report_text(report.records)}")

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.hide()
        show_error(self, error)
