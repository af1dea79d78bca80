"""Printing from the app: the preview renders off the GUI thread, shows the pages, saves the
PDF, and issues a numbered document from the series."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox, QPushButton

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.ui.pages.people_page import PeoplePage
from dcs_enterprise.ui.pages.settings_page import SettingsPage


def wait_rendered(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)
    # QPdfView paints asynchronously: check the document, not the pixels (DESIGN.md).
    assert window.document.status() == QPdfDocument.Status.Ready


def text_of(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text, its line breaks as spaces (table cells and headings wrap)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_roster_preview_saves_and_numbers(qtbot, make_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    ctx = make_ctx(Role.HR_OFFICER)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.filter.setText("nguyen")
    page.apply_filter()
    shown = [page.model.item(row) for row in range(page.model.rowCount())]

    window = page.print_roster()
    wait_rendered(qtbot, window)
    assert window.document.pageCount() >= 1
    draft = text_of(window.pdf_bytes, tmp_path)
    assert "DANH SÁCH" in draft and "/DS-CT" in draft and "01/DS-CT" not in draft
    for employee in shown:  # what was on screen, and only that
        assert employee.full_name in draft
    assert f"Tổng cộng: {len(shown)} người" in draft

    window.save_to(tmp_path / "saved.pdf")
    assert (tmp_path / "saved.pdf").read_bytes() == window.pdf_bytes

    window.number_button.click()
    wait_rendered(qtbot, window)
    assert "Số: 01/DS-CT" in text_of(window.pdf_bytes, tmp_path)
    assert not window.number_button.isEnabled()  # one number per issued document
    assert "Số: 01/DS-CT" in window.status.text()
    events = ctx.audit.page(AuditFilter(action="number_document"), 0, 5)
    assert [e.entity_id for e in events] == ["01/DS-CT"]


def test_settings_sheet_preview(qtbot, make_ctx, tmp_path):
    page = SettingsPage(make_ctx(Role.UNION_OFFICER))
    qtbot.addWidget(page)
    page.refresh()
    assert page.findChild(QPushButton, "printSettings") is not None
    window = page.print_sheet()
    wait_rendered(qtbot, window)
    text = text_of(window.pdf_bytes, tmp_path)
    assert "BẢNG TỔNG HỢP" in text and "Công ty TNHH Giày da Phú Lợi".upper() in text
    assert not window.number_button.isVisible()
