"""A bargaining round through the main window, as the union chair and the HR officer run it
on their own computers, from the request to a signed, filed and announced agreement: the
request and its clocks (rules B1-B3), the time and place, the employer's information, two
sessions with the draft saved after each (and the changes between the versions), the
publication of the minutes, the conclusion, the vote of all workers (rule A1: exactly half
fails and the screen says why, one more passes), the signing (A3, A4), the filing (A2) and the
announcement; then the agreement's standing (A5).

The round starts on 11/01/2027; the screens' "today" moves on with it, as days pass between
the steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from bargaining_flow import hire_workers
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from qt_input import commit_text

from dcs_enterprise.domain.bargaining_rules import Requester, Topic
from dcs_enterprise.domain.bargaining_stages import AgreementStage, RoundStage
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.paths import app_paths
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages import bargaining_text
from dcs_enterprise.ui.pages.bargaining_draft_tab import DraftTab
from dcs_enterprise.ui.pages.bargaining_sessions_tab import SessionsTab
from dcs_enterprise.ui.pages.bargaining_vote_tab import VoteTab

COMPANY = "Công ty TNHH May Phú Lợi"


@pytest.fixture
def people(initialized, make_actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """20 workers hired in 2020; the union chair and the HR officer have their accounts."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db, admin = initialized
    hire_workers(db, admin)
    return db, make_actor(Role.UNION_OFFICER), make_actor(Role.HR_OFFICER)


@pytest.fixture
def set_today(monkeypatch: pytest.MonkeyPatch) -> Callable[[date], None]:
    day = {"today": date(2027, 1, 12)}
    monkeypatch.setattr(bargaining_text, "today", lambda: day["today"])
    return lambda new: day.update(today=new)


def window_of(qtbot, db, actor):
    window = MainWindow(UiContext(db, actor, app_paths()), COMPANY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window, window.show_area("bargaining")


def tab(page, kind):
    found = next(t for t in page.tab_pages if isinstance(t, kind))
    page.tabs.setCurrentIndex(page.tab_pages.index(found))
    return found


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_clause(qtbot, draft: DraftTab, chapter: int, chapter_title: str, title: str,
               topic: Topic, text: str, term: int | None = None) -> None:
    click(qtbot, draft.add_button)
    dialog = draft.dialog
    dialog.chapter.setValue(chapter)
    if not dialog.chapter_title.text():
        commit_text(dialog.chapter_title, chapter_title)
    commit_text(dialog.title, title)
    dialog.topic.setCurrentIndex(dialog.topic.findData(topic.value))
    commit_text(dialog.text, text)
    if term is not None:
        dialog.own_term.setChecked(True)
        dialog.term.setValue(term)
    click(qtbot, dialog.ok_button)


def session(qtbot, sessions: SessionsTab, agreed: str, disputed: str = "",
            next_on: QDate | None = None) -> None:
    click(qtbot, sessions.session_button)
    dialog = sessions.dialog
    commit_text(dialog.employer, "Nguyễn Văn Một - Giám đốc")
    commit_text(dialog.union, "Trần Thị Hai - Chủ tịch công đoàn cơ sở")
    commit_text(dialog.upper_union, "Lê Văn Ba - Liên đoàn Lao động tỉnh")
    commit_text(dialog.note_taker, "Phạm Thị Bốn")
    commit_text(dialog.agreed, agreed)
    if disputed:
        commit_text(dialog.disputed, disputed)
    if next_on is not None:
        dialog.has_next.setChecked(True)
        dialog.next_on.setDate(next_on)
    click(qtbot, dialog.ok_button)


def vote(qtbot, page, in_favour: int, against: int) -> str:
    votes = tab(page, VoteTab)
    commit_text(votes.method, "Bỏ phiếu kín")
    commit_text(votes.place, "Nhà ăn")
    commit_text(votes.counters, "Phạm Thị Bốn, Võ Văn Năm")
    for name, value in (("issued", 20), ("returned", 18), ("for", in_favour),
                        ("against", against), ("invalid", 18 - in_favour - against)):
        votes.ballots[name].setValue(value)
    click(qtbot, votes.vote_button)
    return tab(page, VoteTab).result.text()


def test_a_round_from_the_request_to_the_filed_agreement(qtbot, people, set_today, boxes):
    db, union_actor, hr_actor = people
    union_window, union_page = window_of(qtbot, db, union_actor)
    hr_window, hr_page = window_of(qtbot, db, hr_actor)
    union = union_page.ctx
    assert union_page.empty.isVisible()

    # The union's request, received on Monday 11/01/2027, asking for the employer's data.
    dialog = union_page.new_request()
    dialog.requester.setCurrentIndex(dialog.requester.findData(Requester.UNION.value))
    commit_text(dialog.name, "Công đoàn cơ sở Công ty")
    dialog.requested_on.setDate(QDate(2027, 1, 11))
    dialog.topics[Topic.WAGES].setChecked(True)
    dialog.topics[Topic.WORKING_TIME].setChecked(True)
    commit_text(dialog.content, "Thương lượng ký kết thỏa ước lao động tập thể năm 2027")
    dialog.asks_information.setChecked(True)
    dialog.information_on.setDate(QDate(2027, 1, 11))
    click(qtbot, dialog.ok_button)
    clocks = union_page.clocks
    assert union_page.list.count() == 1
    assert "11/01/2027" in union_page.list.item(0).text()
    assert clocks.due("arrangement") == "19/01/2027"  # 7 working days (Sundays rest)
    assert clocks.state("arrangement").startswith("due in 7 days · rule B1, Labour Code 2019 "
                                                  "Art 70.1")
    assert clocks.due("start") == "11/02/2027"  # 30 days: 10/02 is a Tết holiday
    assert "10/02/2027, a rest day or holiday" in clocks.why("start")
    assert clocks.due("information") == "21/01/2027"
    assert "rule B3, Labour Code 2019 Art 70.3" in clocks.state("information")
    assert clocks.state("end") == "counted from the first session"
    assert not clocks.rows["filing"][0].isVisibleTo(union_page)

    # The time and place agreed on 15/01; the HR officer supplies the information on 20/01.
    set_today(date(2027, 1, 15))
    sessions = tab(union_page, SessionsTab)
    assert not sessions.information_button.isVisibleTo(union_window)  # the employer's step
    click(qtbot, sessions.arrange_button)
    sessions.dialog.start_on.setDate(QDate(2027, 1, 25))
    commit_text(sessions.dialog.place, "Phòng họp số 1")
    click(qtbot, sessions.dialog.ok_button)
    assert clocks.state("arrangement").startswith("done on time, on 15/01/2027")
    set_today(date(2027, 1, 20))
    hr_page.refresh()
    hr_sessions = tab(hr_page, SessionsTab)
    assert not hr_sessions.arrange_button.isVisibleTo(hr_window)  # the union keeps the record
    assert not hr_sessions.session_button.isVisibleTo(hr_window)
    click(qtbot, hr_sessions.information_button)
    click(qtbot, hr_sessions.dialog.ok_button)  # dated today, nothing withheld
    assert hr_page.clocks.state("information").startswith("done on time, on 20/01/2027")

    # The first session on 25/01, and the draft as it stands after it.
    set_today(date(2027, 1, 25))
    union_page.refresh()
    session(qtbot, tab(union_page, SessionsTab), "Phạm vi áp dụng.", "Mức tiền ăn giữa ca.",
            QDate(2027, 2, 1))
    assert clocks.due("end") == "26/04/2027"  # 90 days from 25/01: Sunday 25/04, moved
    assert tab(union_page, SessionsTab).model.rows[0].minutes_number.endswith("/BB-CĐCS")
    draft = tab(union_page, DraftTab)
    add_clause(qtbot, draft, 1, "Những quy định chung", "Phạm vi áp dụng", Topic.OTHER,
               "Thỏa ước áp dụng cho toàn thể người lao động.")
    add_clause(qtbot, draft, 2, "Tiền lương, phụ cấp và phúc lợi", "Tiền ăn giữa ca",
               Topic.WAGES, "Tiền ăn giữa ca 30.000 đồng/người/bữa.")
    assert draft.dirty and "not saved yet" in draft.state.text()
    assert draft.session.currentText() == "Session 1 (25/01/2027)"
    click(qtbot, draft.save_button)
    assert tab(union_page, DraftTab).model.rowCount() == 2

    # The second session on 01/02 changes the meal allowance and adds the Tết bonus.
    set_today(date(2027, 2, 1))
    union_page.refresh()
    session(qtbot, tab(union_page, SessionsTab), "Tiền ăn giữa ca 35.000 đồng; thưởng Tết.")
    draft = tab(union_page, DraftTab)
    draft.table.selectRow(1)
    dialog = draft.edit_clause()
    dialog.text.clear()
    commit_text(dialog.text, "Tiền ăn giữa ca 35.000 đồng/người/bữa.")
    click(qtbot, dialog.ok_button)
    add_clause(qtbot, draft, 2, "", "Thưởng Tết", Topic.WAGES,
               "Thưởng Tết ít nhất một tháng lương.", term=12)
    click(qtbot, draft.save_button)
    draft = tab(union_page, DraftTab)
    assert [v.session_number for v in draft.versions.model.rows] == [1, 2]
    diff = draft.versions.compare()
    # Articles run through the agreement: chapter 2 holds Điều 2 and the new Điều 3.
    assert [(c.chapter, c.number, c.kind.value) for c in diff.changes] == [
        (2, 2, "changed"), (2, 3, "added")]
    shown = draft.versions.browser.toPlainText()
    assert "Chapter 2, clause 2 Changed" in shown and "30.000" in shown and "35.000" in shown

    # The minutes of the first session published; the parties agree on the draft.
    sessions = tab(union_page, SessionsTab)
    sessions.table.selectRow(0)
    click(qtbot, sessions.publish_button)
    publication = sessions.dialog
    publication.form_box.setCurrentIndex(publication.form_box.findData(
        PublicationForm.NOTICE_BOARD.value))
    commit_text(publication.place, "Bảng tin nhà ăn")
    click(qtbot, publication.ok_button)
    assert union.bargaining.get(union_page.view.round.id).sessions[0].published_on \
        == date(2027, 2, 1)
    sessions = tab(union_page, SessionsTab)
    click(qtbot, sessions.conclude_button)
    click(qtbot, sessions.dialog.ok_button)
    assert union_page.view.round.stage is RoundStage.CONCLUDED
    assert union_page.clocks.state("end").startswith("done on time, on 01/02/2027")

    # The vote of all workers on 03/02: exactly half fails and says why; one more passes.
    set_today(date(2027, 2, 3))
    union_page.refresh()
    votes = tab(union_page, VoteTab)
    assert "Workforce on 03/02/2027: 20 workers" in votes.workforce.text()
    failed = vote(qtbot, union_page, 10, 7)
    assert failed.startswith("FAILED: 10 in favour of 20 workers of the enterprise (50.0%); "
                             "more than half of all workers needed, that is at least 11.")
    assert "rule A1, Labour Code 2019 Art 76.1" in failed
    assert "cannot be signed" in failed
    # A failed vote sends the parties back to the table: no second vote before they conclude.
    assert union_page.view.round.stage is RoundStage.NEGOTIATING
    assert not tab(union_page, VoteTab).vote_button.isEnabled()
    session(qtbot, tab(union_page, SessionsTab), "Giữ nguyên dự thảo, lấy ý kiến lại.")
    sessions = tab(union_page, SessionsTab)
    click(qtbot, sessions.conclude_button)
    click(qtbot, sessions.dialog.ok_button)
    passed = vote(qtbot, union_page, 11, 6)
    assert passed.startswith("PASSED: 11 in favour of 20 workers of the enterprise (55.0%)")
    assert union_page.view.agreement.stage is AgreementStage.VOTED

    # Signing on 05/02, in force from the date written in it, for 24 months.
    set_today(date(2027, 2, 5))
    union_page.refresh()
    signing = tab(union_page, VoteTab).signing
    commit_text(signing.employer, "Nguyễn Văn Một")
    commit_text(signing.employer_title, "Giám đốc")
    commit_text(signing.union, "Trần Thị Hai")
    commit_text(signing.union_title, "Chủ tịch Công đoàn cơ sở")
    signing.written.setChecked(True)
    signing.effective.setDate(QDate(2027, 3, 1))
    signing.term.setValue(24)
    click(qtbot, signing.sign_button)
    votes = tab(union_page, VoteTab)
    assert votes.signing.record.text().startswith("Agreement 01/2027/TƯLĐTT signed on "
                                                  "05/02/2027")
    assert votes.effect["effective"].text().startswith(
        "01/03/2027 — In force from 01/03/2027, as written in the agreement")
    assert votes.effect["expires"].text() == "28/02/2029 (a term of 24 months)"
    assert votes.effect["standing"].text().startswith("Not yet in force — Takes effect on "
                                                      "01/03/2027.")
    assert union_page.clocks.due("filing") == "15/02/2027"
    assert not votes.filing.file_button.isVisibleTo(union_window)  # the employer files

    # The HR officer announces it on 08/02 and files it on 10/02, with the proof.
    set_today(date(2027, 2, 8))
    hr_page.refresh()
    announcement = tab(hr_page, VoteTab).announcement
    commit_text(announcement.place, "Bảng tin nhà ăn")
    click(qtbot, announcement.announce_button)
    set_today(date(2027, 2, 10))
    hr_page.refresh()
    filing = tab(hr_page, VoteTab).filing
    assert "Due by 15/02/2027: due in 5 days" in filing.due.text()
    assert not tab(hr_page, VoteTab).vote_button.isVisibleTo(hr_window)  # the union's record
    commit_text(filing.method, "Nộp trực tiếp")
    commit_text(filing.proof, "Giấy biên nhận số 15/SNV")
    click(qtbot, filing.file_button)
    assert hr_page.clocks.state("filing").startswith("done on time, on 10/02/2027")
    votes = tab(hr_page, VoteTab)
    assert "Announced on 08/02/2027" in votes.announcement.record.text()
    assert "proof: Giấy biên nhận số 15/SNV" in votes.filing.record.text()
    assert "Signed and filed" in hr_page.list.item(0).text()
    assert "Signed&nbsp;and&nbsp;filed&nbsp;</span>" in hr_page.strip.text()

    # In March the agreement is in force; its renewal window opens 90 days before expiry.
    set_today(date(2027, 3, 10))
    hr_page.refresh()
    votes = tab(hr_page, VoteTab)
    assert votes.effect["standing"].text().startswith("In force — In force from 01/03/2027 "
                                                      "to 28/02/2029")
    assert votes.effect["renewal"].text() == "30/11/2028"
    assert votes.effect["survives"].text() == "29/05/2029"
    assert [kind for kind, _ in boxes if kind == "warning"] == []
    hr_window.close()
    union_window.close()
