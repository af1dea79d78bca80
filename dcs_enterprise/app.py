"""Composition root: arguments, paths, translator, database, then the first window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """The `dcs-enterprise` command: a CLI command when one is given, else the window."""
    from .cli.main import main as cli_main

    return cli_main(argv, run_gui=run)


def run(db_path: Path | None = None, language: str | None = None) -> int:
    started = start(db_path, language)
    if started is None:
        return 2
    app, db, paths = started
    from .ui.launcher import Launcher

    try:
        launcher = Launcher(db, paths)
        if not launcher.start():
            return 0
        gc.freeze()  # the first window's objects too (see start)
        return app.exec()
    finally:
        db.close()


def start(db_path: Path | None = None, language: str | None = None):
    """Everything before the first window: the application, its look and language, the crash
    handler and the open database; (app, db, paths), or None when the file cannot be opened
    (the user was told why). The factory benchmark times this same path."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .domain.errors import DcsError
    from .i18n import error_text, install_translator, load_language
    from .paths import app_paths
    from .services.maintenance import open_file
    from .ui.errors import install_crash_handler

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dcs-enterprise")
    app.setStyle("Fusion")
    paths = app_paths()
    install_translator(app, language or load_language(paths))
    install_crash_handler(paths.log_dir)
    try:
        db = open_file(db_path or paths.default_database, paths.backup_dir)
    except DcsError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"),
                             error_text(error))
        return None
    # What start-up imported and built lives as long as the program: the collector need not
    # walk it again. A full collection over it took 60 ms, at random, in the middle of a
    # keystroke in the roster filter (the budget of the whole keystroke is 50 ms).
    gc.freeze()
    return app, db, paths
