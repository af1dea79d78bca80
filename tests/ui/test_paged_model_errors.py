"""A page the database cannot give (a damaged page of the file) is said once, not at every
paint: a view repaints constantly, and each paint would raise another message box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dcs_enterprise.domain.errors import DatabaseDamaged
from dcs_enterprise.ui.paged_model import PAGE_SIZE, PagedTableModel


class Rows(PagedTableModel):
    def headers(self) -> list[str]:
        return ["n"]

    def cell(self, item: object, column: int, role: int) -> object:
        return item


def test_a_failing_page_is_reported_once_and_read_again_only_after_a_reload(qapp):
    asked: list[int] = []
    broken = {"yes": True}

    def page(offset: int, limit: int) -> list[int]:
        asked.append(offset)
        if broken["yes"] and offset == PAGE_SIZE:
            raise DatabaseDamaged(path="x.sqlite", detail="database disk image is malformed")
        return list(range(offset, offset + limit))

    model = Rows(lambda: 3 * PAGE_SIZE, page)
    model.reload()
    second = model.index(PAGE_SIZE + 5, 0)
    with pytest.raises(DatabaseDamaged):
        model.data(second, Qt.ItemDataRole.DisplayRole)
    assert model.data(second, Qt.ItemDataRole.DisplayRole) is None  # not asked again
    assert model.data(model.index(3, 0), Qt.ItemDataRole.DisplayRole) == 3
    assert asked == [PAGE_SIZE, 0]

    broken["yes"] = False
    model.reload()  # the user restored or refreshed: the page is read again
    assert model.data(second, Qt.ItemDataRole.DisplayRole) == PAGE_SIZE + 5
