"""Driving a bargaining round to a signed, filed agreement with the real services, for the
service, report and UI tests: each step is a plain function, so a test stops where it needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dcs_enterprise.domain.agreement_text import ClauseText
from dcs_enterprise.domain.bargaining_rules import Requester, Topic
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.roster import EmployeeData
from dcs_enterprise.services.agreements import AgreementService
from dcs_enterprise.services.bargaining import BargainingService
from dcs_enterprise.services.bargaining_models import (
    RequestInput,
    SessionInput,
    SigningInput,
    VoteInput,
)
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.employees import EmployeeService
from dcs_enterprise.services.session import Actor
from dcs_enterprise.storage.database import Database

REQUESTED_ON = date(2027, 1, 11)  # a Monday
WORKFORCE = 20

# Clauses are numbered through the whole agreement (Điều 1, 2, 3), chapters group them.
CLAUSES = (
    ClauseText(1, "Những quy định chung", 1, "Phạm vi áp dụng", Topic.OTHER,
               "Thỏa ước áp dụng cho người sử dụng lao động và toàn thể người lao động."),
    ClauseText(2, "Tiền lương, phụ cấp và phúc lợi", 2, "Tiền ăn giữa ca", Topic.WAGES,
               "Tiền ăn giữa ca 35.000 đồng/người/bữa."),
    ClauseText(2, "Tiền lương, phụ cấp và phúc lợi", 3, "Thưởng Tết", Topic.WAGES,
               "Thưởng Tết ít nhất một tháng lương.", 12),
)


@dataclass
class Parties:
    db: Database
    hr: Actor
    union: Actor

    def bargaining(self, actor: Actor | None = None) -> BargainingService:
        return BargainingService(self.db, actor or self.union)

    def agreements(self, actor: Actor | None = None) -> AgreementService:
        return AgreementService(self.db, actor or self.union)


def hire_workers(db: Database, admin: Actor, count: int = WORKFORCE) -> None:
    department = DepartmentService(db, admin).create("SX", "Phân xưởng may")
    employees = EmployeeService(db, admin)
    for k in range(count):
        employees.create(EmployeeData(
            code=f"NV{k:03d}", full_name=f"Nguyễn Thị Mai {k}", gender=Gender.FEMALE,
            department_id=department.id, hire_date=date(2020, 1, 1)))


def requested(p: Parties) -> int:
    info = p.bargaining().request(RequestInput(
        requested_by=Requester.UNION, requester_name="Công đoàn cơ sở Công ty",
        requested_on=REQUESTED_ON, topics=(Topic.WAGES, Topic.WORKING_TIME),
        content="Thương lượng ký kết thỏa ước lao động tập thể năm 2027",
        information_requested_on=REQUESTED_ON))
    return info.id


def negotiated(p: Parties) -> tuple[int, int]:
    """A round with two sessions and a draft in two versions; returns (round, agreement)."""
    round_id = requested(p)
    service = p.bargaining()
    service.arrange(round_id, date(2027, 1, 15), date(2027, 1, 25), "Phòng họp số 1")
    p.bargaining(p.hr).supply_information(round_id, date(2027, 1, 20))
    info = service.add_session(round_id, SessionInput(
        held_on=date(2027, 1, 25), employer_representatives="Nguyễn Văn Một - Giám đốc",
        union_representatives="Trần Thị Hai - Chủ tịch công đoàn",
        upper_union_representatives="Lê Văn Ba - Liên đoàn Lao động tỉnh",
        note_taker="Phạm Thị Bốn", agreed_points="Phạm vi áp dụng.",
        disputed_points="Mức tiền ăn giữa ca.", next_session_on=date(2027, 2, 1)))
    agreement_id = info.agreement_id
    agreements = p.agreements()
    agreements.save_draft(agreement_id, CLAUSES[:2], date(2027, 1, 25),
                          session_id=info.sessions[0].id)
    info = service.add_session(round_id, SessionInput(
        held_on=date(2027, 2, 1), employer_representatives="Nguyễn Văn Một - Giám đốc",
        union_representatives="Trần Thị Hai - Chủ tịch công đoàn", note_taker="Phạm Thị Bốn",
        agreed_points="Tiền ăn giữa ca 35.000 đồng; thưởng Tết."))
    agreements.save_draft(agreement_id, CLAUSES, date(2027, 2, 1),
                          session_id=info.sessions[1].id)
    return round_id, agreement_id


def concluded(p: Parties) -> tuple[int, int]:
    round_id, agreement_id = negotiated(p)
    p.bargaining().conclude(round_id, date(2027, 2, 1))
    return round_id, agreement_id


def voted(p: Parties, in_favour: int = WORKFORCE // 2 + 1) -> tuple[int, int]:
    round_id, agreement_id = concluded(p)
    returned = WORKFORCE - 2
    p.agreements().record_vote(agreement_id, VoteInput(
        vote_on=date(2027, 2, 3), ballots_issued=WORKFORCE, ballots_returned=returned,
        votes_for=in_favour, votes_against=returned - in_favour - 1, votes_invalid=1,
        method="Bỏ phiếu kín", place="Nhà ăn", counters="Phạm Thị Bốn\nVõ Văn Năm"))
    return round_id, agreement_id


SIGNING = SigningInput(signed_on=date(2027, 2, 5), employer_signatory="Nguyễn Văn Một",
                       union_signatory="Trần Thị Hai", term_months=24,
                       effective_written=date(2027, 3, 1), employer_signatory_title="Giám đốc",
                       union_signatory_title="Chủ tịch Công đoàn cơ sở")


def signed(p: Parties) -> tuple[int, int]:
    round_id, agreement_id = voted(p)
    p.agreements().sign(agreement_id, SIGNING)
    return round_id, agreement_id


def filed(p: Parties) -> tuple[int, int]:
    round_id, agreement_id = signed(p)
    hr = p.agreements(p.hr)
    hr.file(agreement_id, date(2027, 2, 10), "Nộp trực tiếp", "Giấy biên nhận số 15/SNV")
    hr.announce(agreement_id, date(2027, 2, 8), "notice_board", "Bảng tin nhà ăn")
    return round_id, agreement_id
