"""Typing into widgets in tests: QTest.keyClicks types ASCII only (it aborts on "ồ")."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit_text(widget: QWidget, text: str) -> None:
    """Puts `text` into a widget as an input method commits it (how Vietnamese arrives)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
