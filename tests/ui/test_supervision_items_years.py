"""The supervision items' register by year, as the petitions' is: this year first (ten years of
a factory's items are too many to read at once), every year on request, "overdue only" across
every year, and an item of another year shown with its year chosen; and a petition's timeline in
the order its steps happened."""

from __future__ import annotations

from datetime import date, timedelta

from supervision_ui import page_for, ui_db

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.supervision_items import ItemService
from dcs_enterprise.services.supervision_models import ItemInput, PetitionInput
from dcs_enterprise.ui.pages.supervision_text import today

__all__ = ["page_for", "ui_db"]  # the shared fixtures


def _item(service: ItemService, title: str, raised_on: date) -> int:
    return service.raise_item(ItemInput(Source.INSPECTION, Subject.OTHER, title, "Giám đốc",
                                        raised_on)).row.id


def _ids(tab) -> set[int]:
    return {r.id for r in tab.model.rows}


def test_items_by_year_this_year_first_overdue_across_years(page_for, make_ctx):
    ctx = make_ctx(Role.UNION_OFFICER)
    union, hr = ItemService(ctx.db, ctx.actor), make_ctx(Role.HR_OFFICER).supervision_items
    this_year = today().year
    late_old = _item(union, "Lối thoát hiểm bị chắn", date(this_year - 1, 6, 1))  # overdue
    answered_old = _item(union, "Thiếu nước uống", date(this_year - 1, 6, 2))
    union.step(answered_old, Status.SENT, "", date(this_year - 1, 6, 3))
    hr.step(answered_old, Status.ANSWERED, "Đã lắp máy lọc nước.", date(this_year - 1, 6, 4))
    older = _item(union, "Quỹ phúc lợi", date(this_year - 3, 2, 1))
    new = _item(union, "Ghế ngồi xưởng may", today())
    assert union.years()[:1] == [this_year] and {this_year - 1, this_year - 3} <= set(
        union.years())

    items = page_for(Role.UNION_OFFICER).show_items()
    assert items.chosen_year() == this_year  # this year first
    assert items.year.itemText(0) == "All years"
    assert new in _ids(items) and not _ids(items) & {late_old, answered_old, older}
    assert {r.raised_on.year for r in items.model.rows} == {this_year}

    items.year.setCurrentIndex(0)  # all years
    assert {late_old, answered_old, older, new} <= _ids(items)
    items.year.setCurrentIndex(items.year.findData(this_year - 1))
    assert _ids(items) == {late_old, answered_old}

    # "Overdue only" looks at every year: last year's unanswered item does not hide.
    items.year.setCurrentIndex(items.year.findData(this_year))
    items.overdue.setChecked(True)
    assert not items.year.isEnabled() and items.chosen_year() == this_year
    assert late_old in _ids(items) and all(r.overdue for r in items.model.rows)
    assert not _ids(items) & {answered_old, new}
    items.overdue.setChecked(False)
    assert items.year.isEnabled() and late_old not in _ids(items) and new in _ids(items)

    # An item of another year is shown with its year chosen, the other filters cleared.
    items.status.setCurrentIndex(items.status.findData(Status.SENT.value))
    items.show_item(older)
    assert items.chosen_year() == this_year - 3 and items.status.currentIndex() == 0
    assert items.current_id() == older and "Quỹ phúc lợi" in items.detail.toPlainText()
    items.overdue.setChecked(True)
    items.show_item(answered_old)  # not overdue: the checkbox is cleared to show it
    assert not items.overdue.isChecked() and items.chosen_year() == this_year - 1
    assert items.current_id() == answered_old


def test_a_petition_timeline_in_the_order_it_happened(page_for, make_ctx):
    ctx = make_ctx(Role.UNION_OFFICER)
    union, hr = PetitionService(ctx.db, ctx.actor), make_ctx(Role.HR_OFFICER).petitions
    day = date(today().year - 1, 3, 2)
    pid = union.record(PetitionInput("Nhà vệ sinh", Category.OTHER, Channel.DIRECT, day,
                                     "Sửa nhà vệ sinh xưởng 2", False, "Tổ 4")).row.id
    union.route(pid, "Giám đốc", day + timedelta(days=1))
    hr.answer(pid, "Sẽ sửa trong tháng.", day + timedelta(days=2))
    union.publish_answer(pid, day + timedelta(days=3), "Bảng tin")  # before it was resolved
    union.close(pid, Status.RESOLVED, "Đã sửa xong.", day + timedelta(days=9))
    petitions = page_for(Role.UNION_OFFICER).show_petitions()
    petitions.show_petition(pid)
    text = petitions.detail.toPlainText()
    timeline = text[text.rindex("Timeline"):]
    order = ["Received", "Sent to Giám đốc", "The employer side replied",
             "The answer was published", "Resolved"]
    places = [timeline.find(step) for step in order]
    assert -1 not in places and places == sorted(places), (places, timeline)
