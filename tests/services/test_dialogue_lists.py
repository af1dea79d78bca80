"""The dialogue representative lists through the services (Decree 145/2020 Art 38; rules
D2-D5): each side keeps its own members, the rules judge the list as it stands, and nothing
is changed by a refused call."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from dialogue_flow import (
    DETERMINED_ON,
    UNION_MEMBERS,
    WORKERS,
    employer_member,
    full_list,
    parties,
    worker_member,
)

from dcs_enterprise.domain.dialogue_rules import Organisation, Side
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.services.dialogue_models import RepresentativeInput


@pytest.fixture
def p(initialized, make_actor, tmp_path):
    db, admin = initialized
    return parties(db, admin, make_actor, tmp_path)


def test_d2_and_d3_judge_both_sides_at_the_band_edge(p):
    created = p.lists().create(DETERMINED_ON)
    assert created.headcount == WORKERS and created.members == ()
    assert (created.band.minimum, created.band.maximum) == (9, 13)
    assert created.renewal.due == date(2029, 1, 4)  # D5: two years on, a working day
    assert created.renewal.why.rule_id == "D5"
    for n in range(2):
        info = p.lists(p.hr).add_member(created.id, employer_member(p, n, legal=n == 0))
    assert not info.employer_check.ok and info.employer_check.why.rule_id == "D2"
    info = p.lists(p.hr).add_member(created.id, employer_member(p, 2))
    assert info.employer_check.ok
    for n in range(8):
        info = p.lists(p.union).add_member(created.id, worker_member(p, n))
    assert not info.worker_check.ok  # 8 of at least 9
    assert dict(info.worker_check.why.params)["minimum"] == 9
    info = p.lists(p.union).add_member(created.id, worker_member(p, 8))
    assert info.worker_check.ok and info.expected_split is None  # one organisation only
    first = info.side(Side.EMPLOYER)[0]
    assert first.is_legal_representative and first.full_name == f"Người Thứ {WORKERS}"
    assert first.position == "Công nhân" and first.department == "Phân xưởng may"


def test_d4_split_with_a_union_and_a_dialogue_group(p):
    info = full_list(p)
    assert len(info.side(Side.WORKER)) == 10
    # 100 union members and 50 other workers share 10 seats: 7 and 3 (largest remainder).
    assert info.expected_split == ((Organisation.UNION, 7), (Organisation.DIALOGUE_GROUP, 3))


def test_each_side_keeps_its_own_members(p, table_contents):
    created = p.lists().create(DETERMINED_ON)
    before = table_contents(p.db.path)
    with pytest.raises(PermissionDenied):
        p.lists(p.union).add_member(created.id, employer_member(p, 0, legal=True))
    with pytest.raises(PermissionDenied):
        p.lists(p.hr).add_member(created.id, worker_member(p, 0))
    assert table_contents(p.db.path) == before
    info = p.lists(p.union).add_member(created.id, worker_member(p, 0))
    member = info.side(Side.WORKER)[0]
    with pytest.raises(PermissionDenied):
        p.lists(p.hr).end_membership(member.id, date(2027, 2, 1), "Nghỉ việc")
    with pytest.raises(PermissionDenied):
        p.lists(p.hr).replace_member(member.id, date(2027, 2, 1), "Nghỉ việc",
                                     worker_member(p, 1))


def test_bad_members_are_refused_and_nothing_changes(p, table_contents):
    created = p.lists().create(DETERMINED_ON)
    p.lists(p.union).add_member(created.id, worker_member(p, 0))
    before = table_contents(p.db.path)
    refused = [
        worker_member(p, 0),  # already on the list
        replace(worker_member(p, 1), is_legal_representative=True),
        replace(worker_member(p, 1), joined_on=date(2027, 1, 3)),  # before the determination
        replace(worker_member(p, 1), organisation=Organisation.EMPLOYER),
        RepresentativeInput(Side.WORKER, Organisation.UNION, DETERMINED_ON),  # no name
    ]
    for member in refused:
        with pytest.raises(ValidationError):
            p.lists(p.union).add_member(created.id, member)
    with pytest.raises(ValidationError, match="already on the list"):
        p.lists(p.hr).add_member(created.id, replace(
            employer_member(p, 0), employee_id=p.employees[0]))  # a worker representative
    assert table_contents(p.db.path) == before


def test_replacement_and_a_copied_list(p, table_contents):
    info = full_list(p)
    leaving = info.side(Side.WORKER)[0]
    before = table_contents(p.db.path)
    joining = replace(worker_member(p, 20), joined_on=date(2027, 6, 1))
    with pytest.raises(ValidationError, match="Say why"):
        p.lists(p.union).replace_member(leaving.id, date(2027, 6, 1), " ", joining)
    with pytest.raises(ValidationError):  # the replacement joins before the member leaves
        p.lists(p.union).replace_member(leaving.id, date(2027, 6, 1), "Nghỉ việc",
                                        replace(worker_member(p, 20), joined_on=date(2027, 5, 1)))
    with pytest.raises(ValidationError):  # an employer representative for a worker one
        p.lists(p.union).replace_member(leaving.id, date(2027, 6, 1), "Nghỉ việc",
                                        employer_member(p, 5))
    assert table_contents(p.db.path) == before
    info = p.lists(p.union).replace_member(leaving.id, date(2027, 6, 1), "Nghỉ việc", joining)
    gone = next(m for m in info.members if m.id == leaving.id)
    assert gone.left_on == date(2027, 6, 1) and gone.left_reason == "Nghỉ việc"
    assert len(info.side(Side.WORKER)) == 10 and info.worker_check.ok
    with pytest.raises(ValidationError, match="already left"):
        p.lists(p.union).end_membership(leaving.id, date(2027, 7, 1), "Nghỉ việc")
    renewed = p.lists().create(date(2029, 1, 4), copy_from=info.id)
    assert len(renewed.current) == 13 and all(m.joined_on == date(2029, 1, 4)
                                              for m in renewed.current)
    assert p.lists().current().id == renewed.id
    assert [m.full_name for m in renewed.current] == [m.full_name for m in info.current]


def test_publication_of_the_list(p):
    info = full_list(p)
    with pytest.raises(ValidationError):
        p.lists().publish(info.id, PublicationForm.NOTICE_BOARD, "Bảng tin", date(2027, 1, 3))
    with pytest.raises(ValidationError):
        p.lists().publish(info.id, PublicationForm.NOTICE_BOARD, "  ", date(2027, 1, 5))
    published = p.lists().publish(info.id, "notice_board", "Bảng tin nhà ăn", date(2027, 1, 5))
    assert published.published_on == date(2027, 1, 5)
    assert published.published_form is PublicationForm.NOTICE_BOARD
    assert published.published_place == "Bảng tin nhà ăn"
    assert [i.id for i in p.lists().lists()] == [info.id]


def test_no_list_without_workers(initialized):
    from dcs_enterprise.services.dialogue_lists import DialogueListService
    db, admin = initialized
    with pytest.raises(ValidationError, match="no active workers"):
        DialogueListService(db, admin).create(DETERMINED_ON)
    assert DialogueListService(db, admin).current() is None
    assert UNION_MEMBERS < WORKERS
