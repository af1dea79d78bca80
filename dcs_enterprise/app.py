"""Composition root: arguments, paths, translator, database, then the first window."""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """The `dcs-enterprise` command: a CLI command when one is given, else the window."""
    from .cli.main import main as cli_main

    return cli_main(argv, run_gui=run)


def run(db_path: Path | None = None, language: str | None = None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .domain.errors import DcsError
    from .i18n import error_text, install_translator, load_language
    from .paths import app_paths
    from .services.maintenance import open_file
    from .ui.errors import install_crash_handler
    from .ui.launcher import Launcher
    from .ui.style import STYLE_SHEET

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dcs-enterprise")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    paths = app_paths()
    install_translator(app, language or load_language(paths))
    install_crash_handler(paths.log_dir)
    try:
        db = open_file(db_path or paths.default_database, paths.backup_dir)
    except DcsError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"),
                             error_text(error))
        return 2
    try:
        launcher = Launcher(db, paths)
        if not launcher.start():
            return 0
        return app.exec()
    finally:
        db.close()
