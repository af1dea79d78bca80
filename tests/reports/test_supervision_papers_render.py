"""The supervision plan, the findings report, the petition register and the annual report
(legal-vn.md §8 items 26-28; Decree 145/2020 Arts 43-47; Law 10/2022 Arts 9.2, 81; Decree
59/2023 Art 26) rendered through the catalogue in the Decree 30 frame and read back from the
PDF: the frame's parts in their places, every table inside its columns, the rules' wording
(S1, S2, S3, D1), and the anonymous petitioner kept out of the employer side's register."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pdf_probe import MM, find, fragments, full_text, page_texts
from supervision_samples import (
    CHAIR,
    COMPANY,
    DIRECTOR,
    UNION,
    WHISTLE_BLOWER,
    annual_data,
    findings_data,
    plan_data,
    register_data,
    samples,
)

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain import supervision_documents as sd
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.supervision import Status, Subject
from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.annual_report import (
    annual_body,
    conference_table,
    counts_table,
    publication_table,
)
from dcs_enterprise.reports.blocks import PAD_X, table_flowable
from dcs_enterprise.reports.catalog import document_kind
from dcs_enterprise.reports.petition_register import register_table
from dcs_enterprise.reports.supervision_findings import recommendations_table
from dcs_enterprise.reports.supervision_plan import members_table

A4_WIDTH = 595.28
SAMPLES = samples()
KINDS = {
    "supervision-plan": ("KẾ HOẠCH", "KH", sd.SupervisionPlanData),
    "supervision-findings": ("BÁO CÁO", "BC", sd.SupervisionFindingsData),
    "petition-register": ("SỔ THEO DÕI", "", sd.PetitionRegisterData),
    "annual-report": ("BÁO CÁO", "BC", sd.AnnualReportData),
}
RENDERED: dict[str, bytes] = {}


def pdf(name: str) -> bytes:
    if name not in RENDERED:
        key, data, frame = SAMPLES[name]
        RENDERED[name] = document_kind(key).render(data, frame)
    return RENDERED[name]


def text_of(key: str, data: object, frame: doc.DocumentFrame | None = None) -> str:
    kind = document_kind(key)
    frame = frame or next(f for k, _d, f in SAMPLES.values() if k == key)
    return full_text(kind.render(data, replace(frame, title=kind.title(data))))


def test_every_kind_is_registered() -> None:
    for key, (type_name, type_code, data_type) in KINDS.items():
        kind = document_kind(key)
        assert (kind.type_name, kind.type_code, kind.data_type) == (type_name, type_code,
                                                                   data_type)
        assert kind.description_vi and kind.description_en
    assert {key for key, *_ in SAMPLES.values()} == set(KINDS)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_decree_30_frame(name: str) -> None:
    """National heading and motto top right, issuer top left, number and date on one line,
    type name and title centred bold, signatures, "Nơi nhận" with its "Lưu" line."""
    key, data, frame = SAMPLES[name]
    kind = document_kind(key)
    assert frame.title == kind.title(data)
    frags = fragments(pdf(name))
    heading = find(frags, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page=1)
    motto = find(frags, "Độc lập - Tự do - Hạnh phúc", page=1)
    assert heading.centre > A4_WIDTH / 2 and motto.font == fonts.BOLD
    issuer = frame.issuers[0].name.upper()
    first_line = next(f for f in frags if f.page == 1 and f.font == fonts.BOLD
                      and f.text in issuer)
    assert first_line.centre < A4_WIDTH / 2
    date_line = find(frags, doc.date_line("Bình Dương", frame.day), page=1)
    assert date_line.font == fonts.ITALIC
    if frame.number:
        number = find(frags, frame.number.line, page=1)
        assert number.y == pytest.approx(date_line.y, abs=1)
    else:
        assert "Số:" not in page_texts(pdf(name))[0]
    type_name = find(frags, kind.type_name, page=1)
    assert type_name.font == fonts.BOLD and type_name.centre == pytest.approx(
        30 * MM + 165 * MM / 2, abs=1)
    text = full_text(pdf(name))
    assert f"{kind.type_name} {kind.title(data)}" in text
    for block in frame.signatures:
        assert block.position.upper() in text and block.name in text
    assert "Nơi nhận:" in text and f"- Lưu: {frame.archive}." in text
    assert "None" not in text


@pytest.mark.parametrize("table", [
    members_table(plan_data()), recommendations_table(findings_data()),
    register_table(register_data(True)), register_table(register_data(False)),
    conference_table(annual_data()), counts_table(annual_data()),
    publication_table(annual_data())])
def test_tables_fill_the_width_and_no_line_leaves_its_column(table: doc.Table) -> None:
    """Each table is exactly the text width (165 mm), and every line of every cell, wrapped
    when the table is built, fits inside its column's padding: nothing is clipped."""
    flowable = table_flowable(table)
    widths = flowable.layout.widths
    assert sum(widths) == pytest.approx(165 * MM, abs=0.5)
    for row in flowable.rows:
        rooms = [sum(widths)] if len(row.cells) == 1 else widths
        for cell, width in zip(row.cells, rooms, strict=True):
            for line, line_width in cell:
                assert line_width <= width - 2 * PAD_X + 0.01, (line, width)


def test_text_stays_inside_the_margins() -> None:
    for name in SAMPLES:
        for frag in fragments(pdf(name)):
            assert frag.x >= 30 * MM - 0.01, (name, frag)
            assert frag.right <= A4_WIDTH - 15 * MM + 0.01, (name, frag)


def test_the_plan_states_its_subject_team_and_the_s2_notice() -> None:
    text = full_text(pdf("supervision_plan"))
    assert "Căn cứ Luật Công đoàn số 50/2024/QH15;" in text
    assert "Căn cứ Nghị định số 59/2023/NĐ-CP" in text  # SOE rules bind
    assert ("Việc trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm "
            "thất nghiệp (điểm d Điều 46 Nghị định số 145/2020/NĐ-CP)") in text
    assert "Phân xưởng may số 1, số 2 và Phòng Hành chính - Nhân sự" in text
    assert "từ ngày 14/06/2027 đến ngày 18/06/2027" in text
    assert "Ứng Thị Ỷ Lan" in text and "Trưởng đoàn" in text
    assert ("chậm nhất ngày 07/06/2027, ít nhất 05 ngày làm việc trước ngày tiến hành "
            "(14/06/2027) theo điểm b khoản 1 Điều 26 Nghị định số 59/2023/NĐ-CP") in text
    assert "Kế hoạch đã được gửi ngày 09/06/2027, chậm so với thời hạn trên." in text
    assert "15 ngày kể từ ngày nhận kiến nghị (điểm d khoản 1 Điều 81" in text
    private = text_of("supervision-plan", plan_data(soe_rules=False, notice_ok=None,
                                                    subject=Subject.OTHER, purpose=(),
                                                    scope=()))
    assert "59/2023" not in private and "Điều 46" not in private
    assert "Kế hoạch đã được gửi ngày 09/06/2027." in private
    assert "2. Phạm vi: toàn doanh nghiệp." in private
    assert "Phát hiện thiếu sót, kiến nghị người sử dụng lao động khắc phục" in private


def test_plan_titles() -> None:
    assert sd.plan_title(plan_data()) == ("Giám sát việc đóng bảo hiểm xã hội, bảo hiểm y tế "
                                          "năm 2027")
    assert sd.plan_title(plan_data(title="Việc trả lương làm thêm giờ")) == (
        "Kiểm tra, giám sát việc trả lương làm thêm giờ")
    assert sd.findings_title(findings_data(plan_title="Kiểm tra quỹ phúc lợi")) == (
        "Kết quả kiểm tra quỹ phúc lợi")
    assert sd.findings_title(findings_data(plan_title="Quỹ phúc lợi")) == (
        "Kết quả kiểm tra, giám sát quỹ phúc lợi")


def test_the_findings_list_recommendations_answers_and_follow_up() -> None:
    text = full_text(pdf("supervision_findings"))
    assert "II. KẾT QUẢ KIỂM TRA, GIÁM SÁT" in text
    assert "12 người lao động đã ký hợp đồng sau thử việc chưa được đóng bảo hiểm." in text
    assert "Hạn: 06/07/2027 (15 ngày)" in text and "Hạn: 25/06/2027 (ấn định)" in text
    assert "Quá hạn (đến 30/06/2027)" in text and "Chưa trả lời" in text
    assert "Đồng ý, bắt đầu niêm yết từ quý III năm 2027. (ngày 24/06/2027)" in text
    assert "Căn cứ: Điều 2 Luật Bảo hiểm xã hội số 41/2024/QH15" in text
    assert ("tổng số kiến nghị: 04 (đã gửi, chờ trả lời: 02; đã giải quyết xong: 01; đã chuyển "
            "cấp trên: 01); số kiến nghị quá hạn trả lời: 01") in text
    assert "Kiến nghị quá hạn chưa được trả lời: số 5 (Cấp thẻ bảo hiểm y tế đúng hạn" in text
    assert "số 7 (Chuyển Liên đoàn Lao động tỉnh Bình Dương)" in text
    assert "Kết quả giải quyết đã được công khai: số 6 ngày 28/06/2027 tại Bảng tin nhà ăn" in text
    assert "(theo quy chế dân chủ ở cơ sở tại nơi làm việc, tham chiếu điểm d khoản 1" in text
    none = text_of("supervision-findings", findings_data(recommendations=(), findings=()))
    assert "Không phát hiện thiếu sót." in none and "Không có kiến nghị." in none


def test_the_register_names_the_anonymous_to_the_union_alone() -> None:
    hidden, shown = full_text(pdf("petition_register")), full_text(pdf("petition_register_union"))
    assert WHISTLE_BLOWER not in hidden and hidden.count("Người gửi: Ẩn danh") == 4
    assert f"Người gửi: {WHISTLE_BLOWER} (giữ bí mật)" in shown
    assert "Người gửi: Ẩn danh" not in shown
    assert "được giữ bí mật (khoản 2 Điều 9 Luật Thực hiện dân chủ ở cơ sở" in hidden
    assert "nghiêm cấm tiết lộ thông tin về người kiến nghị" in shown
    # The union's copy says so on its first page, before any name.
    first_page = " ".join(page_texts(pdf("petition_register_union"))[0].split())
    assert "BẢN LƯU CỦA CÔNG ĐOÀN CƠ SỞ, CÓ DANH TÍNH NGƯỜI KIẾN NGHỊ ẨN DANH" in first_page
    assert first_page.index("BẢN LƯU") < first_page.index(WHISTLE_BLOWER)
    assert "BẢN LƯU CỦA CÔNG ĐOÀN" not in hidden
    for text in (hidden, shown):
        assert "Số 1, ngày 03/02/2027 - Trực tiếp hoặc bằng văn bản" in text
        assert "Hòm thư góp ý" in text and "Bữa ăn, đưa đón, phúc lợi" in text
        assert "Tổng số kiến nghị, phản ánh tiếp nhận: 14, trong đó ẩn danh: 04" in text
        assert "Quá hạn trả lời (đến ngày 30/06/2027): 02" in text
        assert "Công khai 25/06/2027 tại Bảng tin" in text


def test_a_register_cell_keeps_long_text_short_and_markup_literal() -> None:
    line = sd.PetitionLine(1, date(2027, 3, 1), Channel.DIRECT, Category.WAGES,
                           "Lương & thưởng <năm 2027>", "Đề nghị tăng lương. " * 60,
                           Status.OPEN, petitioner="Tổ 1", due_on=date(2027, 3, 16))
    data = replace(register_data(), lines=(line,))
    text = text_of("petition-register", data)
    assert "Lương & thưởng <năm 2027>" in text and "…" in text
    assert text.count("Đề nghị tăng lương.") < 30
    assert "Chưa chuyển" in text and "Người gửi: Tổ 1" in text


def test_the_annual_report_figures_and_assessment() -> None:
    text = full_text(pdf("annual_report"))
    assert "Tổng số người lao động đến ngày 15/01/2028: 1.192 người" in text
    assert "142/150 (94,7%) đủ điều kiện" in text and "Số 01/NQ-HNNLĐ ngày 20/03/2027" in text
    assert "Hội nghị người lao động năm 2028 đang chuẩn bị, dự kiến tổ chức ngày 18/03/2028" in text
    assert "Đối thoại định kỳ: 02 cuộc" in text and "công khai: 03/04 cuộc" in text
    assert "Thỏa ước số 01/2027/TƯLĐTT ký ngày 10/04/2027, hiệu lực từ 01/05/2027" in text
    assert "Tiếp nhận, phát sinh trong năm 42 9" in text
    assert "Trong đó quá hạn trả lời 2 1" in text
    assert "Trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội" in text
    assert "Đã trả lời 38/42 kiến nghị, phản ánh của người lao động (90,5%)" in text
    assert "Đã công khai 04/06 nhóm nội dung" in text
    assert "01 cuộc đối thoại chưa công khai nội dung chính" in text
    assert "Thỏa ước ký ngày 10/04/2027 chưa gửi cơ quan chuyên môn" in text
    assert ("Chưa ghi nhận việc công khai: trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và "
            "các quỹ do người lao động đóng góp; thi đua, khen thưởng") in text
    assert "quy chế dân chủ ở cơ sở tại nơi làm việc" not in text.split("Chưa ghi nhận")[1]
    assert f"TM. CÔNG TY GIÁM ĐỐC {DIRECTOR}" in text and COMPANY in text


def test_an_empty_annual_report_says_what_is_missing() -> None:
    empty = annual_data(conferences=(), dialogues=sd.DialogueCounts(), agreements=(),
                        petitions=sd.RegisterCounts(), items=sd.RegisterCounts(), plans=0,
                        plans_reported=0, soe_rules=True,
                        publications=tuple(replace(p, count=0, forms=(), last_from=None)
                                           for p in annual_data().publications))
    text = text_of("annual-report", empty)
    assert "Trong năm 2027 doanh nghiệp chưa tổ chức Hội nghị người lao động." in text
    assert "Chưa tổ chức đối thoại định kỳ năm 2027" in text
    assert "không có thỏa ước lao động tập thể được ký kết hoặc có hiệu lực" in text
    assert "Chưa ghi nhận việc công khai thông tin" in text
    assert "quy chế dân chủ ở cơ sở tại nơi làm việc; việc giải quyết kiến nghị" in text
    assert "Chưa có kết quả nổi bật được ghi nhận trong năm" in text
    assert "bao gồm các quy định áp dụng đối với doanh nghiệp nhà nước" in text
    assert annual_body(empty).flowables


def test_the_union_papers_are_signed_for_the_executive() -> None:
    for name in ("supervision_plan", "supervision_findings"):
        text = full_text(pdf(name))
        assert f"TM. BAN CHẤP HÀNH CHỦ TỊCH {CHAIR}" in text
        assert UNION.upper() in text.upper()
