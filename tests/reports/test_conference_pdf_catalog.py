"""The workers' conference papers in the document catalog: each kind registered with its type
name and symbol (Decree 30/2020 App III), and each renders its sample through the catalog."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_probe import page_texts, reader
from report_samples import conference_samples

from dcs_enterprise.domain import conference_documents as cd
from dcs_enterprise.domain import documents as doc
from dcs_enterprise.reports.catalog import CATALOG, document_kind

KINDS = {
    "conference-plan": ("KẾ HOẠCH", "KH", cd.ConferencePlanData),
    "invitation": ("GIẤY MỜI", "GM", cd.InvitationData),
    "delegate-list": ("DANH SÁCH", "DS", cd.DelegateListData),
    "agenda": ("CHƯƠNG TRÌNH", "", cd.AgendaData),
    "department-meeting": ("BIÊN BẢN", "BB", cd.DepartmentMeetingData),
    "conference-minutes": ("BIÊN BẢN", "BB", cd.ConferenceMinutesData),
    "resolution": ("NGHỊ QUYẾT", "NQ", cd.ResolutionData),
    "results-notice": ("THÔNG BÁO", "TB", cd.ResultsNoticeData),
    "resolution-review": ("BÁO CÁO", "BC", cd.ReviewData),
}
SAMPLES = conference_samples()


def test_every_conference_kind_is_registered() -> None:
    for key, (type_name, type_code, data_type) in KINDS.items():
        kind = document_kind(key)
        assert (kind.type_name, kind.type_code, kind.data_type) == (type_name, type_code,
                                                                   data_type)
        assert "hội nghị" in kind.description_vi.lower()
        assert "conference" in kind.description_en
    assert {key for key, *_ in SAMPLES.values()} == set(KINDS)
    assert set(CATALOG) >= set(KINDS) | {"roster", "settings"}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_sample_renders_through_the_catalog(name: str) -> None:
    key, data, frame = SAMPLES[name]
    kind = document_kind(key)
    assert isinstance(data, kind.data_type)
    assert frame.title == kind.title(data) and frame.type_name == kind.type_name
    pdf = kind.render(data, frame)
    first = page_texts(pdf)[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert f"{kind.type_name} {kind.title(data)}" in first
    if kind.type_code:
        assert f"/{kind.type_code}-" in first
    else:
        assert "Số:" not in first
    assert reader(pdf).metadata.title == f"{kind.type_name} {kind.title(data)}"


@pytest.mark.parametrize("key", sorted(KINDS))
def test_any_frame_from_the_catalog(key: str) -> None:
    """The catalog's own frame (one issuer, one signer), numbered or a draft."""
    kind = document_kind(key)
    data = next(data for k, data, _ in SAMPLES.values() if k == key)
    for number in (kind.number(3, 2027, "CT") if kind.type_code else None,
                   kind.number(None, 2027, "CT") if kind.type_code else None):
        frame = kind.frame(data, (doc.IssuingBody("Công ty TNHH A"),), "Hà Nội",
                           date(2027, 2, 3), number=number,
                           signatures=(doc.SignatureBlock("Giám đốc", "Lê Văn C"),))
        pages = page_texts(kind.render(data, frame))
        first = pages[0]
        assert "Hà Nội, ngày 03 tháng 02 năm 2027" in first
        assert "Lê Văn C" in pages[-1]
        if number:
            assert number.line.replace("\u00a0", " ").split()[-1] in first
