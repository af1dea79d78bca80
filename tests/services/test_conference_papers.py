"""The conference papers' data and frames, read from the records of a conference run through
the services (numbers, signatories, the arithmetic printed)."""

from __future__ import annotations

from datetime import date

import pytest
from conference_flow import (
    Organisers,
    check_in,
    documents_ready,
    elect_everywhere,
    held_and_adopted,
    planned,
    published,
)

from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_plan import DelegateKind
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.commitments import CommitmentService
from dcs_enterprise.services.conference_papers import ConferencePaperService
from dcs_enterprise.services.demo import create_demo
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.session import EMPLOYEE_VIEW

DAY = date(2027, 3, 1)


@pytest.fixture
def organisers(tmp_path):
    db = open_file(tmp_path / "p.sqlite")
    create_demo(db, employees=150, conferences=False)
    yield Organisers(db, sign_in(db, "nhansu", "demo-nhansu"),
                     sign_in(db, "congdoan", "demo-congdoan"))
    db.close()


@pytest.fixture
def adopted(organisers):
    cid = planned(organisers)
    elect_everywhere(organisers, cid)
    organisers.plan().advance(cid)
    documents_ready(organisers, cid)
    check_in(organisers, cid, 28)
    held_and_adopted(organisers, cid)
    return cid


def papers(o: Organisers) -> ConferencePaperService:
    return ConferencePaperService(o.db, o.hr)


def test_the_plan_is_joint_and_numbered_in_the_joint_series(organisers):
    cid = planned(organisers)
    draft = papers(organisers).plan(cid, DAY)
    assert draft.kind == "conference-plan" and draft.frame.number.number is None
    assert len(draft.frame.issuers) == 2 and len(draft.frame.signatures) == 2
    assert draft.frame.signatures[0].name == "Lê Văn Thắng"  # approved for the union
    assert sum(s.seats for s in draft.data.seats) == 30
    assert "từ 100 người trở lên" in draft.data.form_basis
    numbered = papers(organisers).plan(cid, DAY, numbered=True)
    assert numbered.frame.number.text == "01/KH-CT-CĐCS"


def test_invitations_one_per_delegate_with_their_codes(adopted, organisers):
    paper = papers(organisers).invitations(adopted, DAY)
    assert len(paper.data.invitees) == 30
    assert all(i.invitation_code.startswith("HN2027-") for i in paper.data.invitees)
    assert papers(organisers).invitations(adopted, DAY, one_for_all=True).data.invitees == ()


def test_the_delegate_list_and_the_minutes_carry_the_attendance(adopted, organisers):
    listed = papers(organisers).delegate_list(adopted, DAY, with_attendance=True).data
    assert sum(1 for d in listed.delegates if d.checked_in_at) == 28
    assert {d.kind for d in listed.delegates} == {DelegateKind.ELECTED}
    minutes = papers(organisers).minutes(adopted)
    assert minutes.frame.number.text == "01/BB-HNNLĐ"
    assert minutes.data.present == 28 and minutes.data.summoned == 30
    assert "28/30" in minutes.data.quorum_text and "cần ít nhất 20" in minutes.data.quorum_text
    assert [s.name for s in minutes.frame.signatures] == ["Trần Thị Thu Hà", "Nguyễn Minh Quang"]


def test_the_resolution_names_its_minutes_and_its_adoption(adopted, organisers):
    paper = papers(organisers).resolution(adopted)
    assert paper.frame.number.text == "01/NQ-HNNLĐ"
    assert paper.data.minutes_number == "01/BB-HNNLĐ"
    assert paper.data.adoption.in_favour == 28 and paper.data.adoption.passed
    assert [a.owner for a in paper.data.articles] == ["", "Phòng Hành chính - Nhân sự"]


def test_the_review_reports_each_commitment_and_what_is_overdue(adopted, organisers):
    published(organisers, adopted)
    [commitment] = CommitmentService(organisers.db, organisers.union).list(
        adopted, today=date(2027, 3, 20))
    CommitmentService(organisers.db, organisers.union).update(
        commitment.id, Status.IN_PROGRESS, 40, "Đã trình Ban Giám đốc", date(2027, 3, 20))
    review = papers(organisers).review(adopted, date(2027, 9, 12))
    [line] = review.data.commitments
    assert (line.status, line.progress, line.overdue) == (Status.IN_PROGRESS, 40, True)
    assert review.data.period_label.startswith("6 tháng")
    notice = papers(organisers).results_notice(adopted, date(2027, 3, 15)).data
    assert notice.resolution_number == "01/NQ-HNNLĐ"
    assert notice.published_place == "Bảng tin nhà ăn"


def test_no_review_before_the_resolution_and_no_papers_for_employees(organisers):
    cid = planned(organisers)
    with pytest.raises(ValidationError):
        papers(organisers).review(cid, DAY)
    with pytest.raises(PermissionDenied):
        ConferencePaperService(organisers.db, EMPLOYEE_VIEW).plan(cid, DAY)


def test_papers_name_people_as_the_records_do(adopted, organisers):
    from dcs_enterprise.domain.enums import Gender

    invitees = papers(organisers).invitations(adopted, DAY).data.invitees
    assert {i.gender for i in invitees} <= {Gender.MALE, Gender.FEMALE}
    minutes = papers(organisers).minutes(adopted).data
    assert len(minutes.absentees) == 2  # 30 summoned, 28 checked in
    listed = papers(organisers).delegate_list(adopted, DAY, with_attendance=True)
    assert listed.frame.title.endswith("và kết quả điểm danh")
    agenda = papers(organisers).agenda(adopted, DAY).data.items
    assert any(item.presenter == "Tổng Giám đốc" for item in agenda)  # the demo's title
    assert papers(organisers).review(adopted, date(2027, 3, 16)).data.period_label == (
        "từ Hội nghị người lao động năm 2027 đến nay")
    assert papers(organisers).review(adopted, date(2027, 9, 11)).data.period_label.startswith(
        "5 tháng")
