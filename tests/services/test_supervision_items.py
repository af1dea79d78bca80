"""The register of supervision items (DOMAIN.md workflow 4) through the real service, per role:
the union raises, sends, resolves and escalates; the employer side answers or rejects with
reasons; every refused input changes nothing; evidence files come back byte for byte and never
enter the audit trail."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta

import pytest
from supervision_flow import (
    RAISED_ON,
    add_petition,
    add_sources,
    plan_input,
    recommendation,
    sides,
)

from dcs_enterprise.domain.attachments import MAX_ATTACHMENT_BYTES
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dcs_enterprise.domain.supervision import S1_DEFAULT_ARTICLE, Source, Status, answer_due
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_models import FileInput

LETTER = FileInput("công văn số 12.pdf", b"%PDF-1.4 SCANNED-LETTER " + bytes(range(256)) * 40)
PHOTO = FileInput("ảnh quạt.jpg", b"\xff\xd8\xff\xe0 PHOTO-OF-THE-FAN " + bytes(range(256)) * 9,
                  "image/jpeg")


@pytest.fixture
def s(initialized, make_actor):
    return sides(initialized, make_actor)


def _calendar(db):
    return EnterpriseService(db, EMPLOYEE_VIEW).work_calendar()


def _settings(db):
    return EnterpriseService(db, EMPLOYEE_VIEW).get().settings


def _audit(db, entity: str) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(db.path)
    try:
        return connection.execute(
            "SELECT action, before, after FROM audit_event WHERE entity = ? ORDER BY seq",
            (entity,)).fetchall()
    finally:
        connection.close()


def test_the_union_raises_and_sends_the_employer_answers_the_union_resolves(s, table_contents):
    union = s.items()
    calendar, settings = _calendar(s.db), _settings(s.db)
    item = union.raise_item(recommendation())
    # S1: 15 days from the day raised, until the item is sent.
    s1 = answer_due(RAISED_ON, settings, calendar)
    assert item.row.status is Status.OPEN and item.row.due_on == s1.due
    assert item.due_why == s1.why and item.due_why.article == S1_DEFAULT_ARTICLE
    assert item.timeline == () and not item.row.overdue

    before = table_contents(s.db.path)
    with pytest.raises(PermissionDenied):  # the employer side does not raise recommendations
        s.items(s.hr).raise_item(recommendation())
    with pytest.raises(PermissionDenied):  # nor sends them
        s.items(s.hr).step(item.row.id, Status.SENT, "", RAISED_ON)
    assert table_contents(s.db.path) == before

    # Sending: the employer's receipt starts S1 again.
    sent_on = date(2027, 3, 8)
    item = union.step(item.row.id, Status.SENT, "Gửi kèm công văn", sent_on, (LETTER,))
    again = answer_due(sent_on, settings, calendar)
    assert item.row.status is Status.SENT and item.sent_on == sent_on
    assert item.row.due_on == again.due and item.due_why == again.why

    before = table_contents(s.db.path)
    with pytest.raises(PermissionDenied):  # the union does not answer for the employer
        union.step(item.row.id, Status.ANSWERED, "Đã hoàn trả", date(2027, 3, 10))
    assert table_contents(s.db.path) == before
    assert union.get(item.row.id, again.due + timedelta(days=1)).row.overdue

    item = s.items(s.hr).step(item.row.id, Status.ANSWERED, "Sẽ hoàn trả trong tháng 4",
                              date(2027, 3, 15), (PHOTO,))
    assert item.answer == "Sẽ hoàn trả trong tháng 4" and item.answered_on == date(2027, 3, 15)
    assert not union.get(item.row.id, date(2027, 12, 31)).row.overdue  # answered: no clock
    with pytest.raises(PermissionDenied):  # the employer does not close the union's item
        s.items(s.hr).step(item.row.id, Status.RESOLVED, "", date(2027, 4, 30))
    item = union.step(item.row.id, Status.RESOLVED, "Đã kiểm tra chứng từ", date(2027, 4, 30))
    assert item.row.status is Status.RESOLVED and item.closed_on == date(2027, 4, 30)
    assert [(u.status_from, u.status_to, u.on) for u in item.timeline] == [
        (Status.OPEN, Status.SENT, sent_on), (Status.SENT, Status.ANSWERED, date(2027, 3, 15)),
        (Status.ANSWERED, Status.RESOLVED, date(2027, 4, 30))]
    assert item.timeline[1].by == s.hr.full_name

    # The files, read back as they were given, by both sides.
    [letter], [photo] = item.timeline[0].attachments, item.timeline[1].attachments
    assert (letter.file_name, letter.size) == (LETTER.file_name, len(LETTER.data))
    assert letter.media_type == "application/pdf" and photo.media_type == "image/jpeg"
    assert s.items(s.hr).attachment_data(letter.id) == (LETTER.file_name, LETTER.data)
    assert union.attachment_data(photo.id) == (PHOTO.file_name, PHOTO.data)
    with pytest.raises(PermissionDenied):
        s.items(EMPLOYEE_VIEW).attachment_data(letter.id)

    # The audit trail records each file by name, size and digest, never its bytes.
    events = _audit(s.db, "supervision_item")
    assert [e[0] for e in events] == ["raise_item", "item_step", "item_step", "item_step"]
    text = "".join(f"{b}{a}" for _action, b, a in events)
    assert hashlib.sha256(LETTER.data).hexdigest() in text
    assert hashlib.sha256(PHOTO.data).hexdigest() in text
    assert "SCANNED-LETTER" not in text and "PHOTO-OF-THE-FAN" not in text
    assert LETTER.data.hex()[:64] not in text

    item = union.publish_outcome(item.row.id, date(2027, 5, 2), "Bảng tin công đoàn")
    assert (item.published_on, item.published_where) == (date(2027, 5, 2),
                                                          "Bảng tin công đoàn")
    assert _audit(s.db, "supervision_item")[-1][0] == "publish_item_outcome"


def test_a_refusal_needs_reasons_and_may_be_escalated(s, table_contents):
    union, hr = s.items(), s.items(s.hr)
    item_id = union.raise_item(recommendation()).row.id
    with pytest.raises(ValidationError):  # nothing to publish before an answer
        union.publish_outcome(item_id, date(2027, 3, 2), "Bảng tin")
    union.step(item_id, Status.SENT, "", date(2027, 3, 2))
    before = table_contents(s.db.path)
    with pytest.raises(ValidationError) as refused:
        hr.step(item_id, Status.REJECTED, "   ", date(2027, 3, 5))
    assert refused.value.template == "Give the reasons for the refusal."
    assert table_contents(s.db.path) == before
    item = hr.step(item_id, Status.REJECTED, "Quỹ đã chi đúng quy chế", date(2027, 3, 5))
    assert item.row.status is Status.REJECTED and item.closed_on == date(2027, 3, 5)
    assert item.answer == "Quỹ đã chi đúng quy chế"
    with pytest.raises(ValidationError):  # an escalation says to whom and why
        union.step(item_id, Status.ESCALATED, "", date(2027, 3, 9))
    item = union.step(item_id, Status.ESCALATED, "Chuyển công đoàn cấp trên cơ sở",
                      date(2027, 3, 9))
    assert item.row.status is Status.ESCALATED and item.closed_on == date(2027, 3, 9)
    item = union.step(item_id, Status.RESOLVED, "Đã giải quyết theo kết luận",
                      date(2027, 4, 20))
    assert item.row.status is Status.RESOLVED and item.closed_on == date(2027, 4, 20)
    item = union.add_note(item_id, "Biên bản làm việc", date(2027, 4, 21), (LETTER,))
    assert item.timeline[-1].status_from == item.timeline[-1].status_to == Status.RESOLVED
    assert len(item.timeline[-1].attachments) == 1
    assert s.items(s.hr).add_note(item_id, "", date(2027, 4, 22), (PHOTO,)).timeline[-1].by \
        == s.hr.full_name  # both sides add evidence


@pytest.mark.parametrize("case", [
    "file_too_large", "empty_file", "due_before_raised", "open_to_resolved", "open_to_answered",
    "step_before_raised", "step_before_last", "no_title", "no_addressee", "empty_note",
    "note_before_raised", "publish_nowhere", "unknown_item"])
def test_bad_input_is_refused_and_changes_nothing(s, table_contents, case):
    union, hr = s.items(), s.items(s.hr)
    item_id = union.raise_item(recommendation()).row.id
    sent_id = union.raise_item(recommendation(title="Đã gửi")).row.id
    union.step(sent_id, Status.SENT, "", date(2027, 3, 10))
    hr.step(sent_id, Status.ANSWERED, "Đồng ý", date(2027, 3, 12))
    huge = FileInput("scan.pdf", b"\0" * (MAX_ATTACHMENT_BYTES + 1))
    calls = {
        "file_too_large": lambda: union.step(item_id, Status.SENT, "", date(2027, 3, 2),
                                             (LETTER, huge)),
        "empty_file": lambda: union.add_note(item_id, "Ảnh", date(2027, 3, 2),
                                             (FileInput("a.jpg", b""),)),
        "due_before_raised": lambda: union.raise_item(recommendation(
            due_on=RAISED_ON - timedelta(days=1))),
        "open_to_resolved": lambda: union.step(item_id, Status.RESOLVED, "Xong",
                                               date(2027, 3, 2)),
        "open_to_answered": lambda: hr.step(item_id, Status.ANSWERED, "Đồng ý",
                                            date(2027, 3, 2)),
        "step_before_raised": lambda: union.step(item_id, Status.SENT, "",
                                                 RAISED_ON - timedelta(days=1)),
        "step_before_last": lambda: union.step(sent_id, Status.RESOLVED, "",
                                               date(2027, 3, 11)),
        "no_title": lambda: union.raise_item(recommendation(title="  ")),
        "no_addressee": lambda: union.raise_item(recommendation(addressee="")),
        "empty_note": lambda: union.add_note(item_id, " \n ", date(2027, 3, 2)),
        "note_before_raised": lambda: union.add_note(item_id, "Ghi chú", date(2027, 2, 1)),
        "publish_nowhere": lambda: union.publish_outcome(sent_id, date(2027, 3, 13), " "),
        "unknown_item": lambda: union.step(999, Status.SENT, "", date(2027, 3, 2)),
    }
    before = table_contents(s.db.path)
    with pytest.raises((ValidationError, NotFoundError)) as refused:
        calls[case]()
    assert refused.value.english()  # a message the user can read
    assert table_contents(s.db.path) == before
    if case == "file_too_large":
        assert refused.value.params == {"name": "scan.pdf", "limit": 10}
    if case == "due_before_raised":
        assert refused.value.params == {"due": "28/02/2027", "raised": "01/03/2027"}
    if case.startswith("open_to"):
        assert "skips a stage" in refused.value.template


def test_a_due_date_set_by_hand_stays_when_sent(s):
    union = s.items()
    item = union.raise_item(recommendation(due_on=date(2027, 6, 30)))
    assert item.row.due_on == date(2027, 6, 30) and item.due_why is None
    item = union.step(item.row.id, Status.SENT, "", date(2027, 3, 20))
    assert item.row.due_on == date(2027, 6, 30) and item.due_why is None


def test_items_link_back_to_their_source_with_a_label(s):
    sources = add_sources(s.db)
    named = add_petition(s.db, subject="Bữa ăn ca", raised_by="Lê Văn Năm")
    anonymous = add_petition(s.db, subject="", raised_by="Phạm Thị Sáu", anonymous=True,
                             content="Tổ trưởng   ép làm thêm giờ\nkhông trả lương")
    add_petition(s.db, subject="Đã xong", status=Status.RESOLVED)
    plan = s.plans().create(plan_input())
    union = s.items()
    options = {source: [(o.id, o.label) for o in s.items(s.hr).link_options(source)]
               for source in Source}
    assert options[Source.PETITION] == [(anonymous, "Tổ trưởng ép làm thêm giờ không trả lương"),
                                        (named, "Bữa ăn ca")]  # not the resolved one
    assert options[Source.CONFERENCE] == [(sources.commitment_id, "2026: Tăng tiền ăn ca")]
    assert options[Source.DIALOGUE] == [(sources.dialogue_action_id,
                                         "Đối thoại quý II: Sửa quạt xưởng may")]
    assert options[Source.AGREEMENT] == [(sources.clause_id,
                                          "Thỏa ước lao động tập thể 2026: Tiền ăn ca")]
    assert options[Source.SUPERVISION] == [(plan.row.id, plan.row.title)]
    assert options[Source.INSPECTION] == []
    for source, source_id in ((Source.PETITION, anonymous), (Source.PETITION, named),
                              (Source.CONFERENCE, sources.commitment_id),
                              (Source.DIALOGUE, sources.dialogue_action_id),
                              (Source.AGREEMENT, sources.clause_id)):
        item = union.raise_item(recommendation(source=source, source_id=source_id))
        assert (item.row.source, item.source_id) == (source, source_id)
        assert item.row.source_label == dict(options[source])[source_id]
    finding = union.raise_item(recommendation(source=Source.SUPERVISION, plan_id=plan.row.id))
    assert (finding.source_id, finding.row.source_label, finding.row.plan_id) == (
        plan.row.id, plan.row.title, plan.row.id)
    item = union.raise_item(recommendation(source=Source.INSPECTION, source_id=5))
    assert (item.source_id, item.row.source_label) == (None, "")
    labels = " ".join(r.source_label for r in union.items(RAISED_ON))
    assert "Năm" not in labels and "Sáu" not in labels  # never who filed a petition (S3)
    assert len(union.items(RAISED_ON, source=Source.PETITION)) == 2
    assert [r.id for r in union.items(RAISED_ON, plan_id=plan.row.id)] == [finding.row.id]


@pytest.mark.parametrize(("changes", "error"), [
    ({"source": Source.PETITION}, ValidationError),  # which petition?
    ({"source": Source.PETITION, "source_id": 999}, NotFoundError),
    ({"source": Source.CONFERENCE, "source_id": 999}, NotFoundError),
    ({"source": Source.DIALOGUE, "source_id": 999}, NotFoundError),
    ({"source": Source.AGREEMENT, "source_id": 999}, NotFoundError),
    ({"source": Source.SUPERVISION}, ValidationError),  # which plan?
    ({"source": Source.SUPERVISION, "plan_id": 999}, NotFoundError),
])
def test_a_link_to_nothing_is_refused(s, table_contents, changes, error):
    before = table_contents(s.db.path)
    with pytest.raises(error):
        s.items().raise_item(recommendation(**changes))
    assert table_contents(s.db.path) == before


def test_the_register_filters(s):
    union, hr = s.items(), s.items(s.hr)
    old = union.raise_item(recommendation(raised_on=date(2026, 5, 4), title="Cũ")).row
    late = union.raise_item(recommendation(title="Trễ")).row
    answered = union.raise_item(recommendation(title="Đã trả lời")).row
    union.step(answered.id, Status.SENT, "", date(2027, 3, 2))
    hr.step(answered.id, Status.ANSWERED, "Đồng ý", date(2027, 3, 3))
    today = date(2027, 6, 1)
    assert [r.id for r in union.items(today)] == [answered.id, late.id, old.id]
    assert [r.id for r in union.items(today, year=2026)] == [old.id]
    assert [r.id for r in union.items(today, status=Status.ANSWERED)] == [answered.id]
    assert [r.id for r in union.items(today, overdue_only=True)] == [late.id, old.id]
    assert [r.id for r in hr.items(today, overdue_only=True, year=2027)] == [late.id]
    with pytest.raises(PermissionDenied):
        s.items(EMPLOYEE_VIEW).items(today)
    with pytest.raises(PermissionDenied):
        s.items(EMPLOYEE_VIEW).get(late.id, today)


def test_officers_read_the_register_the_employee_view_does_not(s, make_actor):
    item_id = s.items().raise_item(recommendation()).row.id
    admin = make_actor(Role.ADMIN)
    assert s.items(admin).get(item_id, RAISED_ON).row.title == recommendation().title
    with pytest.raises(PermissionDenied):
        s.items(EMPLOYEE_VIEW).link_options(Source.PETITION)
    with pytest.raises(PermissionDenied):  # the employer side answers, it does not note alone
        s.items(EMPLOYEE_VIEW).add_note(item_id, "Ghi chú", RAISED_ON)
