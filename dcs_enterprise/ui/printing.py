"""Opening the preview of a document prepared by the services and drawn by the reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .document_preview import DocumentPreview

if TYPE_CHECKING:
    from ..services.documents import PreparedDocument


def preview(parent: QWidget, title: str, file_name: str,
            prepare: Callable[[bool], PreparedDocument], *,
            can_number: bool = False) -> DocumentPreview:
    """prepare(numbered) runs in the worker thread, then the kind's renderer draws the PDF."""

    def render(numbered: bool, on_page: Callable[[int], None]) -> tuple[bytes, str]:
        # ReportLab and every renderer (0.2 s to import) load here, off the GUI thread, when
        # a paper is first printed: not when a page holding a print button first opens.
        from ..reports.catalog import document_kind

        prepared = prepare(numbered)
        pdf = document_kind(prepared.kind).render(prepared.data, prepared.frame,
                                                  on_page=on_page)
        number = prepared.frame.number
        return pdf, number.line if number and number.number else ""

    window = DocumentPreview(title, file_name, render, can_number=can_number, parent=parent)
    window.show()
    return window
