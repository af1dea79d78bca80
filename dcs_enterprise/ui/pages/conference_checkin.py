"""Check-in at the door: a scan field that a barcode reader types into (the invitation code,
then Enter) or where a name is typed (Enter checks in the one person it leaves in the list),
the summoned list filtered as you type, and the corrections (undo, absence). On the planned day
a check-in takes the time it is made; when the day is recorded afterwards it takes the opening
(or the planned start), and the panel says which."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.conference_plan import DelegateKind
from ...domain.errors import DcsError
from ...services.conference_models import ConferenceInfo, DelegateInfo
from ..context import UiContext
from ..dialogs.conference_day_prompt import PromptDialog
from ..errors import show_error
from ..paged_model import PAGE_SIZE, PagedTableModel
from . import conference_clock as clock
from .conference_text import GREEN, GREY, RED, action_button, dmy_hm, list_view, size_columns

translate = QCoreApplication.translate
FILTER_DELAY_MS = 120  # one query after a burst of keystrokes, not one per key
# Fixed, not measured (measuring would read every page); the name takes what is left.
COLUMN_WIDTHS = {1: 80, 2: 176, 3: 110, 4: 140, 5: 74}


def delegate_kind_label(kind: DelegateKind) -> str:
    return {DelegateKind.EX_OFFICIO: translate("CheckInPanel", "Ex officio"),
            DelegateKind.ELECTED: translate("CheckInPanel", "Elected"),
            DelegateKind.WORKER: translate("CheckInPanel", "Worker")}[kind]


class DelegatesModel(PagedTableModel):
    """The summoned list of one conference, filtered by name or code, a page at a time."""

    def __init__(self, ctx: UiContext, parent=None) -> None:
        service = ctx.conference_delegates
        super().__init__(lambda: service.delegate_count(self.conference_id, self.text),
                         lambda offset, limit: service.delegates(self.conference_id, self.text,
                                                                 offset, limit), parent)
        self.conference_id, self.text = 0, ""

    def headers(self) -> list[str]:
        return [translate("CheckInPanel", "Name"), translate("CheckInPanel", "Code"),
                translate("CheckInPanel", "Department"),
                translate("CheckInPanel", "Invitation code"),
                translate("CheckInPanel", "Delegate"), translate("CheckInPanel", "Checked in")]

    def cell(self, item: DelegateInfo | None, column: int, role: int) -> object:
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole or (
                role == Qt.ItemDataRole.ToolTipRole and column in (0, 2, 5)):  # may be cut
            if column == 5:
                if item.checked_in_at:
                    return item.checked_in_at.strftime("%H:%M")
                if item.absence_reason:
                    return translate("CheckInPanel", "Absent: {reason}").format(
                        reason=item.absence_reason)
                return ""
            return (item.name, item.code, item.department, item.invitation_code,
                    delegate_kind_label(item.kind))[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.checked_in_at:
                return QColor(GREEN)
            return QColor(GREY) if item.absence_reason else None
        return None


class CheckInPanel(QWidget):
    checked = Signal()  # a check-in, its undoing or an absence reason was recorded

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: ConferenceInfo | None = None
        self.editable = False
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setClearButtonEnabled(True)
        font = self.scan.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.scan.setFont(font)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.scan.textChanged.connect(self._timer.start)
        self.scan.returnPressed.connect(self.scan_entered)

        self.model = DelegatesModel(ctx, self)
        self.table = list_view("delegatesTable", self.model)
        self.table.verticalHeader().setVisible(True)  # the row number counts those listed
        size_columns(self.table, stretch=(0,), widths=COLUMN_WIDTHS)

        self.check_in_button = action_button("checkInButton",
                                            translate("CheckInPanel", "Check in"),
                                            self.check_in_selected)
        self.undo_button = action_button("undoCheckInButton",
                                        translate("CheckInPanel", "Undo check-in"),
                                        self.undo_selected)
        self.absence_button = action_button("absenceButton",
                                           translate("CheckInPanel", "Absence reason…"),
                                           self.absence_selected)
        self.count_label = QLabel()
        self.count_label.setObjectName("delegateCount")
        self.status = QLabel()
        self.status.setObjectName("checkInStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # a long name wraps instead of widening the screen
        self.timing = QLabel()  # the time a check-in takes when the day is recorded afterwards
        self.timing.setObjectName("checkInTiming")
        self.timing.setWordWrap(True)
        self.timing.setStyleSheet("color: #8a5300;")
        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.undo_button, self.absence_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scan)  # the whole width: its hint is long
        layout.addWidget(self.timing)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    @property
    def conference_id(self) -> int:
        return self.info.id if self.info else 0

    def load(self, info: ConferenceInfo, editable: bool) -> None:
        if info.id != self.conference_id:
            self.scan.clear()
            self.status.clear()
        self.info, self.editable = info, editable
        self.model.conference_id = info.id
        afterwards = editable and clock.afterwards(info)
        self.timing.setVisible(afterwards)
        if afterwards:
            text = translate(
                "CheckInPanel", "The day is recorded afterwards: check-ins are recorded at "
                                "{time}, the opening of the conference.") if info.opened_at else \
                translate("CheckInPanel", "The day is recorded afterwards: check-ins are "
                                          "recorded at {time}, the planned start.")
            self.timing.setText(text.format(time=dmy_hm(clock.check_in_time(info))))
        self.scan.setPlaceholderText(translate(
            "CheckInPanel", "Scan the invitation barcode, or type a name or an employee code "
                            "and press Enter") if editable else translate(
            "CheckInPanel", "Search by name, employee code or invitation code"))
        for button in (self.check_in_button, self.undo_button, self.absence_button):
            button.setEnabled(editable)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.text = self.scan.text()
        try:
            self.model.reload()
        except DcsError as error:
            show_error(self, error)
        self.count_label.setText(translate("CheckInPanel", "{count} shown").format(
            count=self.model.rowCount()))

    def selected(self) -> DelegateInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    # -- checking in -----------------------------------------------------------------------
    def scan_entered(self) -> None:
        """Enter in the scan field: a barcode reader has typed an invitation code, or someone
        an employee code or a name. A code checks its person in; so does a name that leaves
        exactly one person in the list; with several, the user chooses the row. The field is
        cleared for the next one."""
        text = self.scan.text().strip()
        if not text or not self.editable or self.info is None:
            return
        self.apply_filter()  # the list for exactly what was typed, not a keystroke behind
        shown = self.model.rowCount()
        day, at = self.ctx.conference_day, clock.check_in_time(self.info)
        coded = self._coded(text, shown)
        if coded is None and shown > 1:
            self._say(translate("CheckInPanel", "{count} people match \"{text}\": choose the "
                                                "row in the list and press Check in.")
                      .format(count=shown, text=text), RED)
            self.scan.setFocus()
            return
        try:
            if coded is None and shown == 1:
                delegate = day.check_in(self.conference_id, self.model.item(0).id, at)
            else:  # a code, or nobody listed: the service checks it (and says why not)
                delegate = day.check_in_code(self.conference_id, text, at)
        except DcsError as error:
            show_error(self, error)
            self.scan.selectAll()  # the next scan replaces the wrong text
            self.scan.setFocus()
            return
        self.scan.clear()
        self._done(delegate)

    def _coded(self, text: str, shown: int) -> DelegateInfo | None:
        """The person listed whose invitation code or employee code is exactly `text`."""
        wanted = text.casefold()
        for row in range(min(shown, PAGE_SIZE)):
            item = self.model.item(row)
            if item is not None and wanted in (item.invitation_code.casefold(),
                                               item.code.casefold()):
                return item
        return None

    def check_in_selected(self) -> None:
        chosen = self._chosen()
        if chosen is None or self.info is None:
            return
        try:
            delegate = self.ctx.conference_day.check_in(self.conference_id, chosen.id,
                                                        clock.check_in_time(self.info))
        except DcsError as error:
            show_error(self, error)
            return
        self._done(delegate)

    def _say(self, text: str, colour: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")

    def _done(self, delegate: DelegateInfo) -> None:
        self._say(translate("CheckInPanel", "✓ {name} ({code}) checked in at {time}.")
                  .format(name=delegate.name, code=delegate.code,
                          time=delegate.checked_in_at.strftime("%H:%M")), GREEN)
        self.apply_filter()
        self.scan.setFocus()
        self.checked.emit()

    def undo_selected(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.checked_in_at is None:
            return
        answer = QMessageBox.question(
            self, translate("CheckInPanel", "Undo check-in"),
            translate("CheckInPanel", "Undo the check-in of {name}? Use this only to correct a "
                                      "mistake.").format(name=chosen.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.conference_day.undo_check_in(self.conference_id, chosen.id)
        except DcsError as error:
            show_error(self, error)
            return
        self._say(translate("CheckInPanel", "The check-in of {name} was undone.")
                  .format(name=chosen.name))
        self.apply_filter()
        self.checked.emit()

    def absence_selected(self) -> PromptDialog | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        if chosen.checked_in_at is not None:
            QMessageBox.information(self, translate("CheckInPanel", "Absence reason"),
                                    translate("CheckInPanel", "{name} is present.")
                                    .format(name=chosen.name))
            return None

        def submit(reason: str, _day) -> None:
            self.ctx.conference_day.set_absence_reason(self.conference_id, chosen.id, reason)
            self.apply_filter()
            self.checked.emit()

        dialog = PromptDialog(
            translate("CheckInPanel", "Absence reason"),
            translate("CheckInPanel", "{name} is absent. The reason is written in the "
                                      "minutes.").format(name=chosen.name),
            translate("CheckInPanel", "Reason"), submit, initial=chosen.absence_reason,
            parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _chosen(self) -> DelegateInfo | None:
        delegate = self.selected()
        if delegate is None:
            QMessageBox.information(self, translate("CheckInPanel", "Check-in"),
                                    translate("CheckInPanel", "Select a person in the list "
                                                              "first."))
        return delegate
