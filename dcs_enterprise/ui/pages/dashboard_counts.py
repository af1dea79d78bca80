"""The dashboard's count tiles: petitions and supervision items by status, and how many of
each are overdue (their answer is past due), in red when there are any."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from ...domain.supervision import STATUS_LABELS, Status
from ...services.supervision_models import DashboardStats

translate = QCoreApplication.translate
KINDS = ("petitions", "items")
OVERDUE = "overdue"

_TILE = ("QLabel {{ border: 1px solid {border}; border-radius: 4px; background: {background};"
         " color: {color}; font-size: 18px; font-weight: 600; padding: 4px 6px; }}")
_PLAIN = _TILE.format(border="#c9d3dd", background="#f6f8fa", color="#1f3b57")
_ZERO = _TILE.format(border="#dde3e9", background="#fbfcfd", color="#9aa5b1")
_LATE = _TILE.format(border="#b00020", background="#fdecee", color="#b00020")


def kind_name(kind: str) -> str:
    return {"petitions": translate("Dashboard", "Petitions"),
            "items": translate("Dashboard", "Supervision items")}[kind]


class CountTiles(QFrame):
    """A grid: one row per kind (petitions, items), one tile per status, then the overdue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countTiles")
        self.tiles: dict[tuple[str, Status | str], QLabel] = {}
        self.values: dict[tuple[str, Status | str], int] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        columns: list[Status | str] = [*Status, OVERDUE]
        for column, status in enumerate(columns, 1):
            text = (translate("Dashboard", "Overdue") if status == OVERDUE
                    else translate("Supervision", STATUS_LABELS[status]))
            header = QLabel(text)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            header.setStyleSheet("color: #b00020; font-weight: 600;" if status == OVERDUE
                                 else "color: #4b5563;")
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        for row, kind in enumerate(KINDS, 1):
            name = QLabel(kind_name(kind))
            name.setStyleSheet("font-weight: 600; color: #1f3b57;")
            grid.addWidget(name, row, 0)
            for column, status in enumerate(columns, 1):
                tile = QLabel("0")
                tile.setObjectName(f"tile_{kind}_{status}")
                tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
                tile.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                tile.setStyleSheet(_ZERO)
                grid.addWidget(tile, row, column)
                self.tiles[(kind, status)] = tile

    def set_stats(self, stats: DashboardStats) -> None:
        values = {"petitions": (stats.petitions, stats.overdue_petitions),
                  "items": (stats.items, stats.overdue_items)}
        for kind, (by_status, overdue) in values.items():
            for status in Status:
                count = by_status.get(status, 0)
                self._show((kind, status), count, _PLAIN if count else _ZERO)
            self._show((kind, OVERDUE), overdue, _LATE if overdue else _ZERO)
            self.tiles[(kind, OVERDUE)].setToolTip(translate(
                "Dashboard", "Awaiting the addressee's answer past the due date"))

    def _show(self, key: tuple[str, Status | str], count: int, style: str) -> None:
        self.values[key] = count
        self.tiles[key].setText(QLocale().toString(count))  # 1.234 in Vietnamese
        self.tiles[key].setStyleSheet(style)
