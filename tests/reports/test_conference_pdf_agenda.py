"""The conference agenda and its working rules (chương trình, quy chế làm việc)."""

from __future__ import annotations

from pdf_probe import fragments, full_text, page_texts
from report_samples import AGENDA, agenda_data, agenda_frame

from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.conference_agenda import RULES_HEADING, render_agenda


def test_agenda_items_rules_and_frame() -> None:
    data = agenda_data()
    pdf = render_agenda(data, agenda_frame(data))
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    assert "CHƯƠNG TRÌNH Hội nghị đại biểu người lao động năm 2027" in text
    assert "Số:" not in text  # an agenda carries no number
    assert "Thời gian: 07 giờ 30 ngày 20/03/2027 (thứ Bảy)." in text
    assert "Thời gian Nội dung Người thực hiện" in text
    frags = fragments(pdf)
    times = [f.text for f in frags if f.text[:2].isdigit() and "h" in f.text and len(f.text) == 5]
    assert times == [item.starts_at.replace(":", "h") for item in AGENDA]
    for item in AGENDA:
        assert item.presenter.split(",")[0] in text
    heading = [f for f in frags if f.text == RULES_HEADING]
    assert heading and heading[0].font == fonts.BOLD
    assert ("1. Điều kiện tiến hành Hội nghị: ít nhất 2/3 số đại biểu được triệu tập có mặt."
            in text)
    assert ("2. Điều kiện thông qua nghị quyết và các nội dung biểu quyết: trên 50% số đại biểu "
            "có mặt tán thành.") in text
    assert "3. Hình thức biểu quyết: Hội nghị biểu quyết công khai bằng hình thức giơ tay" in text
    assert "đoàn chủ tịch" in text and "Thư ký hội nghị" in text and "ban kiểm phiếu" in text
    assert text.index(RULES_HEADING) > text.index("Bế mạc hội nghị")
    assert text.rstrip().endswith("TM. BAN TỔ CHỨC TRƯỞNG BAN Trần Văn Bình")
    assert "Nơi nhận" not in full_text(pdf)
