"""Typed errors: expected failures that become a clear message in the user's language.

Each error carries an English message template (the source string of the Qt catalogue,
context "Errors") and its parameters, so the UI and the CLI translate it the same way.
Unexpected failures are ordinary exceptions and end in the crash dialog.
"""

from __future__ import annotations


def tr_noop(text: str) -> str:
    """Marks a source string for the catalogue (pyside6-lupdate reads QT_TRANSLATE_NOOP)."""
    return text


QT_TRANSLATE_NOOP = lambda context, text: text  # noqa: E731 - marker only, read by lupdate


class DcsError(Exception):
    """An expected failure the user can act on."""

    template: str = QT_TRANSLATE_NOOP("Errors", "The operation failed.")

    context: str = "Errors"  # the catalogue context of the template

    def __init__(self, template: str | None = None, *, context: str | None = None,
                 **params: object) -> None:
        if template is not None:
            self.template = template
        if context is not None:
            self.context = context
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.params)


class ValidationError(DcsError):
    """Input that breaks a rule; nothing was changed."""


class NotFoundError(DcsError):
    template = QT_TRANSLATE_NOOP("Errors", "The record no longer exists.")


class PermissionDenied(DcsError):
    template = QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may not do this: {action}.")


class AuthenticationError(DcsError):
    template = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")


class DatabaseError(DcsError):
    """The database file cannot be used as it is (the world's fault, not ours)."""


class DatabaseLocked(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} is in use by another copy of the program. "
        "Close the other copy, or open a different file.",
    )


class DatabaseBusy(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy with another task of the program (an import or a backup, for "
        "example). Nothing was changed; try again in a moment.",
    )


class DatabaseClosed(DatabaseError):
    """A unit of work asked for after the program closed the database (to restore a backup,
    or at quit): nothing is read or written through a closed database."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} has been closed (a backup is being restored, or the program is "
        "closing). Nothing was changed.",
    )


class DatabaseNewer(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} was written by a newer version of the program "
        "(schema {found}). Install the newer version to open it; the file was not changed.",
    )


class DatabaseDamaged(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} is damaged and cannot be opened ({detail}). "
        "Restore it from a backup; the file was not changed.",
    )


class NotADatabase(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} is not a dcs-enterprise database. The file was not changed.",
    )


class DatabaseReadOnly(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} cannot be written (read-only file or folder, or disk full).",
    )


class DatabaseFull(DatabaseReadOnly):
    """No space left for a write (SQLite's SQLITE_FULL, the OS's ENOSPC): nothing was written.
    A kind of "cannot be written", so code that handles DatabaseReadOnly handles it too."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} is full. Nothing was changed; free some space on that disk "
        "and try again.",
    )
