"""The employer's publication register: HR records what was published (P1, P2), where and for
how long, with evidence; the P3 timing shows green or red where the regime binds it; a file
over the limit is refused and changes nothing; the union reads the register only; what is
published reaches the employee view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from qt_input import commit_text

from dcs_enterprise.domain.enums import Regime, Role
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.supervision_models import EntryInput, FileInput
from dcs_enterprise.ui.dialogs.publication_entry_dialog import set_optional
from dcs_enterprise.ui.employee_view import EmployeeViewWindow
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.publication_entries import P3_COLUMN
from dcs_enterprise.ui.pages.publication_page import PublicationPage

TODAY = QDate.currentDate().toPython()


def _soe(make_ctx) -> None:
    hr = make_ctx(Role.HR_OFFICER)
    hr.enterprise.update_settings(replace(hr.enterprise.get().settings, regime=Regime.SOE))


def _entry(make_ctx, title: str, decided: date, start: date | None, until: date | None,
           files: tuple[FileInput, ...] = ()) -> int:
    return make_ctx(Role.HR_OFFICER).publication_register.add(EntryInput(
        PublishedMatter.INTERNAL_RULES, title, PublicationForm.NOTICE_BOARD,
        "Bảng tin nhà ăn", "Áp dụng từ tháng sau cho toàn công ty.", decided, start, until),
        files).row.id


def _cells(page: PublicationPage) -> list[list[str]]:
    model = page.table.model()
    return [[str(model.data(model.index(r, c))) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _row(page: PublicationPage, title: str) -> int:
    return [row[1] for row in _cells(page)].index(title)


def _titles(window: EmployeeViewWindow) -> list[str]:
    return [window.proxy.data(window.proxy.index(r, 3)) for r in range(window.proxy.rowCount())]


def _pick(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))


def test_hr_records_a_publication_with_evidence_and_p3_is_met(qtbot, show_page, make_ctx,
                                                              boxes, monkeypatch, tmp_path):
    _soe(make_ctx)
    page = show_page(PublicationPage, Role.HR_OFFICER)
    assert "P3 binds this enterprise" in page.p3_note.text()
    before = page.table.model().rowCount()  # the demo's own entries
    photo = tmp_path / "bang-tin.jpg"
    photo.write_bytes(b"\xff\xd8photo of the notice board")
    dialog = page.new_entry()
    dialog.matter.setCurrentIndex(dialog.matter.findData(PublishedMatter.INTERNAL_RULES.value))
    commit_text(dialog.title, "Thang lương, bảng lương năm 2026")
    commit_text(dialog.location, "Bảng tin nhà ăn")
    dialog.form.setCurrentIndex(dialog.form.findData(PublicationForm.NOTICE_BOARD.value))
    set_optional(dialog.decided, TODAY - timedelta(days=30))
    set_optional(dialog.published_from, TODAY - timedelta(days=28))
    set_optional(dialog.published_until, TODAY + timedelta(days=10))
    commit_text(dialog.summary, "Mức lương tối thiểu tăng 6%.")
    _pick(monkeypatch, photo)
    dialog.add_files()
    assert dialog.file_list.count() == 1
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and boxes == []

    assert page.table.model().rowCount() == before + 1
    row = _cells(page)[_row(page, "Thang lương, bảng lương năm 2026")]
    assert page.detail_title.text() == "Thang lương, bảng lương năm 2026"  # the new one chosen
    assert row[1] == "Thang lương, bảng lương năm 2026"
    assert row[0] == "Internal rules, wage scales and tables, labour norms"
    assert row[2] == "Posted on the notice board at the workplace"
    assert row[5] == "P3 met" and row[6] == "1"
    model = page.table.model()
    assert model.data(model.index(_row(page, row[1]), P3_COLUMN),
                      Qt.ItemDataRole.ForegroundRole).name() == "#1b6e20"
    assert "rule P3, Law 10/2022 Arts 65.2, 66" in page.timing.text()
    assert "Mức lương tối thiểu tăng 6%." in page.summary.text()
    assert "Decree 145/2020 Art 43.1" in page.facts.text()
    assert page.evidence.item(0).text().startswith("bang-tin.jpg")

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    page.open_evidence()
    assert Path(opened[0].toLocalFile()).read_bytes() == photo.read_bytes()
    copy = tmp_path / "copy.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    page.save_evidence()
    assert copy.read_bytes() == photo.read_bytes()

    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))  # published: every worker sees it
    qtbot.addWidget(window)
    window.search.setText("thang luong bang luong")
    titles = _titles(window)
    assert "Thang lương, bảng lương năm 2026" in titles
    window.table.selectRow(titles.index("Thang lương, bảng lương năm 2026"))
    assert "Mức lương tối thiểu tăng 6%." in window.details.toPlainText()
    assert "bang-tin" not in window.details.toPlainText()  # the evidence stays with officers


def test_late_publication_is_red_and_an_entry_not_yet_published_waits(qtbot, show_page,
                                                                      make_ctx):
    _soe(make_ctx)
    late = _entry(make_ctx, "Quỹ phúc lợi", TODAY - timedelta(days=40), TODAY - timedelta(days=20),
                  TODAY + timedelta(days=5))
    _entry(make_ctx, "Quy chế khen thưởng", TODAY - timedelta(days=2), None, None)
    overdue = _entry(make_ctx, "Định mức lao động mới", TODAY - timedelta(days=20), None, None)
    page = show_page(PublicationPage, Role.HR_OFFICER)
    cells = {row[1]: row for row in _cells(page)}
    assert cells["Quỹ phúc lợi"][5] == "P3 not met"
    assert cells["Quy chế khen thưởng"][5] == "not yet published"
    assert cells["Quy chế khen thưởng"][4] == "not yet"
    model = page.table.model()
    colour = {title: model.data(model.index(_row(page, title), P3_COLUMN),
                                Qt.ItemDataRole.ForegroundRole).name()
              for title in ("Quy chế khen thưởng", "Định mức lao động mới")}
    assert colour == {"Quy chế khen thưởng": "#666666", "Định mức lao động mới": "#b00020"}
    page.refresh(overdue)  # decided 20 days ago, still not published: late
    latest = (TODAY - timedelta(days=5)).strftime("%d/%m/%Y")
    assert page.timing.text() == (f"Not yet published: publish it by {latest} (rule P3, "
                                  "Law 10/2022 Arts 65.2, 66).")
    page.refresh(late)
    model = page.table.model()
    assert model.data(model.index(_row(page, "Quỹ phúc lợi"), P3_COLUMN),
                      Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert "(no later than" in page.timing.text() and "P3" in page.timing.text()

    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))
    qtbot.addWidget(window)
    titles = _titles(window)
    assert "Quỹ phúc lợi" in titles and "Quy chế khen thưởng" not in titles  # not yet published


def test_p3_is_not_checked_where_the_regime_does_not_bind_it(show_page, make_ctx):
    _entry(make_ctx, "Quỹ phúc lợi", TODAY - timedelta(days=40), TODAY - timedelta(days=20), None)
    page = show_page(PublicationPage, Role.HR_OFFICER)
    assert _cells(page)[_row(page, "Quỹ phúc lợi")][5] == "not required"
    assert "not checked here" in page.p3_note.text()


def test_a_file_over_the_limit_is_refused_and_changes_nothing(qtbot, show_page, make_ctx,
                                                              boxes, monkeypatch, tmp_path):
    entry_id = _entry(make_ctx, "Quỹ phúc lợi", TODAY - timedelta(days=3), TODAY, None)
    page = show_page(PublicationPage, Role.HR_OFFICER)
    page.refresh(entry_id)
    big = tmp_path / "scan.pdf"
    with big.open("wb") as file:
        file.truncate(11 * 1024 * 1024)  # sparse: never read
    audit = make_ctx(Role.ADMIN).audit
    evidence = AuditFilter(action="attach_publication_evidence")
    _pick(monkeypatch, big)
    page.attach()
    assert boxes and "scan.pdf is larger than 10 MB" in boxes[0][1]
    assert make_ctx(Role.HR_OFFICER).publication_register.get(entry_id).attachments == ()
    assert audit.count(evidence) == 0

    boxes.clear()
    small = tmp_path / "receipt.png"
    small.write_bytes(b"\x89PNG signed receipt")
    _pick(monkeypatch, small)
    page.attach()
    assert boxes == []
    assert _cells(page)[_row(page, "Quỹ phúc lợi")][6] == "1"
    assert page.evidence.item(0).text().startswith("receipt.png")
    assert audit.count(evidence) == 1


def test_a_refused_entry_keeps_the_dialog_open(qtbot, show_page, boxes):
    page = show_page(PublicationPage, Role.HR_OFFICER)
    before = page.table.model().rowCount()
    dialog = page.new_entry()
    commit_text(dialog.title, "Quỹ phúc lợi")
    set_optional(dialog.published_from, TODAY)
    set_optional(dialog.published_until, TODAY - timedelta(days=1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert boxes and "cannot end before it starts" in boxes[0][1]
    assert page.table.model().rowCount() == before


def test_hr_edits_an_entry(qtbot, show_page, make_ctx, boxes):
    entry_id = _entry(make_ctx, "Quỹ phúc lợi", TODAY - timedelta(days=3), None, None)
    page = show_page(PublicationPage, Role.HR_OFFICER)
    page.refresh(entry_id)
    dialog = page.edit_entry()
    assert dialog.title.text() == "Quỹ phúc lợi" and not dialog.published_from.check.isChecked()
    set_optional(dialog.published_from, TODAY)
    dialog.title.clear()
    commit_text(dialog.title, "Quỹ phúc lợi năm 2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert boxes == [] and not dialog.isVisible()
    row = _cells(page)[_row(page, "Quỹ phúc lợi năm 2026")]
    assert row[4] == TODAY.strftime("%d/%m/%Y")
    assert page.detail_title.text() == "Quỹ phúc lợi năm 2026"


def test_the_union_reads_the_register_only(qtbot, show_page, make_ctx, monkeypatch):
    entry_id = _entry(make_ctx, "Quỹ phúc lợi", TODAY - timedelta(days=3), TODAY, None,
                      (FileInput("bien-nhan.pdf", b"%PDF receipt"),))
    page = show_page(PublicationPage, Role.UNION_OFFICER)
    assert "Quỹ phúc lợi" in [row[1] for row in _cells(page)]
    page.refresh(entry_id)
    for button in (page.new_button, page.edit_button, page.attach_button):
        assert not button.isVisible()
    assert page.findChild(type(page.p3_note), "publicationReadOnly").isVisible()
    assert page.new_entry() is None and page.edit_entry() is None
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    page.open_evidence()  # the union may read the evidence
    assert Path(opened[0].toLocalFile()).read_bytes() == b"%PDF receipt"


@pytest.mark.parametrize("role", [Role.UNION_OFFICER, Role.HR_OFFICER, Role.ADMIN])
def test_the_publication_area_is_the_register(qtbot, make_ctx, role):
    window = MainWindow(make_ctx(role), "Công ty TNHH Giày da Phú Lợi")
    qtbot.addWidget(window)
    assert "publication" in window.area_keys()
    window.show_area("publication")
    assert isinstance(window.page("publication"), PublicationPage)
