"""Small pieces of the settings forms: grey notes (where a default comes from, why a form is
locked) and the rows that put a field, its unit words and its notes together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def grey_note(text: str, object_name: str = "sourceNote") -> QLabel:
    note = QLabel(text)
    note.setObjectName(object_name)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setStyleSheet("color: #666666;")
    font = note.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    note.setFont(font)
    return note


def read_only_note() -> QLabel:
    return grey_note(translate("SettingsPage", "Only the employer side (administrator, HR "
                               "officer) can change these settings; you can read them."),
                     "readOnlyNote")


def spin_box(name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def unit_row(*widgets: QWidget | str) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
    row.addStretch(1)
    return row


def field_box(*parts: QWidget | QLayout) -> QVBoxLayout:
    """A form field: its widgets, then the grey notes under them."""
    box = QVBoxLayout()
    box.setSpacing(2)
    for part in parts:
        if isinstance(part, QLayout):
            box.addLayout(part)
        else:
            box.addWidget(part)
    return box


def form_group(title: str) -> tuple[QGroupBox, QFormLayout]:
    group = QGroupBox(title)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(10)
    return group, form
