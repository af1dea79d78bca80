"""The bargaining page on its own, from rounds set up with the services: what each role may
do, the clocks' states, refused input (a clear message and nothing changed), failed bargaining
on a ground the dates support or not, an amendment round, and the follow-up of the signed
clauses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import bargaining_flow as flow
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QTableView
from qt_input import commit_text

from dcs_enterprise.domain.bargaining_rules import FailureGround
from dcs_enterprise.domain.bargaining_stages import AgreementStage, RoundKind, RoundStage
from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.paths import app_paths
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages import bargaining_text
from dcs_enterprise.ui.pages.bargaining_draft_tab import DraftTab
from dcs_enterprise.ui.pages.bargaining_followup_tab import AgreementFollowUpTab
from dcs_enterprise.ui.pages.bargaining_page import BargainingPage
from dcs_enterprise.ui.pages.bargaining_sessions_tab import SessionsTab
from dcs_enterprise.ui.pages.bargaining_vote_tab import VoteTab


@pytest.fixture
def parties(initialized, make_actor, monkeypatch: pytest.MonkeyPatch,
            tmp_path: Path) -> flow.Parties:
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db, admin = initialized
    flow.hire_workers(db, admin)
    return flow.Parties(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))


@pytest.fixture
def set_today(monkeypatch: pytest.MonkeyPatch) -> Callable[[date], None]:
    day = {"today": date(2027, 3, 10)}
    monkeypatch.setattr(bargaining_text, "today", lambda: day["today"])
    return lambda new: day.update(today=new)


@pytest.fixture
def page_of(qtbot, parties, set_today):
    def show(actor) -> BargainingPage:
        page = BargainingPage(UiContext(parties.db, actor, app_paths()))
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        page.refresh()
        return page

    return show


def tab(page, kind):
    found = next(t for t in page.tab_pages if isinstance(t, kind))
    page.tabs.setCurrentIndex(page.tab_pages.index(found))
    return found


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(page, kind, name: str) -> bool:
    button = getattr(tab(page, kind), name)
    return button.isVisibleTo(page)


def test_each_role_sees_the_steps_it_may_take(parties, page_of):
    flow.requested(parties)
    union, hr = page_of(parties.union), page_of(parties.hr)
    for page in (union, hr):
        assert page.new_button.isVisibleTo(page)
        assert shown(page, VoteTab, "signing") and tab(page, VoteTab).signing.sign_button\
            .isVisibleTo(page)
        assert shown(page, AgreementFollowUpTab, "report_button")
    for name in ("arrange_button", "session_button", "conclude_button", "fail_button",
                 "end_button", "publish_button"):
        assert shown(union, SessionsTab, name) and not shown(hr, SessionsTab, name), name
    assert shown(hr, SessionsTab, "information_button")
    assert not shown(union, SessionsTab, "information_button")
    assert shown(union, VoteTab, "vote_button") and not shown(hr, VoteTab, "vote_button")
    assert shown(union, DraftTab, "save_button") and not shown(hr, DraftTab, "save_button")
    assert tab(hr, VoteTab).filing.file_button.isVisibleTo(hr)
    assert not tab(union, VoteTab).filing.file_button.isVisibleTo(union)
    assert tab(hr, VoteTab).announcement.announce_button.isVisibleTo(hr)
    assert not tab(union, VoteTab).announcement.announce_button.isVisibleTo(union)


def test_clocks_show_late_and_overdue_steps(parties, page_of, set_today):
    round_id = flow.requested(parties)
    parties.bargaining().arrange(round_id, date(2027, 1, 25), date(2027, 2, 1), "Phòng họp")
    set_today(date(2027, 1, 25))
    page = page_of(parties.union)
    assert page.clocks.state("arrangement").startswith("done late, on 25/01/2027")
    assert page.clocks.state("information").startswith("overdue by 4 days")
    assert page.clocks.state("start").startswith("due in 17 days")
    assert not page.clocks.rows["start"][3].isVisible()  # the counting shows on demand
    page.counting.setChecked(True)
    assert page.clocks.rows["start"][3].isVisible()
    assert page.clocks.why("start").startswith("30 days after 11/01/2027")


def test_a_session_before_the_request_is_refused(qtbot, parties, page_of, boxes):
    round_id = flow.requested(parties)
    parties.bargaining().arrange(round_id, date(2027, 1, 15), date(2027, 1, 25), "Phòng họp")
    page = page_of(parties.union)
    sessions = tab(page, SessionsTab)
    click(qtbot, sessions.session_button)
    dialog = sessions.dialog
    dialog.held_on.setDate(QDate(2027, 1, 5))
    commit_text(dialog.employer, "Nguyễn Văn Một")
    commit_text(dialog.union, "Trần Thị Hai")
    commit_text(dialog.note_taker, "Phạm Thị Bốn")
    commit_text(dialog.agreed, "Phạm vi áp dụng.")
    click(qtbot, dialog.ok_button)
    assert boxes[-1] == ("warning", "A session cannot be dated before the request "
                                    "(11/01/2027).")
    assert dialog.isVisible()  # open, with what was typed
    assert parties.bargaining().get(round_id).sessions == ()


def test_impossible_ballots_and_early_signing_are_refused(qtbot, parties, page_of, boxes):
    _round_id, agreement_id = flow.concluded(parties)
    page = page_of(parties.union)
    votes = tab(page, VoteTab)
    assert "Workforce on 10/03/2027: 20 workers" in votes.workforce.text()
    votes.vote_on.setDate(QDate(2027, 2, 3))
    votes.ballots["issued"].setValue(25)
    votes.ballots["returned"].setValue(20)
    votes.ballots["for"].setValue(20)
    click(qtbot, votes.vote_button)
    assert boxes[-1] == ("warning", "More ballots were issued (25) than the enterprise has "
                                    "workers (20).")
    assert parties.agreements().get(agreement_id, date(2027, 3, 10)).vote is None

    signing = votes.signing  # before any vote that passed
    commit_text(signing.employer, "Nguyễn Văn Một")
    commit_text(signing.union, "Trần Thị Hai")
    click(qtbot, signing.sign_button)
    assert boxes[-1] == ("warning", "The agreement may be signed only after more than half of "
                                    "all workers voted for it (Labour Code Art 76.1).")
    assert parties.agreements().get(agreement_id, date(2027, 3, 10)).signed_on is None


def test_a_term_of_48_months_is_refused(qtbot, parties, page_of, boxes):
    _round_id, agreement_id = flow.voted(parties)
    page = page_of(parties.union)
    signing = tab(page, VoteTab).signing
    signing.signed_on.setDate(QDate(2027, 2, 5))
    commit_text(signing.employer, "Nguyễn Văn Một")
    commit_text(signing.union, "Trần Thị Hai")
    signing.term.setValue(48)
    click(qtbot, signing.sign_button)
    assert boxes[-1] == ("warning", "The term of an agreement (or of a clause) must be from 1 to "
                                    "3 years (12 to 36 months); 48 months given.")
    agreement = parties.agreements().get(agreement_id, date(2027, 3, 10))
    assert agreement.stage is AgreementStage.VOTED and agreement.signed_on is None


def test_failure_on_a_ground_the_dates_do_not_support(qtbot, parties, page_of, boxes):
    round_id, _agreement_id = flow.negotiated(parties)
    page = page_of(parties.union)
    sessions = tab(page, SessionsTab)
    click(qtbot, sessions.fail_button)
    dialog = sessions.dialog
    dialog.ground.setCurrentIndex(dialog.ground.findData(FailureGround.TIME_RAN_OUT.value))
    assert dialog.ground.currentText().startswith("Labour Code 2019 Art 71.b: ")
    dialog.failed_on.setDate(QDate(2027, 3, 1))
    click(qtbot, dialog.ok_button)
    assert boxes[-1] == ("warning", "Bargaining may go on until 26/04/2027: its time has not "
                                    "run out on 01/03/2027.")
    assert parties.bargaining().get(round_id).stage is RoundStage.NEGOTIATING
    dialog.ground.setCurrentIndex(dialog.ground.findData(FailureGround.DECLARED.value))
    commit_text(dialog.note, "Hai bên không thống nhất được mức lương tối thiểu.")
    click(qtbot, dialog.ok_button)
    assert page.view.round.stage is RoundStage.FAILED
    outcome = tab(page, SessionsTab).outcome.text()
    assert outcome.startswith("Bargaining failed on 01/03/2027")
    assert "(rule B5, Labour Code 2019 Art 71.c)" in outcome
    assert "background-color: #b00020" in page.strip.text()
    assert page.clocks.state("end") == "bargaining failed on 01/03/2027"
    assert not tab(page, SessionsTab).session_button.isEnabled()


def test_the_draft_keeps_versions_and_shows_word_changes(qtbot, parties, page_of, boxes):
    flow.negotiated(parties)
    page = page_of(parties.union)
    draft = tab(page, DraftTab)
    assert draft.model.rowCount() == 3 and not draft.dirty
    assert draft.model.index(2, 5).data() == "12 months"
    draft.table.selectRow(1)
    dialog = draft.edit_clause()
    dialog.text.clear()
    commit_text(dialog.text, "Tiền ăn giữa ca 40.000 đồng/người/bữa.")
    dialog.own_term.setChecked(True)
    dialog.term.setValue(48)
    click(qtbot, dialog.ok_button)  # checked as it would be saved
    assert "48 months given" in boxes[-1][1] and dialog.isVisible()
    dialog.term.setValue(24)
    click(qtbot, dialog.ok_button)
    draft.note.setText("Sau phiên 2")
    click(qtbot, draft.save_button)
    draft = tab(page, DraftTab)
    assert [v.version for v in draft.versions.model.rows] == [1, 2, 3]
    diff = draft.versions.compare()  # 2 → 3, the newest pair
    [change] = diff.changes
    assert ("+", "40.000") in change.words and ("-", "35.000") in change.words
    html = draft.versions.browser.toHtml()
    assert "40.000" in html and "#e6f4ea" in html and "line-through" in html
    assert "Own term: the agreement's → 24 months" in draft.versions.browser.toPlainText()
    click(qtbot, draft.save_button)  # unchanged: no new version
    assert "Nothing changed since version 3" in boxes[-1][1]


def test_an_amendment_starts_from_the_signed_text(qtbot, parties, page_of, set_today):
    _round_id, agreement_id = flow.filed(parties)
    set_today(date(2027, 6, 1))
    page = page_of(parties.union)
    dialog = page.new_request()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RoundKind.AMENDMENT.value))
    assert dialog.amends.isEnabled() and dialog.amends.currentData() == agreement_id
    commit_text(dialog.name, "Công ty")
    dialog.requester.setCurrentIndex(1)
    dialog.topics[next(iter(dialog.topics))].setChecked(True)
    click(qtbot, dialog.ok_button)
    assert page.list.count() == 2 and page.list.item(0).text().startswith("Amendment")
    assert "Amendment of agreement 01/2027/TƯLĐTT" in tab(page, SessionsTab).request.text(
        "kind")
    assert tab(page, DraftTab).model.rowCount() == 3


def test_signed_clauses_are_followed_up(qtbot, parties, page_of, set_today, boxes):
    flow.filed(parties)
    set_today(date(2027, 5, 2))
    page = page_of(parties.hr)
    follow = tab(page, AgreementFollowUpTab)
    assert follow.model.rowCount() == 3 and not follow.stage_note.isVisibleTo(page)
    click(qtbot, follow.report_button)
    assert boxes[-1] == ("information", "Select a clause first.")
    follow.table.selectRow(1)
    dialog = follow.report_progress()
    commit_text(dialog.owner, "Phòng Hành chính - Nhân sự")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(QDate(2027, 4, 1))
    dialog.status.setCurrentIndex(dialog.status.findData(Status.IN_PROGRESS.value))
    dialog.progress.setValue(50)
    click(qtbot, dialog.ok_button)
    follow = tab(page, AgreementFollowUpTab)
    assert follow.model.index(1, 4).data() == "In progress, overdue"
    assert follow.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert "1 of them overdue" in follow.counts.text()


def test_every_tab_fits_in_the_main_window(qtbot, parties, set_today):
    """At 1280×800 beside the sidebar and the list of rounds, no tab scrolls sideways and no
    table's column is narrower than its header or runs past the table's edge."""
    flow.filed(parties)
    window = MainWindow(UiContext(parties.db, parties.union, app_paths()), "Công ty")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.show_area("bargaining")
    for index, tab_page in enumerate(page.tab_pages):
        page.tabs.setCurrentIndex(index)
        holder = page.tabs.widget(index)
        qtbot.waitUntil(tab_page.isVisible)
        assert tab_page.minimumSizeHint().width() <= holder.viewport().width(), index
        # (a scroll bar shown while the layout settles goes away; one that stays fails)
        bar = holder.horizontalScrollBar()
        qtbot.waitUntil(lambda bar=bar: not bar.isVisible(), timeout=2000)
        for table in tab_page.findChildren(QTableView):
            if not table.isVisible():  # a date box's calendar, not opened
                continue
            header, model = table.horizontalHeader(), table.model()
            cut = [column for column in range(model.columnCount())
                   if header.sectionSize(column) < header.sectionSizeHint(column)
                   or header.sectionViewportPosition(column) + header.sectionSize(column)
                   > table.viewport().width()]
            assert cut == [], (index, table.objectName())
