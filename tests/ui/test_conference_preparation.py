"""Preparing the workers' conference on screen: seats and a department's election (who the
program says is elected, and the summoned list then holding them), a tie settled by a further
round, candidates from the department's own workers, ex officio delegates,
petitions answered by the employer side only, the draft resolution's articles, and the
invitations."""

from __future__ import annotations

from datetime import date

import pytest
from conference_steps import Organisers, elect_departments
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox
from qt_input import commit_text

from dcs_enterprise.domain.conference_plan import DelegateKind
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.conference_models import (
    ArticleInput,
    CandidateInput,
    MeetingInput,
    PlanInput,
)
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.dialogs import conference_employee_picker as employee_picker
from dcs_enterprise.ui.pages.conference_articles_tab import ArticlesTab
from dcs_enterprise.ui.pages.conference_delegates_tab import DelegatesTab
from dcs_enterprise.ui.pages.conference_page import ConferencePage
from dcs_enterprise.ui.pages.conference_petitions_tab import PetitionsTab

HELD_ON = date(2026, 3, 12)  # past: each dialog proposes the nearest day its record allows
ACCOUNTS = {Role.HR_OFFICER: ("nhansu", "demo-nhansu"),
            Role.UNION_OFFICER: ("congdoan", "demo-congdoan")}


def demo(tmp_path, monkeypatch, employees: int, conferences: bool = False):
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = open_file(tmp_path / f"p{employees}.sqlite")
    create_demo(db, employees=employees, conferences=conferences)
    return db


@pytest.fixture
def big_db(tmp_path, monkeypatch):
    """150 workers: a delegate conference is suggested (rule C2)."""
    db = demo(tmp_path, monkeypatch, 150)
    yield db
    db.close()


@pytest.fixture
def small_db(tmp_path, monkeypatch):
    """60 workers: a full conference."""
    db = demo(tmp_path, monkeypatch, 60)
    yield db
    db.close()


def ctx_of(db, role: Role) -> UiContext:
    return UiContext(db, sign_in(db, *ACCOUNTS[role]), app_paths())


def open_page(qtbot, ctx: UiContext) -> ConferencePage:
    page = ConferencePage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def tab(page: ConferencePage, kind):
    found = next(t for t in page.tab_pages if isinstance(t, kind))
    page.tabs.setCurrentIndex(page.tab_pages.index(found))
    return found


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def approved(db, form: ConferenceForm | None = None) -> int:
    """The 2026 conference, its plan approved by both sides (still at the stage "plan")."""
    hr, union = ctx_of(db, Role.HR_OFFICER), ctx_of(db, Role.UNION_OFFICER)
    cid = hr.conferences.create(2026, PlanInput(held_on=HELD_ON, place="Hội trường A",
                                                form=form)).id
    hr.conferences.approve_plan(cid, for_union=False, day=date(2026, 1, 5))
    union.conferences.approve_plan(cid, for_union=True, day=date(2026, 1, 6))
    return cid


def at_delegates(db) -> tuple[UiContext, int]:
    """The union officer and the conference at the stage "delegates", 20 seats allocated."""
    union = ctx_of(db, Role.UNION_OFFICER)
    cid = approved(db)
    union.conferences.allocate(cid, 20)
    union.conferences.advance(cid)
    return union, cid


def rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def type_votes(qtbot, dialog, row: int, votes: int) -> None:
    """Types the votes into the table as a user does: edit the cell, type, Enter."""
    table = dialog.candidate_table
    table.edit(dialog.candidates.index(row, 2))
    [editor] = [w for w in table.viewport().findChildren(QSpinBox) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, str(votes))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: dialog.candidates.rows[row][3] == votes)


def add_candidates(qtbot, dialog, how_many: int) -> list[str]:
    names = []
    for number in range(how_many):
        picker = dialog.pick_candidate()
        assert picker.model.rowCount() >= how_many
        departments = {r[2] for r in rows(picker.model)}
        assert departments == {dialog.choice().name}  # only workers of that department
        picker.table.selectRow(number)
        names.append(picker.chosen().full_name)
        click(qtbot, picker.choose_button)
    return names


def test_seats_are_allocated_and_a_department_elects(qtbot, big_db, boxes):
    hr, union = ctx_of(big_db, Role.HR_OFFICER), ctx_of(big_db, Role.UNION_OFFICER)
    cid = approved(big_db)
    page = open_page(qtbot, union)
    delegates = tab(page, DelegatesTab)
    assert delegates.seats_group.isVisible()
    assert "Some departments" not in page.blockers.text()  # not yet a blocker at "plan"
    delegates.seat_count.setValue(20)
    click(qtbot, delegates.allocate_button)
    seats = hr.conferences.seats(cid)
    assert sum(s.seats for s in seats) == 20 and all(s.seats >= 1 for s in seats)
    assert [r[0] for r in rows(delegates.seats)] == [s.department for s in seats]
    assert "largest remainder" in delegates.seats_group.findChildren(
        QLabel)[-1].text()
    assert not delegates.record_button.isEnabled()  # departments meet at "delegates"

    click(qtbot, page.next_button)
    assert page.info.stage is Stage.DELEGATES
    delegates = tab(page, DelegatesTab)
    assert "Some departments have not recorded" in page.blockers.text()
    click(qtbot, delegates.record_button)
    dialog = delegates.dialog
    biggest = max(seats, key=lambda s: (s.seats, s.headcount))
    dialog.department.setCurrentIndex(dialog.department.findText(biggest.department))
    choice = dialog.choice()
    assert (choice.seats, choice.workers) == (biggest.seats, biggest.headcount)
    assert dialog.present.value() == biggest.headcount
    dialog.present.setValue(biggest.headcount - 1)
    present = dialog.present.value()
    # Between the approval and the conference; typed whole, as the tester did.
    assert (dialog.day.minimumDate(), dialog.day.maximumDate()) == (QDate(2026, 1, 6),
                                                                    QDate(2026, 3, 12))
    assert dialog.day.date() == QDate(2026, 3, 12)  # the day is past: the nearest allowed
    dialog.day.setFocus()
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "20/02/2026")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert dialog.day.date() == QDate(2026, 2, 20)
    commit_text(dialog.chair, "Nguyễn Văn Hải")
    commit_text(dialog.petitions, "Tăng tiền ăn ca\nLắp thêm quạt ở xưởng")
    names = add_candidates(qtbot, dialog, biggest.seats + 1)
    for row in range(biggest.seats):
        type_votes(qtbot, dialog, row, present - row)
    type_votes(qtbot, dialog, biggest.seats, present // 2)  # not more than half: out
    click(qtbot, dialog.record_button)

    assert boxes[-1][0] == "question"  # only the "next stage" question was asked
    outcome = dialog.outcome.text()
    assert dialog.outcome.isVisible() and dialog.record_button.text() == "Close"
    elected = names[:biggest.seats]
    assert f"Elected: {', '.join(elected)}" in outcome
    assert names[-1] not in outcome
    assert (f"{present} present; a delegate needs more than half, that is at least "
            f"{present // 2 + 1} votes; {biggest.seats} seats.") in outcome
    assert "(rule A3.14," in outcome
    click(qtbot, dialog.record_button)
    assert not dialog.isVisible()

    summoned = delegates.summoned.model
    listed = {summoned.item(r).name: summoned.item(r).kind for r in range(summoned.rowCount())}
    assert {name: listed.get(name) for name in elected} == {
        name: DelegateKind.ELECTED for name in elected}
    assert names[-1] not in listed
    seat_row = next(r for r in rows(delegates.seats) if r[0] == biggest.department)
    assert seat_row[3:] == ["Yes", biggest.seats]
    assert rows(delegates.meetings)[0][:2] == [biggest.department, "20/02/2026"]
    petitions = union.conference_delegates.petitions(cid)
    assert [(p.raised_by, p.content) for p in petitions] == [
        (biggest.department, "Tăng tiền ăn ca"), (biggest.department, "Lắp thêm quạt ở xưởng")]

    # The department no longer appears among those still to meet.
    again = delegates.record_meeting()
    assert again.department.findText(biggest.department) == -1
    again.reject()


def test_a_tie_blocks_the_stage_until_a_further_round_fills_the_seat(qtbot, big_db, boxes):
    union, cid = at_delegates(big_db)
    one_seat = next(s for s in union.conferences.seats(cid) if s.seats == 1 and s.headcount > 3)
    elect_departments(Organisers.of(big_db), cid, but=one_seat.department_id)
    page = open_page(qtbot, union)
    delegates = tab(page, DelegatesTab)

    # The last department meets: two candidates tie for its one seat, a third trails.
    click(qtbot, delegates.record_button)
    dialog = delegates.dialog
    assert [dialog.department.itemText(i) for i in range(dialog.department.count())] == [
        one_seat.department]
    names = add_candidates(qtbot, dialog, 3)
    present = dialog.present.value()
    for row, votes in enumerate((present, present, 1)):
        type_votes(qtbot, dialog, row, votes)
    click(qtbot, dialog.record_button)
    outcome = dialog.outcome.text()
    assert "Elected: nobody" in outcome and names[2] not in outcome
    assert set(outcome.split("a further round is needed: ")[1].split(", ")) == set(names[:2])
    click(qtbot, dialog.record_button)
    assert boxes == []
    assert not page.next_button.isEnabled()
    assert page.blockers.isVisible()
    assert "Some departments have not recorded" in page.blockers.text()
    delegates = tab(page, DelegatesTab)
    row = next(n for n, r in enumerate(rows(delegates.meetings)) if r[0] == one_seat.department)
    assert delegates.meetings.headerData(3, Qt.Orientation.Horizontal) == "Seats to fill"
    assert rows(delegates.meetings)[row][3] == 1
    assert delegates.further_button.isVisible() and not delegates.further_button.isEnabled()
    delegates.meetings_table.selectRow(next(  # a department whose seats are all filled
        n for n, r in enumerate(rows(delegates.meetings)) if r[3] == 0))
    assert not delegates.further_button.isEnabled()

    # The further round: the department fixed, the tied two standing again, votes afresh.
    delegates.meetings_table.selectRow(row)
    click(qtbot, delegates.further_button)
    further = delegates.dialog
    assert further.windowTitle() == f"Further round: {one_seat.department}"
    assert not further.department.isEnabled() and further.choice().seats == 1
    assert not further.day.isVisible() and not further.chair.isVisible()
    assert further.present.isVisible() and further.present.value() == present
    assert [r[1] for r in further.candidates.rows] == names[:2]
    assert [r[3] for r in further.candidates.rows] == [0, 0]
    assert "1 of the 1 delegate seats still to fill" in further.seat_note.text()
    further.present.setValue(present - 1)
    type_votes(qtbot, further, 0, 1)
    type_votes(qtbot, further, 1, present - 1)
    click(qtbot, further.record_button)
    assert boxes == []
    outcome = further.outcome.text()
    assert f"Round 2 of {one_seat.department} recorded." in outcome
    assert f"Elected: {names[1]}" in outcome and names[0] not in outcome
    assert (f"{present - 1} present; a delegate needs more than half, that is at least "
            f"{(present - 1) // 2 + 1} votes; 1 seats.") in outcome
    assert "(rule A3.14," in outcome and "further round is needed" not in outcome
    assert further.record_button.text() == "Close"
    click(qtbot, further.record_button)

    assert page.next_button.isEnabled() and not page.blockers.isVisible()
    delegates = tab(page, DelegatesTab)
    meeting = next(r for r in rows(delegates.meetings) if r[0] == one_seat.department)
    assert meeting[3:] == [0, names[1]]
    assert not delegates.further_button.isEnabled()
    elected = [(c.name, c.round) for m in union.conference_delegates.meetings(cid)
               for c in m.candidates if m.department_id == one_seat.department_id and c.elected]
    assert elected == [(names[1], 2)]
    click(qtbot, page.next_button)
    assert page.info.stage is Stage.DOCUMENTS


def test_the_candidates_are_the_department_s_own_workers(qtbot, big_db, boxes,
                                                         monkeypatch):
    """The roster filter of a department takes in the departments under it; a meeting elects
    only its own department's workers, so the picker lists those alone."""
    hr = ctx_of(big_db, Role.HR_OFFICER)
    parent = max(hr.departments.list(), key=lambda d: d.employee_count)
    unit = hr.departments.create("BT", "Tổ Bảo trì", parent_id=parent.id)
    moved = hr.employees.page(RosterQuery(department_id=parent.id), 0, 3)
    for employee in moved:
        hr.employees.update(employee.id, EmployeeData(
            code=employee.code, full_name=employee.full_name, gender=employee.gender,
            department_id=unit.id, date_of_birth=employee.date_of_birth,
            position=employee.position, hire_date=employee.hire_date,
            contract_type=employee.contract_type, union_member=employee.union_member))
    union, cid = at_delegates(big_db)
    delegates = tab(open_page(qtbot, union), DelegatesTab)
    dialog = delegates.record_meeting()
    dialog.department.setCurrentIndex(dialog.department.findText(parent.name))
    picker = dialog.pick_candidate()
    own = parent.employee_count - len(moved)
    assert picker.model.rowCount() == own and picker.count.text() == f"{own} found"
    assert {r[2] for r in rows(picker.model)} == {parent.name}
    assert not {e.id for e in picker.model.rows} & {e.id for e in moved}
    commit_text(picker.filter, moved[0].code)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 0)
    assert picker.count.text() == "0 found"
    monkeypatch.setattr(employee_picker, "SHOWN", 2)  # a department larger than the list
    picker.filter.clear()
    picker.search()
    assert picker.model.rowCount() == 2 and {e.department_id for e in picker.model.rows} == {
        parent.id}
    assert picker.count.text().startswith(f"The first 2 of {own}:")
    picker.reject()
    dialog.reject()


def test_delegates_already_summoned_are_no_longer_candidates(qtbot, big_db, boxes):
    """The picker of a meeting's candidates leaves out the department's ex officio delegate
    and, in a further round, those the first round elected."""
    union, cid = at_delegates(big_db)
    hr = ctx_of(big_db, Role.HR_OFFICER)
    seat = max(union.conferences.seats(cid), key=lambda s: (s.seats, s.headcount))
    assert seat.seats >= 2
    workers = [e for e in hr.employees.page(RosterQuery(department_id=seat.department_id),
                                            0, 10_000) if e.department_id == seat.department_id]
    chief, first, second = workers[0], workers[1], workers[2]
    hr.conferences.add_ex_officio(cid, chief.id)
    page = open_page(qtbot, union)
    delegates = tab(page, DelegatesTab)
    dialog = delegates.record_meeting()
    dialog.department.setCurrentIndex(dialog.department.findText(seat.department))
    picker = dialog.pick_candidate()
    listed = {e.id for e in picker.model.rows}
    assert chief.id not in listed and {first.id, second.id} <= listed
    assert picker.count.text() == f"{len(workers) - 1} found"
    picker.reject()
    dialog.reject()

    present = len(workers)  # one elected, one short of half: seats left for a further round
    union.conference_delegates.record_meeting(cid, MeetingInput(
        department_id=seat.department_id, held_on=date(2026, 2, 20), present=present,
        candidates=(CandidateInput(first.id, present), CandidateInput(second.id, 1))))
    page.reload()
    delegates = tab(page, DelegatesTab)
    delegates.meetings_table.selectRow(next(
        n for n, r in enumerate(rows(delegates.meetings)) if r[0] == seat.department))
    further = delegates.further_round()
    picker = further.pick_candidate()
    listed = {e.id for e in picker.model.rows}
    assert not {chief.id, first.id} & listed and second.id in listed
    assert picker.count.text() == f"{len(workers) - 2} found"
    picker.filter.setText(first.code)  # not even by the code
    picker.search()
    assert picker.model.rowCount() == 0 and picker.count.text() == "0 found"
    picker.reject()
    further.reject()
    assert boxes == []


def test_ex_officio_delegates_are_picked_from_the_roster(qtbot, big_db, boxes):
    hr = ctx_of(big_db, Role.HR_OFFICER)
    cid = approved(big_db)
    delegates = tab(open_page(qtbot, hr), DelegatesTab)
    summoned = delegates.summoned
    assert summoned.model.rowCount() == 0 and summoned.count.text() == "0 summoned"
    click(qtbot, summoned.add_button)
    picker = summoned.dialog
    commit_text(picker.filter, "le van thang")  # without diacritics: two namesakes
    qtbot.waitUntil(lambda: picker.model.rowCount() == 2)
    assert {r[1] for r in rows(picker.model)} == {"Lê Văn Thắng"}
    picker.filter.clear()
    commit_text(picker.filter, "PL000003")  # the union chair, by code
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    assert picker.chosen().full_name == "Lê Văn Thắng"
    click(qtbot, picker.choose_button)
    assert boxes == [] and not picker.isVisible()
    assert summoned.model.rowCount() == 1
    chair = summoned.model.item(0)
    assert (chair.name, chair.kind) == ("Lê Văn Thắng", DelegateKind.EX_OFFICIO)
    assert rows(summoned.model)[0][5] == "Ex officio"
    assert [d.name for d in hr.conference_delegates.delegates(cid)] == ["Lê Văn Thắng"]

    picker = summoned.add_ex_officio()  # the same person twice: refused, the picker stays
    commit_text(picker.filter, "PL000003")
    picker.search()
    picker.accept()
    assert [kind for kind, _ in boxes] == ["warning"] and "already a delegate" in boxes[0][1]
    assert picker.isVisible()
    picker.reject()

    assert not summoned.remove_button.isEnabled()
    summoned.table.selectRow(0)
    click(qtbot, summoned.remove_button)
    assert summoned.model.rowCount() == 0
    assert hr.conference_delegates.delegate_count(cid) == 0


def test_a_petition_is_answered_by_the_employer_side_only(qtbot, small_db, boxes):
    hr, union = ctx_of(small_db, Role.HR_OFFICER), ctx_of(small_db, Role.UNION_OFFICER)
    cid = approved(small_db)
    hr.conferences.advance(cid)  # a full conference: straight to documents and petitions

    union_page = open_page(qtbot, union)
    petitions = tab(union_page, PetitionsTab)
    assert petitions.answer_button.isHidden()  # the union raises petitions, never answers
    assert "Only the employer side answers petitions." in petitions.findChild(
        QLabel, "petitionsNote").text()
    click(qtbot, petitions.add_button)
    dialog = petitions.dialog
    commit_text(dialog.raised_by, "Tổ may 3")
    commit_text(dialog.text, "Bố trí thêm nhà để xe cho công nhân")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert rows(petitions.model) == [["12/03/2026", "Tổ may 3",  # by the day, not today
                                      "Bố trí thêm nhà để xe cho công nhân",
                                      "(no answer yet)", "", ""]]
    assert petitions.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Some petitions have no answer" in union_page.blockers.text()
    petitions.table.selectRow(0)
    assert petitions.answer() is None  # refused to the union on screen too

    hr_page = open_page(qtbot, hr)
    hr_petitions = tab(hr_page, PetitionsTab)
    assert not hr_petitions.answer_button.isEnabled()  # nothing chosen yet
    hr_petitions.table.selectRow(0)
    click(qtbot, hr_petitions.answer_button)
    answer = hr_petitions.dialog
    assert "Bố trí thêm nhà để xe" in answer.findChild(QLabel,
                                                       "petitionAsked").text()
    commit_text(answer.text, "Công ty mở rộng nhà xe trong quý II.")
    click(qtbot, answer.ok_button)
    shown = rows(hr_petitions.model)[0]
    assert shown[3:5] == ["Công ty mở rộng nhà xe trong quý II.", "Trần Thị Thu Hà"]
    assert hr_petitions.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert hr_petitions.count.text() == "Petitions: 1, without an answer: 0"
    assert "petitions" not in hr_page.blockers.text()
    assert boxes == []


def test_a_full_conference_department_meeting_raises_petitions(qtbot, small_db, boxes):
    union = ctx_of(small_db, Role.UNION_OFFICER)
    cid = approved(small_db)
    union.conferences.advance(cid)
    page = open_page(qtbot, union)
    delegates = tab(page, DelegatesTab)
    assert not delegates.seats_group.isVisible()  # everyone is summoned
    assert delegates.summoned.add_button.isHidden()
    dialog = delegates.record_meeting()
    assert dialog.candidate_table.isHidden() and "elects no delegates" in dialog.seat_note.text()
    department = dialog.choice().name
    commit_text(dialog.petitions, "Khám sức khỏe định kỳ hai lần mỗi năm")
    click(qtbot, dialog.record_button)
    assert boxes == [] and f"Meeting of {department} recorded." in dialog.outcome.text()
    click(qtbot, dialog.record_button)
    petitions = tab(page, PetitionsTab)
    assert rows(petitions.model)[0][1:3] == [department, "Khám sức khỏe định kỳ hai lần mỗi năm"]


def test_the_draft_resolution_is_written_and_saved(qtbot, small_db, boxes):
    hr = ctx_of(small_db, Role.HR_OFFICER)
    cid = approved(small_db)
    hr.conferences.advance(cid)
    page = open_page(qtbot, hr)
    articles = tab(page, ArticlesTab)
    assert "The draft resolution is not ready." in page.blockers.text()
    for title, text, owner, due in (
            ("Tăng tiền ăn ca", "Tăng thêm 2.000 đồng mỗi suất.",
             "Phòng Hành chính - Nhân sự", QDate(2026, 4, 1)),
            ("Đánh giá kết quả năm 2026", "Hội nghị nhất trí với báo cáo.", "", None)):
        articles.table.clearSelection()
        click(qtbot, articles.buttons["add"])
        dialog = articles.dialog
        commit_text(dialog.title, title)
        commit_text(dialog.text, text)
        if owner:
            dialog.commitment.setChecked(True)
            commit_text(dialog.owner, owner)
            dialog.due.setDate(due)
        click(qtbot, dialog.ok_button)
    articles.table.selectRow(1)
    click(qtbot, articles.buttons["up"])
    assert [r[:5] for r in rows(articles.model)] == [
        ["Article 1", "Đánh giá kết quả năm 2026", "", "", ""],
        ["Article 2", "Tăng tiền ăn ca", "Phòng Hành chính - Nhân sự", "01/04/2026", "Yes"]]
    articles.table.selectRow(1)
    assert "Commitment: carried out by Phòng Hành chính - Nhân sự, due by 01/04/2026." in (
        articles.detail.toPlainText())
    assert hr.resolutions.articles(cid) == []  # nothing stored before Save
    click(qtbot, articles.buttons["save"])

    stored = hr.resolutions.articles(cid)
    assert [(a.number, a.title, a.owner, a.due) for a in stored] == [
        (1, "Đánh giá kết quả năm 2026", "", None),
        (2, "Tăng tiền ăn ca", "Phòng Hành chính - Nhân sự", date(2026, 4, 1))]
    assert "draft resolution" not in page.blockers.text()
    assert boxes == []

    articles.table.selectRow(0)  # a commitment needs who carries it out
    dialog = articles.edit_article()
    dialog.commitment.setChecked(True)
    dialog.accept()
    assert [kind for kind, _ in boxes] == ["warning"] and "who carries out" in boxes[0][1]
    assert dialog.isVisible()
    assert QDate(2026, 3, 12) == dialog.due.minimumDate()  # not due before the conference
    dialog.reject()
    assert articles.model.rows[0].owner == ""


def test_an_issued_resolution_is_read_only_until_a_correction(qtbot, tmp_path, monkeypatch):
    db = demo(tmp_path, monkeypatch, 60, conferences=True)  # 2026 complete, 2027 planned
    try:
        hr = ctx_of(db, Role.HR_OFFICER)
        page = open_page(qtbot, hr)
        page.list.setCurrentRow(1)
        assert page.info.year == 2026
        articles = tab(page, ArticlesTab)
        assert articles.model.rowCount() > 0
        assert "The resolution is issued" in articles.state.text()
        assert all(button.isHidden() for button in articles.buttons.values())
        assert articles.edit_article() is None

        hr.resolutions.start_correction(page.info.id)
        page.reload()
        assert "A correction of the issued resolution is open" in articles.state.text()
        assert articles.buttons["save"].isVisibleTo(page)
    finally:
        db.close()


def test_the_invitations_go_out_to_the_summoned(qtbot, small_db, boxes):
    hr = ctx_of(small_db, Role.HR_OFFICER)
    cid = approved(small_db)
    hr.conferences.advance(cid)
    hr.resolutions.save_articles(cid, [ArticleInput("Đánh giá kết quả năm 2026")])
    page = open_page(qtbot, hr)
    click(qtbot, page.next_button)
    assert page.info.stage is Stage.INVITATIONS
    summoned = tab(page, DelegatesTab).summoned
    everyone = summoned.model.rowCount()
    assert everyone == page.info.headcount and summoned.count.text() == f"{everyone} summoned"
    first = summoned.model.item(0)
    commit_text(summoned.filter, first.invitation_code)
    qtbot.waitUntil(lambda: summoned.model.rowCount() == 1)
    assert summoned.model.item(0).name == first.name

    assert summoned.sent_button.isVisibleTo(page)
    assert summoned.sent_on.date() == QDate(2026, 3, 11)  # the last day before the conference
    summoned.sent_on.setDate(QDate(2026, 3, 5))
    click(qtbot, summoned.sent_button)
    assert hr.conferences.get(cid).invitations_sent_on == date(2026, 3, 5)
    assert summoned.sent_label.text() == "Invitations sent on 05/03/2026"
    assert page.next_button.isEnabled()
    click(qtbot, page.next_button)
    assert page.info.stage is Stage.HELD and page.next_button.isHidden()
    assert [kind for kind, _ in boxes] == ["question", "question"]
