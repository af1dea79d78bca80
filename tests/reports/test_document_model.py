"""domain.documents: number and symbol (Decree 30 App I §II.3), place and date (§II.4), frames."""

from __future__ import annotations

from datetime import date

import pytest

from dcs_enterprise.domain import documents as doc


@pytest.mark.parametrize(("number", "expected"), [
    (1, "01/BB-CĐCS"),
    (5, "05/BB-CĐCS"),
    (9, "09/BB-CĐCS"),
    (10, "10/BB-CĐCS"),
    (123, "123/BB-CĐCS"),
])
def test_numbers_below_ten_take_a_leading_zero(number: int, expected: str) -> None:
    """App I §II.3: "Số: 05/BB-CĐCS", numbers below 10 with a leading 0."""
    assert doc.DocumentNumber(number, 2027, "BB", "CĐCS").text == expected


def test_number_line_and_symbol() -> None:
    number = doc.DocumentNumber(5, 2027, "KHLT", "CT-CĐCS")
    assert number.line == "Số: 05/KHLT-CT-CĐCS"
    assert number.symbol == "KHLT-CT-CĐCS"


def test_official_letter_has_no_type_abbreviation() -> None:
    """App III: a công văn carries the body's symbol only."""
    assert doc.DocumentNumber(7, 2027, "", "CĐCS").text == "07/CĐCS"


def test_unnumbered_draft_leaves_a_blank_for_the_number() -> None:
    draft = doc.DocumentNumber(None, 2027, "BB", "CĐCS")
    assert draft.line == "Số: " + "\u00a0" * 6 + "/BB-CĐCS"
    assert draft.line.replace("\u00a0", " ") == "Số:       /BB-CĐCS"


@pytest.mark.parametrize("bad", [0, -3])
def test_numbers_start_at_one(bad: int) -> None:
    with pytest.raises(ValueError):
        doc.DocumentNumber(bad, 2027, "BB", "CĐCS")


@pytest.mark.parametrize(("day", "expected"), [
    (date(2027, 1, 5), "Bình Dương, ngày 05 tháng 01 năm 2027"),
    (date(2027, 2, 28), "Bình Dương, ngày 28 tháng 02 năm 2027"),
    (date(2027, 3, 5), "Bình Dương, ngày 05 tháng 3 năm 2027"),
    (date(2027, 10, 9), "Bình Dương, ngày 09 tháng 10 năm 2027"),
    (date(2027, 12, 10), "Bình Dương, ngày 10 tháng 12 năm 2027"),
    (date(2027, 9, 1), "Bình Dương, ngày 01 tháng 9 năm 2027"),
])
def test_date_line_leading_zeros(day: date, expected: str) -> None:
    """App I §II.4: days below 10 and the months 1 and 2 (only) get a leading 0."""
    assert doc.date_line("Bình Dương", day) == expected


def test_frame_date_text_blank_when_undated() -> None:
    frame = doc.DocumentFrame(issuers=(doc.IssuingBody("Công ty A"),), number=None,
                              place="Hà Nội", day=None, type_name="BIÊN BẢN", title="")
    assert frame.date_text.startswith("Hà Nội, ngày")
    assert "năm 20" in frame.date_text


def test_frame_takes_one_or_two_issuers_and_at_most_three_signatures() -> None:
    body = doc.IssuingBody("Công ty A")
    common = dict(number=None, place="Hà Nội", day=date(2027, 1, 5), type_name="BIÊN BẢN",
                  title="")
    with pytest.raises(ValueError):
        doc.DocumentFrame(issuers=(), **common)
    with pytest.raises(ValueError):
        doc.DocumentFrame(issuers=(body, body, body), **common)
    signer = doc.SignatureBlock("Giám đốc", "Trần Văn B")
    with pytest.raises(ValueError):
        doc.DocumentFrame(issuers=(body,), signatures=(signer,) * 4, **common)
    joint = doc.DocumentFrame(issuers=(body, doc.IssuingBody("Công đoàn cơ sở")), **common)
    assert joint.author == "Công ty A - Công đoàn cơ sở"


def test_signature_authority_line() -> None:
    assert doc.SignatureBlock("Chủ tịch", "A", prefix="TM.",
                              authority="Ban Chấp hành").authority_line == "TM. Ban Chấp hành"
    assert doc.SignatureBlock("Giám đốc", "B").authority_line == ""


def test_table_checks_its_shape() -> None:
    with pytest.raises(ValueError):
        doc.Table(headers=("a", "b"), rows=(), col_widths_mm=(10,))
    with pytest.raises(ValueError):
        doc.Table(headers=("a", "b"), rows=(), align=("LEFT",))
