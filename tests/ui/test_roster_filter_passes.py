"""The roster read as few times as it can be: a keystroke that narrows a small result reads
the roster once (its ids are the count), a broad filter counts and reads one page, opening the
page reads it once; and whatever way the model takes, it shows exactly what a fresh query of
the service gives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.employees import RosterQuery
from dcs_enterprise.ui.pages.people_page import PeoplePage
from dcs_enterprise.ui.pages.roster_model import FIRST_IDS, REFINED_IDS, RosterModel


class Recording:
    """The employee service, with a note of each roster read the model asks for."""

    def __init__(self, service) -> None:
        self.service = service
        self.reads: list[tuple[str, int | None]] = []

    def count(self, query):
        self.reads.append(("count", None))
        return self.service.count(query)

    def first_ids(self, query, limit):
        self.reads.append(("first_ids", limit))
        return self.service.first_ids(query, limit)

    def page(self, query, offset, limit):
        self.reads.append(("page", offset))
        return self.service.page(query, offset, limit)

    def rows(self, ids):
        return self.service.rows(ids)


@pytest.fixture
def big_ctx(tmp_path, monkeypatch):
    """An HR officer's context on a roster larger than one page of the model."""
    from dcs_enterprise.paths import app_paths
    from dcs_enterprise.services.accounts import sign_in
    from dcs_enterprise.services.maintenance import open_file
    from dcs_enterprise.ui.context import UiContext

    monkeypatch.setenv("DCS_ENTERPRISE_HOME", str(tmp_path / "big"))
    db = open_file(tmp_path / "big.sqlite")
    create_demo(db, employees=3 * FIRST_IDS, conferences=False)
    yield UiContext(db, sign_in(db, "nhansu", "demo-nhansu"), app_paths())
    db.close()


def shown(model: RosterModel) -> list[int]:
    return [model.item(row).id for row in range(model.rowCount())]


def expected(service, query: RosterQuery) -> list[int]:
    return [row.id for row in service.page(query, 0, 10_000)]


def test_typing_on_shows_what_a_fresh_query_gives(big_ctx):
    service = big_ctx.employees
    model = RosterModel(Recording(service))
    model.set_query(RosterQuery())
    assert model.rowCount() == service.count(RosterQuery()) > FIRST_IDS
    typed = "nguyen thi "
    for end in range(1, len(typed) + 1):
        query = replace(model.query, text=typed[:end])
        model.set_query(query)
        assert shown(model) == expected(service, query)
    # backwards too (a broader filter is not a narrowing) and across pages of the model
    for text in ("nguyen", "", "pl0001"):
        model.set_query(replace(model.query, text=text))
        assert shown(model) == expected(service, model.query)


def test_a_narrower_filter_reads_the_roster_once(big_ctx):
    recording = Recording(big_ctx.employees)
    model = RosterModel(recording)
    model.set_query(RosterQuery(text="nguyen"))
    few = model.rowCount()
    assert 0 < few <= REFINED_IDS
    recording.reads.clear()
    model.set_query(RosterQuery(text="nguyen t"))  # typing on: a subset of `few` ids
    assert recording.reads == [("first_ids", None)]  # its ids were its count
    assert model.rowCount() == big_ctx.employees.count(model.query)


def test_a_broad_filter_counts_and_reads_one_page(big_ctx):
    recording = Recording(big_ctx.employees)
    model = RosterModel(recording)
    model.set_query(RosterQuery(include_left=True))
    assert recording.reads == [("first_ids", FIRST_IDS), ("count", None)]
    assert model.rowCount() == big_ctx.employees.count(model.query) > FIRST_IDS
    last = model.item(model.rowCount() - 1)  # beyond the ids read first: a page query
    assert last.id == expected(big_ctx.employees, model.query)[-1]
    assert recording.reads[-1][0] == "page"


def test_opening_the_people_page_reads_the_roster_once(qtbot, make_ctx):
    ctx = make_ctx(Role.HR_OFFICER)
    recording = Recording(ctx.employees)
    ctx.__dict__["employees"] = recording  # what the page is given
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert [kind for kind, _limit in recording.reads if kind != "page"] == ["first_ids"]
    assert page.model.rowCount() == ctx.employees.count(page.model.query)
