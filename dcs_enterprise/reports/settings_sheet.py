"""The summary sheet of the enterprise's democracy regulation (quy chế dân chủ ở cơ sở):
each setting with its value and where it comes from, in Vietnamese (documents are always printed
in Vietnamese; domain.settings.SETTING_SOURCES holds the English source strings of the UI).
"""

from __future__ import annotations

from collections.abc import Callable

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.enums import Regime
from dcs_enterprise.domain.settings import DemocracySettings

from .frame import render_document

TYPE_NAME = "BẢNG TỔNG HỢP"
TITLE = "Các nội dung chính của quy chế dân chủ ở cơ sở tại nơi làm việc"
HEADERS = ("STT", "Nội dung", "Giá trị", "Căn cứ")
COL_WIDTHS_MM = (11.0, 52.0, 44.0, 58.0)
ALIGN = ("CENTER", "LEFT", "LEFT", "LEFT")

LAW_10 = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"
LABOUR_CODE = "Bộ luật Lao động năm 2019"
SOE_DEFAULT = "bắt buộc với doanh nghiệp nhà nước; mặc định với doanh nghiệp khác"
OWN_RULES = "Quy chế dân chủ ở cơ sở của doanh nghiệp"

# Setting (a DemocracySettings field, or "quorum" for its two fields) -> (label, source).
# The keys of domain.settings.SETTING_SOURCES are all here, with the same meaning.
LABELS_VI: dict[str, tuple[str, str]] = {
    "regime": ("Chế độ áp dụng",
               f"Điều 82 {LAW_10}: quy định đối với doanh nghiệp nhà nước bắt buộc với doanh "
               "nghiệp nhà nước; doanh nghiệp khác có thể tự nguyện áp dụng"),
    "quorum": ("Điều kiện tiến hành hội nghị người lao động",
               f"Điểm c khoản 2 Điều 69 {LAW_10} ({SOE_DEFAULT})"),
    "pass_threshold_percent": ("Điều kiện thông qua nghị quyết hội nghị",
                               f"Điểm c khoản 2 Điều 69 {LAW_10} ({SOE_DEFAULT})"),
    "full_conference_below": ("Hình thức hội nghị người lao động",
                              f"Khoản 2 Điều 69 {LAW_10} ({SOE_DEFAULT})"),
    "fiscal_year_end_month": ("Tháng kết thúc năm tài chính", OWN_RULES),
    "conference_months_after_year_end": (
        "Thời hạn tổ chức hội nghị người lao động",
        f"Khoản 1 Điều 69 {LAW_10} (doanh nghiệp nhà nước)"),
    "rest_weekdays": ("Ngày nghỉ hằng tuần",
                      f"Điều 111 {LABOUR_CODE}: ít nhất một ngày mỗi tuần, do người sử dụng "
                      "lao động quyết định"),
    "holidays": ("Ngày nghỉ lễ, tết trong năm", f"Điều 112 {LABOUR_CODE}"),
    "petition_answer_days": ("Thời hạn trả lời kiến nghị của người lao động",
                             f"Vận dụng điểm d khoản 1 Điều 81 {LAW_10}; không phải nghĩa vụ "
                             "pháp lý đối với doanh nghiệp ngoài nhà nước"),
    "supervision_answer_days": ("Thời hạn trả lời kiến nghị sau giám sát",
                                f"Điểm d khoản 1 Điều 81 {LAW_10} ({SOE_DEFAULT})"),
    "labour_authority": ("Cơ quan nhận thỏa ước lao động tập thể",
                         f"Điều 77 {LABOUR_CODE}: cơ quan chuyên môn về lao động thuộc Ủy ban "
                         "nhân dân cấp tỉnh"),
    "company_doc_symbol": ("Ký hiệu văn bản của doanh nghiệp",
                           "Phụ lục I Nghị định số 30/2020/NĐ-CP (số, ký hiệu văn bản)"),
    "union_doc_symbol": ("Ký hiệu văn bản của công đoàn cơ sở",
                         "Phụ lục I Nghị định số 30/2020/NĐ-CP (số, ký hiệu văn bản)"),
    "company_has_seal": ("Doanh nghiệp có con dấu", "Khai báo của doanh nghiệp"),
    "union_has_seal": ("Công đoàn cơ sở có con dấu", "Khai báo của công đoàn cơ sở"),
}

REGIMES_VI = {
    Regime.NON_STATE: "Doanh nghiệp ngoài nhà nước (Bộ luật Lao động, Nghị định số "
                      "145/2020/NĐ-CP)",
    Regime.NON_STATE_OPT_IN: "Doanh nghiệp ngoài nhà nước, tự nguyện áp dụng quy định đối với "
                             "doanh nghiệp nhà nước",
    Regime.SOE: "Doanh nghiệp nhà nước (Điều 64 đến Điều 81 Luật Thực hiện dân chủ ở cơ sở)",
}
WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def _yes(value: bool) -> str:
    return "Có" if value else "Không"


def setting_values(settings: DemocracySettings) -> dict[str, str]:
    """Each setting's value as printed."""
    s = settings
    return {
        "regime": REGIMES_VI[s.regime],
        "quorum": f"Ít nhất {s.quorum_numerator}/{s.quorum_denominator} số người được triệu tập "
                  "có mặt",
        "pass_threshold_percent": f"Trên {s.pass_threshold_percent}% số người có mặt tán thành",
        "full_conference_below": f"Hội nghị toàn thể khi dưới {s.full_conference_below} người "
                                 "lao động; từ đó trở lên do hai bên thống nhất",
        "fiscal_year_end_month": f"Tháng {s.fiscal_year_end_month}",
        "conference_months_after_year_end": f"Trong {s.conference_months_after_year_end} tháng "
                                            "sau khi kết thúc năm tài chính",
        "rest_weekdays": ", ".join(WEEKDAYS_VI[d] for d in sorted(s.rest_weekdays)),
        "petition_answer_days": f"{s.petition_answer_days} ngày",
        "supervision_answer_days": f"{s.supervision_answer_days} ngày",
        "labour_authority": s.labour_authority,
        "company_doc_symbol": s.company_doc_symbol,
        "union_doc_symbol": s.union_doc_symbol,
        "company_has_seal": _yes(s.company_has_seal),
        "union_has_seal": _yes(s.union_has_seal),
    }


def settings_table(data: doc.SettingsSheetData) -> doc.Table:
    values = setting_values(data.settings)
    if data.holidays:
        values["holidays"] = "; ".join(f"{d:%d/%m/%Y}" for d in sorted(data.holidays))
    rows = [(str(number), LABELS_VI[key][0], values[key], LABELS_VI[key][1])
            for number, key in enumerate((k for k in LABELS_VI if k in values), start=1)]
    return doc.Table(headers=HEADERS, rows=tuple(rows), col_widths_mm=COL_WIDTHS_MM, align=ALIGN)


def render_settings_sheet(data: doc.SettingsSheetData, frame: doc.DocumentFrame,
                          on_page: Callable[[int], None] | None = None) -> bytes:
    """The settings sheet as PDF bytes inside the given frame (type name "BẢNG TỔNG HỢP")."""
    body: list[doc.Block] = [
        doc.Paragraph(f"Các nội dung chính của quy chế dân chủ ở cơ sở tại nơi làm việc của "
                      f"{data.enterprise_name} đang áp dụng như sau:"),
        settings_table(data),
    ]
    return render_document(frame, body, on_page)
