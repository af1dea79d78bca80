"""The shared PC's employee view: published records only, never the roster or drafts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conference_steps import DUE, Organisers, adopted, demo_db, held, published
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QTextBrowser

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.conference_models import ArticleInput
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.ui.employee_view import EmployeeViewWindow


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The demo enterprise before anything is published (no demo conferences)."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = demo_db(tmp_path / "t.sqlite", 60)
    yield db
    db.close()


def _window(qtbot, make_ctx) -> EmployeeViewWindow:
    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_nothing_published_yet_is_said_plainly(qtbot, make_ctx):
    window = _window(qtbot, make_ctx)
    assert window.findChild(QLabel, "enterpriseName").text() == "Công ty TNHH Giày da Phú Lợi"
    title = window.findChild(QLabel, "nothingPublished")
    details = window.findChild(QLabel, "nothingPublishedDetails")
    assert title.isVisible() and "Nothing has been published yet" in title.text()
    assert details.isVisible()
    for kind in ("resolutions of the workers' conference", "collective labour agreement",
                 "dialogue notices", "answers to petitions"):
        assert kind in details.text()
    assert window.findChild(QLineEdit, "searchBox") is not None


def test_the_window_shows_no_roster(qtbot, make_ctx):
    ctx = make_ctx(Role.EMPLOYEE_VIEW)
    window = EmployeeViewWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    # The demo roster exists (60 people), but none of it reaches this window.
    hr = make_ctx(Role.HR_OFFICER)
    names = [row.full_name for row in hr.employees.page(RosterQuery(), 0, 60)]
    assert len(names) > 50  # the active ones
    shown = " ".join(label.text() for label in window.findChildren(QLabel))
    assert not any(name in shown for name in names)
    for model in window.findChildren(QAbstractItemModel):
        assert model.rowCount() == 0
    tables = window.findChildren(QTableView)
    assert [t.objectName() for t in tables] == ["publishedTable"]
    assert not tables[0].isVisible()  # the empty message stands in its place
    assert "employees" not in vars(ctx)  # the roster service was never even built


def test_sign_in_as_officer_emits_and_closes(qtbot, make_ctx):
    window = _window(qtbot, make_ctx)
    with qtbot.waitSignal(window.sign_in_requested, timeout=1000):
        window.sign_in_action.trigger()
    assert not window.isVisible()


def _cells(window: EmployeeViewWindow) -> list[list[str]]:
    model = window.table.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_published_resolution_is_listed_and_shown_in_full(qtbot, make_ctx, ui_db):
    cid = held(ui_db)
    adopted(ui_db, cid)
    window = _window(qtbot, make_ctx)
    assert window.findChild(QLabel, "nothingPublished").isVisible()  # adopted, not published
    window.close()

    published(ui_db, cid)
    window = _window(qtbot, make_ctx)
    assert not window.findChild(QLabel, "nothingPublished").isVisible()
    assert _cells(window) == [["15/03/2026 to 15/04/2026", "Resolution", "01/NQ-HNNLĐ",
                               "Resolution of the workers' conference 2026",
                               "Bảng tin nhà ăn"]]
    details = window.findChild(QTextBrowser, "recordDetails").toPlainText()
    for text in ("Resolution of the workers' conference 2026", "Number 01/NQ-HNNLĐ",
                 "held on 12/03/2026 at Hội trường A", "Published from 15/03/2026",
                 "Article 1. Đánh giá kết quả năm 2025", "Article 2. Tăng tiền ăn ca",
                 "Carried out by Phòng Hành chính - Nhân sự, by 01/04/2026.",
                 "in favour, 1 against, 1 abstaining", "PASSED", "rule C4"):
        assert text in details
    window.search.setText("không có")
    assert window.table.model().rowCount() == 0
    window.search.setText("2026")
    assert window.table.model().rowCount() == 1


def test_a_correction_in_draft_never_shows_and_once_issued_names_what_it_replaces(
        qtbot, make_ctx, ui_db):
    cid = held(ui_db)
    adopted(ui_db, cid)
    published(ui_db, cid)
    o = Organisers.of(ui_db)
    o.resolution().start_correction(cid)
    o.resolution().save_articles(cid, [
        ArticleInput("Đánh giá kết quả năm 2025", "Hội nghị nhất trí với báo cáo."),
        ArticleInput("Tăng tiền ăn ca (dự thảo đính chính)", "Tăng thêm 3.000 đồng mỗi suất.",
                     owner="Phòng Hành chính - Nhân sự", due=DUE)])
    window = _window(qtbot, make_ctx)
    details = window.findChild(QTextBrowser, "recordDetails").toPlainText()
    assert "Tăng thêm 2.000 đồng" in details
    assert "dự thảo" not in details and "3.000" not in details  # the draft is not published
    window.close()

    o.resolution().issue_correction(cid, "Sửa mức tăng tiền ăn ca", date(2026, 3, 20))
    window = _window(qtbot, make_ctx)
    assert _cells(window)[0][2] == "02/NQ-HNNLĐ"
    assert "(corrected; replaces 01/NQ-HNNLĐ)" in _cells(window)[0][3]
    details = window.findChild(QTextBrowser, "recordDetails").toPlainText()
    assert "This corrected resolution replaces resolution 01/NQ-HNNLĐ." in details
    assert "Tăng thêm 3.000 đồng" in details


def test_the_search_ignores_diacritics_and_reads_the_articles(qtbot, make_ctx, ui_db,
                                                              vietnamese):
    """Typed without diacritics (đ included), a word of the title ("Nghị quyết…", in the
    Vietnamese interface) or of an article finds its resolution, though the table's columns
    do not hold the articles."""
    cid = held(ui_db)
    adopted(ui_db, cid)
    published(ui_db, cid)
    window = _window(qtbot, make_ctx)
    details = window.findChild(QTextBrowser, "recordDetails")
    assert _cells(window)[0][3].startswith("Nghị quyết")
    for typed in ("nghi quyet", "NGHỊ QUYẾT", "an ca", "tien an ca", "2.000 dong moi suat",
                  "danh gia ket qua", "phong hanh chinh", "01/04/2026", "hoi truong a",
                  "bang tin"):
        window.search.setText(typed)
        assert window.table.model().rowCount() == 1, typed
    assert "Tăng tiền ăn ca" in details.toPlainText()
    window.search.setText("an trua")  # not in it
    assert window.table.model().rowCount() == 0
    assert "an trua" in details.toPlainText()  # nothing listed: the details say so
    window.search.clear()
    assert window.table.model().rowCount() == 1


def test_the_end_of_the_posting_is_shown(qtbot, make_ctx, ui_db):
    cid = held(ui_db)
    adopted(ui_db, cid)
    published(ui_db, cid)
    window = _window(qtbot, make_ctx)
    window.table.selectRow(0)
    assert _cells(window)[0][0] == "15/03/2026 to 15/04/2026"
    assert "Published from 15/03/2026 until 15/04/2026 at Bảng tin nhà ăn." in \
        window.details.toPlainText()
    window.search.setText("15/04/2026")
    assert window.table.model().rowCount() == 1
