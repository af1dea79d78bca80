"""A whole delegate conference through the main window, as the HR officer and the union chair
run it on their own computers: the plan and its two approvals, the seats, one department's
election, the day (check-in by scanning the invitations until the quorum, one vote passed and
one failed by rule C4), finalizing, publishing, and then the employee view on the shared PC
showing the resolution.

What other tests already drive through their dialogs (the other departments' meetings, the
employer's answers to petitions, the draft articles, the invitations sent) is recorded here
with the services, so this test stays on the path of the conference itself.

The conference is that of 2026, held on 12/03/2026: a day past whenever the test runs, so the
conference is recorded afterwards, and the organisers give the days and times the screens ask
for (the plan's approvals, the opening) or accept those they propose."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QSpinBox
from qt_input import commit_text

from dcs_enterprise.domain.conference_plan import OfficerRole
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.domain.errors import ValidationError
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.conference_models import ArticleInput, CandidateInput, MeetingInput
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.employee_view import EmployeeViewWindow
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.conference_day_tab import DayTab
from dcs_enterprise.ui.pages.conference_delegates_tab import DelegatesTab
from dcs_enterprise.ui.pages.conference_plan_tab import PlanTab
from dcs_enterprise.ui.pages.conference_results_tab import ResultsTab

COMPANY = "Công ty TNHH Giày da Phú Lợi"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """120 workers in 11 departments: rule C2 suggests a delegate conference."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    database = open_file(tmp_path / "w.sqlite")
    create_demo(database, employees=120, conferences=False)
    yield database
    database.close()


def window_of(qtbot, db, username: str, password: str):
    window = MainWindow(UiContext(db, sign_in(db, username, password), app_paths()), COMPANY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window, window.show_area("conference")


def tab(page, kind):
    found = next(t for t in page.tab_pages if isinstance(t, kind))
    page.tabs.setCurrentIndex(page.tab_pages.index(found))
    return found


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_votes(qtbot, dialog, row: int, votes: int) -> None:
    table = dialog.candidate_table
    table.edit(dialog.candidates.index(row, 2))
    [editor] = [w for w in table.viewport().findChildren(QSpinBox) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, str(votes))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.candidates.rows[row][3] == votes)


def approve(qtbot, dialog, day: QDate) -> None:
    dialog.date_edit.setDate(day)
    click(qtbot, dialog.ok_button)


def test_a_delegate_conference_from_plan_to_the_employee_view(qtbot, db, boxes):
    hr_window, hr_page = window_of(qtbot, db, "nhansu", "demo-nhansu")
    union_window, union_page = window_of(qtbot, db, "congdoan", "demo-congdoan")
    hr, union = hr_page.ctx, union_page.ctx

    # The plan: the HR officer opens the 2026 conference; rule C2 proposes the delegate form.
    dialog = hr_page.new_conference()
    active = hr.employees.count(RosterQuery())
    assert dialog.form.currentData() == ConferenceForm.DELEGATE.value
    assert f"{active} workers, 100 or more" in dialog.reason.text()
    dialog.year.setValue(2026)
    dialog.day.setDate(QDate(2026, 3, 12))
    commit_text(dialog.place, "Hội trường Nhà ăn số 1")
    click(qtbot, dialog.ok_button)
    [summary] = hr.conferences.list()
    cid = summary.id
    plan = tab(hr_page, PlanTab)
    click(qtbot, plan.approve_employer)
    approve(qtbot, plan.dialog, QDate(2026, 1, 10))  # the day is past: on which day?

    # The union chair approves for the union, allocates the seats and moves on.
    union_page.refresh()
    plan = tab(union_page, PlanTab)
    click(qtbot, plan.approve_union)
    approve(qtbot, plan.dialog, QDate(2026, 1, 11))
    delegates = tab(union_page, DelegatesTab)
    delegates.seat_count.setValue(24)
    click(qtbot, delegates.allocate_button)
    seats = union.conferences.seats(cid)
    assert sum(s.seats for s in seats) == 24 and min(s.seats for s in seats) == 1
    click(qtbot, union_page.next_button)
    assert union_page.info.stage is Stage.DELEGATES

    # One department elects through the dialog: the program says who is elected.
    largest = max(seats, key=lambda s: s.headcount)
    delegates = tab(union_page, DelegatesTab)
    click(qtbot, delegates.record_button)
    meeting = delegates.dialog
    meeting.department.setCurrentIndex(meeting.department.findText(largest.department))
    meeting.day.setDate(QDate(2026, 2, 20))
    present = meeting.present.value()
    names = []
    for number in range(largest.seats + 1):
        picker = meeting.pick_candidate()
        picker.table.selectRow(number)
        names.append(picker.chosen().full_name)
        click(qtbot, picker.choose_button)
    for row in range(largest.seats):
        type_votes(qtbot, meeting, row, present)
    type_votes(qtbot, meeting, largest.seats, present // 2)  # exactly half: not elected
    click(qtbot, meeting.record_button)
    assert f"Elected: {', '.join(names[:-1])}" in meeting.outcome.text()
    click(qtbot, meeting.record_button)

    # The other departments' meetings, the answers and the draft resolution (see above).
    for seat in seats:
        if seat.department_id == largest.department_id:
            continue
        workers = [e for e in union.employees.page(RosterQuery(department_id=seat.department_id),
                                                   0, seat.seats)]
        union.conference_delegates.record_meeting(cid, MeetingInput(
            department_id=seat.department_id, held_on=date(2026, 2, 20),
            present=seat.headcount,
            candidates=tuple(CandidateInput(e.id, seat.headcount) for e in workers)))
    union_page.refresh()
    click(qtbot, union_page.next_button)  # documents and petitions
    hr.resolutions.save_articles(cid, [
        ArticleInput("Đánh giá kết quả năm 2025", "Hội nghị nhất trí với báo cáo."),
        ArticleInput("Tăng tiền ăn ca", "Tăng lên 30.000 đồng mỗi suất.",
                     "Phòng Hành chính - Nhân sự", date(2026, 4, 1))])
    union_page.refresh()
    click(qtbot, union_page.next_button)  # invitations
    union.conference_delegates.mark_invitations_sent(cid, date(2026, 3, 5))
    union_page.refresh()
    click(qtbot, union_page.next_button)  # the day
    assert union_page.info.stage is Stage.HELD

    # The day: invitations scanned at the door until the quorum of two thirds.
    day = tab(union_page, DayTab)
    summoned = union.conference_delegates.delegates(cid)
    assert len(summoned) == 24
    for number, person in enumerate(summoned[:16], 1):
        qtbot.keyClicks(day.checkin.scan, person.invitation_code)
        qtbot.keyClick(day.checkin.scan, Qt.Key.Key_Return)
        day = tab(union_page, DayTab)  # the page reloads its tabs after each check-in
        assert day.board.present.text() == str(number)
        if number == 15:
            assert "Quorum not reached" in day.board.quorum.text()
    assert "Quorum reached" in day.board.quorum.text()  # 16 of 24: exactly two thirds
    assert "16 of 24 present; at least 2/3 needed, that is 16." in day.board.quorum.text()
    qtbot.keyClicks(day.checkin.scan, summoned[0].invitation_code)  # twice: refused
    qtbot.keyClick(day.checkin.scan, Qt.Key.Key_Return)
    assert "already checked in" in boxes[-1][1]
    assert union.conference_day.attendance(cid).present == 16

    click(qtbot, day.open_button)
    click(qtbot, day.opening_dialog.ok_button)  # at the planned start, as proposed
    day = tab(union_page, DayTab)
    panel = day.officers
    day.sections.setCurrentWidget(panel)
    commit_text(panel.groups[OfficerRole.PRESIDIUM].lines[0][0], "Nguyễn Minh Quang")
    commit_text(panel.groups[OfficerRole.PRESIDIUM].lines[1][0], "Lê Văn Thắng")
    commit_text(panel.groups[OfficerRole.SECRETARY].lines[0][0], "Trần Thị Thu Hà")
    click(qtbot, panel.save_button)
    day = tab(union_page, DayTab)
    day.sections.setCurrentWidget(day.minutes)
    day.minutes.table.selectRow(3)
    commit_text(day.minutes.notes, "Tổng Giám đốc báo cáo kết quả sản xuất năm 2025.")

    votes = day.votes
    day.sections.setCurrentWidget(votes)

    def vote(subject: str, yes: int, no: int, abstain: int, adopts: bool = False) -> str:
        commit_text(votes.subject, subject)
        votes.in_favour.setValue(yes)
        votes.against.setValue(no)
        votes.abstained.setValue(abstain)
        votes.adopts.setChecked(adopts)
        click(qtbot, votes.record_button)
        return votes.result.text()

    assert "Tăng ca Chủ nhật: FAILED." in vote("Tăng ca Chủ nhật", 8, 6, 2)  # exactly half
    votes = tab(union_page, DayTab).votes
    passed = vote("Thông qua nghị quyết", 15, 1, 0, adopts=True)
    assert "Thông qua nghị quyết: PASSED." in passed
    assert "15 in favour of 16 present; more than 50% needed, that is at least 9." in passed

    day = tab(union_page, DayTab)
    finalize = day.finalize()
    with qtbot.waitSignal(day.changed):
        click(qtbot, finalize.ok_button)
    assert union.conferences.get(cid).stage is Stage.ADOPTED
    numbers = [d.number for d in union.resolutions.issued(cid)]
    assert numbers == ["01/BB-HNNLĐ", "01/NQ-HNNLĐ"]
    minutes = union.conference_day  # the minutes are final: a change is refused
    item = union.conferences.agenda(cid)[3]
    with pytest.raises(ValidationError, match="final: they can no longer be changed"):
        minutes.save_item(item.id, "Sửa biên bản", True)

    # Publication by the HR officer, and the employee view on the shared PC.
    hr_page.refresh()
    results = tab(hr_page, ResultsTab)
    publication = results.publication
    publication.form.setCurrentIndex(publication.form.findData(
        PublicationForm.NOTICE_BOARD.value))
    commit_text(publication.place, "Bảng tin nhà ăn")
    click(qtbot, publication.record_button)
    assert hr.conferences.get(cid).stage is Stage.PUBLISHED

    view = EmployeeViewWindow(UiContext(db, EMPLOYEE_VIEW, app_paths()))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    shown = view.details.toPlainText()
    assert "01/NQ-HNNLĐ" in shown and "Tăng tiền ăn ca" in shown
    assert "Phòng Hành chính - Nhân sự" in shown and "01/04/2026" in shown
    assert [kind for kind, _ in boxes].count("warning") == 1  # only the double check-in
    hr_window.close()
    union_window.close()
