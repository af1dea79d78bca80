"""The collective bargaining and agreement papers (Labour Code 2019 Arts 67-83), rendered through
the document catalog and read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pdf_probe import fragments, full_text, page_texts, reader

from dcs_enterprise.domain import agreement_documents as ad
from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.agreement_rules import decide_agreement_vote
from dcs_enterprise.domain.agreement_text import ClauseText
from dcs_enterprise.domain.bargaining_rules import FailureGround, Requester, Topic
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.reports.bargaining_common import share
from dcs_enterprise.reports.catalog import document_kind

PLACE = "Bình Dương"
COMPANY = "Công ty TNHH May mặc Bình An"
UNION = "Công đoàn cơ sở Công ty TNHH May mặc Bình An"
DIRECTOR = "Trần Văn Bình"
CHAIR = "Nguyễn Thị Ánh Tuyết"
AUTHORITY = "Sở Nội vụ tỉnh Bình Dương"
HEADER = ad.AgreementHeader(
    enterprise_name=COMPANY, union_name=UNION,
    address="Số 12 đường ĐT743, phường Bình Hòa, thành phố Thuận An, tỉnh Bình Dương",
    employer_representative=DIRECTOR, employer_representative_title="Giám đốc",
    union_representative=CHAIR, union_representative_title="Chủ tịch",
    upper_union_name="Công đoàn các Khu công nghiệp tỉnh Bình Dương",
    labour_authority=AUTHORITY, enterprise_code="3702345678", phone="0274 3756 888")
EMPLOYER_SIDE = (ad.Representative(DIRECTOR, "Giám đốc"),
                 ad.Representative("Lê Thị Mỹ Duyên", "Trưởng phòng Nhân sự"),
                 ad.Representative("Phạm Quốc Khánh", "Kế toán trưởng"))
UNION_SIDE = (ad.Representative(CHAIR, "Chủ tịch Công đoàn cơ sở"),
              ad.Representative("Huỳnh Bửu Sơn", "Phó Chủ tịch Công đoàn cơ sở"),
              ad.Representative("Ứng Thị Ỷ Lan", "Ủy viên Ban Chấp hành"))
UPPER = (ad.Representative("Đoàn Đức Định", "Phó Chủ tịch",
                           "Công đoàn các Khu công nghiệp tỉnh Bình Dương"),)
NOTE_TAKER = ad.Representative("Lữ Thị Ngọc Diễm", "Nhân viên Phòng Nhân sự")
COUNTERS = (ad.Representative("Huỳnh Bửu Sơn", "Phó Chủ tịch Công đoàn cơ sở"),
            ad.Representative("Phó Đức Ẩn", "Tổ trưởng tổ May 3"),
            ad.Representative("Trương Quốc Hưởng", "Công nhân tổ Cắt"))
# 1.250 workers; 980 in favour: 78,4% of the whole workforce (not of the 1.180 who voted).
WORKFORCE, ISSUED, RETURNED, FOR, AGAINST, INVALID = 1250, 1200, 1180, 980, 150, 50
DECISION = decide_agreement_vote(WORKFORCE, ISSUED, RETURNED, FOR, AGAINST, INVALID)
VOTE = ad.VoteResult(date(2027, 2, 20), WORKFORCE, ISSUED, RETURNED, FOR, AGAINST, INVALID,
                     DECISION.passed, DECISION.needed)
CLAUSES = (
    ClauseText(1, "Những quy định chung", 1, "Phạm vi và đối tượng áp dụng", Topic.OTHER,
               "Thỏa ước áp dụng đối với người sử dụng lao động và toàn thể người lao động làm "
               "việc tại Công ty."),
    ClauseText(2, "Tiền lương, thưởng và phúc lợi", 2, "Tiền lương tối thiểu", Topic.WAGES,
               "Mức lương thấp nhất trả cho người lao động cao hơn ít nhất 7% mức lương tối "
               "thiểu vùng do Chính phủ quy định.\nTiền lương được trả vào ngày 05 hằng tháng."),
    ClauseText(2, "Tiền lương, thưởng và phúc lợi", 3, "Bữa ăn giữa ca", Topic.WAGES,
               "Giá trị bữa ăn giữa ca không thấp hơn 30.000 đồng/suất.", term_months=12),
    ClauseText(3, "Thời giờ làm việc, thời giờ nghỉ ngơi", 4, "Làm thêm giờ",
               Topic.WORKING_TIME, "Làm thêm giờ phải được sự đồng ý của người lao động; không "
               "quá 40 giờ trong 01 tháng."),
)


def request_data() -> ad.BargainingRequestData:
    return ad.BargainingRequestData(
        header=HEADER, requester=Requester.UNION, requested_on=date(2026, 11, 2),
        topics=(Topic.WAGES, Topic.WORKING_TIME, Topic.EQUALITY),
        content="Nâng mức lương thấp nhất cao hơn lương tối thiểu vùng ít nhất 7%\n"
                "Tăng giá trị bữa ăn giữa ca lên 30.000 đồng/suất",
        arrange_by=date(2026, 11, 11), start_by=date(2026, 12, 2),
        information_by=date(2026, 11, 12), proposed_start=date(2026, 11, 20),
        proposed_place="Phòng họp tầng 2, nhà điều hành",
        information_requested=("Báo cáo kết quả sản xuất, kinh doanh năm 2026",),
        members=1040, workforce=WORKFORCE)


def session_data() -> ad.BargainingSessionData:
    return ad.BargainingSessionData(
        header=HEADER, number=2, held_on=date(2026, 12, 10), start_time="08:30",
        place="Phòng họp tầng 2, nhà điều hành", employer_side=EMPLOYER_SIDE,
        union_side=UNION_SIDE, note_taker=NOTE_TAKER, upper_union=UPPER,
        discussed=("Mức lương thấp nhất", "Bữa ăn giữa ca", "Làm thêm giờ"),
        agreed=("Giá trị bữa ăn giữa ca 30.000 đồng/suất từ ngày 01/3/2027",),
        disputed=("Mức lương thấp nhất: Công đoàn đề nghị cao hơn 7%, Công ty đề nghị 5%",),
        end_time="11:15", next_session_on=date(2026, 12, 24), next_session_time="08:30",
        draft_version=2, published_on=date(2026, 12, 11),
        published_form=PublicationForm.NOTICE_BOARD, published_place="bảng tin tại nhà ăn")


def failure_data() -> ad.BargainingFailureData:
    return ad.BargainingFailureData(
        header=HEADER, requester=Requester.UNION, requested_on=date(2026, 11, 2),
        ground=FailureGround.TIME_RAN_OUT, declared_on=date(2027, 3, 4),
        started_on=date(2026, 12, 2), end_by=date(2027, 3, 2), sessions_held=5,
        disputed=("Mức lương thấp nhất",))


def tally_data() -> ad.AgreementTallyData:
    return ad.AgreementTallyData(
        header=HEADER, draft_version=4, vote=VOTE, method=ad.VoteMethod.BALLOT,
        place="Nhà ăn ca và các tổ sản xuất", start_time="07:00", end_time="16:30",
        counters=COUNTERS)


def agreement_data(**changes: object) -> ad.AgreementData:
    data = ad.AgreementData(
        header=HEADER, clauses=CLAUSES, term_months=24, effective_on=date(2027, 3, 1),
        effective_from_signing=False, expires_on=date(2029, 2, 28),
        signed_on=date(2027, 2, 25), vote=VOTE, copies=4,
        definitions=("Người lao động: người làm việc theo hợp đồng lao động với Công ty",))
    return replace(data, **changes)


def cover_letter_data() -> ad.CoverLetterData:
    return ad.CoverLetterData(
        header=HEADER, addressee=AUTHORITY, agreement_number="01/TƯLĐTT",
        signed_on=date(2027, 2, 25), filing_due=date(2027, 3, 8), effective_on=date(2027, 3, 1),
        term_months=24, expires_on=date(2029, 2, 28), vote=VOTE, chapters=4, clauses=8,
        contact="Bà Lê Thị Mỹ Duyên, Trưởng phòng Nhân sự, điện thoại 0274 3756 888")


def announcement_data() -> ad.AgreementAnnouncementData:
    return ad.AgreementAnnouncementData(
        header=HEADER, agreement_number="01/TƯLĐTT", signed_on=date(2027, 2, 25),
        effective_on=date(2027, 3, 1), term_months=24, expires_on=date(2029, 2, 28),
        posted_place="bảng tin tại nhà ăn và cổng chính",
        full_text_at="Phòng Nhân sự và Văn phòng Công đoàn cơ sở",
        forms=(PublicationForm.NOTICE_BOARD, PublicationForm.INTERNAL_SYSTEM),
        posted_on=date(2027, 2, 26), posted_until=date(2027, 3, 31), vote=VOTE,
        highlights=("Bữa ăn giữa ca 30.000 đồng/suất",), clauses=CLAUSES)


COMPANY_BODY = doc.IssuingBody(COMPANY)
UNION_BODY = doc.IssuingBody(UNION, parent="Công đoàn các Khu công nghiệp tỉnh Bình Dương")
DIRECTOR_SIGNS = (doc.SignatureBlock("Giám đốc", DIRECTOR),)
UNION_SIGNS = (doc.SignatureBlock("Chủ tịch", CHAIR, prefix="TM.",
                                  authority="Ban Chấp hành"),)
# key: (data, issuers, day, number, signatures, recipients)
SAMPLES: dict[str, tuple] = {
    "bargaining-request": (request_data(), (UNION_BODY,), date(2026, 11, 2), 15, UNION_SIGNS,
                           ("Như trên", "Công đoàn các Khu công nghiệp tỉnh Bình Dương")),
    "bargaining-session": (session_data(), (COMPANY_BODY, doc.IssuingBody(UNION)),
                           date(2026, 12, 10), 2, (), ("Người lao động (niêm yết)",)),
    "bargaining-failed": (failure_data(), (UNION_BODY,), date(2027, 3, 4), 7, UNION_SIGNS,
                          (COMPANY,)),
    "agreement-tally": (tally_data(), (UNION_BODY,), date(2027, 2, 20), 3, (), ()),
    "agreement": (agreement_data(), (COMPANY_BODY, doc.IssuingBody(UNION)),
                  date(2027, 2, 25), 1, (), (AUTHORITY,)),
    "agreement-cover-letter": (cover_letter_data(), (COMPANY_BODY,), date(2027, 2, 26), 21,
                               DIRECTOR_SIGNS, ("Như trên", UNION)),
    "agreement-announcement": (announcement_data(), (COMPANY_BODY,), date(2027, 2, 26), 9,
                               DIRECTOR_SIGNS, ("Toàn thể người lao động", UNION)),
}


def render(key: str, data: object | None = None) -> bytes:
    sample, issuers, day, number, signatures, recipients = SAMPLES[key]
    kind = document_kind(key)
    data = sample if data is None else data
    frame = kind.frame(data, issuers, PLACE, day, number=kind.number(number, 2027, "CĐCS"),
                       signatures=signatures, recipients=recipients)
    return kind.render(data, frame)


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return {key: render(key) for key in SAMPLES}


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_each_paper_renders_through_the_catalog(pdfs: dict[str, bytes], key: str) -> None:
    kind = document_kind(key)
    data = SAMPLES[key][0]
    assert isinstance(data, kind.data_type)
    first = page_texts(pdfs[key])[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Bình Dương, ngày" in first
    if kind.type_name:
        assert f"{kind.type_name} {kind.title(data)}" in first
        assert f"/{kind.type_code}-CĐCS" in first
    else:  # a công văn: no type name, the body's symbol alone, "V/v ..." under the number
        assert "Số: " in first and "/CĐCS" in first
        assert f"V/v {kind.title(data)[0].lower()}{kind.title(data)[1:]}" in first
    assert reader(pdfs[key]).metadata.title.strip() == f"{kind.type_name} {kind.title(data)}".strip()


def test_request_topics_and_clocks(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["bargaining-request"])
    assert f"Kính gửi: Giám đốc {COMPANY}." in text
    assert "1.040 đoàn viên trên tổng số 1.250 người lao động của doanh nghiệp, chiếm 83,2%" in text
    assert "a) Tiền lương, trợ cấp, nâng lương, thưởng, bữa ăn và các chế độ khác x" in text
    assert "c) Bảo đảm việc làm đối với người lao động d)" in text  # not ticked
    for row in ("Khoản 1 Điều 70 (B1) 11/11/2026", "Khoản 1 Điều 70 (B1) 02/12/2026",
                "Khoản 3 Điều 70 (B3) 12/11/2026", "Khoản 2 Điều 70 (B2) 90 ngày kể từ ngày"):
        assert row in text
    assert "(yêu cầu gửi ngày 02/11/2026)" in text


def test_session_minutes_sections_and_three_signatories(pdfs: dict[str, bytes]) -> None:
    pdf = pdfs["bargaining-session"]
    text = full_text(pdf)
    assert "phiên họp thương lượng tập thể lần thứ 2, trên cơ sở dự thảo" in text
    assert "Đoàn Đức Định, Phó Chủ tịch (Công đoàn các Khu công nghiệp tỉnh Bình Dương)" in text
    agreed = text.index("III. NỘI DUNG ĐÃ ĐƯỢC CÁC BÊN THỐNG NHẤT")
    disputed = text.index("IV. NỘI DUNG CÒN Ý KIẾN KHÁC NHAU")
    assert agreed < text.index("1. Giá trị bữa ăn giữa ca 30.000 đồng/suất") < disputed
    assert disputed < text.index("1. Mức lương thấp nhất: Công đoàn đề nghị")
    assert "08 giờ 30 ngày 24/12/2026" in text
    assert "bằng hình thức niêm yết công khai tại bảng tin tại nhà ăn, từ ngày 11/12/2026" in text
    last = [f for f in fragments(pdf) if f.page == len(reader(pdf).pages)]
    names = {f.text: f for f in last if f.text in (DIRECTOR, NOTE_TAKER.name, CHAIR)}
    assert set(names) == {DIRECTOR, NOTE_TAKER.name, CHAIR}
    assert len({round(f.y) for f in names.values()}) == 1  # side by side on one line
    assert names[DIRECTOR].x < names[NOTE_TAKER.name].x < names[CHAIR].x
    assert "NGƯỜI GHI BIÊN BẢN" in page_texts(pdf)[-1]


def test_failure_ground_and_next_step(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["bargaining-failed"])
    assert "Căn cứ điểm b Điều 71 Bộ luật Lao động năm 2019" in text
    assert "kể từ ngày 04/03/2027" in text and "kết thúc ngày 02/03/2027" in text
    assert "không được tổ chức đình công" in text


def test_tally_base_is_the_whole_workforce(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["agreement-tally"])
    assert DECISION.passed and DECISION.needed == 626
    assert "1 Tổng số người lao động của doanh nghiệp 1.250 100%" in text
    assert "4 Số phiếu tán thành 980 78,4%" in text  # of 1.250, not of the 1.180 returned
    assert ("Tỷ lệ tán thành = số phiếu tán thành : tổng số người lao động của doanh nghiệp = "
            "980 : 1.250 × 100% = 78,4%") in text
    assert "tức là ít nhất 626/1.250 người" in text
    assert "đủ điều kiện để các bên ký kết" in text
    assert "bản số 4" in text and "Lấy ý kiến bằng phiếu" in text
    last = page_texts(pdfs["agreement-tally"])[-1]
    assert "TRƯỞNG BAN KIỂM PHIẾU" in last and "Huỳnh Bửu Sơn" in last and "Phó Đức Ẩn" in last


def test_failed_vote_and_the_half_boundary() -> None:
    half = ad.VoteResult(date(2027, 2, 20), 1250, 1250, 1250, 625, 625, 0, False, 626)
    text = full_text(render("agreement-tally", replace(tally_data(), vote=half)))
    assert "625 : 1.250 × 100% = 50%" in text and "chưa đủ điều kiện ký kết" in text
    assert share(1251, 2501) == "50,01%" and share(625, 1250) == "50%"


def test_agreement_chapters_clauses_terms_and_annex(pdfs: dict[str, bytes]) -> None:
    pdf = pdfs["agreement"]
    text = full_text(pdf)
    for heading in ("Chương I NHỮNG QUY ĐỊNH CHUNG", "Chương II TIỀN LƯƠNG, THƯỞNG VÀ PHÚC LỢI",
                    "Điều 3. Bữa ăn giữa ca", "Chương IV ĐIỀU KHOẢN THI HÀNH",
                    "Điều 5. Hiệu lực và thời hạn của thỏa ước", "Điều 9. Số bản thỏa ước"):
        assert heading in text
    assert text.index("Chương I ") < text.index("Chương II ") < text.index("Chương III ")
    assert "Thời hạn áp dụng của điều này: 12 tháng (01 năm), đến hết ngày 29/02/2028." in text
    assert "Thỏa ước này có hiệu lực kể từ ngày 01/03/2027." in text
    assert "thời hạn của thỏa ước là 24 tháng (02 năm), đến hết ngày 28/02/2029" in text.lower()
    assert f"gửi 01 bản đến {AUTHORITY} trong thời hạn 10 ngày" in text
    assert "980/1.250 người lao động của doanh nghiệp tán thành (78,4%)" in text
    pages = page_texts(pdf)
    annex = pages[-1]
    assert annex.startswith("PHỤ LỤC") or "PHỤ LỤC KẾT QUẢ LẤY Ý KIẾN" in annex
    assert "4 Số phiếu tán thành 980 78,4%" in annex and "ngày 25/02/2027" in annex
    signatures = pages[-2]
    assert "TM. CÔNG ĐOÀN CƠ SỞ CHỦ TỊCH" in signatures
    assert "ĐẠI DIỆN NGƯỜI SỬ DỤNG LAO ĐỘNG GIÁM ĐỐC" in signatures
    assert CHAIR in signatures and DIRECTOR in signatures


def test_amendment_prints_the_consolidated_text() -> None:
    data = agreement_data(amends_number="01/TƯLĐTT", amends_signed_on=date(2027, 2, 25),
                          consolidated_version=2, effective_from_signing=True,
                          signed_on=date(2027, 9, 1), effective_on=date(2027, 9, 1))
    text = full_text(render("agreement", data))
    assert f"{COMPANY} (văn bản hợp nhất lần 1)" in text
    assert ("(Văn bản hợp nhất lần 1, sửa đổi, bổ sung Thỏa ước lao động tập thể số 01/TƯLĐTT "
            "ký ngày 25/02/2027)") in text
    assert "kể từ ngày 01/09/2027, ngày ký kết (khoản 1 Điều 78" in text


def test_cover_letter_addressee_and_deadline(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["agreement-cover-letter"])
    assert f"Kính gửi: {AUTHORITY}." in text
    assert "Số: 21/CĐCS" in text and "V/v gửi thỏa ước lao động tập thể" in text
    assert "Ngày 25/02/2027" in text and "chậm nhất ngày 08/03/2027 (A2)" in text
    assert f"trân trọng gửi {AUTHORITY} 01 bản thỏa ước" in text
    assert "hiệu lực từ ngày 01/03/2027, thời hạn 24 tháng (02 năm), đến hết ngày 28/02/2029" in text


def test_announcement(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["agreement-announcement"])
    assert "khoản 6 Điều 76" in text
    assert "hiệu lực từ ngày 01/03/2027, thời hạn 24 tháng (02 năm), đến hết ngày 28/02/2029" in text
    assert "Điều 3. Bữa ăn giữa ca: 12 tháng (01 năm), đến hết ngày 29/02/2028" in text
    assert ("niêm yết công khai, đăng trên hệ thống thông tin nội bộ tại bảng tin tại nhà ăn và "
            "cổng chính từ ngày 26/02/2027 đến ngày 31/03/2027") in text
    assert "Phòng Nhân sự và Văn phòng Công đoàn cơ sở" in text
