"""The employer's publication register (rules P1-P3): entries, their P3 timing where the
regime binds it, evidence within the size limit, and bad input refused with nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dcs_enterprise.domain.attachments import MAX_ATTACHMENT_BYTES
from dcs_enterprise.domain.enums import Regime, Role
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.domain.settings import DemocracySettings
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.publication_register import PublicationRegisterService
from dcs_enterprise.services.supervision_models import EntryInput, FileInput

DECIDED = date(2027, 3, 1)
TODAY = date(2027, 4, 30)
PHOTO = FileInput("Bảng tin 05-03.jpg", b"\xff\xd8\xff\xe0 photo of the notice board")


@pytest.fixture
def register(initialized, make_actor):
    db, _admin = initialized
    return PublicationRegisterService(db, make_actor(Role.HR_OFFICER))


def _regime(initialized, regime: Regime) -> None:
    db, admin = initialized
    EnterpriseService(db, admin).update_settings(replace(DemocracySettings(), regime=regime))


def entry(title: str = "Quỹ phúc lợi năm 2026", *, published_from: date | None = date(2027, 3, 5),
          until: date | None = date(2027, 4, 5), decided: date | None = DECIDED) -> EntryInput:
    return EntryInput(PublishedMatter.FUNDS, title, PublicationForm.NOTICE_BOARD,
                      "Bảng tin nhà ăn", "Thu chi quỹ phúc lợi năm 2026.", decided, published_from,
                      until)


def test_the_p3_timing_is_checked_for_an_soe(initialized, register):
    _regime(initialized, Regime.SOE)
    on_time = register.add(entry())
    assert on_time.row.timing.rule_id == "P3" and on_time.row.timing.met
    late = register.add(entry("Quy chế dân chủ", published_from=date(2027, 3, 20), until=None))
    assert late.row.timing.rule_id == "P3" and not late.row.timing.met
    short = register.add(entry("Nội quy", until=date(2027, 3, 20)))  # posted 16 days
    assert not short.row.timing.met
    assert register.add(entry("Kế hoạch", published_from=None, until=None)).row.timing is None


def test_no_timing_where_the_regime_does_not_bind_it(initialized, register):
    _regime(initialized, Regime.NON_STATE)
    assert register.add(entry()).row.timing is None
    assert register.entries(TODAY)[0].timing is None


def test_entries_evidence_and_the_audit(initialized, register):
    published = register.add(entry(), (PHOTO,))
    assert published.row.attachments == 1 and published.recorded_by == register.actor.full_name
    [photo] = published.attachments
    assert (photo.file_name, photo.size, photo.media_type) == (
        "Bảng tin 05-03.jpg", len(PHOTO.data), "image/jpeg")
    assert photo.added_on == date(2027, 3, 5)
    planned = register.add(entry("Kết quả kinh doanh quý I", published_from=None, until=None))
    old = register.add(entry("Quỹ khen thưởng 2025", published_from=date(2026, 3, 5),
                             until=None, decided=date(2026, 3, 1)))
    assert [r.id for r in register.entries(TODAY)] == [planned.row.id, published.row.id,
                                                        old.row.id]
    assert [r.id for r in register.entries(TODAY, year=2026)] == [old.row.id]
    receipt = FileInput("bien-nhan.pdf", b"%PDF-1.4 receipt")
    detail = register.attach(published.row.id, receipt, date(2027, 3, 6))
    assert [a.file_name for a in detail.attachments] == ["Bảng tin 05-03.jpg", "bien-nhan.pdf"]
    updated = register.update(planned.row.id, entry("Kết quả kinh doanh quý I",
                                                    published_from=date(2027, 4, 10),
                                                    until=None))
    assert updated.row.published_from == date(2027, 4, 10)
    assert register.get(planned.row.id).row.title == "Kết quả kinh doanh quý I"
    db, admin = initialized
    events = AuditTrailService(db, admin).page(AuditFilter(entity="publication"), 0, 50)
    assert [e.action for e in reversed(events)] == [
        "add_publication", "add_publication", "add_publication",
        "attach_publication_evidence", "update_publication"]
    assert all("photo" not in (e.after or "") for e in events)  # never the bytes
    assert PHOTO.file_name in events[-1].after


def test_the_union_reads_the_register_but_does_not_keep_it(initialized, register, make_actor):
    register.add(entry())
    db, _admin = initialized
    union = PublicationRegisterService(db, make_actor(Role.UNION_OFFICER))
    assert len(union.entries(TODAY)) == 1
    with pytest.raises(PermissionDenied):
        union.add(entry())


TOO_BIG = FileInput("scan.pdf", b"\0" * (MAX_ATTACHMENT_BYTES + 1))


@pytest.mark.parametrize(("name", "call"), [
    ("an attachment over the size limit", lambda r, eid: r.add(entry(), (PHOTO, TOO_BIG))),
    ("an attachment over the size limit added later",
     lambda r, eid: r.attach(eid, TOO_BIG, date(2027, 3, 6))),
    ("an empty attachment", lambda r, eid: r.attach(eid, FileInput("a.jpg", b""), TODAY)),
    ("until before from", lambda r, eid: r.add(entry(until=date(2027, 3, 4)))),
    ("until before from, no decision",
     lambda r, eid: r.add(entry(decided=None, until=date(2027, 3, 4)))),
    ("until without from", lambda r, eid: r.add(entry(published_from=None))),
    ("published before the decision",
     lambda r, eid: r.add(entry(published_from=date(2027, 2, 27)))),
    ("no title", lambda r, eid: r.add(entry("  "))),
    ("an update with until before from",
     lambda r, eid: r.update(eid, entry(until=date(2027, 3, 1)))),
], ids=lambda v: v if isinstance(v, str) else "")
def test_bad_input_stores_nothing(initialized, register, table_contents, name, call):
    _regime(initialized, Regime.SOE)
    eid = register.add(entry()).row.id
    db, _admin = initialized
    before = table_contents(db.path)
    with pytest.raises(ValidationError) as caught:
        call(register, eid)
    assert caught.value.english()
    assert table_contents(db.path) == before
