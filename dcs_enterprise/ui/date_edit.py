"""Date and date-time boxes that take a date typed whole, "20/02/2027", as people type it.

Qt's QDateTimeEdit edits one section at a time, and a date typed whole goes wrong three ways
(PySide6 6.x, tests/ui/test_date_edit.py): with the whole text selected (select all, or the
focus coming in) the first digits are refused; the "/" typed after a two-digit day, which Qt
has already left for the month, moves on once more and the month's digits land in the year; and
a minimum or maximum date refuses or rewrites a section's digits whenever the half-typed date
falls outside the range ("05/…" typed over 12/03 with a minimum of 10/03).

DateEdit and DateTimeEdit start typing at the section under the cursor (the first one when the
whole text is selected), ignore a separator typed just after Qt moved on by itself, and keep
their bounds out of Qt's range: the calendar offers only the days within them, and a date typed
outside them stays as typed, in red, with the bounds in its tooltip. The service that receives
it refuses it and says why, instead of the box silently putting another date in its place.

Every date box of the application comes from `date_edit` or `date_time_edit`."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError

translate = QCoreApplication.translate
DATE_FORMAT = "dd/MM/yyyy"
DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"
SEPARATORS = frozenset("/.-: ")
OUTSIDE = QColor("#b00020")
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_EDITING_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _TypedWhole:
    """The typing and the bounds, shared by the date and the date-time box (a mixin placed
    before the Qt class)."""

    _typing = False  # within a run of typed characters
    _moved_on = False  # the last digit completed a section and Qt selected the next one
    _lowest: QDate | None = None
    _highest: QDate | None = None

    def _set_up(self: QDateTimeEdit, display_format: str) -> None:
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(self._show_bounds)

    # -- typing ---------------------------------------------------------------------------
    def keyPressEvent(self: QDateTimeEdit, event: QKeyEvent) -> None:
        text = event.text()
        typed = (len(text) == 1 and text.isprintable()
                 and not event.modifiers() & ~_TYPING_MODIFIERS)
        if not typed:
            self._moved_on = False
            if event.key() not in _EDITING_KEYS:
                self._typing = False
            super().keyPressEvent(event)
            return
        if not self._typing:
            self._start_typing()
        if text in SEPARATORS and self._moved_on:
            self._moved_on = False  # Qt is already in the next section
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before

    def _start_typing(self: QDateTimeEdit) -> None:
        """The first character typed replaces the section under the cursor: the first section
        when the whole text is selected."""
        self._typing, self._moved_on = True, False
        edit = self.lineEdit()
        whole = edit.hasSelectedText() and len(edit.selectedText()) == len(edit.text())
        if whole or not edit.hasSelectedText():
            index = 0 if whole else max(self.currentSectionIndex(), 0)
            self.setCurrentSectionIndex(index)
            self.setSelectedSection(self.sectionAt(index))

    def focusInEvent(self: QDateTimeEdit, event) -> None:
        self._typing = self._moved_on = False
        super().focusInEvent(event)

    def mousePressEvent(self: QDateTimeEdit, event) -> None:
        self._typing = self._moved_on = False
        super().mousePressEvent(event)

    # -- bounds, kept out of Qt's range ---------------------------------------------------------
    def setMinimumDate(self, day: QDate) -> None:
        self._lowest = QDate(day)
        self._show_bounds()

    def setMaximumDate(self, day: QDate) -> None:
        self._highest = QDate(day)
        self._show_bounds()

    def setDateRange(self, lowest: QDate, highest: QDate) -> None:
        self._lowest, self._highest = QDate(lowest), QDate(highest)
        self._show_bounds()

    def clearMinimumDate(self) -> None:
        self._lowest = None
        self._show_bounds()

    def clearMaximumDate(self) -> None:
        self._highest = None
        self._show_bounds()

    def minimumDate(self) -> QDate:
        return QDate(self._lowest) if self._lowest else super().minimumDate()

    def maximumDate(self) -> QDate:
        return QDate(self._highest) if self._highest else super().maximumDate()

    def within_bounds(self: QDateTimeEdit) -> bool:
        day = self.date()
        return not ((self._lowest and day < self._lowest)
                    or (self._highest and day > self._highest))

    def _show_bounds(self: QDateTimeEdit) -> None:
        palette = self.lineEdit().palette()
        palette.setColor(QPalette.ColorRole.Text, OUTSIDE if not self.within_bounds()
                         else self.palette().color(QPalette.ColorRole.Text))
        self.lineEdit().setPalette(palette)
        lowest, highest = (d.toString(DATE_FORMAT) if d else "" for d in (self._lowest,
                                                                          self._highest))
        if lowest and highest:
            tip = translate("DateEdit", "From {lowest} to {highest}")
        elif lowest or highest:
            tip = translate("DateEdit", "From {lowest}") if lowest else translate(
                "DateEdit", "Until {highest}")
        else:
            tip = ""
        self.setToolTip(tip.format(lowest=lowest, highest=highest))

    def eventFilter(self: QDateTimeEdit, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            calendar = self.calendarWidget()  # Qt gave it the box's own (open) range
            blocker = QSignalBlocker(calendar)
            calendar.setDateRange(self.minimumDate(), self.maximumDate())
            calendar.setSelectedDate(self.date())
            blocker.unblock()
        return super().eventFilter(watched, event)


class DateEdit(_TypedWhole, QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._set_up(DATE_FORMAT)


class DateTimeEdit(_TypedWhole, QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._set_up(DATE_TIME_FORMAT)


def date_edit(name: str, day: date | None = None, *, lowest: date | None = None,
              highest: date | None = None, parent: QWidget | None = None) -> DateEdit:
    """A dd/MM/yyyy box with a calendar; `lowest` and `highest` bound the calendar and mark a
    date typed outside them."""
    edit = DateEdit(parent)
    edit.setObjectName(name)
    if lowest is not None:
        edit.setMinimumDate(qdate(lowest))
    if highest is not None:
        edit.setMaximumDate(qdate(highest))
    if day is not None:
        edit.setDate(qdate(day))
    return edit


def date_time_edit(name: str, moment: datetime | None = None,
                   parent: QWidget | None = None) -> DateTimeEdit:
    """A dd/MM/yyyy HH:mm box with a calendar."""
    edit = DateTimeEdit(parent)
    edit.setObjectName(name)
    if moment is not None:
        edit.setDateTime(QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute)))
    return edit


def event_day(edit: QDateEdit) -> date:
    """The day of something that has happened (sent, answered, noticed, published): never
    after today, which only the screen knows. A later date would date the record ahead of
    what follows it (a refusal here, where the services take the day they are given)."""
    day = edit.date().toPython()
    today = QDate.currentDate().toPython()
    if day > today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{day} is after today ({today}): record what has happened, on the day it "
                      "happened."), day=day.strftime("%d/%m/%Y"), today=today.strftime("%d/%m/%Y"))
    return day
