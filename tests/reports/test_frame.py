"""The Decree 30/2020 frame read back from the PDF: placement, sizes, margins, fonts, text.

Rules: legal-vn.md D.4-D.13 (Decree 30/2020 App I). Positions are in PDF points from the bottom
left corner of the page.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from pdf_probe import FACE_BY_POSTSCRIPT, MM, find, fragments, full_text, page_texts, reader
from report_samples import ALL_SENTENCES, sample_body, union_frame

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.paths import resource_path
from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.frame import render_document

A4 = (595.28, 841.89)
NATIONAL, MOTTO = doc.NATIONAL_HEADING


def test_page_is_a4_portrait(minutes_pdf: bytes) -> None:
    for page in reader(minutes_pdf).pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(A4[0], abs=1)
        assert float(box.height) == pytest.approx(A4[1], abs=1)


def test_national_heading_and_motto_top_right(minutes_pdf: bytes) -> None:
    """D.6: national heading 12-13 pt bold capitals top right; motto 13-14 pt bold under it."""
    frags = fragments(minutes_pdf)
    width, height = A4
    heading = find(frags, NATIONAL, page=1)
    motto = find(frags, MOTTO, page=1)
    for frag in (heading, motto):
        assert frag.centre > width / 2
        assert frag.y > height - 20 * MM - 40
    assert heading.font == fonts.BOLD and 12 <= heading.size <= 13
    assert motto.font == fonts.BOLD and 13 <= motto.size <= 14
    assert motto.y < heading.y
    assert motto.centre == pytest.approx(heading.centre, abs=1)


def test_issuing_body_top_left_with_parent_above(minutes_pdf: bytes) -> None:
    """D.7: parent body 12-13 pt upright capitals, issuing body 12-13 pt bold capitals."""
    frags = fragments(minutes_pdf)
    width, height = A4
    parent = find(frags, "LIÊN ĐOÀN LAO ĐỘNG", page=1)
    body = find(frags, "CÔNG ĐOÀN CƠ SỞ CÔNG", page=1)
    for frag in (parent, body):
        assert frag.centre < width / 2
        assert frag.y > height - 20 * MM - 60
    assert parent.font == fonts.REGULAR and 12 <= parent.size <= 13
    assert body.font == fonts.BOLD and 12 <= body.size <= 13
    assert body.y < parent.y
    heading = find(frags, NATIONAL, page=1)
    assert parent.y == pytest.approx(heading.y, abs=0.5)  # both headings start on one line


def test_number_under_the_issuer_and_date_under_the_motto_on_one_line(minutes_pdf: bytes) -> None:
    """D.8, D.9: "Số: 05/BB-CĐCS" 13 pt centred under the issuing body; the italic place and
    date 13-14 pt centred under the motto, level with the number."""
    frags = fragments(minutes_pdf)
    number = find(frags, "Số: 05/BB-CĐCS", page=1)
    day = find(frags, "Bình Dương, ngày 05 tháng 01 năm 2027", page=1)
    body = find(frags, "CÔNG ĐOÀN CƠ SỞ CÔNG", page=1)
    motto = find(frags, MOTTO, page=1)
    assert number.size == 13 and number.font == fonts.REGULAR
    assert number.centre == pytest.approx(body.centre, abs=2)
    assert day.font == fonts.ITALIC and 13 <= day.size <= 14
    assert day.centre == pytest.approx(motto.centre, abs=2)
    assert day.y == pytest.approx(number.y, abs=0.5)
    assert day.y < motto.y


def test_type_name_and_title_centred_bold(minutes_pdf: bytes) -> None:
    """D.10: type name bold capitals 13-14 pt, summary title bold 13-14 pt, both centred."""
    frags = fragments(minutes_pdf)
    centre = 30 * MM + (A4[0] - 45 * MM) / 2
    type_name = find(frags, "BIÊN BẢN", page=1)
    title = find(frags, "Hội nghị Ban Chấp hành công đoàn cơ sở mở rộng", page=1)
    for frag in (type_name, title):
        assert frag.font == fonts.BOLD and 13 <= frag.size <= 14
        assert frag.centre == pytest.approx(centre, abs=2)
    assert title.y < type_name.y < find(frags, "Số: 05/BB-CĐCS").y


def test_body_legal_basis_and_articles(minutes_pdf: bytes) -> None:
    """D.11: body 13-14 pt with a first-line indent of 1.27 cm; "Căn cứ" lines italic;
    "Điều" lines bold; clauses "1." and points "a)"."""
    frags = fragments(minutes_pdf)
    basis = find(frags, "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;")
    assert basis.font == fonts.ITALIC and basis.size == 13
    assert basis.x == pytest.approx(30 * MM + 12.7 * MM, abs=0.5)
    article = find(frags, "Điều 1. Thông qua kế hoạch tổ chức Hội nghị người lao động năm 2027")
    assert article.font == fonts.BOLD
    assert find(frags, "QUYẾT NGHỊ:").font == fonts.BOLD
    assert find(frags, "1. Hội nghị được tổ chức theo hình thức hội nghị đại biểu.").font \
        == fonts.REGULAR
    assert find(frags, "a) Hội nghị cấp phân xưởng hoàn thành trước ngày 20 tháng 02 năm 2027;")
    # The long "Căn cứ" paragraph runs on from the left margin.
    follow_on = [f for f in frags if f.font == fonts.ITALIC and f.page == 1 and f.y < basis.y
                 and not f.text.startswith("Căn cứ")]
    assert follow_on and follow_on[0].x == pytest.approx(30 * MM, abs=0.5)


def test_text_stays_inside_the_margins(samples: dict[str, bytes]) -> None:
    """D.4: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm (page numbers sit in the
    top margin, D.5)."""
    width, height = A4
    for name, pdf in samples.items():
        for frag in fragments(pdf):
            if frag.y > height - 20 * MM:  # the page number
                assert frag.text == str(frag.page), (name, frag)
                continue
            assert frag.x >= 30 * MM - 0.01, (name, frag)
            assert frag.right <= width - 15 * MM + 0.01, (name, frag)
            assert frag.y - 0.25 * frag.size >= 20 * MM, (name, frag)
            assert frag.y + frag.size <= height - 20 * MM, (name, frag)


def test_body_text_reaches_both_margins(minutes_pdf: bytes) -> None:
    """Justified body text: full lines start at the left margin and end at the right one."""
    frags = [f for f in fragments(minutes_pdf) if f.font == fonts.REGULAR and f.size == 13]
    assert min(f.x for f in frags) == pytest.approx(30 * MM, abs=0.5)
    assert max(f.right for f in frags) > A4[0] - 15 * MM - 15


def test_page_numbers_from_page_two_centred_in_the_top_margin(minutes_pdf: bytes) -> None:
    """D.5: Arabic numerals 13-14 pt, centred in the top margin, none on page 1."""
    frags = fragments(minutes_pdf)
    pages = len(reader(minutes_pdf).pages)
    assert pages >= 2
    top = A4[1] - 20 * MM
    assert not [f for f in frags if f.page == 1 and f.y > top]
    centre = 30 * MM + (A4[0] - 45 * MM) / 2
    for page in range(2, pages + 1):
        numbers = [f for f in frags if f.page == page and f.y > top]
        assert [f.text for f in numbers] == [str(page)]
        assert 13 <= numbers[0].size <= 14 and numbers[0].font == fonts.REGULAR
        assert numbers[0].centre == pytest.approx(centre, abs=1)


def test_signature_block_and_recipients(minutes_pdf: bytes) -> None:
    """D.12, D.13: "TM." authority and position bold capitals, name bold under a blank;
    "Nơi nhận:" 12 pt bold italic level with the title, items 11 pt, the last "- Lưu: ...."."""
    frags = fragments(minutes_pdf)
    authority = find(frags, "TM. BAN CHẤP HÀNH")
    position = find(frags, "CHỦ TỊCH")
    name = find(frags, "Nguyễn Thị Ánh Tuyết")
    label = find(frags, "Nơi nhận:")
    for frag in (authority, position, name):
        assert frag.font == fonts.BOLD and 13 <= frag.size <= 14
        assert frag.centre > A4[0] / 2
    assert authority.y - name.y > 20 * MM  # room for the signature and the seal
    assert label.font == fonts.BOLD_ITALIC and label.size == 12
    assert label.x == pytest.approx(30 * MM, abs=0.5)
    assert label.page == authority.page
    assert abs(label.y - authority.y) < 3
    items = [f for f in frags if f.page == label.page and f.text.startswith("- ")]
    assert [f.text for f in items] == ["- Ban Giám đốc Công ty;", "- Các tổ công đoàn;",
                                       "- Công đoàn cấp trên cơ sở;", "- Lưu: VT, CĐCS."]
    assert all(f.size == 11 and f.font == fonts.REGULAR for f in items)


def test_every_vietnamese_sentence_reads_back_exactly(minutes_pdf: bytes) -> None:
    text = full_text(minutes_pdf)
    for sentence in ALL_SENTENCES:
        assert " ".join(sentence.split()) in text


def test_decomposed_input_is_printed_composed() -> None:
    """Text is NFC-normalised before drawing: NFD input reads back in NFC."""
    sentence = "Người lao động Nguyễn Thị Ánh Tuyết đề nghị tăng lương."
    decomposed = unicodedata.normalize("NFD", sentence)
    assert decomposed != sentence
    frame = union_frame(title=unicodedata.normalize("NFD", "Về việc đề nghị"))
    pdf = render_document(frame, [doc.Paragraph(decomposed)])
    text = full_text(pdf)
    assert sentence in text
    assert "Về việc đề nghị" in text


def test_markup_characters_are_printed_as_text(minutes_pdf: bytes) -> None:
    assert "THƯỞNG & PHÚC LỢI <NĂM 2027>." in full_text(minutes_pdf)


def test_fonts_embedded_from_the_shipped_files(minutes_pdf: bytes) -> None:
    """Every font is an embedded TrueType subset (/FontFile2) of one of the four shipped faces,
    and all four are used (bold italic by "Nơi nhận")."""
    used: set[str] = set()
    for page in reader(minutes_pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType"
            descriptor = font["/FontDescriptor"].get_object()
            program = descriptor["/FontFile2"].get_object().get_data()
            assert program[:4] in (b"\x00\x01\x00\x00", b"true")
            tag, postscript = str(font["/BaseFont"]).lstrip("/").split("+")
            assert len(tag) == 6 and tag.isupper()
            used.add(FACE_BY_POSTSCRIPT[postscript])
    assert used == set(fonts.FACES)
    for face in fonts.FACES:
        assert fonts.font_file(face) == resource_path("fonts", fonts.FACES[face][0])


def test_metadata_title_and_author(minutes_pdf: bytes) -> None:
    meta = reader(minutes_pdf).metadata
    assert meta.title == "Biên bản Hội nghị Ban Chấp hành công đoàn cơ sở mở rộng"
    assert meta.author == "Công đoàn cơ sở Công ty TNHH May mặc Bình An"


def test_joint_document_has_both_issuers_and_both_signatures(samples: dict[str, bytes]) -> None:
    pdf = samples["joint_plan"]
    frags = fragments(pdf)
    width = A4[0]
    company = find(frags, "CÔNG TY TNHH", page=1)
    union = find(frags, "BAN CHẤP HÀNH", page=1)
    assert company.centre < width / 2 and union.centre < width / 2
    assert union.y < company.y
    assert company.font == union.font == fonts.BOLD
    assert find(frags, NATIONAL, page=1).centre > width / 2
    assert find(frags, "Số: 02/KHLT-CT-CĐCS", page=1)
    assert find(frags, "Bình Dương, ngày 15 tháng 3 năm 2027", page=1)
    left = find(frags, "Nguyễn Thị Ánh Tuyết")
    right = find(frags, "Trần Văn Bình")
    assert left.y == pytest.approx(right.y, abs=0.5)  # names on one line
    assert left.centre < width / 2 < right.centre
    assert find(frags, "KT. GIÁM ĐỐC") and find(frags, "PHÓ GIÁM ĐỐC")
    assert "Công đoàn Khu công nghiệp Việt Nam - Singapore" not in full_text(pdf)


def test_union_heading_replaces_the_national_heading() -> None:
    """D.19: a union may print "CÔNG ĐOÀN VIỆT NAM" instead (configurable)."""
    pdf = render_document(union_frame(heading_lines=doc.UNION_HEADING), [doc.Paragraph("Nội dung.")])
    frags = fragments(pdf)
    heading = find(frags, "CÔNG ĐOÀN VIỆT NAM", page=1)
    assert heading.centre > A4[0] / 2 and heading.font == fonts.BOLD
    assert NATIONAL not in full_text(pdf) and MOTTO not in full_text(pdf)


def test_draft_number_and_undated_document() -> None:
    frame = union_frame(number=doc.DocumentNumber(None, 2027, "BB", "CĐCS"), day=None)
    text = page_texts(render_document(frame, [doc.Paragraph("Dự thảo.")]))[0]
    assert "Số: /BB-CĐCS" in text.replace("\u00a0", " ").replace("  ", " ")
    assert "Bình Dương, ngày" in text and "năm 20" in text


def test_progress_callback_sees_every_page() -> None:
    seen: list[int] = []
    pdf = render_document(union_frame(), sample_body(), on_page=seen.append)
    assert seen == list(range(1, len(reader(pdf).pages) + 1))


def test_unknown_block_is_refused() -> None:
    with pytest.raises(TypeError):
        render_document(union_frame(), ["just a string"])  # type: ignore[list-item]


def test_table_header_repeats_on_every_page() -> None:
    rows = tuple((str(i), f"Nội dung số {i}", "Văn phòng") for i in range(1, 121))
    table = doc.Table(headers=("STT", "Nội dung", "Người thực hiện"), rows=rows,
                      col_widths_mm=(15, 100, 50))
    pdf = render_document(union_frame(day=date(2027, 2, 1)), [table])
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for text in pages[:-1] or pages:
        assert "STT Nội dung Người thực hiện" in text
    every = " ".join(pages)
    assert all(f"Nội dung số {i} " in every for i in range(1, 121))


def test_a_long_place_name_keeps_the_date_on_one_line() -> None:
    """Decree 30 App I §II.4 writes "Thành phố Hồ Chí Minh" in full; the header makes room."""
    pdf = render_document(union_frame(place="Thành phố Hồ Chí Minh"), sample_body())
    frags = fragments(pdf)
    line = find(frags, "Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2027", page=1)
    assert line.x + line.width <= (210 - 15) * MM + 1  # still inside the right margin
