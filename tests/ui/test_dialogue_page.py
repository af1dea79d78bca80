"""The workplace-dialogue page on its own (Decree 145/2020 Arts 38-41): who sees which buttons,
a request with its live D10 support, an incident dialogue naming its Labour Code article, the
reply to a request (D10 clock), the sham-minutes warning asked before signing, and the record
read-only once signed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QPushButton
from qt_input import commit_text

from dcs_enterprise.domain.dialogue_rules import DialogueKind, IncidentTrigger, Organisation, Side
from dcs_enterprise.domain.dialogue_stages import DialogueStage
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.dialogue_lists import DialogueListService
from dcs_enterprise.services.dialogue_models import (
    AttendanceInput,
    DialogueInput,
    ItemInput,
    RepresentativeInput,
)
from dcs_enterprise.services.dialogues import DialogueService
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.ui.pages.dialogue_minutes_tab import MinutesTab
from dcs_enterprise.ui.pages.dialogue_page import DialoguePage
from dcs_enterprise.ui.pages.dialogue_preparation_tab import PreparationTab

DETERMINED_ON = date(2026, 1, 5)


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tab(page, kind):
    found = next(t for t in page.tab_pages if isinstance(t, kind))
    page.tabs.setCurrentIndex(page.tab_pages.index(found))
    return found


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A demo enterprise (60 employees) without the demo's own records: the test makes its
    dialogues."""
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = open_file(tmp_path / "p.sqlite")
    create_demo(db, employees=60, conferences=False)
    yield db
    db.close()


@pytest.fixture
def listed(make_ctx):
    """Both sides' lists: 3 employer representatives (the first the legal representative) and
    10 worker representatives (9 of the union, 1 of the dialogue group)."""
    hr, union = make_ctx(Role.HR_OFFICER), make_ctx(Role.UNION_OFFICER)
    people = EmployeeService(hr.db, hr.actor).page(RosterQuery(), 0, 20)
    lists = DialogueListService(hr.db, hr.actor)
    made = lists.create(DETERMINED_ON)
    for n in range(3):
        lists.add_member(made.id, RepresentativeInput(
            Side.EMPLOYER, Organisation.EMPLOYER, DETERMINED_ON, employee_id=people[n].id,
            is_legal_representative=n == 0))
    workers = DialogueListService(union.db, union.actor)
    for n in range(3, 13):
        organisation = Organisation.DIALOGUE_GROUP if n == 12 else Organisation.UNION
        workers.add_member(made.id, RepresentativeInput(
            Side.WORKER, organisation, DETERMINED_ON, employee_id=people[n].id))
    return hr


def show(qtbot, ctx) -> DialoguePage:
    page = DialoguePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.refresh()
    return page


@pytest.mark.parametrize("role", [Role.HR_OFFICER, Role.UNION_OFFICER, Role.ADMIN])
def test_each_role_sees_the_buttons_of_its_side(qtbot, make_ctx, listed, role):
    page = show(qtbot, make_ctx(role))
    browser = page.dialogues
    assert browser.schedule_button.isVisibleTo(page)  # every officer plans dialogues
    assert browser.empty.isVisibleTo(page)
    reps = page.show_representatives()
    employer_side = role in (Role.HR_OFFICER, Role.ADMIN)
    assert reps.sides[Side.EMPLOYER].add_button.isVisibleTo(page) is employer_side
    assert reps.sides[Side.WORKER].add_button.isVisibleTo(page) is (role is Role.UNION_OFFICER)
    assert reps.sides[Side.WORKER].model.rowCount() == 10
    assert "(rule D3, Decree 145/2020 Art 38.2.a)" in reps.worker_check.text()
    assert reps.publication.text().startswith("Not published at the workplace yet")


def test_before_any_list_the_page_says_what_to_do(qtbot, make_ctx):
    page = show(qtbot, make_ctx(Role.UNION_OFFICER))
    reps = page.show_representatives()
    assert reps.empty.isVisibleTo(page) and not reps.checks.isVisibleTo(page)
    assert reps.new_button.text() == "Determine the lists…"


def test_a_worker_request_shows_its_support_live_and_is_refused_below_30_percent(
        qtbot, make_ctx, listed, boxes):
    page = show(qtbot, make_ctx(Role.UNION_OFFICER))
    browser = page.dialogues
    dialog = browser.record_request()
    commit_text(dialog.title, "Đối thoại về ca đêm")
    commit_text(dialog.content, "Đề nghị đối thoại về bố trí ca đêm")
    dialog.received.setDate(QDate(2026, 4, 6))
    dialog.set_ticked(2)
    assert dialog.support.text() == ("2 of 10 worker representatives back the request; at "
                                     "least 30% needed, that is 3. (rule D10, Decree 145/2020 "
                                     "Art 40.1.b)")
    click(qtbot, dialog.ok_button)
    assert boxes[-1][0] == "warning" and "that is 3" in boxes[-1][1]
    assert browser.list.count() == 0
    dialog.set_ticked(3)
    assert "#1b6e20" in dialog.support.styleSheet()
    click(qtbot, dialog.ok_button)
    info = page.info
    assert info.kind is DialogueKind.REQUEST and info.stage is DialogueStage.REQUESTED
    assert len(info.supporters) == 3
    assert browser.clocks.reply.isVisibleTo(page)
    assert "rule D10, Decree 145/2020 Art 40.2" in browser.clocks.reply.text()
    assert "Requested,&nbsp;awaiting" in browser.strip.text()

    # The reply agrees the time and place: the dialogue is scheduled.
    prep = tab(page, PreparationTab)
    assert prep.request_box.isVisibleTo(page)
    prep.reply_on.setDate(QDate(2026, 4, 8))
    commit_text(prep.reply_text, "Công ty đồng ý đối thoại ngày 15/04/2026.")
    prep.reply_day.setDate(QDate(2026, 4, 15))
    commit_text(prep.reply_place, "Phòng họp số 2")
    click(qtbot, prep.reply_button)
    assert page.info.stage is DialogueStage.SCHEDULED
    assert "done on 08/04/2026, on time" in browser.clocks.reply.text()
    assert not prep.reply_button.isEnabled()


def test_an_employer_request_needs_the_legal_representative(qtbot, make_ctx, listed, boxes):
    page = show(qtbot, make_ctx(Role.HR_OFFICER))
    dialog = page.dialogues.record_request()
    dialog.employer_side.setChecked(True)
    assert not dialog.supporters.isVisibleTo(dialog) and dialog.approved.isVisibleTo(dialog)
    commit_text(dialog.title, "Đối thoại về kế hoạch sản xuất")
    commit_text(dialog.content, "Kế hoạch tăng ca quý III")
    dialog.received.setDate(QDate(2026, 4, 6))
    click(qtbot, dialog.ok_button)
    assert "approval of the legal representative" in boxes[-1][1]
    dialog.approved.setChecked(True)
    click(qtbot, dialog.ok_button)
    assert page.info.requested_by is Side.EMPLOYER


def test_an_incident_dialogue_names_its_article(qtbot, make_ctx, listed):
    page = show(qtbot, make_ctx(Role.HR_OFFICER))
    dialog = page.dialogues.new_dialogue(DialogueKind.INCIDENT)
    labels = [dialog.trigger.itemText(i) for i in range(dialog.trigger.count())]
    assert len(labels) == 7 and any("Labour Code 2019 Art 128.1" in t for t in labels)
    dialog.trigger.setCurrentIndex(dialog.trigger.findData(IncidentTrigger.REDUNDANCY.value))
    commit_text(dialog.title, "Cắt giảm lao động do thay đổi công nghệ")
    dialog.day.setDate(QDate(2026, 5, 4))
    click(qtbot, dialog.ok_button)
    info = page.info
    assert info.kind is DialogueKind.INCIDENT and info.trigger is IncidentTrigger.REDUNDANCY
    assert "Labour Code 2019 Art 42" in page.dialogues.title.text()
    assert not page.dialogues.clocks.agenda.isVisibleTo(page)  # D6 is for periodic ones
    assert "Requested" not in page.dialogues.strip.text()


def test_sham_minutes_are_warned_and_asked_before_signing(qtbot, make_ctx, listed,
                                                          monkeypatch, boxes):
    union = make_ctx(Role.UNION_OFFICER)
    service = DialogueService(union.db, union.actor)
    made = service.schedule(DialogueInput(DialogueKind.PERIODIC, "Đối thoại định kỳ",
                                          date(2026, 3, 12), "08:00", "Phòng họp"))
    current = DialogueListService(union.db, union.actor).current()
    present = tuple(m.id for m in current.side(Side.WORKER)[:8])
    service.record_attendance(made.id, AttendanceInput(date(2026, 3, 12), present, True))
    service.save_item(made.id, ItemInput("Tiền lương", "Đồng ý", "Đồng ý"))
    page = show(qtbot, union)
    minutes = tab(page, MinutesTab)
    assert minutes.warning.isVisibleTo(page)
    assert "nothing of substance" in minutes.warning.text()

    asked = []

    def refuse(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    minutes.end.setTime(QTime(10, 0))
    click(qtbot, minutes.finalize_button)
    assert asked and asked[0].startswith("Warning: the minutes record nothing of substance")
    assert page.info.stage is DialogueStage.HELD  # not signed: the user said no
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, minutes.finalize_button)
    assert page.info.stage is DialogueStage.SIGNED
    assert "signed on 12/03/2026" in minutes.record.text()
    day = page.tab_pages[1]
    assert not day.attendance.record_button.isEnabled()
    assert not day.items.save_button.isEnabled() and day.items.title.isReadOnly()
    prep = page.tab_pages[0]
    assert not prep.agendas[Side.EMPLOYER][3].isEnabled()
