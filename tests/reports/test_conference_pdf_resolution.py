"""The conference resolution (Decree 30 Mẫu 1.1) and the results notice, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_probe import find, fragments, full_text, page_texts
from report_samples import (
    ADOPTION,
    ARTICLES,
    VOTES,
    resolution_data,
    resolution_frame,
    results_notice_data,
    results_notice_frame,
)

from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.conference_notice import render_results_notice
from dcs_enterprise.reports.conference_resolution import EFFECT_TITLE, render_resolution


@pytest.fixture(scope="module")
def pdf() -> bytes:
    data = resolution_data()
    return render_resolution(data, resolution_frame(data))


def test_title_authority_and_legal_bases(pdf: bytes) -> None:
    first = page_texts(pdf)[0]
    assert "Số: 01/NQ-HNNLĐ" in first
    assert "NGHỊ QUYẾT Hội nghị đại biểu người lao động năm 2027" in first
    assert "HỘI NGHỊ ĐẠI BIỂU NGƯỜI LAO ĐỘNG CÔNG TY TNHH MAY MẶC BÌNH AN" in first
    bases = ["Căn cứ Bộ luật Lao động năm 2019;",
             "Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ",
             "Căn cứ Quy chế dân chủ ở cơ sở tại nơi làm việc của Công ty TNHH May mặc Bình An;",
             "Căn cứ Biên bản Hội nghị đại biểu người lao động năm 2027 số 01/BB-HNNLĐ.",
             "QUYẾT NGHỊ:"]
    positions = [first.find(b) for b in bases]
    assert -1 not in positions and positions == sorted(positions)
    frags = fragments(pdf)
    assert find(frags, "Căn cứ Bộ luật Lao động năm 2019;").font == fonts.ITALIC
    assert find(frags, "QUYẾT NGHỊ:").font == fonts.BOLD


def test_articles_with_owner_and_deadline(pdf: bytes) -> None:
    text = full_text(pdf)
    frags = fragments(pdf)
    for article in ARTICLES:
        heading = find(frags, f"Điều {article.number}. {article.title}")
        assert heading.font == fonts.BOLD
        assert " ".join(article.text.split()) in text
    assert ("Trách nhiệm thực hiện: Phòng Hành chính - Nhân sự; thời hạn: 30/04/2027." in text)
    assert "Trách nhiệm thực hiện: Người sử dụng lao động; thời hạn: 30/06/2027." in text
    assert text.count("Trách nhiệm thực hiện:") == 2  # articles 1 and 2 bind no one


def test_effect_article_and_adoption_vote(pdf: bytes) -> None:
    text = full_text(pdf)
    assert f"Điều 5. {EFFECT_TITLE}" in text
    assert ("1. Nghị quyết này có hiệu lực kể từ ngày 20/03/2027, ngày Hội nghị đại biểu người "
            "lao động năm 2027 thông qua.") in text
    assert "thay thế" not in text
    share = f"{100 * ADOPTION.in_favour / ADOPTION.present:.1f}".replace(".", ",")
    assert (f"Nghị quyết được Hội nghị thông qua với {ADOPTION.in_favour}/{ADOPTION.present} đại "
            f"biểu có mặt tán thành, đạt {share}%./.") in text
    assert share == "96,1"
    last = page_texts(pdf)[-1]
    assert "TM. HỘI NGHỊ CHỦ TỌA" in last and "đạt 96,1%./." in last


def test_correction_draft_and_full_form() -> None:
    data = resolution_data(supersedes="01/NQ-HNNLĐ", adoption=None, minutes_number="",
                           header=replace(resolution_data().header, form=ConferenceForm.FULL))
    text = full_text(render_resolution(data, resolution_frame(data)))
    assert "NGHỊ QUYẾT Hội nghị người lao động năm 2027" in text
    assert "HỘI NGHỊ NGƯỜI LAO ĐỘNG CÔNG TY TNHH MAY MẶC BÌNH AN" in text
    assert "Nghị quyết này thay thế Nghị quyết số 01/NQ-HNNLĐ" in text
    assert "Căn cứ Biên bản" not in text
    assert "Căn cứ Quy chế dân chủ ở cơ sở tại nơi làm việc của Công ty TNHH May mặc Bình An." \
        in text  # now the last basis, ending with "."
    assert "thông qua với" not in text
    assert "thông báo kết quả đến toàn thể người lao động./." in text


def test_results_notice() -> None:
    data = results_notice_data()
    pdf = render_results_notice(data, results_notice_frame(data))
    text = full_text(pdf)
    assert "THÔNG BÁO Kết quả Hội nghị đại biểu người lao động năm 2027" in text
    assert "Số: 12/TB-CT" in text
    assert ("Ngày 20/03/2027, tại Hội trường Công ty, Lô B2, Khu công nghiệp Việt Nam - "
            "Singapore, Công ty TNHH May mặc Bình An và Công đoàn cơ sở") in text
    assert "Số đại biểu được triệu tập: 54; có mặt: 51 (94,4%)." in text
    for vote in VOTES:
        assert f"{vote.in_favour} {vote.against} {vote.abstained} {vote.present}" in text
    assert text.count("Không thông qua") == 1
    assert "2. Các nội dung chính của Nghị quyết số 01/NQ-HNNLĐ" in text
    for article in data.articles:
        assert f"Điều {article.number}. {article.title}:" in text
    assert "Điều 1." not in text  # only the articles given
    assert ("3. Công khai nghị quyết Nghị quyết được công khai bằng hình thức niêm yết tại bảng "
            "tin và đăng trên mạng nội bộ tại bảng tin nhà ăn, cổng chính và các phân xưởng, từ "
            "ngày 23/03/2027 đến ngày 22/04/2027.") in text
    assert "qua Ban Chấp hành Công đoàn cơ sở./." in text
    undated = replace(data, published_until=None, votes=(), articles=())
    text = full_text(render_results_notice(undated, results_notice_frame(undated)))
    assert "từ ngày 23/03/2027 đến ngày ……/……/……." in text
    assert "Hội nghị không tiến hành biểu quyết." in text and "2. Công khai nghị quyết" in text


def test_law_10_is_a_legal_basis_only_where_it_binds():
    from dataclasses import replace

    from report_samples import resolution_data

    from dcs_enterprise.reports.conference_resolution import legal_bases

    assert not any("10/2022/QH15" in b for b in legal_bases(resolution_data()))
    bases = legal_bases(replace(resolution_data(), under_law_10=True))
    assert any("10/2022/QH15" in b for b in bases)
