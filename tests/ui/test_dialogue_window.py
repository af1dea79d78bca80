"""A periodic workplace dialogue through the main window, as the HR officer and the union chair
run it on their own computers (Decree 145/2020 Arts 38-39): both sides' representatives (rules
D2, D3 shown as they fill up), the list published, the dialogue scheduled (D1), each side's
agenda (D6, one on time and one late), the attendance (exactly 70% of the worker
representatives refused by rule D7 with the reason shown, one more accepted), an item and an
action, the minutes signed (the D8 signatories shown), the notice published by HR (D9), an
action's progress, and the published notice offered to the employee view.

The dialogue is that of 2026, held on 12/03/2026: a day past whenever the test runs, so every
date is typed in as the records are entered afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QPushButton
from qt_input import commit_text

from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.dialogue_rules import Organisation, Side
from dcs_enterprise.domain.dialogue_stages import DialogueStage
from dcs_enterprise.paths import app_paths
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.dialogues import DialogueService
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.ui.context import UiContext
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.dialogue_actions_tab import ActionsTab
from dcs_enterprise.ui.pages.dialogue_day_tab import DialogueDayTab
from dcs_enterprise.ui.pages.dialogue_minutes_tab import MinutesTab
from dcs_enterprise.ui.pages.dialogue_notice_tab import NoticeTab
from dcs_enterprise.ui.pages.dialogue_preparation_tab import PreparationTab

DETERMINED_ON = QDate(2026, 1, 5)
HELD_ON = QDate(2026, 3, 12)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """170 people, some 160 of them active workers: rule D3 asks for 9 to 13 worker representatives."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    database = open_file(tmp_path / "d.sqlite")
    create_demo(database, employees=170, conferences=False)
    yield database
    database.close()


def window_of(qtbot, db, username: str, password: str):
    window = MainWindow(UiContext(db, sign_in(db, username, password), app_paths()), "Công ty")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window, window.show_area("dialogue")


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tab(page, kind):
    found = next(t for t in page.tab_pages if isinstance(t, kind))
    page.tabs.setCurrentIndex(page.tab_pages.index(found))
    return found


def add_from_roster(qtbot, panel, row: int, legal: bool = False,
                    organisation: Organisation | None = None) -> str:
    click(qtbot, panel.add_button)
    dialog = panel.dialog
    dialog.joined_on.setDate(DETERMINED_ON)
    picker = dialog.pick()
    picker.table.selectRow(row)
    name = picker.chosen().full_name
    click(qtbot, picker.choose_button)
    assert name in dialog.chosen.text()
    if legal:
        dialog.legal.setChecked(True)
    if organisation is not None:
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(organisation.value))
    click(qtbot, dialog.ok_button)
    return name


def test_a_periodic_dialogue_from_the_lists_to_the_published_notice(qtbot, db, boxes):
    _hr_window, hr_page = window_of(qtbot, db, "nhansu", "demo-nhansu")
    _union_window, union_page = window_of(qtbot, db, "congdoan", "demo-congdoan")
    hr = hr_page.ctx
    workers = hr.employees.count(RosterQuery())
    assert 150 <= workers < 300

    # HR determines the lists and adds the employer side: D2 shown as it fills up.
    reps = hr_page.show_representatives()
    click(qtbot, reps.new_button)
    reps.dialog.date_edit.setDate(DETERMINED_ON)
    click(qtbot, reps.dialog.ok_button)
    employer = reps.sides[Side.EMPLOYER]
    assert not reps.sides[Side.WORKER].add_button.isVisibleTo(reps)  # the union's side
    legal = add_from_roster(qtbot, employer, 0, legal=True)
    add_from_roster(qtbot, employer, 1)
    assert "at least 3 needed" in reps.employer_check.text()
    assert "#b00020" in reps.employer_check.styleSheet()  # not met yet
    add_from_roster(qtbot, employer, 2)
    assert reps.employer_check.text().startswith(
        "3 employer representatives including the legal representative; at least 3 needed.")
    assert "rule D2, Decree 145/2020 Art 38.1" in reps.employer_check.text()
    assert "#1b6e20" in reps.employer_check.styleSheet()

    # The union adds its side: 9 members from the roster and one of the dialogue group typed
    # in. D3 shows the band; D4 the split between the two organisations.
    reps_u = union_page.show_representatives()
    assert not reps_u.sides[Side.EMPLOYER].add_button.isVisibleTo(reps_u)
    assert f"Worker side for {workers} workers — 150-299 workers: at least 9, from 9 to 13" \
        == reps_u.band.text()
    worker = reps_u.sides[Side.WORKER]
    for row in range(3, 12):
        add_from_roster(qtbot, worker, row)
    assert "9 worker representatives" in reps_u.worker_check.text()
    click(qtbot, worker.add_button)
    dialog = worker.dialog
    dialog.joined_on.setDate(DETERMINED_ON)
    commit_text(dialog.name, "Phạm Thị Hoa")
    dialog.organisation.setCurrentIndex(
        dialog.organisation.findData(Organisation.DIALOGUE_GROUP.value))
    click(qtbot, dialog.ok_button)
    assert reps_u.worker_check.text().startswith(
        f"10 worker representatives for {workers} workers; at least 9 needed (band 9 to 13).")
    assert "Dialogue representative group: 1" in reps_u.split.text()
    assert worker.model.rowCount() == 10

    # HR records the publication of the lists.
    reps.refresh()
    click(qtbot, reps.publish_button)
    commit_text(reps.dialog.place, "Bảng tin nhà ăn")
    reps.dialog.day.setDate(QDate(2026, 1, 6))
    click(qtbot, reps.dialog.ok_button)
    assert reps.publication.text().startswith("Published on 06/01/2026: Posted on the notice")
    assert "Determined on 05/01/2026; next renewal by" in reps.renewal.text()

    # HR schedules the periodic dialogue of 2026; D1 says none is held yet that year.
    browser = hr_page.show_dialogues()
    click(qtbot, browser.schedule_button)
    new = browser.dialog
    new.day.setDate(HELD_ON)
    commit_text(new.place, "Phòng họp số 1")
    click(qtbot, new.ok_button)
    assert browser.year.currentData() == 2026 and browser.list.count() == 1
    assert browser.periodic.text().startswith("Periodic dialogues held in 2026: 0; at least "
                                              "one a year.")
    info = hr_page.info
    assert info.stage is DialogueStage.SCHEDULED

    # Each side's agenda: the employer's on time, the workers' a day late (D6).
    prep = tab(hr_page, PreparationTab)
    text, sent, _state, button = prep.agendas[Side.EMPLOYER]
    commit_text(text, "Kế hoạch sản xuất quý II; tiền ăn ca")
    sent.setDate(QDate(2026, 3, 2))
    click(qtbot, button)
    late = info.agenda_due.due + timedelta(days=1)
    text, sent, _state, button = prep.agendas[Side.WORKER]
    commit_text(text, "Đề nghị tăng tiền ăn ca thêm 5.000 đồng")
    sent.setDate(QDate(late.year, late.month, late.day))
    click(qtbot, button)
    assert prep.agendas[Side.EMPLOYER][2].text() == "sent on 02/03/2026, on time"
    assert prep.agendas[Side.WORKER][2].text().endswith("LATE")
    assert "rule D6, Decree 145/2020 Art 39.3" in hr_page.dialogues.clocks.agenda.text()

    # The union records the day: exactly 70% of the worker representatives is refused.
    union_page.show_dialogues()
    union_page.dialogues.refresh(info.id)
    day = tab(union_page, DialogueDayTab)
    attendance = day.attendance
    attendance.held_on.setDate(HELD_ON)
    attendance.tick(Side.EMPLOYER, 1)  # the legal representative, first on the list
    assert attendance.legal.isChecked()
    attendance.tick(Side.WORKER, 7)
    expected = ("7 of 10 worker representatives present (70%); more than 70% needed, that is "
                "at least 8.")
    assert attendance.quorum.text() == f"Quorum not reached: {expected} (rule D7, Decree " \
                                       "145/2020 Art 39.4)"
    commit_text(attendance.chair, legal)
    commit_text(attendance.note_taker, "Trần Thu Hà")
    attendance.female.setChecked(True)
    click(qtbot, attendance.record_button)
    assert boxes[-1] == ("warning", expected)
    assert union_page.info.stage is DialogueStage.SCHEDULED
    attendance.tick(Side.WORKER, 8)
    assert attendance.quorum.text().startswith("Quorum reached: 8 of 10")
    click(qtbot, attendance.record_button)
    assert union_page.info.stage is DialogueStage.HELD
    assert sum(r.present for r in union_page.info.attendance) == 9

    # An item with both positions and what was agreed; an action.
    items = day.items
    assert day.sections.currentIndex() == 1
    commit_text(items.title, "Tiền ăn ca")
    commit_text(items.employer, "Giữ mức hiện nay đến hết quý II")
    commit_text(items.worker, "Tăng thêm 5.000 đồng mỗi suất từ tháng 4")
    commit_text(items.agreed, "Tăng 3.000 đồng mỗi suất từ 01/04/2026")
    click(qtbot, items.save_button)
    assert [i.title for i in union_page.info.items] == ["Tiền ăn ca"]
    click(qtbot, items.action_button)
    action = items.dialog
    commit_text(action.text, "Điều chỉnh hợp đồng suất ăn với nhà cung cấp")
    commit_text(action.owner, "Phòng Hành chính - Nhân sự")
    action.due.setDate(QDate(2026, 3, 31))
    action.item.setCurrentIndex(1)
    click(qtbot, action.ok_button)
    assert [a.owner for a in union_page.info.actions] == ["Phòng Hành chính - Nhân sự"]

    # The minutes: the D8 signatories, then signed; everything is read-only afterwards.
    minutes = tab(union_page, MinutesTab)
    assert not minutes.warning.isVisible()
    signers = [(minutes.model.index(r, 0).data(), minutes.model.index(r, 1).data())
               for r in range(minutes.model.rowCount())]
    assert signers[0] == ("Employer", legal)
    assert [s[0] for s in signers[1:]] == ["Grassroots trade union",
                                           "Dialogue representative group"]
    assert signers[2][1] == "Phạm Thị Hoa"
    minutes.day.setDate(HELD_ON)
    minutes.end.setTime(QTime(11, 30))
    click(qtbot, minutes.finalize_button)
    info = union_page.info
    assert info.stage is DialogueStage.SIGNED and info.minutes_number
    assert boxes[-1][0] == "information" and info.minutes_number in boxes[-1][1]
    assert not attendance.record_button.isEnabled() and not items.save_button.isEnabled()
    assert items.title.isReadOnly() and not minutes.finalize_button.isEnabled()

    # Only HR publishes the notice (Art 39.5): on time by D9.
    union_notice = tab(union_page, NoticeTab)
    assert not union_notice.publish_button.isVisibleTo(union_notice)
    hr_page.dialogues.refresh(info.id)
    notice = tab(hr_page, NoticeTab)
    commit_text(notice.summary, "Tăng tiền ăn ca thêm 3.000 đồng mỗi suất từ 01/04/2026.")
    commit_text(notice.place, "Bảng tin nhà ăn")
    notice.day.setDate(QDate(2026, 3, 13))
    commit_text(notice.by, "Phòng Hành chính - Nhân sự")
    click(qtbot, notice.publish_button)
    assert hr_page.info.stage is DialogueStage.PUBLISHED and hr_page.info.notice_on_time
    assert "done on 13/03/2026, on time" in notice.due.text()
    assert "rule D9" in notice.due.text()
    assert hr_page.dialogues.periodic.text().startswith("Periodic dialogues held in 2026: 1")

    # The action followed up.
    actions = tab(hr_page, ActionsTab)
    actions.table.selectRow(0)
    click(qtbot, actions.report_button)
    progress = actions.dialog
    progress.status.setCurrentIndex(progress.status.findData(Status.IN_PROGRESS.value))
    progress.progress.setValue(50)
    commit_text(progress.note, "Đã gửi đề nghị cho nhà cung cấp")
    progress.day.setDate(QDate(2026, 3, 20))
    click(qtbot, progress.ok_button)
    assert hr_page.info.actions[0].progress == 50, boxes[-1]
    assert "In progress" in actions.model.index(0, 3).data()

    # What the employee view shows comes from the service.
    [shown] = DialogueService(db, EMPLOYEE_VIEW).published_notices()
    assert shown.title == info.title and shown.published_on == date(2026, 3, 13)
    assert shown.summary.startswith("Tăng tiền ăn ca")
