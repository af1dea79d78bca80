"""What every command shares: the database path, the user's language, the acting administrator.

Qt (for the translations) is imported here, so this module is loaded only once a command runs;
`dcs-enterprise --help` stays fast.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from ..services.maintenance import Database
    from ..services.session import Actor

_app: QCoreApplication | None = None  # created once, only when a catalogue must be loaded


class CliError(Exception):
    """An expected failure of a command, already in the user's language (exit status 2)."""


@contextmanager
def translations(language: str) -> Iterator[None]:
    """Installs our catalogue for the duration of one command (English needs none).

    The translators and the default locale are put back afterwards, so main() can run several
    times in one process (the tests) without leaving a language behind.
    """
    from ..i18n import install_translator
    from ..paths import resource_path

    if language == "en" or not resource_path("i18n", f"dcs_enterprise_{language}.qm").is_file():
        yield  # QCoreApplication.translate then returns the English source text
        return
    global _app
    app = QCoreApplication.instance()
    if app is None:
        _app = app = QCoreApplication(["dcs-enterprise"])
    previous_locale = QLocale()  # install_translator also sets the default locale
    translators = install_translator(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def cli_actor() -> Actor:
    """The command line acts as the administrator of this computer, audited under the login name."""
    from ..domain.enums import Role
    from ..services.session import Actor

    try:
        login = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or passwd
        login = "unknown"
    return Actor(username=f"cli:{login}", role=Role.ADMIN, full_name="Command line")


@dataclass(frozen=True)
class Context:
    db_path: Path
    backup_dir: Path
    language: str

    def actor(self) -> Actor:
        return cli_actor()

    def require_file(self) -> None:
        """Refuses (CliError) a database file that does not exist."""
        if not database_exists(self.db_path):
            raise CliError(QCoreApplication.translate(
                "Cli", "There is no database at {path}. Check the path, or name the file with --db.",
            ).format(path=self.db_path))

    def open(self, *, create: bool = False) -> Database:
        """Opens the database; refuses a file that does not exist unless `create`.

        The first open of the day of an existing file leaves a daily copy in the backup folder;
        a copy that cannot be written is said on stderr, and the command goes on.
        """
        from ..services.maintenance import daily_backup, open_file

        existed = database_exists(self.db_path)
        if not create:
            self.require_file()
        db = open_file(self.db_path, backup_dir=self.backup_dir)
        if existed:
            outcome = daily_backup(db, self.backup_dir, date.today())
            if outcome.failed:
                warn(QCoreApplication.translate(
                    "Cli", "The automatic daily backup could not be written to {path} "
                           "({detail}). The command goes on; free some space or check the "
                           "backup folder.").format(path=outcome.path, detail=outcome.error))
        return db

    def require_initialized(self, db: Database) -> None:
        from ..services.setup import is_initialized

        if not is_initialized(db):
            raise CliError(QCoreApplication.translate(
                "Cli",
                "The database {path} is not set up yet. Start the program to set up the "
                "enterprise, or create a demo with “dcs-enterprise demo”.",
            ).format(path=self.db_path))


def database_exists(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def say(text: str) -> None:
    print(text, flush=True)


def warn(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def percent_progress(label: str) -> Callable[[int, int], None] | None:
    """A progress callback drawing "label 42%" on a terminal; nothing when stderr is a file."""
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        share = 100 * done // total if total else 0
        end = "\n" if total and done >= total else ""
        print(f"\r{label} {share}%", end=end, file=sys.stderr, flush=True)

    return progress
