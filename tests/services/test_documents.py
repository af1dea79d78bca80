"""Documents prepared by the services: the roster's content, and the number series
(Decree 30/2020 Art 15.1: one series per type and issuing body, restarting each 1 January,
never reused)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dcs_enterprise.domain.enums import Gender, Role
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.services.audit_log import AuditFilter
from dcs_enterprise.services.audit_trail import AuditTrailService
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.documents import DocumentService
from dcs_enterprise.services.employees import EmployeeService, RosterQuery
from dcs_enterprise.services.enterprise import EnterpriseService


@pytest.fixture
def staffed(initialized):
    db, admin = initialized
    departments = DepartmentService(db, admin)
    sewing = departments.create("PXM", "Phân xưởng May")
    office = departments.create("VP", "Văn phòng")
    people = EmployeeService(db, admin)
    for code, name, gender, dep, member in (
        ("NV1", "Trần Thị Bích", Gender.FEMALE, sewing.id, True),
        ("NV2", "Lê Văn An", Gender.MALE, sewing.id, False),
        ("NV3", "Đỗ Thị Hoa", Gender.FEMALE, office.id, True),
    ):
        people.create(EmployeeData(code=code, full_name=name, gender=gender,
                                   department_id=dep, union_member=member))
    return db, admin


def test_roster_groups_by_department_in_vietnamese_order(staffed):
    db, admin = staffed
    prepared = DocumentService(db, admin).roster(RosterQuery(), date(2027, 1, 5))
    assert prepared.kind == "roster"
    groups = {d.name: [r.full_name for r in d.rows] for d in prepared.data.departments}
    assert groups == {"Phân xưởng May": ["Lê Văn An", "Trần Thị Bích"],
                      "Văn phòng": ["Đỗ Thị Hoa"]}
    frame = prepared.frame
    assert frame.issuers[0].name == "Công ty TNHH Thử nghiệm"
    assert frame.place == "Bình Dương" and frame.day == date(2027, 1, 5)
    assert frame.number.number is None  # a draft: no number taken
    assert frame.signatures[-1].name == "Nguyễn Văn Một"  # the legal representative


def test_roster_follows_the_filter(staffed):
    db, admin = staffed
    prepared = DocumentService(db, admin).roster(RosterQuery(text="hoa"), date(2027, 1, 5))
    assert [[r.code for r in d.rows] for d in prepared.data.departments] == [["NV3"]]


def test_numbers_follow_the_series_and_restart_each_year(staffed, make_actor):
    db, admin = staffed
    service = DocumentService(db, make_actor(Role.HR_OFFICER))
    numbers = [service.roster(RosterQuery(), day, numbered=True).frame.number.text
               for day in (date(2027, 1, 5), date(2027, 3, 1), date(2028, 1, 2))]
    assert numbers == ["01/DS-CT", "02/DS-CT", "01/DS-CT"]
    # Another issuing body symbol is another series.
    settings = EnterpriseService(db, admin).get().settings
    EnterpriseService(db, admin).update_settings(replace(settings, company_doc_symbol="PL"))
    assert service.roster(RosterQuery(), date(2027, 6, 1), numbered=True).frame.number.text \
        == "01/DS-PL"
    # The symbol back: its series goes on where it stopped (numbers are never reused).
    EnterpriseService(db, admin).update_settings(settings)
    assert service.roster(RosterQuery(), date(2027, 6, 2), numbered=True).frame.number.text \
        == "03/DS-CT"
    issued = AuditTrailService(db, admin).page(AuditFilter(action="number_document"), 0, 10)
    assert sorted(e.entity_id for e in issued) == sorted(
        ["01/DS-CT", "02/DS-CT", "01/DS-CT", "01/DS-PL", "03/DS-CT"])


def test_a_draft_takes_no_number(staffed):
    db, admin = staffed
    service = DocumentService(db, admin)
    service.roster(RosterQuery(), date(2027, 1, 5))
    assert service.roster(RosterQuery(), date(2027, 1, 5), numbered=True).frame.number.text \
        == "01/DS-CT"


def test_settings_sheet_carries_the_settings_and_the_year_holidays(staffed):
    db, admin = staffed
    prepared = DocumentService(db, admin).settings_sheet(date(2027, 1, 5))
    assert prepared.data.settings == EnterpriseService(db, admin).get().settings
    assert date(2027, 2, 6) in prepared.data.holidays  # Tết 2027
    assert all(day.year == 2027 for day in prepared.data.holidays)


def test_concurrent_numbering_never_gives_a_number_twice(staffed, make_actor):
    """Two windows (threads) issuing at once: the write lock makes each number unique."""
    from concurrent.futures import ThreadPoolExecutor

    db, _admin = staffed
    service = DocumentService(db, make_actor(Role.HR_OFFICER))

    def issue(_n: int) -> str:
        return service.roster(RosterQuery(), date(2027, 5, 1), numbered=True).frame.number.text

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(issue, range(12)))
    assert sorted(numbers) == [f"{n:02d}/DS-CT" for n in range(1, 13)]
    assert AuditTrailService(db, _admin).verify().intact  # no two events on one link


def test_departments_sharing_a_name_print_apart(initialized):
    db, admin = initialized
    departments = DepartmentService(db, admin)
    cutting = departments.create("PXC", "Phân xưởng Cắt")
    sewing = departments.create("PXM", "Phân xưởng May")
    team_a = departments.create("PXC-T1", "Tổ 1", cutting.id)
    team_b = departments.create("PXM-T1", "Tổ 1", sewing.id)
    people = EmployeeService(db, admin)
    for code, dep in (("A1", team_a.id), ("A2", team_a.id), ("B1", team_b.id)):
        people.create(EmployeeData(code=code, full_name=f"Người {code}", gender=Gender.MALE,
                                   department_id=dep))
    prepared = DocumentService(db, admin).roster(RosterQuery(), date(2027, 1, 5))
    assert sorted(len(d.rows) for d in prepared.data.departments) == [1, 2]
