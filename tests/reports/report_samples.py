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
from datetime import date
from pathlib import Path

from dcs_enterprise.domain import documents as doc
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


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, pdf in render_samples().items():
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(out / name)],
                           check=True)
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/doc_shots"))
