"""Minutes of a department meeting (with its delegate election) and of the conference itself
(Decree 30 Mẫu 1.9), read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from pdf_probe import find, fragments, full_text, page_texts
from report_samples import (
    CANDIDATES,
    VOTES,
    department_meeting_data,
    department_meeting_frame,
    minutes_data,
    minutes_frame,
)

from dcs_enterprise.domain import conference_documents as cd
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.reports import fonts
from dcs_enterprise.reports.conference_department import render_department_meeting
from dcs_enterprise.reports.conference_minutes import render_conference_minutes


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def department() -> tuple[cd.DepartmentMeetingData, bytes]:
    data = department_meeting_data()
    return data, render_department_meeting(data, department_meeting_frame(data))


@pytest.fixture(scope="module")
def minutes() -> tuple[cd.ConferenceMinutesData, bytes]:
    data = minutes_data()
    return data, render_conference_minutes(data, minutes_frame(data))


def test_department_meeting_frame_and_attendance(department: tuple) -> None:
    data, pdf = department
    first = page_texts(pdf)[0]
    assert ("BIÊN BẢN Hội nghị Phòng Kỹ thuật - KCS và bầu đại biểu dự Hội nghị đại biểu người "
            "lao động năm 2027") in first
    assert "Số: 03/BB-KT" in first
    assert "Thời gian bắt đầu: …… giờ ……, ngày 03/03/2027." in first
    assert "Địa điểm: Phòng Kỹ thuật - KCS, Công ty TNHH May mặc Bình An." in first
    assert (f"được triệu tập {data.workers} người, có mặt {data.present} người (92,6%), vắng mặt "
            f"{data.workers - data.present} người.") in first
    assert "Chủ trì (chủ tọa): Ông Trương Quốc Hưởng, Trưởng phòng." in first
    assert "Thư ký (người ghi biên bản): Bà Lữ Thị Ngọc Diễm." in first


def test_department_discussion_and_numbered_petitions(department: tuple) -> None:
    data, pdf = department
    text = full_text(pdf)
    assert words(data.discussion) in text
    assert f"Hội nghị thống nhất gửi {len(data.petitions)} kiến nghị đến Hội nghị:" in text
    for number, petition in enumerate(data.petitions, start=1):
        assert f"{number}. {petition}" in text


def test_department_election(department: tuple) -> None:
    data, pdf = department
    text = full_text(pdf)
    assert data.needed == data.present // 2 + 1 == 45
    assert "Số đại biểu được bầu: 4. Hình thức bầu: bỏ phiếu kín. Số người dự họp: 88." in text
    assert ("Đại biểu trúng cử phải được trên 50% số người dự họp tán thành (ít nhất 45 phiếu)."
            in text)
    frags = fragments(pdf)
    for number, candidate in enumerate(CANDIDATES, start=1):
        code = find(frags, candidate.code)
        row = [f.text for f in sorted(frags, key=lambda f: f.x)
               if f.page == code.page and abs(f.y - code.y) < 1]
        share = 100 * candidate.votes / data.present
        shown = f"{share:.1f}".replace(".", ",").removesuffix(",0") + "%"
        result = "Trúng cử" if candidate.elected else "Không trúng cử"
        assert row == [str(number), candidate.name, candidate.code, str(candidate.votes), shown,
                       result]
    assert ("Đại biểu trúng cử (4/4): Huỳnh Bửu Sơn, Trương Quốc Hưởng, Lữ Thị Ngọc Diễm, Phó "
            "Đức Ẩn.") in text
    assert "chưa được bầu" not in text


def test_department_closing_and_signatures(department: tuple) -> None:
    text = page_texts(department[1])[-1]
    assert ("Hội nghị kết thúc vào hồi …… giờ ……, ngày 03/03/2027. Biên bản đã được đọc lại cho "
            "hội nghị nghe và nhất trí thông qua./.") in text
    frags = fragments(department[1])
    secretary, chair = find(frags, "THƯ KÝ"), find(frags, "CHỦ TRÌ")
    assert secretary.y == chair.y and secretary.x < chair.x
    signed = [f for f in frags if f.text == "Lữ Thị Ngọc Diễm" and f.font == fonts.BOLD]
    assert len(signed) == 1 and signed[0].page == secretary.page and signed[0].y < secretary.y


def test_department_missing_seats_are_named() -> None:
    data = replace(department_meeting_data(), candidates=tuple(
        replace(c, elected=c.votes > 75) for c in CANDIDATES))
    text = full_text(render_department_meeting(data, department_meeting_frame(data)))
    assert "Đại biểu trúng cử (2/4): Huỳnh Bửu Sơn, Trương Quốc Hưởng." in text
    assert "Còn 2 đại biểu chưa được bầu" in text


def test_minutes_attendance_quorum_and_officers(minutes: tuple) -> None:
    data, pdf = minutes
    text = full_text(pdf)
    assert "BIÊN BẢN Hội nghị đại biểu người lao động năm 2027" in text
    assert "Số: 01/BB-HNNLĐ" in text
    assert "Thời gian bắt đầu: 08 giờ 00, ngày 20/03/2027." in text
    assert "Hình thức: Hội nghị đại biểu người lao động." in text
    assert ("Thành phần tham dự: số đại biểu được triệu tập: 54; có mặt: 51 (94,4%); vắng mặt: 3."
            in text)
    assert (f"Điều kiện tiến hành: Hội nghị đủ điều kiện tiến hành ({data.quorum_text}).") in text
    assert f"Khách mời: {data.guests}." in text
    assert ("Đoàn chủ tịch: - Trần Văn Bình, Giám đốc Công ty (chủ trì); - Nguyễn Thị Ánh Tuyết, "
            "Chủ tịch Công đoàn cơ sở; - Phạm Văn Hùng, Quản đốc Phân xưởng may số 1.") in text
    assert "Chủ trì (chủ tọa): Trần Văn Bình." in text
    assert ("Thư ký hội nghị (người ghi biên bản): Lữ Thị Ngọc Diễm, Nhân viên Phòng Kỹ thuật - "
            "KCS.") in text
    assert "Ban kiểm phiếu: - Huỳnh Bửu Sơn, Kỹ thuật viên; - Ứng Thị Ỷ Lan, Thủ kho;" in text


def test_minutes_proceedings_votes_petitions(minutes: tuple) -> None:
    data, pdf = minutes
    text = full_text(pdf)
    order = ["Nội dung (theo diễn biến hội nghị):", words(data.opening),
             "1. Báo cáo tình hình sản xuất", "2. Thảo luận",
             "Kiến nghị của người lao động và ý kiến trả lời:", "Kết quả biểu quyết:",
             words(data.closing), "Hội nghị kết thúc vào hồi"]
    positions = [text.find(heading) for heading in order]
    assert -1 not in positions and positions == sorted(positions)
    assert "Trình bày: Ông Trần Văn Bình, Giám đốc Công ty." in text
    assert words(data.items[0].notes) in text
    for vote in VOTES:
        share = f"{100 * vote.in_favour / vote.present:.1f}".replace(".", ",")
        share = share.removesuffix(",0") + "%"
        assert (f"{vote.in_favour} {vote.against} {vote.abstained} {vote.present} {share} "
                f"{'Thông qua' if vote.passed else 'Không thông qua'}") in text, vote.subject
    assert "Không thông qua" in text and "39,2%" in text  # 20/51
    assert "Nội dung được thông qua khi có trên 50% số đại biểu có mặt tán thành." in text
    assert ("1. Kiến nghị (Phòng Kỹ thuật - KCS): Tăng phụ cấp độc hại cho bộ phận kiểm tra hóa "
            "chất.") in text
    assert ("Trả lời (Ông Trần Văn Bình): Công ty đồng ý tăng lên 500.000 đồng/tháng từ tháng "
            "4/2027.") in text
    assert text.count("Kiến nghị (") == 2


def test_minutes_end_line_and_signatures(minutes: tuple) -> None:
    text = page_texts(minutes[1])[-1]
    assert "Hội nghị kết thúc vào hồi 11 giờ 15, ngày 20/03/2027./." in text
    frags = fragments(minutes[1])
    assert find(frags, "THƯ KÝ").x < find(frags, "CHỦ TỌA").x


def test_minutes_not_held_yet_and_full_form() -> None:
    data = replace(minutes_data(), opened_at=None, closed_at=None, quorum_met=False,
                   quorum_text="30/54 đại biểu có mặt; cần ít nhất 36", votes=(), petitions=(),
                   guests="", header=replace(minutes_data().header, form=ConferenceForm.FULL))
    text = full_text(render_conference_minutes(data, minutes_frame(data)))
    assert "Thời gian bắt đầu: …… giờ ……, ngày 20/03/2027." in text
    assert "Hình thức: Hội nghị toàn thể người lao động." in text
    assert "số người lao động được triệu tập: 54" in text
    assert ("Điều kiện tiến hành: Hội nghị không đủ điều kiện tiến hành (30/54 đại biểu có mặt; "
            "cần ít nhất 36).") in text
    assert "Khách mời" not in text and "Kết quả biểu quyết" not in text
    assert "Kiến nghị của người lao động" not in text
    assert f"{words(data.closing)} Hội nghị kết thúc vào hồi" in text
    assert "Hội nghị kết thúc vào hồi …… giờ ……, ngày ……/……/……./." in text


def test_minutes_times_come_from_the_data() -> None:
    data = replace(minutes_data(), opened_at=datetime(2027, 3, 20, 7, 45),
                   closed_at=datetime(2027, 3, 20, 16, 5))
    text = full_text(render_conference_minutes(data, minutes_frame(data)))
    assert "Thời gian bắt đầu: 07 giờ 45, ngày 20/03/2027." in text
    assert "kết thúc vào hồi 16 giờ 05, ngày 20/03/2027./." in text


def test_absentees_are_named_with_their_reasons():
    from dataclasses import replace

    from pdf_probe import full_text
    from report_samples import minutes_data, minutes_frame

    from dcs_enterprise.domain.conference_documents import PersonLine
    from dcs_enterprise.reports.catalog import CATALOG

    data = replace(minutes_data(), absentees=(PersonLine("Lò Thị Mai", "Nghỉ ốm"),
                                              PersonLine("Vàng A Páo", "")))
    text = full_text(CATALOG["conference-minutes"].render(data, minutes_frame(data)))
    assert "Vắng mặt: Lò Thị Mai (Nghỉ ốm); Vàng A Páo." in text
