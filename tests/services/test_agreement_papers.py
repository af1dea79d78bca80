"""The bargaining and agreement papers prepared from real records (Labour Code 2019 Arts
67-83), rendered through the catalogue and read back from the PDF: the B1-B3 clocks of the
request, the stored numbers of the minutes, failure, tally, agreement and filing, the A1
arithmetic over the whole workforce, clause texts and per-clause terms, the A2 due date and the
labour authority of the cover letter."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from bargaining_flow import (
    CLAUSES,
    REQUESTED_ON,
    WORKFORCE,
    Parties,
    filed,
    hire_workers,
    negotiated,
    requested,
    signed,
    voted,
)
from pypdf import PdfReader

from dcs_enterprise.domain.agreement_documents import FilingMethod, VoteMethod
from dcs_enterprise.domain.bargaining_rules import FailureGround, Requester, Topic
from dcs_enterprise.domain.bargaining_stages import RoundKind
from dcs_enterprise.domain.enums import Role
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.reports.catalog import CATALOG
from dcs_enterprise.services.agreement_papers import AgreementPaperService
from dcs_enterprise.services.bargaining_models import RequestInput
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.session import EMPLOYEE_VIEW

COMPANY = "Công ty TNHH Thử nghiệm"
UNION = "Công đoàn cơ sở Công ty TNHH Thử nghiệm"
AUTHORITY = "Sở Nội vụ tỉnh Bình Dương"


@pytest.fixture
def p(initialized, make_actor) -> Parties:
    db, admin = initialized
    enterprise = EnterpriseService(db, admin)
    enterprise.update_profile(replace(
        enterprise.get().profile, legal_representative_title="Giám đốc", union_name=UNION,
        upper_union_name="Liên đoàn Lao động tỉnh Bình Dương", address="Số 1 Đại lộ Bình Dương",
        tax_code="3702345678"))
    enterprise.update_settings(replace(enterprise.get().settings, labour_authority=AUTHORITY))
    hire_workers(db, admin)
    return Parties(db, make_actor(Role.HR_OFFICER), make_actor(Role.UNION_OFFICER))


def papers(p: Parties, actor=None) -> AgreementPaperService:
    return AgreementPaperService(p.db, actor or p.hr)


def rendered(prepared) -> str:
    """The paper through its renderer, as the PDF's text on one line."""
    kind = CATALOG[prepared.kind]
    assert isinstance(prepared.data, kind.data_type)
    assert prepared.frame.title == kind.title(prepared.data)  # the service's title = the kind's
    assert prepared.frame.type_name == kind.type_name
    pdf = kind.render(prepared.data, prepared.frame)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "None" not in text
    return text


def test_the_request_prints_the_clocks_it_starts(p):
    round_id = requested(p)
    paper = papers(p).bargaining_request(round_id, numbered=True)
    data = paper.data
    assert (data.arrange_by, data.start_by, data.information_by) == (
        date(2027, 1, 19), date(2027, 2, 11), date(2027, 1, 21))
    assert data.requester is Requester.UNION and data.workforce == WORKFORCE
    assert data.topics == (Topic.WAGES, Topic.WORKING_TIME) and data.end_by is None
    assert paper.frame.number.text == "01/CĐCS" and paper.frame.day == REQUESTED_ON
    assert paper.frame.issuers[0].name == UNION
    text = rendered(paper)
    assert f"Kính gửi: Giám đốc {COMPANY}" in text and "Số: 01/CĐCS" in text
    for due in ("19/01/2027", "11/02/2027", "21/01/2027", "11/01/2027"):
        assert due in text
    assert "Thương lượng ký kết thỏa ước lao động tập thể năm 2027" in text


def test_once_started_the_request_shows_the_end(p):
    round_id, _agreement = negotiated(p)
    data = papers(p).bargaining_request(round_id).data
    assert (data.started_on, data.end_by) == (date(2027, 1, 25), date(2027, 4, 26))
    assert "26/04/2027" in rendered(papers(p).bargaining_request(round_id))


def test_session_minutes_carry_their_number_and_both_sides(p):
    round_id, _agreement = negotiated(p)
    first = p.bargaining().get(round_id).sessions[0]
    p.bargaining().publish_session(first.id, "notice_board", "Bảng tin nhà ăn",
                                   date(2027, 1, 26))
    paper = papers(p).session_minutes(first.id)
    data = paper.data
    assert paper.frame.number.text == first.minutes_number and paper.frame.signatures == ()
    assert [(r.name, r.position) for r in data.employer_side] == [("Nguyễn Văn Một",
                                                                  "Giám đốc")]
    assert data.note_taker.name == "Phạm Thị Bốn" and data.draft_version == 1
    assert data.agreed == ("Phạm vi áp dụng.",) and data.disputed == ("Mức tiền ăn giữa ca.",)
    text = rendered(paper)
    assert f"Số: {first.minutes_number}" in text and "lần thứ 1" in text
    assert "Lê Văn Ba" in text and "Liên đoàn Lao động tỉnh" in text
    assert "Phạm vi áp dụng" in text and "Mức tiền ăn giữa ca" in text
    assert "01/02/2027" in text and "từ ngày 26/01/2027" in text and "Bảng tin nhà ăn" in text
    for name in ("Nguyễn Văn Một", "Phạm Thị Bốn", "Trần Thị Hai"):
        assert name in text


def test_a_failure_prints_its_ground_the_passed_limit_and_its_number(p):
    round_id = requested(p)
    with pytest.raises(ValidationError):
        papers(p).failure(round_id)
    p.bargaining().fail(round_id, FailureGround.REFUSED_OR_LATE, date(2027, 2, 15))
    info = p.bargaining().get(round_id)
    paper = papers(p).failure(round_id)
    assert paper.frame.number.text == info.failure_number and paper.data.start_by == date(
        2027, 2, 11)
    assert len(paper.frame.signatures) == 1
    text = rendered(paper)
    assert f"Số: {info.failure_number}" in text and "điểm a Điều 71" in text
    assert "chậm nhất ngày 11/02/2027" in text and "15/02/2027" in text


def test_a_declared_failure_is_signed_by_both_and_names_the_disputes(p):
    round_id, _agreement = negotiated(p)
    p.bargaining().fail(round_id, FailureGround.DECLARED, date(2027, 2, 2))
    paper = papers(p).failure(round_id)
    assert [s.name for s in paper.frame.signatures] == ["Trần Thị Hai", "Nguyễn Văn Một"]
    text = rendered(paper)
    assert "điểm c Điều 71" in text and "đã tổ chức 2 phiên họp" in text


@pytest.mark.parametrize("in_favour, passed", [(WORKFORCE // 2, False),
                                               (WORKFORCE // 2 + 1, True)])
def test_the_tally_counts_over_the_whole_workforce(p, in_favour, passed):
    _round, agreement_id = voted(p, in_favour=in_favour)
    paper = papers(p).tally(agreement_id)
    vote = paper.data.vote
    assert (vote.workforce, vote.in_favour, vote.needed, vote.passed) == (
        WORKFORCE, in_favour, WORKFORCE // 2 + 1, passed)
    assert paper.data.method is VoteMethod.BALLOT
    stored = p.agreements().get(agreement_id, date(2027, 2, 3)).tally_number
    assert paper.frame.number.text == stored
    text = rendered(paper)
    assert f"Số: {stored}" in text
    assert f"{in_favour} : {WORKFORCE} × 100% = {in_favour * 5}%" in text
    assert f"ít nhất {WORKFORCE // 2 + 1}/{WORKFORCE} người" in text
    assert ("đủ điều kiện để các bên ký kết" in text) is passed
    assert "Phạm Thị Bốn" in text and "Võ Văn Năm" in text and "03/02/2027" in text


def test_the_agreement_prints_its_number_clauses_terms_and_the_vote(p):
    _round, agreement_id = filed(p)
    paper = papers(p).agreement(agreement_id)
    info = p.agreements().get(agreement_id, date(2027, 3, 1))
    assert paper.frame.number.text == info.agreement_number
    assert paper.frame.signatures == () and len(paper.frame.issuers) == 2
    assert paper.data.clauses == CLAUSES and paper.data.vote.passed
    text = rendered(paper)
    assert f"Số: {info.agreement_number}" in text
    for clause in CLAUSES:
        assert clause.text in text and f"Điều {clause.number}. {clause.title}" in text
    assert "kể từ ngày 01/03/2027" in text and "24 tháng (02 năm), đến hết ngày 28/02/2029" in text
    assert "12 tháng (01 năm), đến hết ngày 29/02/2028" in text  # Thưởng Tết's own term
    assert "PHỤ LỤC" in text and "11 : 20 × 100% = 55%" in text
    assert "Trần Thị Hai" in text and "chức vụ: Chủ tịch Công đoàn cơ sở Công ty" in text
    assert AUTHORITY in text


def test_an_amendment_prints_as_the_consolidated_text(p):
    _round, agreement_id = filed(p)
    number = p.agreements().get(agreement_id, date(2027, 3, 1)).agreement_number
    amendment = p.bargaining().request(RequestInput(
        Requester.EMPLOYER, COMPANY, date(2027, 6, 1), (Topic.WAGES,), "Tăng tiền ăn",
        kind=RoundKind.AMENDMENT, amends_agreement_id=agreement_id)).agreement_id
    changed = (*CLAUSES[:1], replace(CLAUSES[1], text="Tiền ăn giữa ca 40.000 đồng/người/bữa."),
               *CLAUSES[2:])
    p.agreements().save_draft(amendment, changed, date(2027, 6, 1))
    paper = papers(p).agreement(amendment)
    assert (paper.data.amends_number, paper.data.consolidated_version) == (number, 2)
    assert paper.data.term_months == 24 and paper.frame.number.number is None
    assert paper.frame.day is None  # not signed: the date is filled in by hand
    text = rendered(paper)
    assert "văn bản hợp nhất lần 1" in text and "40.000 đồng" in text
    assert f"sửa đổi, bổ sung Thỏa ước lao động tập thể số {number}" in text
    request = papers(p).bargaining_request(p.bargaining().rounds()[0].id)
    assert request.data.amends == number and request.frame.issuers[0].name == COMPANY
    assert f"thỏa ước lao động tập thể số {number}" in rendered(request)


def test_the_cover_letter_goes_to_the_authority_by_the_a2_day(p):
    _round, agreement_id = signed(p)
    draft = papers(p).cover_letter(agreement_id)
    assert draft.data.addressee == AUTHORITY and draft.data.filing_due == date(2027, 2, 15)
    assert draft.frame.number.number is None and draft.frame.day is None
    assert "chậm nhất ngày 15/02/2027" in rendered(draft)
    p.agreements(p.hr).file(agreement_id, date(2027, 2, 10), "Gửi qua bưu điện", "Biên nhận")
    paper = papers(p).cover_letter(agreement_id)
    stored = p.agreements().get(agreement_id, date(2027, 2, 10)).filing_number
    assert paper.frame.number.text == stored and paper.frame.day == date(2027, 2, 10)
    assert paper.data.method is FilingMethod.POST
    text = rendered(paper)
    assert f"Kính gửi: {AUTHORITY}" in text and f"Số: {stored}" in text
    assert "ngày 10 tháng 02 năm 2027" in text and "11/20" in text
    assert "gồm 02 chương, 03 điều" in text and "gửi qua dịch vụ bưu chính" in text


def test_the_announcement_names_where_it_is_posted(p):
    _round, agreement_id = filed(p)
    paper = papers(p).announcement(agreement_id, numbered=True)
    assert paper.frame.number.text == "01/TB-CT" and paper.frame.day == date(2027, 2, 8)
    text = rendered(paper)
    assert "Bảng tin nhà ăn" in text and "từ ngày 08/02/2027" in text
    assert "từ ngày 01/03/2027" in text and "28/02/2029" in text
    assert "Điều 2. Tiền ăn giữa ca" in text and "Điều 3. Thưởng Tết: 12 tháng" in text


def test_refusals_and_permissions(p):
    _round, agreement_id = voted(p)
    with pytest.raises(ValidationError):
        papers(p).cover_letter(agreement_id)
    with pytest.raises(ValidationError):
        papers(p).announcement(agreement_id)
    with pytest.raises(PermissionDenied):
        papers(p, EMPLOYEE_VIEW).bargaining_request(_round, numbered=True)
    assert papers(p, p.union).agreement(agreement_id).data.signed_on is None
