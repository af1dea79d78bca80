"""The Vietnamese words and number formats shared by the conference papers."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from report_samples import conference_header

from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_plan import DelegateKind, ElectionMethod, Owner, TaskKind
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.reports import conference_common as cc


@pytest.mark.parametrize(("mapping", "enum"), [
    (cc.DELEGATE_KIND_VI, DelegateKind), (cc.OWNER_VI, Owner), (cc.TASK_VI, TaskKind),
    (cc.STATUS_VI, Status), (cc.METHOD_VI, ElectionMethod), (cc.FORM_VI, ConferenceForm),
    (cc.CONFERENCE_NAME_VI, ConferenceForm), (cc.PARTICIPANTS_VI, ConferenceForm),
])
def test_every_enum_value_has_one_distinct_vietnamese_name(mapping: dict, enum: type) -> None:
    assert set(mapping) == set(enum)
    names = list(mapping.values())
    assert all(name.strip() for name in names)
    assert len(set(names)) == len(names)
    # Vietnamese, not the English source strings or the enum values
    assert not {name.lower() for name in names} & {member.value for member in enum}


def test_legal_terms() -> None:
    assert cc.DELEGATE_KIND_VI[DelegateKind.EX_OFFICIO] == "Đương nhiên"
    assert cc.DELEGATE_KIND_VI[DelegateKind.ELECTED] == "Được bầu"
    assert cc.OWNER_VI[Owner.EMPLOYER] == "Người sử dụng lao động"
    assert cc.OWNER_VI[Owner.UNION] == "Công đoàn cơ sở"
    assert cc.STATUS_VI[Status.DONE] == "Đã hoàn thành"
    assert cc.STATUS_VI[Status.DROPPED] == "Không tiếp tục"
    assert cc.METHOD_VI[ElectionMethod.SECRET_BALLOT] == "Bỏ phiếu kín"
    assert cc.METHOD_VI[ElectionMethod.SHOW_OF_HANDS] == "Biểu quyết giơ tay"
    assert cc.FORM_VI[ConferenceForm.FULL] == "Hội nghị toàn thể người lao động"


def test_conference_name_follows_the_form() -> None:
    assert cc.conference_name(conference_header()) == "Hội nghị đại biểu người lao động năm 2027"
    full = conference_header(form=ConferenceForm.FULL, year=2028)
    assert cc.conference_name(full) == "Hội nghị người lao động năm 2028"
    assert cc.participants(full) == "người lao động"
    assert cc.participants(conference_header()) == "đại biểu"


def test_dates_times_and_money() -> None:
    assert cc.dmy(date(2027, 3, 5)) == "05/03/2027"
    assert cc.dmy(None) == "……/……/……"
    assert cc.clock("7:30") == "07 giờ 30"
    assert cc.clock("14:05") == "14 giờ 05"
    assert cc.clock("") == "…… giờ ……"
    assert cc.clock_of(datetime(2027, 3, 20, 11, 15)) == "11 giờ 15"
    assert cc.clock_of(None) == "…… giờ ……"
    assert cc.when("07:30", date(2027, 3, 20)) == "07 giờ 30 ngày 20/03/2027 (thứ Bảy)"
    assert cc.when("08:00", date(2027, 3, 21)) == "08 giờ 00 ngày 21/03/2027 (Chủ nhật)"
    assert cc.vnd(25_000_000) == "25.000.000 đồng"
    assert cc.vnd(500) == "500 đồng"
    assert cc.grouped(1250) == "1.250"


@pytest.mark.parametrize(("part", "whole", "shown"), [
    (49, 51, "96,1%"), (51, 51, "100%"), (44, 88, "50%"), (1, 3, "33,3%"), (0, 0, "-"),
    (2, 3, "66,7%"),
])
def test_percent_with_a_decimal_comma(part: int, whole: int, shown: str) -> None:
    assert cc.percent(part, whole) == shown


def test_lower_first_keeps_acronyms() -> None:
    assert cc.lower_first("Trên 50% số đại biểu") == "trên 50% số đại biểu"
    assert cc.lower_first("BHXH đóng đủ") == "BHXH đóng đủ"
    assert cc.person("Lê Văn C", "") == "Lê Văn C"
    assert cc.person("Lê Văn C", "Tổ trưởng") == "Lê Văn C, Tổ trưởng"
