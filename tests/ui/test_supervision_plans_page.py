"""The supervision plans tab and the page in the main window: a plan made in its dialog shows
rule S2 (the latest notice day, with its rule and article, judged where the regime binds it),
the notice and the findings recorded, an item raised from the findings linked to its plan, and
the Print menu offering the plan, the findings report and the petition register."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from qt_input import commit_text
from test_document_preview import text_of, wait_rendered

from dcs_enterprise.domain.enums import Regime, Role
from dcs_enterprise.domain.supervision import Source, Subject
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.ui.date_edit import qdate
from dcs_enterprise.ui.main_window import MainWindow
from dcs_enterprise.ui.pages.supervision_page import SupervisionPage
from dcs_enterprise.ui.pages.supervision_text import today


def click(button: QPushButton) -> None:
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.objectName()
    button.click()


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path))
    db = open_file(tmp_path / "p.sqlite")
    create_demo(db, employees=60, conferences=False)
    yield db
    db.close()


def regime(make_ctx, value: Regime) -> None:
    admin = make_ctx(Role.ADMIN)
    service = EnterpriseService(admin.db, admin.actor)
    service.update_settings(replace(service.get().settings, regime=value))


def new_plan(qtbot, page: SupervisionPage, starts_in: int):
    plans = page.show_plans()
    click(plans.new_button)
    dialog = plans.dialog
    dialog.subject.setCurrentIndex(dialog.subject.findData(Subject.CONTRIBUTIONS.value))
    commit_text(dialog.title, "Giám sát đóng bảo hiểm xã hội")
    commit_text(dialog.members, "Lê Văn Thắng - Trưởng đoàn\nĐỗ Thị Mai - Thành viên")
    start = today() + timedelta(days=starts_in)
    dialog.starts_on.setDate(qdate(start))
    dialog.ends_on.setDate(qdate(start + timedelta(days=3)))
    click(dialog.ok_button)
    return plans


def test_a_plan_shows_rule_s2_where_it_binds(qtbot, make_ctx, boxes):
    regime(make_ctx, Regime.SOE)
    page = SupervisionPage(make_ctx(Role.UNION_OFFICER))
    qtbot.addWidget(page)
    page.show()
    plans = new_plan(qtbot, page, 30)
    assert not boxes, boxes
    info = plans.detail_info
    text = plans.detail.toPlainText()
    due = info.notice_due_on.strftime("%d/%m/%Y")
    assert f"Not yet notified; notify the management by {due}." in text
    assert "rule S2, Decree 59/2023 Art 26.1.b" in text
    assert "working days" in text  # how the latest day is counted
    assert "Giám sát đóng bảo hiểm xã hội" in plans.model.display(plans.model.rows[0], 0)

    # A notice is never dated ahead of today: it records what was done.
    click(plans.notice_button)
    plans.dialog.on.setDate(qdate(today() + timedelta(days=1)))
    click(plans.dialog.ok_button)
    assert plans.dialog.isVisible() and "is after today" in boxes.pop()[1]
    plans.dialog.reject()
    assert plans.detail_info.row.notice_sent_on is None

    # A notice after the latest day is recorded all the same, and shown as late: a plan two
    # days ahead, whose latest notice day (5 working days before) has passed.
    plans = new_plan(qtbot, page, 2)
    assert plans.detail_info.notice_due_on < today()
    click(plans.notice_button)
    plans.dialog.on.setDate(qdate(today()))
    click(plans.dialog.ok_button)
    assert not boxes, boxes
    assert not plans.detail_info.notice_ok
    assert f"Notified on {today():%d/%m/%Y}" in plans.detail.toPlainText()
    assert plans.notice_button.text() == "Change the notice date…"
    assert plans.findChild(QPushButton, "raiseFromFindings").isHidden()


def test_where_s2_does_not_bind_the_page_says_so(qtbot, make_ctx):
    regime(make_ctx, Regime.NON_STATE)
    page = SupervisionPage(make_ctx(Role.UNION_OFFICER))
    qtbot.addWidget(page)
    page.show()
    plans = new_plan(qtbot, page, 20)
    assert plans.detail_info.notice_check is None
    assert "Rule S2 does not bind this enterprise" in plans.detail.toPlainText()


def test_findings_become_items_linked_to_their_plan(qtbot, make_ctx, boxes, tmp_path):
    page = SupervisionPage(make_ctx(Role.UNION_OFFICER))
    qtbot.addWidget(page)
    page.show()
    plans = new_plan(qtbot, page, -10)
    plan_id = plans.current_id()
    click(plans.findings_button)
    findings = plans.dialog
    click(findings.ok_button)  # no findings written: refused, the dialog stays
    assert boxes.pop()[1] == "Write the findings." and findings.isVisible()
    commit_text(findings.text, "Ba người lao động chưa được đóng bảo hiểm xã hội.")
    click(findings.ok_button)
    assert plans.detail_info.row.findings_on == today()
    hidden = {b.objectName() for b in plans.plan_buttons() if b.isHidden()}
    assert hidden == {"editPlan", "recordNotice", "recordFindings"}  # final now

    click(plans.raise_button)
    items = page.items
    assert page.tabs.currentWidget() is items
    dialog = items.dialog
    assert dialog.source.currentData() == Source.SUPERVISION.value
    assert dialog.link.currentData() == plan_id
    assert dialog.subject.currentData() == Subject.CONTRIBUTIONS.value
    commit_text(dialog.title, "Đóng bảo hiểm cho ba người lao động")
    commit_text(dialog.addressee, "Phòng Hành chính - Nhân sự")
    click(dialog.ok_button)
    assert not boxes, boxes
    row = items.current_row()
    assert row.plan_id == plan_id and row.source is Source.SUPERVISION
    assert "Giám sát đóng bảo hiểm xã hội" in items.detail.toPlainText()
    page.show_plan(plan_id)
    assert f"Item no. {row.id}" in plans.detail.toPlainText()
    assert plans.model.display(plans.model.rows[0], 4) == "1 open of 1"

    # The Print menu: the plan, its findings report and this year's petition register.
    page.print_menu.rebuild()
    labels = [a.text() for a in page.print_menu.menu_.actions()]
    assert labels == ["Supervision plan", "Findings report",
                      f"Petition register {today().year} (the union's copy, with the anonymous "
                      "petitioners' names)",
                      f"Annual report on grassroots democracy {today().year}"]
    [action] = [a for a in page.print_menu.menu_.actions() if a.text() == "Findings report"]
    action.trigger()
    preview = page.print_menu.last_preview
    wait_rendered(qtbot, preview)
    assert "Đóng bảo hiểm cho ba người lao động" in text_of(preview.pdf_bytes, tmp_path)
    preview.close()


def test_officers_find_the_page_in_the_sidebar(qtbot, make_ctx):
    for role in (Role.UNION_OFFICER, Role.HR_OFFICER, Role.ADMIN):
        window = MainWindow(make_ctx(role), "Công ty Thử nghiệm")
        qtbot.addWidget(window)
        assert "supervision" in window.area_keys()
        page = window.show_area("supervision")
        assert isinstance(page, SupervisionPage)
        union = role is Role.UNION_OFFICER
        assert page.plans.new_button.isHidden() is not union
        assert page.items.raise_button.isHidden() is not union
        assert not page.petitions.record_button.isHidden()
