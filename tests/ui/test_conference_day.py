"""The conference day as the organisers run it: scanning invitations at the door with the live
quorum (rule C3), the officers, the minutes of the agenda, the votes decided by rule C4 and
finalizing the minutes and the resolution. The conference is held on 12/03/2026, a day past
when the tests run: its day is recorded afterwards, at the times the organisers give (the
planned ones proposed); one test runs it on the day itself, and one tries it before."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from conference_steps import HELD_ON, YEAR, Organisers, check_in, demo_db, held, planned_ahead
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from qt_input import commit_text
from test_document_preview import text_of, wait_rendered

from dcs_enterprise.domain.conference_plan import OfficerRole
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.conference_models import PlanInput
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.pages import conference_clock
from dcs_enterprise.ui.pages.conference_day_tab import DayTab
from dcs_enterprise.ui.pages.conference_delegates_tab import DelegatesTab


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """60 employees, fewer than 100: a full conference, every active worker summoned."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = demo_db(tmp_path / "t.sqlite", 60)
    yield db
    db.close()


def day_tab(qtbot, ctx: UiContext, cid: int) -> DayTab:
    tab = DayTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.load(ctx.conferences.get(cid))
    return tab


@pytest.fixture
def day(qtbot, ui_db, make_ctx):
    """The DayTab of a conference at its day (recorded afterwards), as the union officer sees
    it."""
    return day_tab(qtbot, make_ctx(Role.UNION_OFFICER), held(ui_db))


def open_conference(tab: DayTab) -> None:
    """Open the conference at the time proposed."""
    tab.open_button.click()
    tab.opening_dialog.ok_button.click()


def scan(qtbot, tab: DayTab, code: str) -> None:
    """What a barcode reader does: types the code, then Enter."""
    qtbot.keyClicks(tab.checkin.scan, code)
    qtbot.keyClick(tab.checkin.scan, Qt.Key.Key_Return)


def summoned(tab: DayTab):
    return tab.ctx.conference_delegates.delegates(tab.conference_id)


def test_scanning_invitations_checks_in_and_the_quorum_turns_met_at_two_thirds(qtbot, day,
                                                                              boxes):
    people = summoned(day)
    quorum = day.ctx.conference_day.attendance(day.conference_id).quorum
    assert quorum.summoned == len(people) and quorum.required == -(-2 * len(people) // 3)
    assert day.checkin.scan.hasFocus()
    assert "Quorum not reached" in day.board.quorum.text()
    for number, person in enumerate(people[:quorum.required], 1):
        scan(qtbot, day, person.invitation_code)
        assert day.checkin.scan.text() == ""  # ready for the next scan
        assert day.board.present.text() == str(number)
        assert day.board.absent.text() == str(len(people) - number)
        met = number >= quorum.required
        text = day.board.quorum.text()
        assert ("Quorum reached" in text) is met and ("Quorum not reached" in text) is not met
        assert f"{number} of {len(people)} present; at least 2/3 needed, that is " \
               f"{quorum.required}." in text and "rule C3" in text
        assert ("#1b6e20" if met else "#b00020") in day.board.quorum.styleSheet()
    assert day.checkin.scan.hasFocus()
    assert f"{people[quorum.required - 1].name} ({people[quorum.required - 1].code}) " \
           "checked in" in day.checkin.status.text()
    # An employee code typed by hand, in lower case, works as well as the barcode.
    scan(qtbot, day, people[-1].code.lower())
    assert day.board.present.text() == str(quorum.required + 1)
    assert boxes == []
    assert day.ctx.conference_day.attendance(day.conference_id).present == quorum.required + 1


def test_typing_a_name_filters_the_summoned_list(qtbot, day, boxes):
    people = summoned(day)
    person = people[5]
    word = person.code  # the employee code finds exactly one person
    qtbot.keyClicks(day.checkin.scan, word)
    qtbot.waitUntil(lambda: day.checkin.model.rowCount() == 1)
    assert day.checkin.model.item(0).name == person.name
    day.checkin.scan.clear()
    commit_text(day.checkin.scan, person.name.split()[-1])  # a given name, with diacritics
    qtbot.waitUntil(lambda: 1 <= day.checkin.model.rowCount() < len(people))
    shown = [day.checkin.model.item(r).name for r in range(day.checkin.model.rowCount())]
    assert person.name in shown
    # The selected row is checked in with the button.
    row = shown.index(person.name)
    day.checkin.table.selectRow(row)
    day.checkin.check_in_button.click()
    assert day.board.present.text() == "1"
    assert boxes == []


def test_a_double_check_in_is_refused_and_changes_nothing(qtbot, day, boxes):
    person = summoned(day)[0]
    scan(qtbot, day, person.invitation_code)
    events = day.ctx.audit.page(AuditFilter(action="check_in"), 0, 100)
    scan(qtbot, day, person.invitation_code)
    assert len(boxes) == 1 and boxes[0][0] == "warning"
    assert f"{person.name} is already checked in" in boxes[0][1]
    assert day.board.present.text() == "1"
    assert day.ctx.audit.page(AuditFilter(action="check_in"), 0, 100) == events
    # An unknown code is refused too, and left selected so the next scan replaces it.
    scan(qtbot, day, "HN2027-999999")
    assert "No one summoned to this conference has the code \"HN2027-999999\"" in boxes[1][1]
    assert day.checkin.scan.selectedText() == "HN2027-999999"
    assert day.board.present.text() == "1"


def test_undo_and_absence_reason(qtbot, day, boxes):
    people = summoned(day)
    scan(qtbot, day, people[0].invitation_code)
    day.checkin.table.selectRow(0)
    day.checkin.undo_button.click()
    assert boxes[0][0] == "question"  # asked first, answered Yes
    assert day.board.present.text() == "0"
    assert summoned(day)[0].checked_in_at is None

    day.checkin.table.selectRow(1)
    dialog = day.checkin.absence_selected()
    commit_text(dialog.text_edit, "Nghỉ ốm")
    dialog.ok_button.click()
    assert summoned(day)[1].absence_reason == "Nghỉ ốm"
    assert day.checkin.model.data(day.checkin.model.index(1, 5)) == "Absent: Nghỉ ốm"


def test_officers_are_saved_and_kept_while_typing(qtbot, day, boxes):
    panel = day.officers
    day.sections.setCurrentWidget(panel)
    group = panel.groups[OfficerRole.PRESIDIUM]
    commit_text(group.lines[0][0], "Nguyễn Minh Quang")
    commit_text(group.lines[0][1], "Tổng Giám đốc")
    commit_text(group.lines[1][0], "Lê Văn Thắng")
    commit_text(panel.groups[OfficerRole.SECRETARY].lines[0][0], "Trần Thị Thu Hà")
    assert panel.dirty and "Not saved" in panel.status.text()
    day.load(day.ctx.conferences.get(day.conference_id))  # a reload keeps what is typed
    assert group.lines[0][0].text() == "Nguyễn Minh Quang"
    with qtbot.waitSignal(day.changed):
        panel.save_button.click()
    officers = day.ctx.conference_day.officers(day.conference_id)
    assert [(o.role, o.name, o.title) for o in officers] == [
        (OfficerRole.PRESIDIUM, "Nguyễn Minh Quang", "Tổng Giám đốc"),
        (OfficerRole.PRESIDIUM, "Lê Văn Thắng", ""),
        (OfficerRole.SECRETARY, "Trần Thị Thu Hà", "")]
    assert panel.groups[OfficerRole.SECRETARY].add_button.isVisible()
    panel.groups[OfficerRole.SECRETARY].add_button.click()  # two secretaries at most
    assert not panel.groups[OfficerRole.SECRETARY].add_button.isVisible()
    assert boxes == []


def test_minutes_are_saved_when_moving_to_another_item(qtbot, day, boxes):
    panel = day.minutes
    day.sections.setCurrentWidget(panel)
    panel.table.selectRow(3)
    commit_text(panel.notes, "Tổng Giám đốc báo cáo kết quả năm 2026.")
    panel.done.setChecked(True)
    panel.table.selectRow(4)  # moving on saves the item
    agenda = day.ctx.conferences.agenda(day.conference_id)
    assert agenda[3].notes == "Tổng Giám đốc báo cáo kết quả năm 2026." and agenda[3].done
    assert panel.model.data(panel.model.index(3, 2)) == "✓"
    commit_text(panel.guests, "Đại diện Công đoàn Khu công nghiệp")
    day.sections.setCurrentWidget(day.votes)  # leaving the section saves too
    assert day.ctx.conferences.get(day.conference_id).guests == \
        "Đại diện Công đoàn Khu công nghiệp"
    day.sections.setCurrentWidget(panel)
    panel.table.selectRow(3)
    assert panel.notes.toPlainText() == "Tổng Giám đốc báo cáo kết quả năm 2026."
    panel.table.selectRow(5)
    commit_text(panel.notes, "Người lao động đề nghị tăng tiền ăn ca.")
    day.hide()  # leaving the page (another area of the window) saves as well
    assert day.ctx.conferences.agenda(day.conference_id)[5].notes == \
        "Người lao động đề nghị tăng tiền ăn ca."
    assert boxes == []


def test_votes_need_the_quorum_and_are_decided_by_rule_c4(qtbot, day, boxes, ui_db):
    votes = day.votes
    day.sections.setCurrentWidget(votes)
    assert not votes.record_button.isEnabled()
    assert "quorum (rule C3) was not reached" in votes.reason.text()
    total = len(summoned(day))
    check_in(ui_db, day.conference_id, 40)
    day.load(day.ctx.conferences.get(day.conference_id))
    assert not votes.record_button.isEnabled()  # the quorum is there, the opening is not
    assert votes.reason.text() == "Open the conference before taking a vote."
    open_conference(day)
    assert votes.record_button.isEnabled() and votes.reason.text() == ""

    def vote(subject: str, yes: int, no: int, abstain: int, adopts: bool = False) -> None:
        commit_text(votes.subject, subject)
        for box, value in ((votes.in_favour, yes), (votes.against, no),
                           (votes.abstained, abstain)):
            box.setValue(value)
        votes.adopts.setChecked(adopts)
        votes.record_button.click()

    vote("Thông qua nghị quyết", 21, 15, 4, adopts=True)
    assert "Thông qua nghị quyết: PASSED." in votes.result.text()
    assert "21 in favour of 40 present; more than 50% needed, that is at least 21." in \
           votes.result.text() and "rule C4" in votes.result.text()
    assert not votes.adopts.isEnabled()  # the resolution is adopted once
    vote("Tăng giờ làm thêm", 20, 20, 0)
    assert "Tăng giờ làm thêm: FAILED." in votes.result.text()
    assert "20 in favour of 40 present" in votes.result.text()
    assert "#b00020" in votes.result.styleSheet()
    rows = [[votes.model.data(votes.model.index(r, c)) for c in range(7)]
            for r in range(votes.model.rowCount())]
    assert rows == [["Thông qua nghị quyết (adopts the resolution)", 21, 15, 4, 40, "52.5",
                     "PASSED"], ["Tăng giờ làm thêm", 20, 20, 0, 40, "50.0", "FAILED"]]
    # More votes than people present: refused by the service, nothing recorded.
    vote("Bầu lại", 30, 10, 1)
    assert boxes[-1][0] == "warning"
    assert "The votes (41) cannot exceed those present (40)." in boxes[-1][1]
    assert len(day.ctx.conference_day.votes(day.conference_id)) == 2
    assert votes.model.rowCount() == 2 and votes.subject.text() == "Bầu lại"
    assert votes.result.isHidden()  # not the last vote's "FAILED" for this one
    assert total > 40


def test_finalize_gives_numbers_and_leaves_a_read_only_record(qtbot, day, boxes, ui_db):
    cid = day.conference_id
    o = Organisers.of(ui_db)
    check_in(ui_db, cid, 45)
    day.load(day.ctx.conferences.get(cid))
    open_conference(day)
    assert not day.open_button.isEnabled()
    assert day.opened.text() == "Opened at 12/03/2026 07:30"  # the planned start
    # Too early: the service says what is missing, and the dialog stays open.
    dialog = day.finalize()
    dialog.ok_button.click()
    assert "presidium is not recorded" in boxes[-1][1] and dialog.isVisible()
    dialog.reject()
    o.day().set_officers(cid, OfficerRole.PRESIDIUM, [("Nguyễn Minh Quang", "Tổng Giám đốc")])
    o.day().set_officers(cid, OfficerRole.SECRETARY, [("Trần Thị Thu Hà", "")])
    o.day().record_vote(cid, "Thông qua nghị quyết", 45, 0, 0, adopts_resolution=True)
    day.load(day.ctx.conferences.get(cid))
    day.sections.setCurrentWidget(day.minutes)
    day.minutes.table.selectRow(3)
    commit_text(day.minutes.notes, "Báo cáo kết quả sản xuất năm 2026.")
    dialog = day.finalize()  # the typed minutes are saved first
    assert dialog.moment.dateTime().toPython() == datetime(2026, 3, 12, 11, 0)  # the agenda's end
    with qtbot.waitSignal(day.changed):
        dialog.ok_button.click()
    info = day.ctx.conferences.get(cid)
    assert info.stage is Stage.ADOPTED and info.closed_at == datetime(2026, 3, 12, 11, 0)
    issued = day.ctx.resolutions.issued(cid)
    assert [d.kind for d in issued] == ["minutes", "resolution"]
    assert boxes[-1][0] == "information"
    for document in issued:
        assert document.number in boxes[-1][1]
    # A record now: nothing can be changed from the tab.
    assert "Closed at" in day.stage_note.text()
    for button in (day.open_button, day.finalize_button, day.votes.record_button,
                   day.officers.save_button, day.checkin.check_in_button,
                   day.minutes.save_item_button):
        assert not button.isEnabled()
    person = summoned(day)[-1]
    scan(qtbot, day, person.invitation_code)
    assert day.ctx.conference_day.attendance(cid).present == 45


def test_before_the_day_the_tab_says_when_it_opens(qtbot, ui_db, make_ctx):
    cid = Organisers.of(ui_db).plan().create(YEAR, PlanInput(held_on=HELD_ON)).id
    ctx = make_ctx(Role.HR_OFFICER)
    tab = DayTab(ctx)
    qtbot.addWidget(tab)
    tab.load(ctx.conferences.get(cid))
    assert "opens at the stage \"Conference day\"" in tab.stage_note.text()
    assert not tab.open_button.isEnabled() and not tab.checkin.check_in_button.isEnabled()
    assert not any(b.isEnabled() for b in tab.findChildren(QPushButton)
                   if b.objectName() in ("recordVote", "saveOfficers", "saveItem"))


def test_enter_on_a_name_checks_in_the_one_person_it_leaves(qtbot, day, boxes):
    """The scan field's hint promises it: a name and Enter. One person left in the list is
    checked in; several are not, and the panel says to choose the row."""
    people = summoned(day)
    service = day.ctx.conference_delegates
    unique = next(p for p in people if service.delegate_count(day.conference_id, p.name) == 1)
    commit_text(day.checkin.scan, unique.name)
    qtbot.keyClick(day.checkin.scan, Qt.Key.Key_Return)  # at once, before the list caught up
    assert day.board.present.text() == "1" and day.checkin.scan.text() == ""
    assert f"{unique.name} ({unique.code}) checked in at 07:30" in day.checkin.status.text()
    assert [p.name for p in summoned(day) if p.checked_in_at] == [unique.name]

    family = people[0].name.split()[0]  # a family name that many share
    many = service.delegate_count(day.conference_id, family)
    assert many > 1
    commit_text(day.checkin.scan, family)
    qtbot.keyClick(day.checkin.scan, Qt.Key.Key_Return)
    assert day.checkin.status.text() == (f"{many} people match \"{family}\": choose the row "
                                         "in the list and press Check in.")
    assert day.checkin.model.rowCount() == many and day.checkin.scan.text() == family
    assert day.board.present.text() == "1" and boxes == []


def test_the_day_recorded_afterwards_takes_the_times_given(qtbot, day, boxes):
    """After the planned day the check-ins take the planned start, then the opening the user
    gave; the panel says which."""
    people = summoned(day)
    timing = day.checkin.timing
    assert timing.isVisible() and timing.text() == (
        "The day is recorded afterwards: check-ins are recorded at 12/03/2026 07:30, the "
        "planned start.")
    scan(qtbot, day, people[0].invitation_code)
    assert summoned(day)[0].checked_in_at == datetime(2026, 3, 12, 7, 30)
    assert day.checkin.model.data(day.checkin.model.index(0, 5)) == "07:30"

    day.open_button.click()
    dialog = day.opening_dialog
    assert dialog.moment.dateTime().toPython() == datetime(2026, 3, 12, 7, 30)
    assert "recorded afterwards" in dialog.findChild(QLabel, "openExplanation").text()
    dialog.moment.setFocus()
    dialog.moment.selectAll()
    qtbot.keyClicks(dialog.moment, "12/03/2026 08:05")  # corrected by hand
    dialog.ok_button.click()
    assert not dialog.isVisible() and boxes == []
    info = day.ctx.conferences.get(day.conference_id)
    assert info.opened_at == datetime(2026, 3, 12, 8, 5)
    assert day.opened.text() == "Opened at 12/03/2026 08:05"
    assert timing.text() == ("The day is recorded afterwards: check-ins are recorded at "
                             "12/03/2026 08:05, the opening of the conference.")
    scan(qtbot, day, people[1].invitation_code)
    assert summoned(day)[1].checked_in_at == datetime(2026, 3, 12, 8, 5)


def test_on_the_planned_day_the_records_take_the_time_they_are_made(qtbot, day, boxes,
                                                                    monkeypatch):
    monkeypatch.setattr(conference_clock, "now", lambda: datetime(2026, 3, 12, 7, 52))
    day.load(day.ctx.conferences.get(day.conference_id))
    assert not day.checkin.timing.isVisible()
    person = summoned(day)[0]
    scan(qtbot, day, person.invitation_code)
    assert summoned(day)[0].checked_in_at == datetime(2026, 3, 12, 7, 52)
    day.open_button.click()
    dialog = day.opening_dialog
    assert dialog.moment.dateTime().toPython() == datetime(2026, 3, 12, 7, 52)
    assert "opens the conference now" in dialog.findChild(QLabel, "openExplanation").text()
    dialog.ok_button.click()
    assert day.ctx.conferences.get(day.conference_id).opened_at == datetime(2026, 3, 12, 7, 52)
    monkeypatch.setattr(conference_clock, "now", lambda: datetime(2026, 3, 12, 10, 58))
    finalize = day.finalize()
    assert finalize.moment.dateTime().toPython() == datetime(2026, 3, 12, 10, 58)
    finalize.reject()
    assert boxes == []


def test_opening_before_the_planned_day_is_refused_and_records_nothing(qtbot, ui_db, make_ctx,
                                                                      boxes):
    cid, planned = planned_ahead(ui_db)
    tab = day_tab(qtbot, make_ctx(Role.UNION_OFFICER), cid)
    refused = (f"The conference is planned for {planned.strftime('%d/%m/%Y')}: its day cannot "
               "be recorded earlier.")
    events = tab.ctx.audit.page(AuditFilter(), 0, 1000)
    tab.open_button.click()
    dialog = tab.opening_dialog
    dialog.ok_button.click()  # now, before the day
    assert boxes == [("warning", refused)]
    assert dialog.isVisible()  # the user may cancel, or correct a mistyped day
    dialog.reject()
    assert tab.ctx.conferences.get(cid).opened_at is None
    assert tab.open_button.isEnabled() and tab.opened.text() == ""
    scan(qtbot, tab, summoned(tab)[0].invitation_code)  # the door is not open either
    assert boxes[-1] == ("warning", refused)
    assert tab.ctx.conference_day.attendance(cid).present == 0
    assert tab.ctx.audit.page(AuditFilter(), 0, 1000) == events


@pytest.fixture
def delegate_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = demo_db(tmp_path / "d.sqlite", 150)
    yield db
    db.close()


def test_a_delegate_conference_counts_the_summoned_delegates(qtbot, delegate_db):
    cid = held(delegate_db, form=ConferenceForm.DELEGATE, seats=30)
    ctx = UiContext(delegate_db, sign_in(delegate_db, "congdoan", "demo-congdoan"),
                    app_paths())
    tab = DayTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.load(ctx.conferences.get(cid))
    assert tab.board.summoned.text() == "30"  # the delegates, not the 150 workers
    assert tab.checkin.model.rowCount() == 30
    for person in ctx.conference_delegates.delegates(cid)[:20]:
        scan(qtbot, tab, person.invitation_code)
    assert "Quorum reached: 20 of 30 present; at least 2/3 needed, that is 20." in \
           tab.board.quorum.text()


def test_the_delegate_list_printed_after_the_day_holds_the_attendance(qtbot, ui_db, make_ctx,
                                                                      tmp_path):
    cid = held(ui_db)
    check_in(ui_db, cid, 3)
    ctx = make_ctx(Role.UNION_OFFICER)
    tab = DelegatesTab(ctx)
    qtbot.addWidget(tab)
    tab.load(ctx.conferences.get(cid))
    window = tab.summoned.print_list()
    assert window.windowTitle().startswith("Delegate list and attendance")
    wait_rendered(qtbot, window)
    text = text_of(window.pdf_bytes, tmp_path)
    assert "và kết quả điểm danh" in text and "07:40" in text
