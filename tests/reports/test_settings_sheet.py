"""The democracy-regulation settings sheet: every setting, its value and its source, in
Vietnamese."""

from __future__ import annotations

from dataclasses import fields

from pdf_probe import full_text, page_texts
from report_samples import settings_data

from dcs_enterprise.domain.enums import Regime
from dcs_enterprise.domain.settings import SETTING_SOURCES, DemocracySettings
from dcs_enterprise.reports.settings_sheet import (
    LABELS_VI,
    REGIMES_VI,
    TITLE,
    TYPE_NAME,
    setting_values,
    settings_table,
)


def test_every_setting_has_a_vietnamese_label_and_source() -> None:
    covered = set(LABELS_VI) | {"quorum_numerator", "quorum_denominator"}
    assert {f.name for f in fields(DemocracySettings)} <= covered
    assert set(SETTING_SOURCES) <= set(LABELS_VI)
    assert set(setting_values(DemocracySettings())) <= set(LABELS_VI)
    assert set(REGIMES_VI) == set(Regime)


def test_values_follow_the_settings() -> None:
    values = setting_values(DemocracySettings(quorum_numerator=3, quorum_denominator=4,
                                              pass_threshold_percent=60, rest_weekdays=(5, 6),
                                              petition_answer_days=10, company_has_seal=False))
    assert values["quorum"].startswith("Ít nhất 3/4")
    assert values["pass_threshold_percent"].startswith("Trên 60%")
    assert values["rest_weekdays"] == "Thứ Bảy, Chủ nhật"
    assert values["petition_answer_days"] == "10 ngày"
    assert values["company_has_seal"] == "Không"


def test_sheet_prints_every_row(samples: dict[str, bytes]) -> None:
    pdf = samples["settings"]
    data = settings_data()
    text = full_text(pdf)
    assert f"{TYPE_NAME} {TITLE}" in page_texts(pdf)[0]
    table = settings_table(data)
    assert len(table.rows) == len(LABELS_VI)  # holidays given: every row present
    for number, label, value, _source in table.rows:
        assert f"{number} {label}" in text or label in text
        assert " ".join(value.split()) in text
    assert "Sở Nội vụ tỉnh Bình Dương" in text
    assert "01/01/2027; 30/04/2027; 01/05/2027; 02/09/2027" in text
    assert "Điều 111 Bộ luật Lao động năm 2019" in text
    assert "Nội dung Giá trị Căn cứ" in text


def test_holidays_row_only_when_given() -> None:
    data = settings_data()
    from dataclasses import replace

    table = settings_table(replace(data, holidays=()))
    assert all(row[1] != LABELS_VI["holidays"][0] for row in table.rows)
    assert [row[0] for row in table.rows] == [str(n) for n in range(1, len(table.rows) + 1)]
