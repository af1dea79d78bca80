"""Showing errors: expected ones as a clear message, unexpected ones as a crash dialog + log."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DatabaseClosed, DcsError
from ..i18n import error_text

log = logging.getLogger("dcs_enterprise")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, DatabaseClosed):
        # A late timer of a window whose database was closed (a restore, quit): the window is
        # going away, and a message box over it would only confuse.
        log.info("Ignored after the database was closed: %s", error_text(error))
        return
    if isinstance(error, DcsError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Cannot do this"),
                            error_text(error))
    else:
        show_crash(parent, error)


def succeeded(parent: QWidget | None, action: Callable[[], object]) -> bool:
    """Runs `action`; when the service refuses, shows why and says so, so that a dialog can
    stay open with what the user entered."""
    try:
        action()
    except DcsError as error:
        show_error(parent, error)
        return False
    return True


def show_crash(parent: QWidget | None, error: BaseException) -> None:
    details = "".join(traceback.format_exception(error))
    log.error("Unexpected error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Errors", "Unexpected error"),
                      QCoreApplication.translate(
                          "Errors", "Something went wrong inside the program. Your data was not "
                          "changed by the failed step. Please send the details below and the log "
                          "file to your administrator."), parent=parent)
    box.setDetailedText(details)
    box.exec()


def install_crash_handler(log_dir: Path) -> None:
    """Unexpected exceptions in Qt slots end in the crash dialog and the log file."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_dir / "dcs-enterprise.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, DcsError):
            show_error(None, value)
        else:
            show_crash(None, value)

    sys.excepthook = hook
