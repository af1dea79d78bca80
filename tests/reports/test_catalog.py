"""The registry of printable document kinds (for export-pdf --list and the preview menu)."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_probe import page_texts
from report_samples import roster_data, settings_data

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.reports.catalog import CATALOG, document_kind


def test_kinds_and_descriptions() -> None:
    assert set(CATALOG) >= {"roster", "settings"}
    for key, kind in CATALOG.items():
        assert kind.key == key
        assert kind.description_vi and kind.description_en
        assert kind.type_name == kind.type_name.upper()


def test_unknown_kind_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="roster"):
        document_kind("nonsense")


@pytest.mark.parametrize(("key", "data"), [("roster", roster_data()),
                                           ("settings", settings_data())])
def test_each_kind_renders_its_data(key: str, data: object) -> None:
    kind = document_kind(key)
    assert isinstance(data, kind.data_type)
    number = kind.number(3, 2027, "CT") if kind.type_code else None
    frame = kind.frame(data, (doc.IssuingBody("Công ty TNHH A"),), "Hà Nội", date(2027, 2, 3),
                       number=number, signatures=(doc.SignatureBlock("Giám đốc", "Lê Văn C"),))
    first = page_texts(kind.render(data, frame))[0]
    assert kind.type_name in first
    assert "Hà Nội, ngày 03 tháng 02 năm 2027" in first
    if number:
        assert f"Số: 03/{kind.type_code}-CT" in first
