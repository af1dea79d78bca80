"""Sample documents for the report tests, and a script writing them out as PDF and PNG pages.

    .venv/bin/python tests/reports/report_samples.py /tmp/doc_shots

writes each sample PDF there and, when poppler's pdftoppm is installed, its pages as PNG
(60 dpi) to look at beside the Decree 30/2020 layout rules.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from dcs_enterprise.domain import conference_documents as cd
from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_plan import DelegateKind, ElectionMethod, Owner, TaskKind
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.settings import DemocracySettings

DAY = date(2027, 1, 5)
PLACE = "Bình Dương"
COMPANY = "Công ty TNHH May mặc Bình An"
UNION = "Công đoàn cơ sở Công ty TNHH May mặc Bình An"

# Every Vietnamese vowel with each tone (ngang, huyền, hỏi, ngã, sắc, nặng), and đ.
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def tone_forms(vowel: str) -> str:
    return " ".join(unicodedata.normalize("NFC", vowel + tone) for tone in TONES)


VIETNAMESE_LETTERS = frozenset(
    "".join(tone_forms(v) + tone_forms(v.upper()) for v in VOWELS).replace(" ", "") + "đĐ"
)
ALPHABET_SENTENCES = tuple(
    f"Nguyên âm {v}: {tone_forms(v)}; chữ hoa {tone_forms(v.upper())}." for v in VOWELS
) + ("Phụ âm đ và Đ: đồng đều, Đoàn Đức Định.",)
PANGRAM_SENTENCES = (
    "Đồng chí Nguyễn Thị Ánh Tuyết được bầu làm Chủ tịch Công đoàn cơ sở nhiệm kỳ 2027 - 2032.",
    "Người lao động có quyền được biết, được tham gia ý kiến, được quyết định và được kiểm tra, "
    "giám sát.",
    "Hội nghị đã thảo luận kỹ lưỡng, nhất trí thông qua nghị quyết với tỷ lệ tán thành 95,5%.",
    "Ông Trương Quốc Hưởng, bà Lữ Thị Ngọc Diễm, anh Huỳnh Bửu Sơn và chị Ứng Thị Ỷ Lan cùng "
    "ký biên bản; ý kiến của ông Phó Đức Ẩn được ghi đầy đủ.",
    "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ ĐỀ NGHỊ NGƯỜI SỬ DỤNG LAO ĐỘNG TỔ CHỨC ĐỐI THOẠI ĐỊNH KỲ, "
    "GIẢI QUYẾT KIẾN NGHỊ VỀ TIỀN LƯƠNG, THƯỞNG & PHÚC LỢI <NĂM 2027>.",
    "Thỏa ước lao động tập thể có hiệu lực từ ngày 01 tháng 3 năm 2027, thời hạn 02 năm; "
    "ưu đãi, hỗ trợ nhà ở, nuôi con nhỏ được ưu tiên.",
)
ALL_SENTENCES = PANGRAM_SENTENCES + ALPHABET_SENTENCES


def union_frame(**changes: object) -> doc.DocumentFrame:
    frame = doc.DocumentFrame(
        issuers=(doc.IssuingBody("Công đoàn cơ sở Công ty TNHH May mặc Bình An",
                                 parent="Liên đoàn Lao động tỉnh Bình Dương"),),
        number=doc.DocumentNumber(5, 2027, "BB", "CĐCS"),
        place=PLACE,
        day=DAY,
        type_name="Biên bản",
        title="Hội nghị Ban Chấp hành công đoàn cơ sở mở rộng",
        signatures=(doc.SignatureBlock("Chủ tịch", "Nguyễn Thị Ánh Tuyết", prefix="TM.",
                                       authority="Ban Chấp hành"),),
        recipients=("Ban Giám đốc Công ty", "Các tổ công đoàn", "Công đoàn cấp trên cơ sở"),
        archive="VT, CĐCS",
    )
    return replace(frame, **changes) if changes else frame


def joint_frame() -> doc.DocumentFrame:
    return doc.DocumentFrame(
        issuers=(doc.IssuingBody(COMPANY), doc.IssuingBody(
            "Ban Chấp hành Công đoàn cơ sở", parent="Công đoàn Khu công nghiệp Việt Nam - Singapore")),
        number=doc.DocumentNumber(2, 2027, "KHLT", "CT-CĐCS"),
        place=PLACE,
        day=date(2027, 3, 15),
        type_name="Kế hoạch liên tịch",
        title="Tổ chức Hội nghị người lao động năm 2027",
        signatures=(
            doc.SignatureBlock("Chủ tịch", "Nguyễn Thị Ánh Tuyết", prefix="TM.",
                               authority="Ban Chấp hành Công đoàn cơ sở"),
            doc.SignatureBlock("Phó Giám đốc", "Trần Văn Bình", prefix="KT.", authority="Giám đốc"),
        ),
        recipients=("Công đoàn Khu công nghiệp", "Các phòng, ban, phân xưởng"),
        archive="VT, HCNS, CĐCS",
    )


def sample_body(sentences: tuple[str, ...] = ALL_SENTENCES) -> list[doc.Block]:
    blocks: list[doc.Block] = [
        doc.LegalBasis("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"),
        doc.LegalBasis("Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính "
                       "phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao "
                       "động về điều kiện lao động và quan hệ lao động."),
        doc.Paragraph("Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 01 năm 2027. Địa điểm: hội "
                      "trường Công ty. Thành phần tham dự: 15/15 ủy viên Ban Chấp hành và đại "
                      "diện Ban Giám đốc Công ty."),
        doc.Heading("QUYẾT NGHỊ:"),
        doc.Article(1, "Thông qua kế hoạch tổ chức Hội nghị người lao động năm 2027", clauses=(
            doc.Clause(1, "Hội nghị được tổ chức theo hình thức hội nghị đại biểu.", points=(
                ("a", "Hội nghị cấp phân xưởng hoàn thành trước ngày 20 tháng 02 năm 2027;"),
                ("b", "Hội nghị cấp Công ty tổ chức trong tháng 3 năm 2027."),
            )),
            doc.Clause(2, "Giao Ban Thường vụ chuẩn bị báo cáo và dự thảo nghị quyết."),
        )),
        doc.Article(2, "Câu kiểm tra phông chữ tiếng Việt"),
        *(doc.Paragraph(sentence) for sentence in sentences),
        doc.Table(
            headers=("STT", "Nội dung", "Người thực hiện", "Thời hạn"),
            rows=(("1", "Tổng hợp kiến nghị của người lao động", "Ban Chấp hành", "15/02/2027"),
                  ("2", "Dự thảo nghị quyết hội nghị", "Văn phòng", "25/02/2027"),
                  ("", "Cộng: 2 việc", "", "")),
            col_widths_mm=(12, 78, 45, 30), align=("CENTER", "LEFT", "LEFT", "CENTER"),
            total_rows=(2,),
        ),
        doc.Paragraph("Cuộc họp kết thúc vào 11 giờ 00 cùng ngày./."),
    ]
    return blocks


def roster_data() -> doc.RosterDocumentData:
    def line(n: int, name: str, gender: Gender, born: date | None, position: str,
             member: bool) -> doc.RosterLine:
        return doc.RosterLine(f"NV{n:04d}", name, gender, born, position, member)

    return doc.RosterDocumentData(
        enterprise_name=COMPANY,
        union_name=UNION,
        province=PLACE,
        day=DAY,
        departments=(
            doc.DepartmentRoster("Phòng Hành chính - Nhân sự", (
                line(1, "Trần Văn Bình", Gender.MALE, date(1980, 2, 3), "Giám đốc", False),
                line(2, "Nguyễn Thị Ánh Tuyết", Gender.FEMALE, date(1988, 11, 21),
                     "Trưởng phòng Hành chính - Nhân sự kiêm Chủ tịch Công đoàn", True),
                line(3, "Lê Thị Mỹ Duyên", Gender.FEMALE, None, "Nhân viên", True),
            )),
            doc.DepartmentRoster("Phân xưởng may số 1", tuple(
                line(10 + i, f"Phạm Thị Thu Hương {i}", Gender.FEMALE if i % 3 else Gender.MALE,
                     date(1990 + i % 10, 1 + i % 12, 1 + i % 28), "Công nhân may", i % 4 != 0)
                for i in range(60)
            )),
            doc.DepartmentRoster("Tổ bảo vệ", (
                line(90, "Đặng Quốc Ẩn", Gender.MALE, date(1975, 7, 9), "Tổ trưởng", False),
                line(91, "Hồ Văn Ước", Gender.OTHER, date(1999, 12, 31), "Bảo vệ", True),
            )),
        ),
    )


def roster_frame(data: doc.RosterDocumentData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("roster")
    return kind.frame(
        data, (doc.IssuingBody(data.enterprise_name),), data.province, data.day,
        number=kind.number(5, 2027, "CT"),
        signatures=(doc.SignatureBlock("Người lập biểu", "Lê Thị Mỹ Duyên"),
                    doc.SignatureBlock("Giám đốc", "Trần Văn Bình")),
        recipients=("Công đoàn cơ sở",), archive="VT, HCNS")


def settings_data() -> doc.SettingsSheetData:
    return doc.SettingsSheetData(
        enterprise_name=COMPANY,
        settings=DemocracySettings(labour_authority="Sở Nội vụ tỉnh Bình Dương"),
        holidays=(date(2027, 1, 1), date(2027, 4, 30), date(2027, 5, 1), date(2027, 9, 2)),
    )


def settings_frame(data: doc.SettingsSheetData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    return document_kind("settings").frame(
        data, (doc.IssuingBody(COMPANY),), PLACE, DAY,
        signatures=(doc.SignatureBlock("Giám đốc", "Trần Văn Bình"),),
        recipients=("Công đoàn cơ sở", "Niêm yết tại bảng tin Công ty"), archive="VT, HCNS")


def render_samples() -> dict[str, bytes]:
    from dcs_enterprise.reports.frame import render_document
    from dcs_enterprise.reports.roster import render_roster
    from dcs_enterprise.reports.settings_sheet import render_settings_sheet

    roster, settings = roster_data(), settings_data()
    return {
        "minutes": render_document(union_frame(), sample_body()),
        "joint_plan": render_document(joint_frame(), sample_body(PANGRAM_SENTENCES[:3])),
        "roster": render_roster(roster, roster_frame(roster)),
        "settings": render_settings_sheet(settings, settings_frame(settings)),
    }


# The workers' conference ---------------------------------------------------------------------

CONFERENCE_DAY = date(2027, 3, 20)  # a Saturday
CONFERENCE_PLACE = "Hội trường Công ty, Lô B2, Khu công nghiệp Việt Nam - Singapore"
CONFERENCE_BODY = "Hội nghị đại biểu người lao động"
DIRECTOR = "Trần Văn Bình"
UNION_CHAIR = "Nguyễn Thị Ánh Tuyết"


def conference_header(**changes: object) -> cd.ConferenceHeader:
    header = cd.ConferenceHeader(
        enterprise_name=COMPANY, union_name=UNION, year=2027, form=ConferenceForm.DELEGATE,
        held_on=CONFERENCE_DAY, start_time="07:30", place=CONFERENCE_PLACE)
    return replace(header, **changes) if changes else header


SEATS = (  # 1.250 workers, 50 seats by the largest remainder, at least one per department
    cd.SeatLine("Phân xưởng may số 1", 620, 25),
    cd.SeatLine("Phân xưởng may số 2", 410, 16),
    cd.SeatLine("Phòng Kỹ thuật - KCS", 95, 4),
    cd.SeatLine("Phòng Hành chính - Nhân sự", 38, 1),
    cd.SeatLine("Phòng Kế toán", 12, 1),
    cd.SeatLine("Tổ bảo vệ", 15, 1),
    cd.SeatLine("Kho vận", 60, 2),
)
EX_OFFICIO = (
    cd.PersonLine(DIRECTOR, "Giám đốc Công ty"),
    cd.PersonLine(UNION_CHAIR, "Chủ tịch Công đoàn cơ sở"),
    cd.PersonLine("Lê Thị Mỹ Duyên", "Kế toán trưởng"),
    cd.PersonLine("Đặng Quốc Ẩn", "Trưởng phòng Hành chính - Nhân sự"),
)
AGENDA = (
    cd.AgendaLine("07:30", "Đón tiếp đại biểu, điểm danh", "Ban Tổ chức"),
    cd.AgendaLine("08:00", "Chào cờ, tuyên bố lý do, giới thiệu đại biểu", "Ban Tổ chức"),
    cd.AgendaLine("08:10", "Bầu đoàn chủ tịch, thư ký hội nghị, ban kiểm phiếu; thông qua "
                           "chương trình và quy chế làm việc", "Ban Tổ chức"),
    cd.AgendaLine("08:20", "Báo cáo tình hình sản xuất, kinh doanh năm 2026, phương hướng năm "
                           "2027", f"Ông {DIRECTOR}, Giám đốc Công ty"),
    cd.AgendaLine("08:50", "Báo cáo hoạt động của Công đoàn cơ sở và kết quả thực hiện nghị "
                           "quyết năm 2026", f"Bà {UNION_CHAIR}, Chủ tịch Công đoàn cơ sở"),
    cd.AgendaLine("09:20", "Thảo luận; trả lời kiến nghị của người lao động", "Đại biểu; "
                           "Giám đốc Công ty"),
    cd.AgendaLine("10:30", "Biểu quyết thông qua nghị quyết hội nghị", "Đoàn chủ tịch"),
    cd.AgendaLine("11:00", "Bế mạc hội nghị", "Đoàn chủ tịch"),
)


def plan_data() -> cd.ConferencePlanData:
    kinds = list(TaskKind)
    dues = (date(2027, 2, 19), date(2027, 2, 26), date(2027, 3, 5), date(2027, 3, 5),
            date(2027, 3, 12), date(2027, 3, 12), date(2027, 3, 19))
    owners = (Owner.JOINT, Owner.UNION, Owner.DEPARTMENTS, Owner.UNION, Owner.EMPLOYER,
              Owner.JOINT, Owner.EMPLOYER)
    tasks = tuple(cd.TaskLine(kind, owner, due, done_on=date(2027, 2, 18) if n == 0 else None)
                  for n, (kind, owner, due) in enumerate(zip(kinds, owners, dues, strict=True)))
    return cd.ConferencePlanData(
        header=conference_header(),
        headcount=1250,
        form_basis="Công ty có 1.250 người lao động làm việc theo ca tại hai phân xưởng: theo "
                   "quy chế dân chủ ở cơ sở tại nơi làm việc, hội nghị được tổ chức theo hình "
                   "thức hội nghị đại biểu.",
        purpose="Đánh giá việc thực hiện nghị quyết Hội nghị người lao động năm 2026, thảo luận "
                "các giải pháp nâng cao năng suất, cải thiện điều kiện làm việc và đời sống của "
                "người lao động; phát huy quyền được biết, được tham gia ý kiến, được quyết định "
                "và được kiểm tra, giám sát của người lao động.",
        budget=25_000_000,
        responsibilities=(
            "1. Phòng Hành chính - Nhân sự: chuẩn bị báo cáo của người sử dụng lao động, hội "
            "trường, giấy mời và kinh phí.\n"
            "2. Ban Chấp hành Công đoàn cơ sở: hướng dẫn hội nghị các phòng ban, bộ phận, tổng "
            "hợp kiến nghị, chuẩn bị dự thảo nghị quyết.\n"
            "3. Các phòng ban, bộ phận: tổ chức hội nghị, bầu đại biểu và gửi biên bản về Ban "
            "Tổ chức đúng thời hạn."),
        seats=SEATS,
        ex_officio=EX_OFFICIO,
        tasks=tasks,
        agenda=AGENDA,
    )


def plan_frame(data: cd.ConferencePlanData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("conference-plan")
    return kind.frame(
        data, (doc.IssuingBody(COMPANY), doc.IssuingBody(UNION)), PLACE, date(2027, 1, 25),
        number=kind.number(2, 2027, "CT-CĐCS"),
        signatures=(doc.SignatureBlock("Chủ tịch", UNION_CHAIR, prefix="TM.",
                                       authority="Ban Chấp hành Công đoàn cơ sở"),
                    doc.SignatureBlock("Giám đốc", DIRECTOR)),
        recipients=("Công đoàn Khu công nghiệp Việt Nam - Singapore", "Các phòng ban, bộ phận"),
        archive="VT, HCNS, CĐCS")


INVITEES = (
    cd.Invitee("Phạm Thị Thu Hương", "NV0012", "Phân xưởng may số 1", "HN27-0001"),
    cd.Invitee("Huỳnh Bửu Sơn", "NV0230", "Phòng Kỹ thuật - KCS", "HN27-0002"),
    cd.Invitee("Ứng Thị Ỷ Lan", "NV1044", "Kho vận", "HN27-0003"),
)


def invitation_data(invitees: tuple[cd.Invitee, ...] = INVITEES) -> cd.InvitationData:
    return cd.InvitationData(
        header=conference_header(),
        chair=f"Ông {DIRECTOR}, Giám đốc Công ty và bà {UNION_CHAIR}, Chủ tịch Công đoàn cơ sở",
        invitees=invitees,
        notes="Trang phục: đồng phục Công ty.",
    )


def invitation_frame(data: cd.InvitationData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("invitation")
    return kind.frame(data, (doc.IssuingBody(COMPANY),), PLACE, date(2027, 3, 12),
                      number=kind.number(7, 2027, "CT"),
                      signatures=(doc.SignatureBlock("Giám đốc", DIRECTOR),),
                      recipients=("Như trên",), archive="VT, HCNS")


def delegate_lines() -> tuple[cd.DelegateLine, ...]:
    F, M = Gender.FEMALE, Gender.MALE
    lines = [
        cd.DelegateLine(DIRECTOR, "NV0001", M, "Ban Giám đốc", "Giám đốc",
                        DelegateKind.EX_OFFICIO),
        cd.DelegateLine(UNION_CHAIR, "NV0002", F, "Phòng Hành chính - Nhân sự",
                        "Trưởng phòng Hành chính - Nhân sự kiêm Chủ tịch Công đoàn cơ sở",
                        DelegateKind.EX_OFFICIO),
        cd.DelegateLine("Lê Thị Mỹ Duyên", "NV0003", F, "Phòng Kế toán", "Kế toán trưởng",
                        DelegateKind.EX_OFFICIO),
        cd.DelegateLine("Đặng Quốc Ẩn", "NV0090", M, "Phòng Hành chính - Nhân sự",
                        "Trưởng phòng", DelegateKind.EX_OFFICIO),
    ]
    for index, seat in enumerate(SEATS):
        for n in range(seat.seats):
            woman = n % 3 != 2
            code = f"NV{1000 + 40 * index + n:04d}"
            lines.append(cd.DelegateLine(sample_name(7 * index + n, woman), code,
                                         F if woman else M, seat.department,
                                         "Công nhân" if "xưởng" in seat.department
                                         else "Nhân viên", DelegateKind.ELECTED))
    return tuple(lines)


FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ")
WOMEN_NAMES = ("Thị Thu Hà", "Thị Ngọc Ánh", "Thị Mỹ Linh", "Thị Thanh Tâm", "Thị Kim Oanh",
               "Thị Hồng Nhung", "Thị Bích Ngọc", "Thị Yến", "Ngọc Trâm")
MEN_NAMES = ("Văn Đức", "Minh Tuấn", "Quốc Bảo", "Hữu Phước", "Đình Khôi", "Văn Lợi", "Công Hậu")


def sample_name(n: int, woman: bool) -> str:
    given = WOMEN_NAMES if woman else MEN_NAMES
    return f"{FAMILY_NAMES[n % len(FAMILY_NAMES)]} {given[n % len(given)]}"


def with_check_in(lines: tuple[cd.DelegateLine, ...]) -> tuple[cd.DelegateLine, ...]:
    """Everyone checked in from 07:05, but the 5th (a reason given) and the 9th (none)."""
    out = []
    for index, line in enumerate(lines):
        if index == 4:
            out.append(replace(line, absence_reason="Nghỉ ốm"))
        elif index == 8:
            out.append(line)
        else:
            out.append(replace(line, checked_in_at=datetime(2027, 3, 20, 7, 5 + index % 50)))
    return tuple(out)


def delegate_list_data(with_attendance: bool = False) -> cd.DelegateListData:
    lines = delegate_lines()
    return cd.DelegateListData(header=conference_header(),
                               delegates=with_check_in(lines) if with_attendance else lines,
                               with_attendance=with_attendance)


def delegate_list_frame(data: cd.DelegateListData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("delegate-list")
    return kind.frame(data, (doc.IssuingBody(COMPANY),), PLACE,
                      CONFERENCE_DAY if data.with_attendance else date(2027, 3, 12),
                      number=kind.number(8, 2027, "CT"),
                      signatures=(doc.SignatureBlock("Chủ tịch Công đoàn cơ sở", UNION_CHAIR),
                                  doc.SignatureBlock("Giám đốc", DIRECTOR)),
                      archive="VT, HCNS")


def agenda_data() -> cd.AgendaData:
    return cd.AgendaData(
        header=conference_header(), items=AGENDA,
        quorum_text="Ít nhất 2/3 số đại biểu được triệu tập có mặt",
        threshold_text="Trên 50% số đại biểu có mặt tán thành")


def agenda_frame(data: cd.AgendaData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    return document_kind("agenda").frame(
        data, (doc.IssuingBody(COMPANY),), PLACE, date(2027, 3, 12),
        signatures=(doc.SignatureBlock("Trưởng ban", DIRECTOR, prefix="TM.",
                                       authority="Ban Tổ chức"),), archive="")


CANDIDATES = (
    cd.CandidateLine("Huỳnh Bửu Sơn", "NV0230", 80, True),
    cd.CandidateLine("Trương Quốc Hưởng", "NV0231", 76, True),
    cd.CandidateLine("Lữ Thị Ngọc Diễm", "NV0232", 70, True),
    cd.CandidateLine("Phó Đức Ẩn", "NV0233", 52, True),
    cd.CandidateLine("Đoàn Đức Định", "NV0234", 44, False),
    cd.CandidateLine("Ứng Thị Ỷ Lan", "NV0235", 30, False),
)


def department_meeting_data() -> cd.DepartmentMeetingData:
    return cd.DepartmentMeetingData(
        header=conference_header(), department="Phòng Kỹ thuật - KCS",
        held_on=date(2027, 3, 3), workers=95, present=88,
        chair="Ông Trương Quốc Hưởng, Trưởng phòng", secretary="Bà Lữ Thị Ngọc Diễm",
        method=ElectionMethod.SECRET_BALLOT,
        discussion="Người lao động nhất trí với dự thảo báo cáo của Giám đốc và dự thảo nghị "
                   "quyết; đề nghị bổ sung chỉ tiêu giảm tỷ lệ hàng lỗi và kế hoạch đào tạo "
                   "nâng bậc thợ trong năm 2027.",
        petitions=("Tăng phụ cấp độc hại cho bộ phận kiểm tra hóa chất lên 500.000 đồng/tháng.",
                   "Trang bị thêm quạt hút tại khu vực kiểm hàng.",
                   "Tổ chức khám sức khỏe định kỳ 02 lần/năm cho lao động nữ."),
        seats=4, candidates=CANDIDATES, needed=45)


def department_meeting_frame(data: cd.DepartmentMeetingData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("department-meeting")
    return kind.frame(data, (doc.IssuingBody("Phòng Kỹ thuật - KCS", parent=COMPANY),), PLACE,
                      data.held_on, number=kind.number(3, 2027, "KT"),
                      signatures=(doc.SignatureBlock("Thư ký", "Lữ Thị Ngọc Diễm"),
                                  doc.SignatureBlock("Chủ trì", "Trương Quốc Hưởng")),
                      recipients=("Ban Tổ chức Hội nghị",), archive="Hồ sơ hội nghị")


VOTES = (
    cd.VoteLine("Thông qua chương trình và quy chế làm việc", 51, 0, 0, 51, 50, True),
    cd.VoteLine("Thông qua báo cáo của Giám đốc Công ty", 48, 2, 1, 51, 50, True),
    cd.VoteLine("Chuyển ngày nghỉ hằng tuần sang Chủ nhật luân phiên", 20, 25, 6, 51, 50, False),
    cd.VoteLine("Thông qua Nghị quyết Hội nghị", 49, 1, 1, 51, 50, True),
)
PRESIDIUM = (cd.PersonLine(DIRECTOR, "Giám đốc Công ty"),
             cd.PersonLine(UNION_CHAIR, "Chủ tịch Công đoàn cơ sở"),
             cd.PersonLine("Phạm Văn Hùng", "Quản đốc Phân xưởng may số 1"))


def minutes_data() -> cd.ConferenceMinutesData:
    return cd.ConferenceMinutesData(
        header=conference_header(),
        opened_at=datetime(2027, 3, 20, 8, 0), closed_at=datetime(2027, 3, 20, 11, 15),
        summoned=54, present=51, quorum_met=True,
        quorum_text="51/54 đại biểu có mặt, đạt 94,4%; cần ít nhất 2/3, tức 36 đại biểu",
        presidium=PRESIDIUM,
        secretary=(cd.PersonLine("Lữ Thị Ngọc Diễm", "Nhân viên Phòng Kỹ thuật - KCS"),),
        counters=(cd.PersonLine("Huỳnh Bửu Sơn", "Kỹ thuật viên"),
                  cd.PersonLine("Ứng Thị Ỷ Lan", "Thủ kho"),
                  cd.PersonLine("Võ Văn Đức", "Tổ trưởng tổ may 3")),
        guests="Ông Đỗ Minh Quang, Phó Chủ tịch Công đoàn Khu công nghiệp Việt Nam - Singapore",
        opening="Ban Tổ chức tuyên bố lý do, giới thiệu đại biểu; Hội nghị biểu quyết thông qua "
                "đoàn chủ tịch, thư ký hội nghị, ban kiểm phiếu, chương trình và quy chế làm việc.",
        items=(cd.MinutesItem("Báo cáo tình hình sản xuất, kinh doanh năm 2026",
                              f"Ông {DIRECTOR}, Giám đốc Công ty",
                              "Doanh thu đạt 412 tỷ đồng, tăng 8%; thu nhập bình quân 9,6 triệu "
                              "đồng/người/tháng."),
               cd.MinutesItem("Thảo luận", "", "Có 7 ý kiến phát biểu về tiền lương, ca làm "
                              "việc, an toàn vệ sinh lao động và nhà ở cho công nhân.")),
        votes=VOTES,
        petitions=(cd.AnsweredPetition("Tăng phụ cấp độc hại cho bộ phận kiểm tra hóa chất.",
                                       "Phòng Kỹ thuật - KCS", "Công ty đồng ý tăng lên 500.000 "
                                       "đồng/tháng từ tháng 4/2027.", f"Ông {DIRECTOR}"),
                   cd.AnsweredPetition("Trang bị thêm quạt hút tại khu vực kiểm hàng.",
                                       "Phân xưởng may số 2", "Hoàn thành trong quý II/2027.",
                                       "Phòng Hành chính - Nhân sự")),
        closing="Bà Nguyễn Thị Ánh Tuyết thay mặt đoàn chủ tịch phát biểu bế mạc hội nghị.",
    )


def conference_issuer() -> doc.IssuingBody:
    return doc.IssuingBody(CONFERENCE_BODY, parent=COMPANY)


def minutes_frame(data: cd.ConferenceMinutesData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("conference-minutes")
    return kind.frame(data, (conference_issuer(),), PLACE, CONFERENCE_DAY,
                      number=kind.number(1, 2027, "HNNLĐ"),
                      signatures=(doc.SignatureBlock("Thư ký", "Lữ Thị Ngọc Diễm"),
                                  doc.SignatureBlock("Chủ tọa", DIRECTOR)),
                      archive="VT, Hồ sơ hội nghị")


ARTICLES = (
    cd.ArticleLine(1, "Đánh giá kết quả năm 2026",
                   "Hội nghị nhất trí đánh giá kết quả sản xuất, kinh doanh và thực hiện chính "
                   "sách đối với người lao động năm 2026 như báo cáo của Giám đốc Công ty."),
    cd.ArticleLine(2, "Chỉ tiêu năm 2027", "Doanh thu 450 tỷ đồng; thu nhập bình quân 10,2 "
                   "triệu đồng/người/tháng; không để xảy ra tai nạn lao động nghiêm trọng."),
    cd.ArticleLine(3, "Phụ cấp độc hại", "Tăng phụ cấp độc hại cho bộ phận kiểm tra hóa chất "
                   "lên 500.000 đồng/tháng.", owner="Phòng Hành chính - Nhân sự",
                   due=date(2027, 4, 30)),
    cd.ArticleLine(4, "Cải thiện điều kiện làm việc", "Trang bị thêm quạt hút tại khu vực kiểm "
                   "hàng của Phân xưởng may số 2.", owner="Người sử dụng lao động",
                   due=date(2027, 6, 30)),
)
ADOPTION = VOTES[-1]


def resolution_data(**changes: object) -> cd.ResolutionData:
    data = cd.ResolutionData(header=conference_header(), articles=ARTICLES, adoption=ADOPTION,
                             minutes_number="01/BB-HNNLĐ")
    return replace(data, **changes) if changes else data


def resolution_frame(data: cd.ResolutionData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("resolution")
    return kind.frame(data, (conference_issuer(),), PLACE, CONFERENCE_DAY,
                      number=kind.number(1, 2027, "HNNLĐ"),
                      signatures=(doc.SignatureBlock("Chủ tọa", DIRECTOR, prefix="TM.",
                                                     authority="Hội nghị"),),
                      recipients=("Công đoàn Khu công nghiệp Việt Nam - Singapore",
                                  "Ban Chấp hành Công đoàn cơ sở",
                                  "Các phòng ban, bộ phận (để thực hiện)"),
                      archive="VT, HCNS, CĐCS")


def results_notice_data() -> cd.ResultsNoticeData:
    return cd.ResultsNoticeData(
        header=conference_header(), resolution_number="01/NQ-HNNLĐ", summoned=54, present=51,
        votes=VOTES, articles=ARTICLES[2:],
        published_form="niêm yết tại bảng tin và đăng trên mạng nội bộ",
        published_place="bảng tin nhà ăn, cổng chính và các phân xưởng",
        published_from=date(2027, 3, 23), published_until=date(2027, 4, 22))


def results_notice_frame(data: cd.ResultsNoticeData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("results-notice")
    return kind.frame(data, (doc.IssuingBody(COMPANY),), PLACE, date(2027, 3, 22),
                      number=kind.number(12, 2027, "CT"),
                      signatures=(doc.SignatureBlock("Giám đốc", DIRECTOR),),
                      recipients=("Công đoàn cơ sở", "Niêm yết tại bảng tin"),
                      archive="VT, HCNS")


def review_data() -> cd.ReviewData:
    def line(number: int, title: str, owner: str, due: date, status: Status, progress: int,
             note: str = "", overdue: bool = False) -> cd.CommitmentLine:
        return cd.CommitmentLine(number, title, owner, due, status, progress, note, overdue)

    return cd.ReviewData(
        header=conference_header(), resolution_number="01/NQ-HNNLĐ",
        review_day=date(2027, 9, 20), period_label="6 tháng kể từ ngày Hội nghị",
        commitments=(
            line(3, "Tăng phụ cấp độc hại lên 500.000 đồng/tháng",
                 "Phòng Hành chính - Nhân sự", date(2027, 4, 30), Status.DONE, 100,
                 "Áp dụng từ kỳ lương tháng 4/2027"),
            line(4, "Trang bị quạt hút khu vực kiểm hàng", "Người sử dụng lao động",
                 date(2027, 6, 30), Status.IN_PROGRESS, 60, "Đã lắp 6/10 quạt", overdue=True),
            line(5, "Đào tạo nâng bậc thợ cho 120 công nhân", "Phòng Kỹ thuật - KCS",
                 date(2027, 12, 31), Status.IN_PROGRESS, 40),
            line(6, "Khám sức khỏe lần 2 cho lao động nữ", "Công đoàn cơ sở",
                 date(2027, 11, 30), Status.NOT_STARTED, 0),
            line(7, "Xây dựng nhà giữ trẻ", "Người sử dụng lao động", date(2027, 8, 31),
                 Status.DROPPED, 30, "Thay bằng hỗ trợ tiền gửi trẻ 300.000 đồng/tháng"),
        ))


def review_frame(data: cd.ReviewData) -> doc.DocumentFrame:
    from dcs_enterprise.reports.catalog import document_kind

    kind = document_kind("resolution-review")
    return kind.frame(
        data, (doc.IssuingBody(COMPANY), doc.IssuingBody(UNION)), PLACE, data.review_day,
        number=kind.number(9, 2027, "CT-CĐCS"),
        signatures=(doc.SignatureBlock("Chủ tịch", UNION_CHAIR, prefix="TM.",
                                       authority="Ban Chấp hành Công đoàn cơ sở"),
                    doc.SignatureBlock("Giám đốc", DIRECTOR)),
        recipients=("Toàn thể người lao động (niêm yết tại bảng tin)",
                    "Công đoàn Khu công nghiệp Việt Nam - Singapore"),
        archive="VT, HCNS, CĐCS")


def conference_samples() -> dict[str, tuple[str, object, doc.DocumentFrame]]:
    """Sample name -> (catalog key, data, frame) for every conference paper."""
    made = {
        "conference_plan": ("conference-plan", plan_data(), plan_frame),
        "invitation": ("invitation", invitation_data(), invitation_frame),
        "invitation_everyone": ("invitation", invitation_data(()), invitation_frame),
        "delegate_list": ("delegate-list", delegate_list_data(), delegate_list_frame),
        "delegate_attendance": ("delegate-list", delegate_list_data(True), delegate_list_frame),
        "agenda": ("agenda", agenda_data(), agenda_frame),
        "department_meeting": ("department-meeting", department_meeting_data(),
                               department_meeting_frame),
        "conference_minutes": ("conference-minutes", minutes_data(), minutes_frame),
        "resolution": ("resolution", resolution_data(), resolution_frame),
        "results_notice": ("results-notice", results_notice_data(), results_notice_frame),
        "resolution_review": ("resolution-review", review_data(), review_frame),
    }
    return {name: (key, data, frame(data)) for name, (key, data, frame) in made.items()}


def render_conference_samples() -> dict[str, bytes]:
    from dcs_enterprise.reports.catalog import document_kind

    return {name: document_kind(key).render(data, frame)
            for name, (key, data, frame) in conference_samples().items()}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, pdf in {**render_samples(), **render_conference_samples()}.items():
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(out / name)],
                           check=True)
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/doc_shots"))
