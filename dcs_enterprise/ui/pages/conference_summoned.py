"""The summoned list of the delegates tab: every worker of a full conference (thousands, read a
page at a time and filtered as you type) or the ex officio and elected delegates; adding and
removing ex officio delegates; the delegate list and the invitations on paper; and recording
when the invitations went out."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_plan import DelegateKind
from ...domain.conference_rules import ConferenceForm
from ...domain.conference_stages import ORDER, Stage
from ...domain.errors import DcsError
from ...domain.permissions import Action
from ...services.conference_models import ConferenceInfo, DelegateInfo
from ..context import UiContext
from ..date_edit import date_edit, qdate
from ..dialogs.conference_employee_picker import EmployeePicker
from ..errors import show_error
from ..paged_model import PagedTableModel
from ..printing import preview
from ..roles import gender_label
from .conference_clock import approved_on, today_within
from .conference_text import action_button, dmy, kind_name, list_view, selected_row, size_columns

translate = QCoreApplication.translate
EX_OFFICIO_STAGES = (Stage.PLAN, Stage.DELEGATES, Stage.DOCUMENTS)


class DelegatesModel(PagedTableModel):
    def __init__(self, service, parent=None) -> None:
        self.conference_id, self.text = 0, ""
        super().__init__(lambda: service.delegate_count(self.conference_id, self.text),
                         lambda offset, limit: service.delegates(self.conference_id, self.text,
                                                                 offset, limit), parent)

    def headers(self) -> list[str]:
        return [translate("DelegatesTab", "Full name"), translate("DelegatesTab", "Code"),
                translate("DelegatesTab", "Gender"), translate("DelegatesTab", "Department"),
                translate("DelegatesTab", "Position"), translate("DelegatesTab", "As"),
                translate("DelegatesTab", "Invitation code")]

    def cell(self, row: DelegateInfo | None, column: int, role: int) -> object:
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.name, row.code, gender_label(row.gender), row.department, row.position,
                kind_name(row.kind), row.invitation_code)[column]


class SummonedBox(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("DelegatesTab", "Summoned list"), parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.dialog: EmployeePicker | None = None
        self.planner = ctx.can(Action.PLAN_CONFERENCE)
        self.filter = QLineEdit()
        self.filter.setObjectName("delegateFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate(
            "DelegatesTab", "Search by name, code or invitation code"))
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._timer.start)
        self.count = QLabel()
        self.count.setObjectName("delegateCount")
        self.add_button = action_button("addExOfficioButton", translate(
            "DelegatesTab", "Add ex officio delegate…"), self.add_ex_officio, self.planner)
        self.remove_button = action_button("removeExOfficioButton", translate(
            "DelegatesTab", "Remove ex officio delegate"), self.remove_ex_officio, self.planner)
        self.model = DelegatesModel(ctx.conference_delegates, self)
        self.table = list_view("delegatesTable", self.model)
        # Seven columns scroll sideways beside the conference list; fixed, not measured
        # (measuring would read every page of a full conference's thousands).
        size_columns(self.table, widths=dict(enumerate((170, 75, 60, 170, 150, 140, 110))))
        self.table.horizontalHeader().setStretchLastSection(True)  # on a wider screen
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        printing = ctx.can(Action.PRINT_DOCUMENTS)
        self.list_button = action_button("printDelegateList", translate(
            "DelegatesTab", "Print delegate list…"), self.print_list, printing)
        self.invitations_button = action_button("printInvitations", translate(
            "DelegatesTab", "Print invitations…"), lambda: None, printing)
        menu = QMenu(self.invitations_button)
        menu.addAction(translate("DelegatesTab", "One invitation per delegate"),
                       lambda: self.print_invitations(False))
        menu.addAction(translate("DelegatesTab", "One invitation for all"),
                       lambda: self.print_invitations(True))
        self.invitations_button.setMenu(menu)
        self.sent_on = date_edit("invitationsSentOn")
        self.sent_button = action_button("invitationsSentButton", translate(
            "DelegatesTab", "Record invitations sent"), self.mark_sent, self.planner)
        self.sent_label = QLabel()
        self.sent_label.setObjectName("invitationsSent")
        search = QHBoxLayout()
        search.addWidget(self.filter, 1)
        search.addWidget(self.count)
        actions = QHBoxLayout()
        for widget, stretch in ((self.add_button, 0), (self.remove_button, 0),
                                (self.list_button, 0), (self.invitations_button, 0),
                                (self.sent_label, 1), (self.sent_on, 0), (self.sent_button, 0)):
            actions.addWidget(widget, stretch)
        self.sent_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box = QVBoxLayout(self)
        box.addLayout(search)
        box.addWidget(self.table, 1)
        box.addLayout(actions)

    def load(self, info: ConferenceInfo) -> None:
        self.info = info
        delegate_form = info.form is ConferenceForm.DELEGATE
        for widget in (self.add_button, self.remove_button):  # before the invitations only
            widget.setVisible(self.planner and delegate_form
                              and info.stage in EX_OFFICIO_STAGES)
        self.model.conference_id = info.id
        self.apply_filter()
        sending = info.stage is Stage.INVITATIONS and self.planner
        self.sent_on.setVisible(sending)
        self.sent_button.setVisible(sending)
        # Sent after the plan's approval and before the day: today, or the nearest such day.
        approved, last = approved_on(info), info.held_on - timedelta(days=1)
        if approved is not None:
            self.sent_on.setMinimumDate(qdate(approved))
        else:
            self.sent_on.clearMinimumDate()
        self.sent_on.setMaximumDate(qdate(last))
        self.sent_on.setDate(qdate(today_within(approved, last)))
        self.sent_label.setText(translate("DelegatesTab", "Invitations sent on {day}").format(
            day=dmy(info.invitations_sent_on)) if info.invitations_sent_on else "")

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.text = self.filter.text()
        self.model.reload()
        self.count.setText(translate("DelegatesTab", "{count} summoned").format(
            count=f"{self.model.rowCount():,}".replace(",", ".")))
        self._chosen()

    def selected(self) -> DelegateInfo | None:
        row = selected_row(self.table)
        return self.model.item(row) if row is not None else None

    def _chosen(self) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(
            chosen is not None and chosen.kind is DelegateKind.EX_OFFICIO
            and self.info is not None and self.info.stage in EX_OFFICIO_STAGES)

    def _run(self, action) -> None:
        try:
            action()
        except DcsError as error:
            show_error(self, error)
            return
        self.changed.emit()

    def add_ex_officio(self) -> EmployeePicker | None:
        if self.info is None:
            return None
        cid = self.info.id

        def submit(employee) -> None:
            self.ctx.conferences.add_ex_officio(cid, employee.id)
            self.changed.emit()

        self.dialog = EmployeePicker(self.ctx.employees, submit, translate(
            "DelegatesTab", "Ex officio delegate (e.g. the director, the union chair)"),
            parent=self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def remove_ex_officio(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.info is not None:
            cid = self.info.id
            self._run(lambda: self.ctx.conferences.remove_ex_officio(cid, chosen.employee_id))

    def mark_sent(self) -> None:
        if self.info is not None:
            cid, day = self.info.id, self.sent_on.date().toPython()
            self._run(lambda: self.ctx.conference_delegates.mark_invitations_sent(cid, day))

    def print_list(self):
        """The delegate list; from the day on, with who attended (the attendance list)."""
        if self.info is None:
            return None
        cid, papers, today = self.info.id, self.ctx.conference_papers, date.today()
        attended = ORDER.index(self.info.stage) >= ORDER.index(Stage.HELD)
        return preview(self, translate("DelegatesTab", "Delegate list and attendance")
                       if attended else translate("DelegatesTab", "Delegate list"),
                       f"danh-sach-dai-bieu-{self.info.year}.pdf",
                       lambda numbered: papers.delegate_list(cid, today, numbered,
                                                             with_attendance=attended),
                       can_number=self.ctx.can(Action.NUMBER_DOCUMENTS))

    def print_invitations(self, one_for_all: bool):
        if self.info is None:
            return None
        cid, papers, today = self.info.id, self.ctx.conference_papers, date.today()
        return preview(self, translate("DelegatesTab", "Invitations"),
                       f"giay-moi-hoi-nghi-{self.info.year}.pdf",
                       lambda numbered: papers.invitations(cid, today, numbered,
                                                           one_for_all=one_for_all),
                       can_number=self.ctx.can(Action.NUMBER_DOCUMENTS))
