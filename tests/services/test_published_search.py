"""The employee view's full-text search (SQLite FTS5): typed without diacritics it finds
"Đức" and "ăn ca", each word a prefix, all of them required; nothing unpublished is ever found;
an emptied index is rebuilt; every publish point indexes what it publishes."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from petition_flow import Desk, desk, petition, published

from dcs_enterprise.domain.conference_plan import OfficerRole
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.services.conference_day import ConferenceDayService
from dcs_enterprise.services.conference_delegates import DelegateService
from dcs_enterprise.services.conference_models import ArticleInput, PlanInput, PublicationInput
from dcs_enterprise.services.conferences import ConferenceService
from dcs_enterprise.services.publication_register import PublicationRegisterService
from dcs_enterprise.services.published_search import PublishedSearchService, match_query
from dcs_enterprise.services.resolutions import ResolutionService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_models import EntryInput


@pytest.fixture
def d(initialized, make_actor) -> Desk:
    return desk(initialized, make_actor)


def _search(d: Desk, text: str) -> set[tuple[str, int]]:
    return PublishedSearchService(d.db, EMPLOYEE_VIEW).search(text)


def _entry(title: str, summary: str, published_from: date | None) -> EntryInput:
    return EntryInput(PublishedMatter.FUNDS, title, PublicationForm.NOTICE_BOARD, "Bảng tin",
                      summary, decided_on=date(2027, 3, 1), published_from=published_from)


def _records(d: Desk) -> dict[str, int]:
    duc = d.petitions().record(petition("Đức ở tổ hoàn thiện đề nghị sửa quạt.",
                                        subject="Quạt tổ hoàn thiện")).row.id
    meal = d.petitions().record(petition("Đề nghị tăng tiền ăn ca.", subject="Tiền ăn ca")).row.id
    hidden = d.petitions().record(petition("Đức đề nghị tăng tiền ăn ca bí mật.")).row.id
    for pid in (duc, meal):
        published(d, pid, "Công ty đồng ý.")
    register = PublicationRegisterService(d.db, d.hr)
    fund = register.add(_entry("Quỹ phúc lợi", "Chi tiền ăn ca ngày lễ.", date(2027, 3, 5)))
    planned = register.add(_entry("Kế hoạch phúc lợi", "Ăn ca tháng sau; Đức phụ trách.", None))
    return {"duc": duc, "meal": meal, "hidden": hidden, "fund": fund.row.id,
            "planned": planned.row.id}


def test_typed_without_diacritics_it_finds_the_records(d):
    ids = _records(d)
    duc, meal, fund = ("petition", ids["duc"]), ("petition", ids["meal"]), (
        "publication", ids["fund"])
    assert _search(d, "duc") == {duc}
    assert _search(d, "Đức") == {duc}
    assert _search(d, "DUC") == {duc}
    assert _search(d, "an ca") == {meal, fund}
    assert _search(d, "ăn ca") == {meal, fund}
    assert _search(d, "tien an ca") == {meal, fund}
    assert _search(d, "tien a") >= {meal, fund}  # the last word is a prefix
    assert _search(d, "ca an") == set()  # the words in the order typed
    assert _search(d, "quat") == {duc}
    assert _search(d, "an ca quat") == set()  # every word is required
    assert _search(d, "") == _search(d, "  ") == {duc, meal, fund}  # nothing typed: all


def test_nothing_unpublished_is_ever_found(d):
    ids = _records(d)
    found = _search(d, "") | _search(d, "duc") | _search(d, "an ca") | _search(d, "bi mat")
    assert ("petition", ids["hidden"]) not in found
    assert ("publication", ids["planned"]) not in found
    assert _search(d, "bi mat") == set() and _search(d, "ke hoach") == set()
    # an entry taken back from publication leaves the index
    PublicationRegisterService(d.db, d.hr).update(ids["fund"], _entry("Quỹ phúc lợi", "Chi tiền "
                                                                      "ăn ca ngày lễ.", None))
    assert ("publication", ids["fund"]) not in _search(d, "an ca")


def test_quotes_and_punctuation_do_not_break_the_query(d):
    ids = _records(d)
    assert match_query('ăn "ca') == '"an ""ca"*'
    assert match_query(" - ") is None
    assert _search(d, 'an "ca') == _search(d, "an ca")  # the quote is no part of a word
    assert _search(d, ' - ') == _search(d, "")
    assert ("petition", ids["meal"]) in _search(d, "an ca.")


def test_an_emptied_index_is_rebuilt(d):
    ids = _records(d)
    expected = _search(d, "an ca")
    connection = sqlite3.connect(d.db.path)
    with connection:
        connection.execute("DELETE FROM published_fts")
    connection.close()
    assert _search(d, "an ca") == expected == {("petition", ids["meal"]),
                                               ("publication", ids["fund"])}
    assert _search(d, "duc") == {("petition", ids["duc"])}


def test_every_role_may_search(d):
    _records(d)
    for role in Role:
        assert PublishedSearchService(d.db, d.actor(role)).search("duc")


# The publish points of the other workflows ---------------------------------------------------


def test_a_published_resolution_and_its_correction_are_indexed(d):
    cid = _adopted_conference(d)
    resolution = ResolutionService(d.db, d.hr)
    assert _search(d, "an ca") == set()
    resolution.publish(cid, PublicationInput("notice_board", "Bảng tin nhà ăn",
                                             date(2027, 3, 15)))
    [shown] = resolution.published()
    assert shown.conference_id == cid
    assert _search(d, "tien an ca") == {("resolution", cid)}
    draft = resolution.start_correction(cid)
    resolution.save_articles(cid, [ArticleInput(a.title, "Thêm suất ăn cho ca đêm Đức Hòa.",
                                                a.owner, a.due) for a in draft])
    resolution.issue_correction(cid, "Bổ sung ca đêm", date(2027, 3, 20))
    assert _search(d, "duc hoa") == {("resolution", cid)}


def _adopted_conference(d: Desk) -> int:
    """A full conference of the two workers, adopted (as tests/services/test_permissions.py)."""
    plan, day = ConferenceService(d.db, d.hr), ConferenceDayService(d.db, d.hr)
    cid = plan.create(2027, PlanInput(held_on=date(2027, 3, 12))).id
    plan.approve_plan(cid, for_union=False, day=date(2027, 1, 5))
    ConferenceService(d.db, d.union).approve_plan(cid, for_union=True, day=date(2027, 1, 5))
    plan.advance(cid)
    ResolutionService(d.db, d.hr).save_articles(cid, [ArticleInput(
        "Tăng tiền ăn ca", "Thêm 2.000 đồng mỗi suất.", owner="Phòng Nhân sự",
        due=date(2027, 6, 1))])
    plan.advance(cid)
    DelegateService(d.db, d.hr).mark_invitations_sent(cid, date(2027, 3, 1))
    plan.advance(cid)
    day.open(cid, datetime(2027, 3, 12, 7, 30))
    for delegate in DelegateService(d.db, d.hr).delegates(cid):
        day.check_in(cid, delegate.id, datetime(2027, 3, 12, 7, 30))
    day.set_officers(cid, OfficerRole.PRESIDIUM, [("Nguyễn Văn An", "Giám đốc")])
    day.set_officers(cid, OfficerRole.SECRETARY, [("Trần Thị Bình", "")])
    day.save_item(plan.agenda(cid)[0].id, "Điểm danh đủ.", True)
    day.record_vote(cid, "Nghị quyết", 2, 0, 0, adopts_resolution=True)
    ResolutionService(d.db, d.hr).finalize(cid, datetime(2027, 3, 12, 11, 0))
    return cid


def test_a_published_dialogue_notice_is_indexed(initialized, make_actor, tmp_path):
    import dialogue_flow as flow

    from dcs_enterprise.services.dialogue_models import NoticeInput

    db, admin = initialized
    p = flow.parties(db, admin, make_actor, tmp_path)
    members = flow.full_list(p)
    did = flow.scheduled(p)
    flow.signed(p, did, members)
    search = PublishedSearchService(db, EMPLOYEE_VIEW)
    assert search.search("phu cap") == set()
    p.dialogues(p.hr).publish_notice(did, NoticeInput(
        "Tăng phụ cấp độc hại từ tháng 4.", PublicationForm.NOTICE_BOARD, "Bảng tin nhà ăn",
        date(2027, 3, 15)))
    [notice] = p.dialogues(EMPLOYEE_VIEW).published_notices()
    assert search.search("phu cap doc hai") == {("dialogue_notice", did)} == {
        ("dialogue_notice", notice.dialogue_id)}


def test_published_bargaining_minutes_and_the_announced_agreement_are_indexed(initialized,
                                                                              make_actor):
    import bargaining_flow as flow

    db, admin = initialized
    flow.hire_workers(db, admin)
    p = flow.Parties(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))
    round_id, agreement_id = flow.signed(p)
    search = PublishedSearchService(db, EMPLOYEE_VIEW)
    assert search.search("tien an giua ca") == set()
    first = p.bargaining().get(round_id).sessions[0]
    p.bargaining().publish_session(first.id, "notice_board", "Bảng tin nhà ăn", date(2027, 1, 26))
    [minutes] = p.agreements(EMPLOYEE_VIEW).published_sessions()
    assert search.search("muc tien an giua ca") == {("bargaining_session", first.id)} == {
        ("bargaining_session", minutes.session_id)}
    p.agreements(p.hr).announce(agreement_id, date(2027, 2, 8), "notice_board", "Bảng tin")
    assert search.search("35.000 dong") == {("agreement", agreement_id)}
    assert p.agreements(EMPLOYEE_VIEW).published(date(2027, 3, 2)).id == agreement_id


def test_records_published_before_the_index_are_found_after_a_later_publication(d):
    """An upgraded file: the index starts empty, and a publication made before the first
    search must not pass for a complete index."""
    ids = _records(d)
    connection = sqlite3.connect(d.db.path)
    with connection:
        connection.execute("DELETE FROM published_fts")
        connection.execute("INSERT INTO published_fts (kind, record_id, body) "
                           "VALUES ('petition', ?, 'duc')", (ids["duc"],))
    connection.close()
    assert _search(d, "an ca") == {("petition", ids["meal"]), ("publication", ids["fund"])}
