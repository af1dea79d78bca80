"""After the conference: the issued documents and their printing, the publication with rule
P3's check, the correction by a new numbered version, and following the commitments up with
the 6-month review (rule C7)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conference_steps import Organisers, adopted, demo_db, held, published
from PySide6.QtCore import QDate
from qt_input import commit_text
from test_document_preview import text_of, wait_rendered

from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.domain.enums import Regime, Role
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.services.conference_models import ArticleInput
from dcs_enterprise.ui.pages import conference_followup_tab
from dcs_enterprise.ui.pages.conference_followup_tab import FollowUpTab
from dcs_enterprise.ui.pages.conference_results_tab import ResultsTab


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = demo_db(tmp_path / "t.sqlite", 60)
    yield db
    db.close()


@pytest.fixture
def conference(ui_db) -> int:
    """Held on 12/03/2026, closed at 11:30 with the resolution adopted: 01/BB and 01/NQ."""
    cid = held(ui_db)
    adopted(ui_db, cid)
    return cid


def _tab(qtbot, make_ctx, tab_class, cid: int, role: Role = Role.UNION_OFFICER):
    ctx = make_ctx(role)
    tab = tab_class(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.load(ctx.conferences.get(cid))
    return tab


def _soe(make_ctx) -> None:
    hr = make_ctx(Role.HR_OFFICER)
    hr.enterprise.update_settings(replace(hr.enterprise.get().settings, regime=Regime.SOE))


def test_publication_is_recorded_with_rule_p3_shown(qtbot, make_ctx, conference, boxes):
    _soe(make_ctx)
    tab = _tab(qtbot, make_ctx, ResultsTab, conference)
    panel = tab.publication
    assert not panel.notice_button.isEnabled()
    panel.form.setCurrentIndex(panel.form.findData(PublicationForm.NOTICE_BOARD.value))
    panel.start.setDate(QDate(2026, 3, 30))  # 18 days after the decision
    panel.end.setDate(QDate(2026, 4, 30))
    assert panel.timing.text().startswith("Not on time: Published from 30/03/2026 (no later "
                                          "than 27/03/2026)")
    assert "(rule P3, Law 10/2022 Arts 65.2, 66)" in panel.timing.text()
    panel.start.setDate(QDate(2026, 3, 15))
    panel.end.setDate(QDate(2026, 4, 15))
    assert panel.timing.text().startswith("On time: Published from 15/03/2026 (no later than "
                                          "27/03/2026); posted 32 days (at least 20).")
    # Where it was published is required: refused, nothing recorded.
    panel.record_button.click()
    assert "Say where the resolution was published." in boxes[-1][1]
    assert tab.ctx.conferences.get(conference).stage is Stage.ADOPTED
    commit_text(panel.place, "Bảng tin nhà ăn")
    commit_text(panel.evidence, "Ảnh chụp bảng tin")
    with qtbot.waitSignal(tab.changed):
        panel.record_button.click()
    info = tab.ctx.conferences.get(conference)
    assert info.stage is Stage.PUBLISHED and info.published_place == "Bảng tin nhà ăn"
    assert info.published_from == date(2026, 3, 15)
    assert panel.record_text.isVisible()
    assert panel.record_text.text() == (
        "Published: Posted on the notice board at the workplace, at Bảng tin nhà ăn, from "
        "15/03/2026 until 15/04/2026. Evidence: Ảnh chụp bảng tin.")
    assert panel.timing.text().startswith("On time:") and "#1b6e20" in panel.timing.styleSheet()
    assert not panel.record_button.isEnabled() and panel.notice_button.isEnabled()
    assert len(boxes) == 1


def test_p3_is_said_not_to_bind_a_private_enterprise(qtbot, make_ctx, conference):
    tab = _tab(qtbot, make_ctx, ResultsTab, conference)
    assert "it does not bind this enterprise" in tab.publication.timing.text()


def test_issued_documents_print_with_their_numbers(qtbot, make_ctx, conference, ui_db,
                                                   tmp_path):
    published(ui_db, conference)
    tab = _tab(qtbot, make_ctx, ResultsTab, conference)
    rows = [[tab.model.data(tab.model.index(r, c)) for c in range(4)]
            for r in range(tab.model.rowCount())]
    assert rows == [["Minutes", 1, "01/BB-HNNLĐ", "12/03/2026"],
                    ["Resolution", 1, "01/NQ-HNNLĐ", "12/03/2026"]]
    for button, expected in ((tab.minutes_button, ("BIÊN BẢN", "01/BB-HNNLĐ")),
                             (tab.resolution_button, ("NGHỊ QUYẾT", "01/NQ-HNNLĐ",
                                                      "Tăng tiền ăn ca"))):
        window = (tab.print_minutes if button is tab.minutes_button
                  else tab.print_resolution)()
        wait_rendered(qtbot, window)
        text = text_of(window.pdf_bytes, tmp_path)
        assert all(part in text for part in expected)
        assert not window.number_button.isVisible()  # already numbered when issued
    window = tab.publication.print_notice()
    wait_rendered(qtbot, window)
    text = text_of(window.pdf_bytes, tmp_path)
    assert "THÔNG BÁO" in text and "Bảng tin nhà ăn" in text and "01/NQ-HNNLĐ" in text
    assert window.number_button.isVisible()


def test_a_correction_is_a_new_number_replacing_the_old(qtbot, make_ctx, conference, ui_db,
                                                         boxes):
    published(ui_db, conference)
    tab = _tab(qtbot, make_ctx, ResultsTab, conference)
    assert not tab.issue_button.isEnabled()
    tab.correct_button.click()
    assert [kind for kind, _text in boxes] == ["question", "information"]
    assert "never changed" in boxes[0][1] and "Resolution tab" in boxes[1][1]
    assert tab.issue_button.isEnabled() and not tab.correct_button.isEnabled()
    assert "01/NQ-HNNLĐ is open as a draft" in tab.correction_note.text()
    Organisers.of(ui_db).resolution().save_articles(conference, [
        ArticleInput("Đánh giá kết quả năm 2026"),
        ArticleInput("Tăng tiền ăn ca", "Tăng thêm 3.000 đồng mỗi suất.",
                     owner="Phòng Hành chính - Nhân sự", due=date(2026, 4, 1))])
    dialog = tab.issue_correction()
    dialog.ok_button.click()  # no reason: refused, the dialog stays
    assert "Say why the resolution is corrected." in boxes[-1][1] and dialog.isVisible()
    commit_text(dialog.text_edit, "Sửa mức tăng tiền ăn ca")
    dialog.date_edit.setDate(QDate(2026, 3, 20))
    with qtbot.waitSignal(tab.changed):
        dialog.ok_button.click()
    assert "number 02/NQ-HNNLĐ; it replaces number 01/NQ-HNNLĐ" in boxes[-1][1]
    last = [tab.model.data(tab.model.index(2, c)) for c in range(6)]
    assert last == ["Resolution", 2, "02/NQ-HNNLĐ", "20/03/2026", "01/NQ-HNNLĐ",
                    "Sửa mức tăng tiền ăn ca"]
    assert tab.correct_button.isEnabled() and not tab.issue_button.isEnabled()


def test_nothing_before_the_resolution_is_adopted(qtbot, make_ctx, ui_db):
    cid = held(ui_db)
    results = _tab(qtbot, make_ctx, ResultsTab, cid)
    assert results.stage_note.isVisible() and results.model.rowCount() == 0
    assert not any(b.isEnabled() for b in (results.minutes_button, results.correct_button,
                                           results.publication.record_button))
    follow = _tab(qtbot, make_ctx, FollowUpTab, cid)
    assert follow.stage_note.isVisible() and not follow.report_button.isEnabled()


def test_progress_is_reported_and_overdue_commitments_show_in_red(qtbot, make_ctx,
                                                                  conference, boxes,
                                                                  monkeypatch, tmp_path):
    monkeypatch.setattr(conference_followup_tab, "today", lambda: date(2026, 5, 1))
    tab = _tab(qtbot, make_ctx, FollowUpTab, conference)
    assert tab.model.rowCount() == 1
    row = [tab.model.data(tab.model.index(0, c)) for c in range(7)]
    assert row == [2, "Tăng tiền ăn ca", "Phòng Hành chính - Nhân sự", "01/04/2026",
                   "Not started, overdue", "0 %", ""]
    assert tab.model.data(tab.model.index(0, 0), 9).name() == "#b00020"  # ForegroundRole
    assert tab.counts.text() == "0 done · 0 in progress · 1 not started; 1 of them overdue"
    assert "Adopted on 12/03/2026" in tab.review_dates.text()
    assert "12/09/2026 ← next" in tab.review_dates.text()
    assert "12/03/2027" in tab.review_dates.text()
    assert "rule C7, Law 10/2022 Art 70.3" in tab.review_note.text()

    tab.table.selectRow(0)
    dialog = tab.report_progress()
    dialog.status.setCurrentIndex(dialog.status.findData(Status.DONE.value))
    assert dialog.progress.value() == 100
    dialog.progress.setValue(50)
    dialog.ok_button.click()  # done at 50%: refused, the dialog stays open
    assert "A commitment marked done must be at 100%." in boxes[-1][1] and dialog.isVisible()
    dialog.status.setCurrentIndex(dialog.status.findData(Status.IN_PROGRESS.value))
    commit_text(dialog.note, "Đã áp dụng từ bữa trưa 15/4")
    dialog.day.setDate(QDate(2026, 4, 20))
    with qtbot.waitSignal(tab.changed):
        dialog.ok_button.click()
    row = [tab.model.data(tab.model.index(0, c)) for c in range(7)]
    assert row[4:] == ["In progress, overdue", "50 %", "20/04/2026: Đã áp dụng từ bữa trưa 15/4"]
    stored = tab.ctx.commitments.list(conference, today=date(2026, 5, 1))[0]
    assert (stored.status, stored.progress) == (Status.IN_PROGRESS, 50)

    tab.table.selectRow(0)
    dialog = tab.report_progress()
    dialog.status.setCurrentIndex(dialog.status.findData(Status.DONE.value))
    dialog.ok_button.click()
    assert tab.counts.text() == "1 done · 0 in progress · 0 not started"  # none overdue
    assert tab.model.data(tab.model.index(0, 0), 9) is None  # no longer red

    window = tab.print_review()
    wait_rendered(qtbot, window)
    text = text_of(window.pdf_bytes, tmp_path)
    assert "BÁO CÁO" in text and "Tăng tiền ăn ca" in text
