"""Evidence files (photos, scanned letters) between the user's disk and the database: picked and
checked before anything is read or stored (a file over the limit is refused with a clear
message, nothing changed), opened with the system's viewer, or saved as a copy."""

from __future__ import annotations

import mimetypes
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ..domain.attachments import check_attachment
from ..domain.errors import QT_TRANSLATE_NOOP, DcsError
from ..services.supervision_models import AttachmentInfo, FileInput
from .errors import show_error

translate = QCoreApplication.translate


def read_files(paths: list[str]) -> list[FileInput]:
    """Every file checked first (its size from the disk), then read: one refused, none read."""
    for path in paths:
        check_attachment(Path(path).name, Path(path).stat().st_size)
    return [FileInput(Path(path).name, Path(path).read_bytes(),
                      mimetypes.guess_type(path)[0] or "application/octet-stream")
            for path in paths]


def pick_files(parent: QWidget) -> list[FileInput]:
    """The files the user picks, read; none when one is refused (the message says why)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("EvidenceFiles", "Attach evidence"), str(Path.home()),
        translate("EvidenceFiles", "Photos, scans and documents (*.jpg *.jpeg *.png *.pdf "
                                   "*.doc *.docx *.xls *.xlsx *.txt);;All files (*)"))
    if not paths:
        return []
    try:
        return read_files(paths)
    except DcsError as error:
        show_error(parent, error)
    except OSError as error:
        show_error(parent, DcsError(QT_TRANSLATE_NOOP(
            "EvidenceFiles", "The file cannot be read or written: {reason}"),
            context="EvidenceFiles", reason=error.strerror or error))
    return []


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("EvidenceFiles", "{size} MB").format(size=round(size / 1048576, 1))
    return translate("EvidenceFiles", "{size} KB").format(size=max(1, round(size / 1024)))


def describe(info: AttachmentInfo) -> str:
    return translate("EvidenceFiles", "{name} ({size}, added on {day} by {by})").format(
        name=info.file_name, size=size_text(info.size), day=info.added_on.strftime("%d/%m/%Y"),
        by=info.added_by)


def open_copy(name: str, data: bytes) -> Path:
    """Writes a copy in a private temporary folder and opens it with the system's viewer."""
    folder = Path(tempfile.mkdtemp(prefix="dcs-evidence-"))
    path = folder / (Path(name).name or "evidence")
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def save_copy(parent: QWidget, name: str, data: bytes) -> Path | None:
    target, _ = QFileDialog.getSaveFileName(
        parent, translate("EvidenceFiles", "Save a copy of the evidence"),
        str(Path.home() / Path(name).name))
    if not target:
        return None
    try:
        Path(target).write_bytes(data)
    except OSError as error:
        show_error(parent, DcsError(QT_TRANSLATE_NOOP(
            "EvidenceFiles", "The file cannot be read or written: {reason}"),
            context="EvidenceFiles", reason=error.strerror or error))
        return None
    return Path(target)
