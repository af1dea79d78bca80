"""The issue's flow: a worker files an anonymous petition at the shared PC, the union officer
routes it, the HR officer answers, the union publishes the answer, and the worker, at a new
employee view, finds it by typing without diacritics; the details show the answer and never a
name. A petition not published is never listed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import QLabel
from qt_input import commit_text

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.supervision_models import PetitionInput
from dcs_enterprise.ui.employee_view import EmployeeViewWindow
from dcs_enterprise.ui.pages.supervision_page import SupervisionPage

TODAY = QDate.currentDate().toPython()
NAME, TEAM = "Nguyễn Thị Lan", "Tổ may 3"
CONTENT = "Suất ăn ca đêm quá ít, đề nghị tăng thêm cơm và canh cho công nhân ca 3."
ANSWER = "Từ ngày 01 tháng sau, suất ăn ca đêm tăng lên 30.000 đồng và có thêm canh."


def _window(qtbot, make_ctx) -> EmployeeViewWindow:
    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _petition_tab(qtbot, make_ctx, role: Role, petition_id: int):
    page = SupervisionPage(make_ctx(role))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_petition(petition_id)
    return page.petitions


def _click(qtbot, register, key: str):
    button = register.buttons[key]
    assert button.isVisible(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert register.dialog is not None and register.dialog.isVisible()
    return register.dialog


def _listed(window: EmployeeViewWindow) -> list[tuple[str, int]]:
    """The keys of the records listed: (kind, record id)."""
    proxy = window.proxy
    return [window.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].key
            for r in range(proxy.rowCount())]


def _record(window: EmployeeViewWindow, key: tuple[str, int]):
    return next(row for row in window.model.rows if row.key == key)


def _everything_shown(window: EmployeeViewWindow) -> str:
    """Every text the window holds: labels, every row's cells and every row's details."""
    texts = [label.text() for label in window.findChildren(QLabel)]
    for model in window.findChildren(QAbstractItemModel):
        texts += [str(model.data(model.index(r, c))) for r in range(model.rowCount())
                  for c in range(model.columnCount())]
    texts += [row.html for row in window.model.rows]
    return "\n".join(texts)


def test_a_worker_files_anonymously_and_finds_the_published_answer(qtbot, make_ctx, boxes):
    # 1. At the shared PC: the worker gives a name, then files anonymously: the name is kept
    # for the union officers alone (rule S3).
    window = _window(qtbot, make_ctx)
    assert window.petition_action.isVisible()
    window.petition_action.trigger()
    dialog = window.dialog
    assert dialog.isVisible()
    commit_text(dialog.content, CONTENT)
    dialog.category.setCurrentIndex(dialog.category.findData(Category.WELFARE.value))
    commit_text(dialog.subject, "Suất ăn ca đêm")
    commit_text(dialog.name, NAME)
    commit_text(dialog.team, TEAM)
    assert "only by the union officers and the employer's officers" in dialog.privacy.text()
    dialog.anonymous.setChecked(True)
    assert dialog.name.text() == NAME and dialog.name.isEnabled()
    assert "Only the union officers may know" in dialog.privacy.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [(kind, receipt)] = boxes
    petition_id = window.receipt.id
    assert kind == "information"
    assert f"as number {petition_id}" in receipt
    assert window.receipt.due_on.strftime("%d/%m/%Y") in receipt
    assert window.receipt.due_on > TODAY

    # Not answered, not published: not listed, not found.
    window.search.setText("an ca")
    assert ("petition", petition_id) not in _listed(window)
    window.search.clear()
    assert ("petition", petition_id) not in _listed(window)
    window.close()

    # 2-4. On the supervision page: the union officer sends it to the employer, the HR officer
    # answers, the union publishes the answer.
    hr_register = _petition_tab(qtbot, make_ctx, Role.HR_OFFICER, petition_id)
    [row] = [r for r in hr_register.model.rows if r.id == petition_id]
    assert row.anonymous and row.identity_hidden and row.petitioner == ""
    assert row.channel is Channel.EMPLOYEE_VIEW
    union_register = _petition_tab(qtbot, make_ctx, Role.UNION_OFFICER, petition_id)
    [union_row] = [r for r in union_register.model.rows if r.id == petition_id]
    assert NAME in union_row.petitioner and not union_row.identity_hidden
    route = _click(qtbot, union_register, "route")
    commit_text(route.addressee, "Phòng Hành chính - Nhân sự")
    qtbot.mouseClick(route.ok_button, Qt.MouseButton.LeftButton)
    assert not route.isVisible() and boxes == [("information", receipt)]

    hr_register.show_petition(petition_id)
    answer = _click(qtbot, hr_register, "answer")
    commit_text(answer.text, ANSWER)
    qtbot.mouseClick(answer.ok_button, Qt.MouseButton.LeftButton)
    assert not answer.isVisible() and len(boxes) == 1
    window = _window(qtbot, make_ctx)  # answered is not yet published
    window.search.setText("an ca dem")
    assert ("petition", petition_id) not in _listed(window)
    window.close()

    union_register.show_petition(petition_id)
    publish = _click(qtbot, union_register, "publish")
    commit_text(publish.where, "Bảng tin nhà ăn")
    qtbot.mouseClick(publish.ok_button, Qt.MouseButton.LeftButton)
    assert not publish.isVisible() and len(boxes) == 1

    # 5. A new employee view: typed without diacritics, the answer is found.
    window = _window(qtbot, make_ctx)
    qtbot.keyClicks(window.search, "an ca dem")
    listed = _listed(window)  # the agreement and other petitions speak of night meals too
    # The records holding the words one after the other ("ăn ca đêm") are listed first.
    apart = [" an ca dem " not in _record(window, key).text for key in listed]
    assert apart == sorted(apart) and not apart[0]
    assert ("petition", petition_id) in listed
    window.table.selectRow(listed.index(("petition", petition_id)))
    title = window.proxy.data(window.proxy.index(listed.index(("petition", petition_id)), 3))
    assert title == "Suất ăn ca đêm"
    details = window.details.toPlainText()
    for text in (ANSWER, CONTENT, f"Petition no. {petition_id}.", "Meals, transport and welfare",
                 "Published on " + TODAY.strftime("%d/%m/%Y") + " at Bảng tin nhà ăn."):
        assert text in details, text
    window.search.clear()
    qtbot.keyClicks(window.search, "dong va co them ca")  # words of the answer only
    assert ("petition", petition_id) in _listed(window)
    shown = _everything_shown(window)
    assert NAME not in shown and TEAM not in shown

    # Who filed it is written nowhere, not even in the audit trail.
    events = make_ctx(Role.ADMIN).audit.page(AuditFilter(action="file_petition"), 0, 10)
    assert events and not any(NAME in str(e) or TEAM in str(e) for e in events)


def test_a_named_petition_never_shows_its_name_and_an_unpublished_one_never_shows(
        qtbot, make_ctx, boxes):
    kiosk, union, hr = (make_ctx(r) for r in (Role.EMPLOYEE_VIEW, Role.UNION_OFFICER,
                                              Role.HR_OFFICER))
    named = kiosk.petitions.file(PetitionInput(
        "Đề nghị lắp thêm quạt ở xưởng may.", Category.SAFETY, Channel.EMPLOYEE_VIEW,
        TODAY - timedelta(days=5), subject="Quạt xưởng may", raised_by="Trần Văn Bình (Tổ cắt)"))
    hidden = kiosk.petitions.file(PetitionInput(
        "Đề nghị xem lại cách tính tiền làm thêm giờ.", Category.WORKING_TIME,
        Channel.EMPLOYEE_VIEW, TODAY - timedelta(days=5), subject="Tiền làm thêm giờ",
        anonymous=True))
    for petition in (named, hidden):
        union.petitions.route(petition.id, "Phòng Hành chính - Nhân sự", TODAY - timedelta(days=4))
        hr.petitions.answer(petition.id, "Đã lắp thêm 10 quạt; cách tính đúng quy định.",
                            TODAY - timedelta(days=2))
    union.petitions.publish_answer(named.id, TODAY, "Bảng tin xưởng may")

    window = _window(qtbot, make_ctx)
    listed = _listed(window)
    assert ("petition", named.id) in listed and ("petition", hidden.id) not in listed
    window.search.setText("xem lai cach tinh")
    assert ("petition", hidden.id) not in _listed(window)
    window.search.setText("quat xuong")
    assert ("petition", named.id) in _listed(window)
    shown = _everything_shown(window)
    assert "Trần Văn Bình" not in shown and "Tổ cắt" not in shown
    assert "Đề nghị xem lại cách tính tiền làm thêm giờ" not in shown


def test_a_petition_needs_its_text_and_a_name_unless_anonymous(qtbot, make_ctx, boxes):
    window = _window(qtbot, make_ctx)
    dialog = window.file_petition()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and boxes[-1][1] == "Write your petition first."
    commit_text(dialog.content, "Đề nghị sửa máy lạnh phòng nghỉ.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert boxes[-1][1] == ("Write your name or your team, or file the petition anonymously.")
    commit_text(dialog.team, "Tổ hoàn thiện")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert boxes[-1][0] == "information" and window.receipt is not None
    [row] = [r for r in make_ctx(Role.UNION_OFFICER).petitions.register(TODAY)
             if r.id == window.receipt.id]
    assert row.petitioner == "Tổ hoàn thiện" and not row.anonymous
