"""Invitations (giấy mời, Decree 30 Mẫu 1.7): one paper per invitee, each with its own header,
signature and a Code 128 barcode read back from the vector bars drawn in the PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_probe import MM, fragments, page_texts, reader
from pypdf.generic import ContentStream
from report_samples import INVITEES, invitation_data, invitation_frame, sample_name

from dcs_enterprise.domain import conference_documents as cd
from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.reports.conference_invitation import (
    BAR_HEIGHT,
    InvitationBarcode,
    render_invitations,
)

NATIONAL = doc.NATIONAL_HEADING[0]
# Code 128 symbols 0-106 as bar/space widths in modules (ISO/IEC 15417 table), 106 = stop.
_WIDTHS = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 "
    "112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 "
    "311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 "
    "112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 "
    "313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 "
    "122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 "
    "114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112"
)
CODE128 = _WIDTHS.split()
SYMBOL = {pattern: value for value, pattern in enumerate(CODE128)}
START = {103: "A", 104: "B", 105: "C"}


def bars(pdf: bytes, page: int) -> list[tuple[float, float]]:
    """The filled rectangles of a barcode's height on a page: (left, width), left to right."""
    pdf_page = reader(pdf).pages[page - 1]
    ctm, stack, out = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [], []
    for operands, operator in ContentStream(pdf_page.get_contents(), pdf_page.pdf).operations:
        op = operator.decode()
        if op == "q":
            stack.append(list(ctm))
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            ctm = [a * ctm[0] + b * ctm[2], a * ctm[1] + b * ctm[3], c * ctm[0] + d * ctm[2],
                   c * ctm[1] + d * ctm[3], e * ctm[0] + f * ctm[2] + ctm[4],
                   e * ctm[1] + f * ctm[3] + ctm[5]]
        elif op == "re":
            x, _y, w, h = (float(v) for v in operands)
            if abs(h * ctm[3] - BAR_HEIGHT) < 0.5 and 0 < w < 5:
                out.append((x * ctm[0] + ctm[4], w * ctm[0]))
    return sorted(out)


def decode(runs: list[tuple[float, float]]) -> str:
    """Code 128 from the bars: widths in modules, symbols, check digit, code sets A/B/C."""
    assert runs, "no bars drawn"
    module = min(width for _, width in runs)
    widths: list[int] = []
    for index, (left, width) in enumerate(runs):
        if index:
            previous_left, previous_width = runs[index - 1]
            widths.append(round((left - previous_left - previous_width) / module))
        widths.append(round(width / module))
    digits = "".join(str(w) for w in widths)
    assert digits.endswith(CODE128[106]), "no stop pattern"
    body = digits[: -len(CODE128[106])]
    values = [SYMBOL[body[i:i + 6]] for i in range(0, len(body), 6)]
    *data, check = values
    assert data[0] in START
    assert check == (data[0] + sum(i * v for i, v in enumerate(data[1:], start=1))) % 103
    text, code_set = [], START[data[0]]
    for value in data[1:]:
        if code_set == "C" and value < 100:
            text.append(f"{value:02d}")
        elif value in (99, 100, 101) and (code_set, value) not in (("C", 99), ("B", 100),
                                                                   ("A", 101)):
            code_set = {99: "C", 100: "B", 101: "A"}[value]
        elif code_set == "B" or (code_set == "A" and value < 64):
            text.append(chr(32 + value))
        else:
            raise AssertionError(f"unexpected symbol {value} in set {code_set}")
    return "".join(text)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    data = invitation_data()
    return render_invitations(data, invitation_frame(data))


def test_one_page_per_invitee_each_with_its_own_header(pdf: bytes) -> None:
    pages = page_texts(pdf)
    assert len(pages) == len(INVITEES) == 3
    for text, invitee in zip(pages, INVITEES, strict=True):
        assert text.count(NATIONAL) == 1
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert "CÔNG TY TNHH MAY MẶC BÌNH AN" in text
        assert "Số: 07/GM-CT" in text
        assert "Bình Dương, ngày 12 tháng 3 năm 2027" in text
        assert "GIẤY MỜI Dự Hội nghị đại biểu người lao động năm 2027" in text
        assert (f"Công ty TNHH May mặc Bình An trân trọng kính mời: Ông/Bà {invitee.name} "
                f"({invitee.code}, {invitee.department})") in text
        others = [i.name for i in INVITEES if i is not invitee]
        assert not any(name in text for name in others)
        assert "GIÁM ĐỐC" in text and text.count("Trần Văn Bình") == 2  # chair line, signer
        assert "- Lưu: VT, HCNS." in text


def test_the_invitation_text_of_mau_1_7(pdf: bytes) -> None:
    text = page_texts(pdf)[0]
    assert ("Tới dự: Hội nghị đại biểu người lao động năm 2027 của Công ty TNHH May mặc Bình "
            "An.") in text
    assert ("Chủ trì: Ông Trần Văn Bình, Giám đốc Công ty và bà Nguyễn Thị Ánh Tuyết, Chủ tịch "
            "Công đoàn cơ sở.") in text
    assert "Thời gian: 07 giờ 30 ngày 20/03/2027 (thứ Bảy)." in text
    assert ("Địa điểm: Hội trường Công ty, Lô B2, Khu công nghiệp Việt Nam - Singapore.") in text
    assert "Đề nghị đại biểu mang theo giấy mời để điểm danh" in text
    assert "- Trang phục: đồng phục Công ty." in text  # the notes of the data


def test_no_page_numbers_on_invitations(pdf: bytes) -> None:
    top = 297 * MM - 20 * MM
    assert not [f for f in fragments(pdf) if f.y > top and f.text.isdigit()]


def test_each_page_has_a_barcode_of_its_code_with_the_code_under_it(pdf: bytes) -> None:
    frags = fragments(pdf)
    for page, invitee in enumerate(INVITEES, start=1):
        runs = bars(pdf, page)
        assert len(runs) > 20
        assert decode(runs) == invitee.invitation_code
        code = [f for f in frags if f.page == page and f.text == invitee.invitation_code]
        assert len(code) == 1
        left, right = runs[0][0], runs[-1][0] + runs[-1][1]
        assert left < code[0].centre < right  # centred under the bars ...
        assert code[0].y < min(f.y for f in frags if f.page == page and f.text == "- Lưu: VT, "
                                                                                   "HCNS.")
        assert right - left < 80 * MM  # ... beside the signature, inside the left column


def test_long_and_numeric_codes_decode() -> None:
    invitees = (cd.Invitee("Lê Văn C", "NV1", "Tổ 1", "2027000123456789"),
                cd.Invitee("Lê Văn D", "NV2", "Tổ 1", "HNNLD-2027-DAI-BIEU-000001-XYZ"))
    data = invitation_data(invitees)
    pdf = render_invitations(data, invitation_frame(data))
    assert [decode(bars(pdf, page)) for page in (1, 2)] == [i.invitation_code for i in invitees]


def test_a_code_that_cannot_be_scanned_is_refused() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        InvitationBarcode("GM-Đ01")


@pytest.mark.parametrize(("form", "addressee"), [
    (ConferenceForm.FULL, "Toàn thể người lao động"),
    (ConferenceForm.DELEGATE, "Các đại biểu được triệu tập"),
])
def test_without_invitees_one_invitation_for_everyone(form: ConferenceForm,
                                                      addressee: str) -> None:
    data = invitation_data(())
    data = replace(data, header=replace(data.header, form=form))
    pdf = render_invitations(data, invitation_frame(data))
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert f"trân trọng kính mời: {addressee}" in pages[0]
    assert "Ông/Bà" not in pages[0]
    assert bars(pdf, 1) == []


def test_many_invitees_one_page_each() -> None:
    invitees = tuple(cd.Invitee(sample_name(n, n % 2 == 0), f"NV{n:04d}", "Phân xưởng may số 1",
                                f"HN27-{n:04d}") for n in range(1, 41))
    data = invitation_data(invitees)
    pages: list[int] = []
    pdf = render_invitations(data, invitation_frame(data), on_page=pages.append)
    texts = page_texts(pdf)
    assert len(texts) == 40 and pages == list(range(1, 41))
    for text, invitee in zip(texts, invitees, strict=True):
        assert text.count(NATIONAL) == 1 and f"({invitee.code}," in text
    assert decode(bars(pdf, 40)) == "HN27-0040"


def test_joint_invitation_signed_by_both_sides() -> None:
    data = invitation_data()
    frame = replace(invitation_frame(data), signatures=(
        doc.SignatureBlock("Chủ tịch", "Nguyễn Thị Ánh Tuyết", prefix="TM.",
                           authority="Ban Chấp hành Công đoàn cơ sở"),
        doc.SignatureBlock("Giám đốc", "Trần Văn Bình")))
    pdf = render_invitations(data, frame)
    pages = page_texts(pdf)
    assert len(pages) == len(INVITEES)
    for page, (text, invitee) in enumerate(zip(pages, INVITEES, strict=True), start=1):
        assert "TM. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ" in text and "GIÁM ĐỐC" in text
        assert decode(bars(pdf, page)) == invitee.invitation_code


def test_the_invitee_is_addressed_by_gender_when_known():
    from dataclasses import replace

    from pdf_probe import full_text
    from report_samples import invitation_data, invitation_frame

    from dcs_enterprise.domain.enums import Gender
    from dcs_enterprise.reports.catalog import CATALOG

    data = invitation_data()
    first = replace(data.invitees[0], gender=Gender.FEMALE)
    data = replace(data, invitees=(first,))
    text = full_text(CATALOG["invitation"].render(data, invitation_frame(data)))
    assert f"Bà {first.name}" in text and "Ông/Bà" not in text
