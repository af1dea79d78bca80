"""The outcomes of supervision items in the employee view: only those the union published are
listed (the latest first, with nothing of a petitioner nor the addressee), every role may read
them, and the search finds an item's answer typed without diacritics, never an unpublished
one."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from supervision_flow import add_petition, recommendation, sides

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.supervision import Source, Status, Subject
from dcs_enterprise.services import search_index
from dcs_enterprise.services.published_search import PublishedSearchService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_items import ItemService

ANSWER = "Công ty đồng ý hoàn trả quỹ phúc lợi trước ngày 30."
SECRET = "Phòng Tài chính giữ nguyên mức chi bí mật."


@pytest.fixture
def s(initialized, make_actor):
    return sides(initialized, make_actor)


def _answered(s, answer: str, *, on: date = date(2027, 3, 5), **changes) -> int:
    union = s.items()
    item_id = union.raise_item(recommendation(**changes)).row.id
    union.step(item_id, Status.SENT, "", date(2027, 3, 2))
    s.items(s.hr).step(item_id, Status.ANSWERED, answer, on)
    return item_id


def _search(s, text: str) -> set[tuple[str, int]]:
    return PublishedSearchService(s.db, EMPLOYEE_VIEW).search(text)


def test_only_published_outcomes_reach_the_employee_view(s):
    union = s.items()
    union.raise_item(recommendation(title="Chưa gửi"))
    hidden = _answered(s, SECRET, title="Đã trả lời, chưa công khai")
    older = _answered(s, ANSWER, title="Hoàn trả quỹ phúc lợi")
    petition = add_petition(s.db, subject="Nguyễn Văn Tư đề nghị sửa quạt",
                            raised_by="Nguyễn Văn Tư")
    newer = _answered(s, "Đã sửa quạt.", source=Source.PETITION, source_id=petition,
                      title="Sửa quạt xưởng may", subject=Subject.INTERNAL_RULES)
    union.publish_outcome(older, date(2027, 3, 6), "Bảng tin nhà ăn")
    union.publish_outcome(newer, date(2027, 3, 9), "Bảng tin xưởng may")
    union.step(older, Status.RESOLVED, "Đã hoàn trả.", date(2027, 3, 10))

    first, second = ItemService(s.db, EMPLOYEE_VIEW).published()
    assert (first.id, second.id) == (newer, older)  # the latest published first
    assert hidden not in (first.id, second.id)
    assert (second.published_on, second.published_where) == (date(2027, 3, 6),
                                                              "Bảng tin nhà ăn")
    assert (second.title, second.recommendation, second.answer) == (
        "Hoàn trả quỹ phúc lợi", "Hoàn trả quỹ phúc lợi", ANSWER)
    assert (second.answered_on, second.status) == (date(2027, 3, 5), Status.RESOLVED)
    assert (second.source, second.subject) == (Source.INSPECTION, Subject.FUNDS)
    # Raised from a petition: its label (which may name who filed it) stays out, as does
    # the employer-side addressee.
    assert first.source is Source.PETITION and first.source_label == ""
    assert "Nguyễn Văn Tư" not in repr(first)
    assert "addressee" not in {f.name for f in fields(first)}
    assert "Phòng Tài chính" not in repr((first, second))


@pytest.mark.parametrize("role", list(Role))
def test_every_role_reads_the_published_outcomes(s, make_actor, role):
    item_id = _answered(s, ANSWER)
    s.items().publish_outcome(item_id, date(2027, 3, 6), "Bảng tin")
    assert [i.id for i in ItemService(s.db, make_actor(role)).published()] == [item_id]


def test_the_search_finds_a_published_answer_typed_without_diacritics(s):
    item_id = _answered(s, ANSWER)
    assert ("supervision_item", item_id) not in _search(s, "hoan tra quy")  # not yet
    s.items().publish_outcome(item_id, date(2027, 3, 6), "Bảng tin nhà ăn")
    key = ("supervision_item", item_id)
    for typed in ("hoan tra quy phuc loi", "dong y hoan", "HOÀN TRẢ", "bang tin nha an"):
        assert key in _search(s, typed), typed
    s.items().step(item_id, Status.RESOLVED, "Đã hoàn trả.", date(2027, 3, 10))
    assert key in _search(s, "hoan tra quy")  # still indexed after a later step
    with s.db.session(write=True) as session:  # an index rebuilt whole holds it too
        search_index.rebuild(session)
    assert key in _search(s, "hoan tra quy") and key in _search(s, "")


def test_an_unpublished_item_is_never_found(s):
    hidden = _answered(s, SECRET, title="Mức chi quỹ")
    published = _answered(s, ANSWER)
    s.items().publish_outcome(published, date(2027, 3, 6), "Bảng tin")
    s.items().step(hidden, Status.RESOLVED, "Đã xong.", date(2027, 3, 8))
    key = ("supervision_item", hidden)
    for typed in ("", "bi mat", "muc chi", "tai chinh giu nguyen"):
        assert key not in _search(s, typed), typed
    with s.db.session(write=True) as session:
        search_index.rebuild(session)
    assert key not in _search(s, "") and ("supervision_item", published) in _search(s, "")
