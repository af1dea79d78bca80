"""The legal clocks of a round, one row each: what must happen, by which date, its state on
the day (done on time, done late, due in N days, overdue) and why, with the rule and article:
the time and place agreed and the latest start (rule B1), the employer's information (B3), the
latest end (B2) and, once the agreement is signed, its filing (A2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ...domain.bargaining_stages import RoundStage
from ...services.bargaining_models import TimedClock
from . import bargaining_text as words
from .conference_text import dmy, rule_line, rule_source, rule_text

translate = QCoreApplication.translate
NAMES = ("arrangement", "start", "information", "end", "filing")


class ClockPanel(QWidget):
    """rows[name] = (title, due date, state and rule, why) labels; a clock that does not run
    yet shows why in its state and leaves its date empty. The counting ("7 working days after
    …") shows on demand, to leave the tabs their height, and always in the row's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bargainingClocks")
        titles = {
            "arrangement": translate("BargainingClocks", "Time and place agreed"),
            "start": translate("BargainingClocks", "Latest start"),
            "information": translate("BargainingClocks", "Information due"),
            "end": translate("BargainingClocks", "Latest end"),
            "filing": translate("BargainingClocks", "Filing with the labour authority"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        self.rows: dict[str, tuple[QLabel, ...]] = {}
        self.counting = False
        for number, name in enumerate(NAMES):
            labels = tuple(QLabel() for _ in range(4))
            labels[0].setText(titles[name])
            labels[0].setStyleSheet("font-weight: 600;")
            labels[1].setStyleSheet("font-weight: 600;")
            labels[2].setWordWrap(True)  # the state and the rule: long in Vietnamese
            labels[3].setWordWrap(True)
            labels[3].setStyleSheet("color: #555555;")
            labels[3].setVisible(False)
            for column, label in enumerate(labels):
                label.setObjectName(f"clock_{name}_{column}")
                label.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(label, number, column, Qt.AlignmentFlag.AlignTop)
            self.rows[name] = labels

    def show_counting(self, shown: bool) -> None:
        self.counting = shown
        for labels in self.rows.values():
            labels[3].setVisible(shown and bool(labels[3].text())
                                 and labels[0].isVisibleTo(self))

    def due(self, name: str) -> str:
        return self.rows[name][1].text()

    def state(self, name: str) -> str:
        return self.rows[name][2].text()

    def why(self, name: str) -> str:
        return self.rows[name][3].text()

    def load(self, view: words.RoundView) -> None:
        info = view.round
        closed = info.stage in (RoundStage.CONCLUDED, RoundStage.FAILED)
        self._show("arrangement", info.arrangement, view, closed)
        self._show("start", info.start, view, closed)
        if info.information is None:
            self._idle("information", translate(
                "BargainingClocks", "not asked for by the workers' side"))
        else:
            self._show("information", info.information, view, closed)
        if info.end is None:
            self._idle("end", translate("BargainingClocks", "counted from the first session"))
        else:
            self._show("end", info.end, view, False)
            if info.stage is RoundStage.FAILED:  # ended, but without an agreement
                self.rows["end"][2].setText(translate(
                    "BargainingClocks", "bargaining failed on {day}").format(
                    day=dmy(info.failed_on)))
                self.rows["end"][2].setStyleSheet("color: #b00020;")
        filing = view.agreement.filing
        for label in self.rows["filing"]:
            label.setVisible(filing is not None)
        if filing is not None:
            self._show("filing", filing, view, False)
        self.show_counting(self.counting)

    def _show(self, name: str, clock: TimedClock, view: words.RoundView, closed: bool) -> None:
        _title, due, state, why = self.rows[name]
        due.setText(dmy(clock.clock.due))
        text, colour = words.clock_state(clock, view.today, closed)
        state.setText(f"{text} · {rule_source(clock.clock.why)}")
        state.setStyleSheet(f"color: {colour};")
        why.setText(rule_text(clock.clock.why))
        for label in self.rows[name]:
            label.setToolTip(rule_line(clock.clock.why))

    def _idle(self, name: str, text: str) -> None:
        _title, due, state, why = self.rows[name]
        due.setText("")
        state.setText(text)
        state.setStyleSheet("color: #666666;")
        why.setText("")
        for label in self.rows[name]:
            label.setToolTip("")
