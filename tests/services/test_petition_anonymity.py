"""Rule S3 per role: who filed an anonymous petition is known to the union officers alone. The
employer side never sees it in the register, the detail or the audit trail; the employee view
sees no identity at all, and nothing unpublished."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date

import pytest
from petition_flow import PUBLISHED_ON, Desk, answered, desk, petition, published

from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import PermissionDenied
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.domain.supervision import Status
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.publication_register import PublicationRegisterService
from dcs_enterprise.services.session import EMPLOYEE_VIEW
from dcs_enterprise.services.supervision_models import EntryInput, PublishedPetition

HIDDEN_NAME = "Phạm Thị Kín Đáo"  # typed at the employee view; in no roster
ROSTER_NAME = "Lê Văn Đức"  # an employee the union links to an anonymous petition
NAMED = "Tổ may 1"
TODAY = date(2027, 3, 20)


@pytest.fixture
def world(initialized, make_actor) -> tuple[Desk, dict[str, int]]:
    d = desk(initialized, make_actor)
    kiosk = d.petitions(EMPLOYEE_VIEW).file(petition(
        "Quản đốc xưởng 2 ép tăng ca quá giờ.", anonymous=True, raised_by=HIDDEN_NAME)).id
    linked = d.petitions().record(petition(
        "Tổ trưởng thu tiền của công nhân mới.", anonymous=True, raised_by="",
        employee_id=d.employees[ROSTER_NAME])).row.id
    named = d.petitions().record(petition(raised_by=NAMED)).row.id
    unpublished = d.petitions().record(petition(
        "Nhà vệ sinh xưởng 3 hỏng.", anonymous=True, raised_by=HIDDEN_NAME)).row.id
    for pid in (kiosk, linked, named):
        published(d, pid)
    d.petitions().close(kiosk, Status.RESOLVED, "Đã chấn chỉnh.", TODAY)
    answered(d, unpublished, "Sửa trong tuần.")
    return d, {"kiosk": kiosk, "linked": linked, "named": named, "unpublished": unpublished}


@pytest.mark.parametrize("role", [Role.ADMIN, Role.HR_OFFICER])
def test_the_employer_side_never_sees_an_anonymous_petitioner(world, role):
    d, ids = world
    service = d.petitions(d.actor(role))
    rows = {r.id: r for r in service.register(TODAY)}
    for key in ("kiosk", "linked", "unpublished"):
        for row in (rows[ids[key]], service.get(ids[key], TODAY).row):
            assert row.anonymous and row.identity_hidden and row.petitioner == ""
        detail = service.get(ids[key], TODAY)
        assert HIDDEN_NAME not in repr(detail) and ROSTER_NAME not in repr(detail)
    assert rows[ids["named"]].petitioner == NAMED and not rows[ids["named"]].identity_hidden
    text = repr(service.register(TODAY)) + repr(service.published())
    assert HIDDEN_NAME not in text and ROSTER_NAME not in text


def test_the_union_officers_know_who_filed_it(world):
    d, ids = world
    rows = {r.id: r for r in d.petitions().register(TODAY)}
    assert rows[ids["kiosk"]].petitioner == HIDDEN_NAME
    assert rows[ids["linked"]].petitioner == f"{ROSTER_NAME} (NV001)"
    assert not any(r.identity_hidden for r in rows.values())
    assert d.petitions().get(ids["unpublished"], TODAY).row.petitioner == HIDDEN_NAME


@pytest.mark.parametrize("role", list(Role))
def test_the_published_answers_carry_no_identity(world, role):
    d, ids = world
    shown = d.petitions(d.actor(role)).published()
    assert {p.id for p in shown} == {ids["kiosk"], ids["linked"], ids["named"]}
    names = {f.name for f in fields(PublishedPetition)}
    assert not names & {"petitioner", "raised_by", "employee_id", "anonymous", "channel"}
    text = repr(shown)
    assert HIDDEN_NAME not in text and ROSTER_NAME not in text and NAMED not in text


def test_the_employee_view_sees_no_register(world):
    d, ids = world
    with pytest.raises(PermissionDenied):
        d.petitions(EMPLOYEE_VIEW).register(TODAY)
    with pytest.raises(PermissionDenied):
        d.petitions(EMPLOYEE_VIEW).get(ids["named"], TODAY)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.HR_OFFICER])
def test_the_audit_trail_never_holds_an_anonymous_petitioner(world, role):
    d, ids = world
    events = AuditTrailService(d.db, d.actor(role)).page(AuditFilter(), 0, 10_000)
    assert any(e.action == "file_petition" for e in events)
    employee_id = d.employees[ROSTER_NAME]
    anonymous = {str(ids[k]) for k in ("kiosk", "linked", "unpublished")}
    for event in events:
        text = f"{event.before} {event.after}"
        assert HIDDEN_NAME not in text  # in no event at all
        if event.entity != "petition":
            continue
        assert ROSTER_NAME not in text and "NV001" not in text
        if event.entity_id in anonymous:
            values = [json.loads(event.before or "null"), json.loads(event.after or "null")]
            assert not any(_holds_employee(v, employee_id) for v in values), event
            assert "raised_by" not in text and "employee_id" not in text
    named = [e for e in events if e.entity_id == str(ids["named"]) and e.entity == "petition"]
    assert any(NAMED in (e.after or "") for e in named)  # a named one keeps its name


def _holds_employee(value: object, employee_id: int) -> bool:
    if isinstance(value, dict):
        return any(("employee" in k and v == employee_id) or _holds_employee(v, employee_id)
                   for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_employee(v, employee_id) for v in value)
    return False


def test_the_employee_view_never_sees_an_unpublished_register_entry(world):
    d, _ids = world
    register = PublicationRegisterService(d.db, d.hr)
    shown = register.add(EntryInput(PublishedMatter.FUNDS, "Quỹ phúc lợi 2026",
                                    PublicationForm.NOTICE_BOARD, "Bảng tin",
                                    decided_on=date(2027, 3, 1),
                                    published_from=date(2027, 3, 5))).row.id
    register.add(EntryInput(PublishedMatter.BUSINESS, "Kết quả kinh doanh quý I",
                            PublicationForm.MEETING, decided_on=date(2027, 3, 1)))
    future = register.add(EntryInput(PublishedMatter.INTERNAL_RULES, "Nội quy mới",
                                      PublicationForm.NOTICE_BOARD, "Bảng tin",
                                      published_from=date(2027, 4, 1))).row.id
    view = PublicationRegisterService(d.db, EMPLOYEE_VIEW)
    assert [e.row.id for e in view.published(TODAY)] == [shown]
    assert [e.row.id for e in view.published(date(2027, 4, 1))] == [future, shown]
    with pytest.raises(PermissionDenied):
        view.entries(TODAY)
    with pytest.raises(PermissionDenied):
        view.get(shown)


def test_an_unpublished_answer_never_reaches_the_employee_view(world):
    d, ids = world
    shown = d.petitions(EMPLOYEE_VIEW).published()
    assert ids["unpublished"] not in {p.id for p in shown}
    assert "Sửa trong tuần." not in repr(shown)  # answered, never published
    assert {p.published_on for p in shown} == {PUBLISHED_ON}
