"""Evidence attached to records (photos, scanned letters), stored in the database itself so
that one file backs up the whole record (DESIGN.md "Data")."""

from __future__ import annotations

from .errors import QT_TRANSLATE_NOOP, ValidationError

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # a phone photo or a scanned letter of a few pages


def check_attachment(file_name: str, size: int) -> None:
    if not file_name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The attachment has no file name."))
    if size == 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is empty."), name=file_name)
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is larger than {limit} MB, the limit for an attachment. "
                      "Scan it at a lower resolution or split it into several files."),
            name=file_name, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))
