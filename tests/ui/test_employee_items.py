"""The outcome of a supervision item at the shared PC: the HR officer answers an item the union
sent, the union publishes the outcome from the supervision page, and a new employee view lists
it and finds it typed without diacritics; an item not published is never listed, and the
addressee and a petition behind an item never show."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from qt_input import commit_text

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.services.supervision_models import ItemInput
from dcs_enterprise.ui.employee_view import EmployeeViewWindow
from dcs_enterprise.ui.pages.supervision_page import SupervisionPage

TODAY = QDate.currentDate().toPython()
ADDRESSEE = "Phòng Kỹ thuật - Cơ điện"
TITLE = "Lắp máy lọc nước uống tại Xưởng Đế"
ANSWER = "Công ty đã lắp 3 máy lọc nước và kiểm định nước uống định kỳ hằng quý."


def _window(qtbot, make_ctx) -> EmployeeViewWindow:
    window = EmployeeViewWindow(make_ctx(Role.EMPLOYEE_VIEW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _listed(window: EmployeeViewWindow) -> list[tuple[str, int]]:
    proxy = window.proxy
    return [window.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].key
            for r in range(proxy.rowCount())]


def _answered(make_ctx, title: str, answer: str, **changes) -> int:
    union, hr = make_ctx(Role.UNION_OFFICER), make_ctx(Role.HR_OFFICER)
    item_id = union.supervision_items.raise_item(ItemInput(
        changes.pop("source", Source.INSPECTION), Subject.OTHER, title, ADDRESSEE,
        TODAY - timedelta(days=6), "Bảo đảm đủ nước uống sạch cho người lao động.",
        **changes)).row.id
    union.supervision_items.step(item_id, Status.SENT, "", TODAY - timedelta(days=5))
    hr.supervision_items.step(item_id, Status.ANSWERED, answer, TODAY - timedelta(days=2))
    return item_id


def test_the_union_publishes_an_outcome_and_the_employee_view_finds_it(qtbot, make_ctx,
                                                                        boxes):
    item_id = _answered(make_ctx, TITLE, ANSWER)
    hidden = _answered(make_ctx, "Bồn rửa tay nhà ăn", "Sẽ thay vòi nước bồn rửa tay.")
    key = ("supervision_item", item_id)
    window = _window(qtbot, make_ctx)  # answered is not yet published
    assert key not in _listed(window)
    window.search.setText("may loc nuoc")
    assert key not in _listed(window)
    window.close()

    # The union publishes the outcome from the items tab of the supervision page.
    page = SupervisionPage(make_ctx(Role.UNION_OFFICER))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_item(item_id)
    items = page.items
    assert items.publish_button.isVisible()
    qtbot.mouseClick(items.publish_button, Qt.MouseButton.LeftButton)
    dialog = items.dialog
    assert dialog is not None and dialog.isVisible()
    commit_text(dialog.where, "Bảng tin Xưởng Đế")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not boxes, boxes
    assert items.detail_info.published_on == TODAY
    assert not items.publish_button.isVisible()

    # A new employee view lists it; typed without diacritics, the answer finds it.
    window = _window(qtbot, make_ctx)
    listed = _listed(window)
    assert key in listed and ("supervision_item", hidden) not in listed
    qtbot.keyClicks(window.search, "kiem dinh nuoc uong")  # words of the answer only
    listed = _listed(window)
    assert key in listed and ("supervision_item", hidden) not in listed
    row = listed.index(key)
    window.table.selectRow(row)
    assert window.proxy.data(window.proxy.index(row, 3)) == TITLE
    assert window.proxy.data(window.proxy.index(row, 1)) == "Supervision result"
    details = window.details.toPlainText()
    for text in (ANSWER, "Bảo đảm đủ nước uống sạch cho người lao động.", "Status: Answered.",
                 "answer of " + (TODAY - timedelta(days=2)).strftime("%d/%m/%Y"),
                 "Published on " + TODAY.strftime("%d/%m/%Y") + " at Bảng tin Xưởng Đế."):
        assert text in details, text
    assert ADDRESSEE not in details
    window.search.clear()
    qtbot.keyClicks(window.search, "thay voi nuoc")  # the unpublished answer
    assert ("supervision_item", hidden) not in _listed(window)


def test_an_item_from_a_petition_never_shows_the_petition(qtbot, make_ctx, boxes):
    union = make_ctx(Role.UNION_OFFICER)
    [option] = [o for o in union.supervision_items.link_options(Source.PETITION)
                if "Khẩu trang" in o.label]  # a demo petition, never published
    item_id = _answered(make_ctx, "Khẩu trang cho khu pha keo", "Đã cấp đủ khẩu trang.",
                        source=Source.PETITION, source_id=option.id)
    union.supervision_items.publish_outcome(item_id, TODAY, "Bảng tin")
    window = _window(qtbot, make_ctx)
    [record] = [r for r in window.model.rows if r.key == ("supervision_item", item_id)]
    assert "Raised from: Petition." in record.html
    assert option.label not in record.html and ADDRESSEE not in record.html
