"""The words and numbers every workers' conference paper prints, in Vietnamese.

Papers are always printed in Vietnamese, whatever the UI language: the enums of the domain are
mapped here to their legal terms (DOMAIN.md "Words"), and dates, times, amounts and percentages
are written the Vietnamese way (20/03/2027, 07 giờ 30, 25.000.000 đồng, 95,5%).
"""

from __future__ import annotations

from datetime import date, datetime

from dcs_enterprise.domain.commitments import Status
from dcs_enterprise.domain.conference_documents import ConferenceHeader
from dcs_enterprise.domain.conference_plan import DelegateKind, ElectionMethod, Owner, TaskKind
from dcs_enterprise.domain.conference_rules import ConferenceForm

DELEGATE_KIND_VI: dict[DelegateKind, str] = {
    DelegateKind.EX_OFFICIO: "Đương nhiên",
    DelegateKind.ELECTED: "Được bầu",
    DelegateKind.WORKER: "Người lao động",
}
OWNER_VI: dict[Owner, str] = {
    Owner.EMPLOYER: "Người sử dụng lao động",
    Owner.UNION: "Công đoàn cơ sở",
    Owner.JOINT: "Hai bên phối hợp",
    Owner.DEPARTMENTS: "Các phòng ban, bộ phận",
}
TASK_VI: dict[TaskKind, str] = {
    TaskKind.REPORTS_DRAFTED: "Xây dựng báo cáo của người sử dụng lao động, báo cáo của Công "
                              "đoàn cơ sở và báo cáo kết quả thực hiện nghị quyết năm trước",
    TaskKind.DRAFTS_CIRCULATED: "Gửi dự thảo các báo cáo và dự thảo nghị quyết đến các phòng "
                                "ban, bộ phận",
    TaskKind.DEPARTMENT_MEETINGS: "Tổ chức hội nghị ở các phòng ban, bộ phận (thảo luận, kiến "
                                  "nghị, bầu đại biểu)",
    TaskKind.PETITION_CUTOFF: "Hạn cuối nhận kiến nghị; Công đoàn cơ sở tổng hợp kiến nghị của "
                              "người lao động",
    TaskKind.ANSWERS_READY: "Người sử dụng lao động chuẩn bị trả lời các kiến nghị",
    TaskKind.INVITATIONS_SENT: "Gửi giấy mời và danh sách đại biểu",
    TaskKind.VENUE_READY: "Chuẩn bị hội trường, chương trình và bàn đón tiếp, điểm danh",
}
STATUS_VI: dict[Status, str] = {
    Status.NOT_STARTED: "Chưa thực hiện",
    Status.IN_PROGRESS: "Đang thực hiện",
    Status.DONE: "Đã hoàn thành",
    Status.DROPPED: "Không tiếp tục",
}
METHOD_VI: dict[ElectionMethod, str] = {
    ElectionMethod.SHOW_OF_HANDS: "Biểu quyết giơ tay",
    ElectionMethod.SECRET_BALLOT: "Bỏ phiếu kín",
}
# The form as a phrase ("Hình thức: Hội nghị đại biểu người lao động") and the conference's
# name in titles ("Hội nghị đại biểu người lao động năm 2027").
FORM_VI: dict[ConferenceForm, str] = {
    ConferenceForm.FULL: "Hội nghị toàn thể người lao động",
    ConferenceForm.DELEGATE: "Hội nghị đại biểu người lao động",
}
CONFERENCE_NAME_VI: dict[ConferenceForm, str] = {
    ConferenceForm.FULL: "Hội nghị người lao động",
    ConferenceForm.DELEGATE: "Hội nghị đại biểu người lao động",
}
# Who is summoned: every worker (full conference) or the delegates.
PARTICIPANTS_VI: dict[ConferenceForm, str] = {
    ConferenceForm.FULL: "người lao động",
    ConferenceForm.DELEGATE: "đại biểu",
}
WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
BLANK = "……"  # a gap to fill in by hand

LABOUR_CODE = "Bộ luật Lao động năm 2019"
DECREE_145 = ("Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và "
              "hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan "
              "hệ lao động")
LAW_10 = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"


def conference_name(header: ConferenceHeader) -> str:
    """"Hội nghị đại biểu người lao động năm 2027" (the name follows the form)."""
    return f"{CONFERENCE_NAME_VI[header.form]} năm {header.year}"


def participants(header: ConferenceHeader) -> str:
    return PARTICIPANTS_VI[header.form]


def dmy(day: date | None) -> str:
    """dd/mm/yyyy, or a gap to fill in by hand."""
    return f"{day:%d/%m/%Y}" if day else f"{BLANK}/{BLANK}/{BLANK}"


def clock(hhmm: str) -> str:
    """"07:30" → "07 giờ 30"; a gap when the time is not known."""
    hours, _, minutes = hhmm.strip().partition(":")
    if not hours:
        return f"{BLANK} giờ {BLANK}"
    return f"{int(hours):02d} giờ {int(minutes or 0):02d}"


def clock_of(moment: datetime | None) -> str:
    return clock(f"{moment:%H:%M}") if moment else clock("")


def when(hhmm: str, day: date) -> str:
    """"07 giờ 30 ngày 20/03/2027 (thứ Bảy)"."""
    return f"{clock(hhmm)} ngày {dmy(day)} ({WEEKDAYS_VI[day.weekday()]})"


def grouped(number: int) -> str:
    """Thousands separated by dots: 1250 → "1.250"."""
    return f"{number:,}".replace(",", ".")


def vnd(amount: int) -> str:
    """25000000 → "25.000.000 đồng"."""
    return f"{grouped(amount)} đồng"


def lower_first(text: str) -> str:
    """A sentence continued after a colon: "Trên 50% ..." → "trên 50% ..." (not "BHXH ...")."""
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def number_vi(value: float, digits: int = 1) -> str:
    """A decimal with a comma: 95.5 → "95,5"; whole numbers without decimals."""
    text = f"{value:.{digits}f}".replace(".", ",")
    return text.rstrip("0").rstrip(",") if "," in text else text


def percent(part: int, whole: int) -> str:
    """part/whole as "95,5%" (one decimal); "-" when there is nothing to divide by."""
    return f"{number_vi(100 * part / whole)}%" if whole else "-"


def person(name: str, position: str) -> str:
    """"Nguyễn Thị Ánh Tuyết, Chủ tịch Công đoàn cơ sở"."""
    return f"{name}, {position}" if position.strip() else name
