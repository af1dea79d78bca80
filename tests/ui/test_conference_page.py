"""The workers' conference page and its plan tab, driven as the organisers use them: opening the
year's conference (form by rule C2), each side approving the joint plan, moving on, the
checklist and the agenda."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from qt_input import commit_text

from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.conference_stages import Stage
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.conference_models import PlanInput
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.dialogs.conference_new_dialog import default_year
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.conference_page import ConferencePage, conference_tabs
from dcs_enterprise.ui.pages.conference_plan_tab import PlanTab

HELD_ON = date(2027, 3, 12)


@pytest.fixture
def ui_db(tmp_path, monkeypatch):
    """60 workers (a full conference by rule C2) and no conference yet."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = open_file(tmp_path / "c.sqlite")
    create_demo(db, employees=60, conferences=False)
    yield db
    db.close()


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_page(qtbot, ctx: UiContext) -> ConferencePage:
    page = ConferencePage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def plan_tab(page: ConferencePage) -> PlanTab:
    return next(t for t in page.tab_pages if isinstance(t, PlanTab))


def test_the_default_year_turns_in_october():
    assert default_year(date(2026, 9, 30)) == 2026
    assert default_year(date(2026, 10, 1)) == 2027
    assert default_year(date(2026, 12, 31)) == 2027


def test_the_tabs_come_in_order(make_ctx, qtbot):
    tabs = conference_tabs(make_ctx(Role.HR_OFFICER))
    for widget, _title in tabs:
        qtbot.addWidget(widget)
        assert hasattr(widget, "changed") and callable(widget.load)
    assert [type(w).__name__ for w, _t in tabs] == [
        "PlanTab", "DelegatesTab", "PetitionsTab", "ArticlesTab", "DayTab", "ResultsTab",
        "FollowUpTab"]


def test_the_organiser_opens_the_conference_through_the_dialog(qtbot, make_ctx, boxes):
    ctx = make_ctx(Role.HR_OFFICER)
    page = open_page(qtbot, ctx)
    assert page.empty.isVisible() and not page.detail.isVisible()

    click(qtbot, page.new_button)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.year.value() == default_year(date.today())
    # Under 100 active workers (some of the 60 left): rule C2 leaves no choice.
    active = ctx.employees.count(RosterQuery())
    assert 50 < active < 60
    assert dialog.form.currentData() == ConferenceForm.FULL.value
    assert not dialog.form.isEnabled()
    assert f"{active} workers, fewer than 100: a full conference." in dialog.reason.text()
    assert "rule C2, Law 10/2022 Art 69.2" in dialog.reason.text()
    dialog.year.setValue(2027)
    dialog.day.setDate(QDate(2027, 3, 12))
    commit_text(dialog.place, "Hội trường A")
    click(qtbot, dialog.ok_button)

    assert boxes == [] and not dialog.isVisible()
    [made] = ctx.conferences.list()
    assert (made.year, made.form, made.held_on, made.place) == (
        2027, ConferenceForm.FULL, HELD_ON, "Hội trường A")
    assert ctx.conferences.get(made.id).headcount == active
    assert page.list.count() == 1 and page.detail.isVisible()
    assert page.title.text() == "Workers' conference 2027 — Full conference"
    strip = page.strip.text()
    assert "Plan" in strip and "Documents&nbsp;and&nbsp;petitions" in strip
    assert "Delegates" not in strip  # everyone is summoned: no election
    assert "The employer has not approved the plan." in page.blockers.text()
    assert "The union has not approved the plan." in page.blockers.text()
    assert not page.next_button.isEnabled()
    tab = plan_tab(page)
    assert tab.place.text() == "Hội trường A" and tab.day.date() == QDate(2027, 3, 12)

    page.new_conference()  # the same year again: refused, and the dialog keeps what was typed
    again = page.dialog
    again.year.setValue(2027)
    commit_text(again.place, "Nhà ăn")
    again.accept()
    assert [kind for kind, _ in boxes] == ["warning"]
    assert "already exists" in boxes[0][1]
    assert again.isVisible() and again.place.text() == "Nhà ăn"
    assert len(ctx.conferences.list()) == 1


def test_a_large_enterprise_may_choose_the_full_form(qtbot, tmp_path):
    db = open_file(tmp_path / "big.sqlite")
    try:
        create_demo(db, employees=150, conferences=False)
        ctx = UiContext(db, sign_in(db, "congdoan", "demo-congdoan"), app_paths())
        page = open_page(qtbot, ctx)
        dialog = page.new_conference()
        assert dialog.form.isEnabled()  # a joint choice from 100 workers on
        assert dialog.form.currentData() == ConferenceForm.DELEGATE.value
        assert "100 or more: the employer and the union choose" in dialog.reason.text()
        dialog.form.setCurrentIndex(dialog.form.findData(ConferenceForm.FULL.value))
        dialog.year.setValue(2027)
        dialog.accept()
        assert ctx.conferences.list()[0].form is ConferenceForm.FULL
        assert "Full conference" in page.title.text()
    finally:
        db.close()


def test_each_side_approves_for_itself_then_the_conference_moves_on(qtbot, make_ctx, boxes):
    hr, union = make_ctx(Role.HR_OFFICER), make_ctx(Role.UNION_OFFICER)
    cid = hr.conferences.create(2027, PlanInput(held_on=HELD_ON, place="Hội trường A")).id

    hr_page = open_page(qtbot, hr)
    tab = plan_tab(hr_page)
    assert tab.approve_union.isHidden()  # the employer side cannot approve for the union
    click(qtbot, tab.approve_employer)
    assert "approved by Trần Thị Thu Hà on" in tab.employer_state.text()
    assert date.today().strftime("%d/%m/%Y") in tab.employer_state.text()
    assert not tab.approve_employer.isEnabled()
    assert tab.union_state.text() == "not approved yet"
    assert "employer" not in hr_page.blockers.text()
    assert not hr_page.next_button.isEnabled()

    union_page = open_page(qtbot, union)
    union_tab = plan_tab(union_page)
    assert union_tab.approve_employer.isHidden()
    click(qtbot, union_tab.approve_union)
    assert "approved by Lê Văn Thắng" in union_tab.union_state.text()
    assert union_page.next_button.isEnabled() and not union_page.blockers.isVisible()

    click(qtbot, union_page.next_button)  # the question is answered Yes
    assert [kind for kind, _ in boxes] == ["question"]
    assert union.conferences.get(cid).stage is Stage.DOCUMENTS  # full: no delegates stage
    assert union_page.info.stage is Stage.DOCUMENTS
    assert union_page.list.item(0).text() == "2027\nFull conference\nDocuments and petitions"
    assert "background-color" in union_page.strip.text().split("Documents")[0][-120:]
    assert "The draft resolution is not ready." in union_page.blockers.text()
    assert not union_page.next_button.isEnabled()
    assert not union_tab.save_button.isEnabled()  # the plan is settled


def test_saving_a_changed_plan_withdraws_both_approvals(qtbot, make_ctx, boxes):
    hr, union = make_ctx(Role.HR_OFFICER), make_ctx(Role.UNION_OFFICER)
    cid = hr.conferences.create(2027, PlanInput(held_on=HELD_ON, place="Hội trường A")).id
    hr.conferences.approve_plan(cid, for_union=False, day=date(2027, 1, 5))
    union.conferences.approve_plan(cid, for_union=True, day=date(2027, 1, 6))
    page = open_page(qtbot, hr)
    tab = plan_tab(page)
    assert "05/01/2027" in tab.employer_state.text()
    tab.place.clear()
    commit_text(tab.place, "Nhà văn hóa công nhân")
    tab.budget.setValue(30_000_000)
    click(qtbot, tab.save_button)

    assert [kind for kind, _ in boxes] == ["question"]
    assert "withdraws both approvals" in boxes[0][1]
    info = hr.conferences.get(cid)
    assert (info.place, info.budget) == ("Nhà văn hóa công nhân", 30_000_000)
    assert info.employer_approved_on is None and info.union_approved_on is None
    assert tab.employer_state.text() == tab.union_state.text() == "not approved yet"
    assert tab.approve_employer.isEnabled()


def test_the_checklist_marks_done_and_reopens(qtbot, make_ctx):
    hr = make_ctx(Role.HR_OFFICER)
    cid = hr.conferences.create(2027, PlanInput(held_on=HELD_ON)).id
    tab = plan_tab(open_page(qtbot, hr))
    checklist = tab.checklist
    model = checklist.model
    assert model.rowCount() == 7
    first = [model.index(0, c).data() for c in range(5)]
    assert first[0].startswith("Draft the employer's report")
    assert first[1] == "Employer and union" and first[4] == (
        "20 working days before the conference day.")
    assert "rule C1" in checklist.basis.text()
    assert checklist.done_button.text() == "Mark done" and not checklist.done_button.isEnabled()

    checklist.table.selectRow(0)
    click(qtbot, checklist.done_button)
    today = date.today().strftime("%d/%m/%Y")
    assert model.index(0, 3).data() == today
    assert hr.conferences.tasks(cid)[0].done_on == date.today()
    checklist.table.selectRow(0)
    assert checklist.done_button.text() == "Reopen"
    click(qtbot, checklist.done_button)
    assert model.index(0, 3).data() == ""


def test_an_overdue_open_item_is_red(make_ctx, qtbot):
    hr = make_ctx(Role.HR_OFFICER)
    hr.conferences.create(2027, PlanInput(held_on=HELD_ON))
    tab = plan_tab(open_page(qtbot, hr))
    model = tab.checklist.model
    model.today = date(2027, 3, 1)  # the drafts were due before that
    overdue = [model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)
               for r in range(model.rowCount())]
    assert overdue[0] is not None and overdue[-1] is None


def test_the_agenda_is_edited_in_its_dialog(qtbot, make_ctx, boxes):
    hr = make_ctx(Role.HR_OFFICER)
    cid = hr.conferences.create(2027, PlanInput(held_on=HELD_ON)).id
    tab = plan_tab(open_page(qtbot, hr))
    agenda = tab.agenda
    assert agenda.model.rowCount() == 8
    click(qtbot, agenda.edit_button)
    dialog = agenda.dialog
    dialog.table.selectRow(7)  # after "Bế mạc"
    dialog.add_item()
    dialog.model.setData(dialog.model.index(8, 0), "25:99")
    dialog.model.setData(dialog.model.index(8, 1), "Liên hoan văn nghệ")
    dialog.accept()
    assert [kind for kind, _ in boxes] == ["warning"]
    assert "25:99" in boxes[0][1] and dialog.isVisible()  # the edits are still there

    dialog.model.setData(dialog.model.index(8, 0), "11:15")
    dialog.move(-1)  # before "Bế mạc"
    dialog.table.selectRow(0)
    dialog.remove_item()
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    saved = hr.conferences.agenda(cid)
    assert [(a.starts_at, a.title) for a in saved[-2:]] == [
        ("11:15", "Liên hoan văn nghệ"), ("11:00", "Bế mạc")]
    assert len(saved) == 8 and saved[0].starts_at == "08:00"
    assert agenda.model.index(6, 1).data() == "Liên hoan văn nghệ"


def test_the_newest_conference_is_shown_first(qtbot, make_ctx):
    hr = make_ctx(Role.HR_OFFICER)
    hr.conferences.create(2026, PlanInput(held_on=date(2026, 3, 20)))
    hr.conferences.create(2027, PlanInput(held_on=HELD_ON))
    page = open_page(qtbot, hr)
    assert page.list.count() == 2 and page.info.year == 2027
    page.list.setCurrentRow(1)
    assert page.info.year == 2026 and plan_tab(page).day.date() == QDate(2026, 3, 20)
    page.refresh()  # coming back to the page keeps the chosen year
    assert page.info.year == 2026


def test_the_plan_prints(qtbot, make_ctx):
    hr = make_ctx(Role.HR_OFFICER)
    hr.conferences.create(2027, PlanInput(held_on=HELD_ON, place="Hội trường A"))
    window = plan_tab(open_page(qtbot, hr)).print_plan()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)
    assert window.document.pageCount() >= 1 and window.number_button.isVisible()


def test_the_area_is_in_the_sidebar_for_officers_only(qtbot, make_ctx):
    window = MainWindow(make_ctx(Role.UNION_OFFICER), "Phú Lợi")
    qtbot.addWidget(window)
    assert "conference" in window.area_keys()
    window.show_area("conference")
    assert isinstance(window.page("conference"), ConferencePage)
    viewer = MainWindow(make_ctx(Role.EMPLOYEE_VIEW), "Phú Lợi")
    qtbot.addWidget(viewer)
    assert "conference" not in viewer.area_keys()


def test_the_next_stage_is_refused_with_a_message_while_blocked(qtbot, make_ctx, boxes,
                                                                 monkeypatch):
    hr = make_ctx(Role.HR_OFFICER)
    hr.conferences.create(2027, PlanInput(held_on=HELD_ON))
    page = open_page(qtbot, hr)
    assert not page.next_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.advance()  # as if the button were pressed: the service refuses, the page says why
    assert [kind for kind, _ in boxes] == ["warning"]
    assert "has not approved the plan" in boxes[0][1]
    assert page.info.stage is Stage.PLAN
