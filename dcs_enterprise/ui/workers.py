"""Long work (imports, exports, big reads) off the GUI thread, with progress and the result
handed back on the GUI thread through signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running_lock = threading.Lock()
_running = 0  # tracked tasks started and not yet done


def running_tasks() -> int:
    """How many tracked tasks are started and not yet done (the launcher closes the database
    only when none is: their work would reach a closed database)."""
    with _running_lock:
        return _running


def _count(change: int) -> None:
    global _running
    with _running_lock:
        _running += change


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs fn(progress) in the thread pool. Connect to .signals before start().

    A task is counted by running_tasks() from start() until its outcome is handed over;
    `tracked=False` leaves out one its owner waits for itself (the day's automatic backup)."""

    def __init__(self, fn: Callable[[Callable[[int, int], None]], object], *,
                 tracked: bool = True) -> None:
        super().__init__()
        self.fn = fn
        self.tracked = tracked
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to show
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)
        finally:
            if self.tracked:
                _count(-1)

    def start(self) -> None:
        if self.tracked:
            _count(+1)
        QThreadPool.globalInstance().start(self)
