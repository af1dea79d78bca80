"""The shell the conference, bargaining and dialogue pages share: their records in a list at
the left, at the right the chosen one's detail (or, while there is none, an explanation), its
stage strip and its tabs. One place, so the three pages look and behave alike."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DcsError
from ..errors import show_error

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_STYLE = "font-size: 16px; font-weight: 600; color: #1f3b57;"
CURRENT_STYLE = "background-color: #2f6690; color: white; font-weight: 600;"
DONE_STYLE = "color: #1b6e20;"
LATER_STYLE = "color: #777777;"


def record_list(object_name: str, min_width: int, on_current: Callable[[], None]) -> QListWidget:
    """A list of records, several wrapped lines each, that calls `on_current` on a new choice."""
    records = QListWidget()
    records.setObjectName(object_name)
    records.setWordWrap(True)
    records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    records.setStyleSheet("QListWidget::item { padding: 4px; }")
    records.setMinimumWidth(min_width)
    records.currentItemChanged.connect(lambda *_args: on_current())
    return records


def fill_record_list(records: QListWidget, rows: Sequence, text_of: Callable[[object], str],
                     keep_id: int | None) -> None:
    """Refills the list without signals; chooses `keep_id` if it is still there, or the first
    row (the newest). The caller then loads the choice."""
    records.blockSignals(True)
    records.clear()
    for row in rows:
        item = QListWidgetItem(text_of(row))
        item.setData(ID_ROLE, row.id)
        records.addItem(item)
    ids = [row.id for row in rows]
    records.setCurrentRow(ids.index(keep_id) if keep_id in ids else 0)
    records.blockSignals(False)


def current_record_id(records: QListWidget) -> int | None:
    item = records.currentItem()
    return item.data(ID_ROLE) if item is not None else None


def record_tabs(object_name: str, tabs: Iterable[tuple[QWidget, str]],
                on_changed: Callable[[], None]) -> tuple[QTabWidget, list[QWidget]]:
    """The tab widget and its tabs, each in a scroll area: no tab's minimum size may push the
    window off screen. Every tab's `changed` calls `on_changed`."""
    widget = QTabWidget()
    widget.setObjectName(object_name)
    pages: list[QWidget] = []
    for tab, title in tabs:
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(tab)
        widget.addTab(holder, title)
        pages.append(tab)
        tab.changed.connect(on_changed)
    return widget, pages


def column(*parts: QWidget | QLayout, stretch: QWidget | None = None) -> QWidget:
    """Widgets and layouts one under another, without margins; `stretch` takes the height."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is stretch else 0)
    return panel


def record_splitter(left: QWidget, empty: QWidget, detail: QWidget,
                    list_width: int) -> QSplitter:
    """The list at the left; at the right the explanation shown while no record is chosen
    above the chosen record's detail. Neither side can be collapsed away."""
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(column(empty, detail, stretch=detail))
    splitter.setStretchFactor(1, 1)
    splitter.setCollapsible(0, False)
    splitter.setCollapsible(1, False)
    splitter.setSizes([list_width, 900])
    return splitter


def stage_strip(names: Sequence[str], current: int, current_style: str = CURRENT_STYLE) -> str:
    """Every stage in one wrapping line: those done in green, the current one highlighted."""
    parts = []
    for number, name in enumerate(names):
        text = html.escape(name).replace(" ", "&nbsp;")
        if number == current:
            style = current_style
            text = f"&nbsp;{text}&nbsp;"
        else:
            style = DONE_STYLE if number < current else LATER_STYLE
        parts.append(f'<span style="{style}">{text}</span>')
    return " <span style='color:#999999'>›</span> ".join(parts)


def title_label(object_name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setStyleSheet(TITLE_STYLE)
    return label


def strip_label(object_name: str) -> QLabel:
    """The label `stage_strip` fills."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class RecordBrowser(QWidget):
    """What every such page does with its list and tabs. A subclass builds `list`, `empty`,
    `detail` and `tab_pages`, and gives `records()`, `list_text(row)` and `load_current()`
    (or its own `refresh`, when it shows only some of the records)."""

    list: QListWidget
    empty: QWidget
    detail: QWidget
    tab_pages: list[QWidget]

    def records(self) -> Sequence:
        raise NotImplementedError

    def list_text(self, row) -> str:
        raise NotImplementedError

    def load_current(self) -> None:
        raise NotImplementedError

    def refresh(self, select_id: int | None = None) -> None:
        """Reloads the list; keeps the chosen record, or chooses the newest."""
        try:
            rows = self.records()
        except DcsError as error:
            show_error(self, error)
            return
        fill_record_list(self.list, rows, self.list_text, select_id or self.current_id())
        self.load_current()

    def current_id(self) -> int | None:
        return current_record_id(self.list)

    def reload(self) -> None:
        """After a change: the list's texts, the chosen record and every tab."""
        self.refresh(self.current_id())

    def show_chosen(self) -> int | None:
        """The chosen record's id; shows its detail, or the explanation when there is none."""
        chosen = self.current_id()
        self.empty.setVisible(chosen is None)
        self.detail.setVisible(chosen is not None)
        return chosen

    def load_tabs(self, record: object) -> None:
        """Every tab shows the record; one that fails says why and the others still load."""
        for tab in self.tab_pages:
            try:
                tab.load(record)
            except DcsError as error:
                show_error(self, error)
