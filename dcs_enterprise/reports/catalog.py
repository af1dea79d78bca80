"""The kinds of document the program prints, for ``export-pdf --list`` and the preview menu.

Each kind knows its type name and symbol abbreviation (Decree 30/2020 App III), how to title a
document from its data, and its renderer. Descriptions come in Vietnamese and English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dcs_enterprise.domain import conference_documents as conf
from dcs_enterprise.domain import documents as doc

from .conference_agenda import agenda_title, render_agenda
from .conference_delegates import delegate_list_title, render_delegate_list
from .conference_department import department_meeting_title, render_department_meeting
from .conference_invitation import invitation_title, render_invitations
from .conference_minutes import minutes_title, render_conference_minutes
from .conference_notice import render_results_notice, results_notice_title
from .conference_plan import plan_title, render_conference_plan
from .conference_resolution import render_resolution, resolution_title
from .conference_review import render_review, review_title
from .roster import render_roster, roster_title
from .settings_sheet import TITLE as SETTINGS_TITLE
from .settings_sheet import TYPE_NAME as SETTINGS_TYPE_NAME
from .settings_sheet import render_settings_sheet


@dataclass(frozen=True)
class DocumentKind:
    key: str
    type_name: str  # printed in capitals under the header
    type_code: str  # the symbol's abbreviation ("" when the kind is not numbered)
    description_vi: str
    description_en: str
    data_type: type
    render: Callable[..., bytes]  # (data, frame, on_page=None) -> PDF bytes
    title: Callable[[Any], str]

    def number(self, number: int | None, year: int, body_symbol: str) -> doc.DocumentNumber:
        """The kind's number and symbol, e.g. 05/DS-CT (number None: an unnumbered draft)."""
        return doc.DocumentNumber(number, year, self.type_code, body_symbol)

    def frame(self, data: Any, issuers: tuple[doc.IssuingBody, ...], place: str,
              day: date | None, *, number: doc.DocumentNumber | None = None,
              signatures: tuple[doc.SignatureBlock, ...] = (),
              recipients: tuple[str, ...] = (), archive: str = "VT") -> doc.DocumentFrame:
        """A frame with this kind's type name and the title made from ``data``."""
        return doc.DocumentFrame(issuers=issuers, number=number, place=place, day=day,
                                 type_name=self.type_name, title=self.title(data),
                                 signatures=signatures, recipients=recipients, archive=archive)


CATALOG: dict[str, DocumentKind] = {
    kind.key: kind
    for kind in (
        DocumentKind(
            key="roster",
            type_name="DANH SÁCH",
            type_code="DS",
            description_vi="Danh sách người lao động theo phòng ban (mã, họ tên, giới tính, "
                           "ngày sinh, chức vụ, đoàn viên; cộng từng phòng ban và tổng cộng)",
            description_en="Roster of employees by department (code, name, gender, date of "
                           "birth, position, union member; totals per department and overall)",
            data_type=doc.RosterDocumentData,
            render=render_roster,
            title=roster_title,
        ),
        DocumentKind(
            key="settings",
            type_name=SETTINGS_TYPE_NAME,
            type_code="",
            description_vi="Bảng tổng hợp các nội dung chính của quy chế dân chủ ở cơ sở tại "
                           "nơi làm việc, kèm căn cứ của từng nội dung",
            description_en="Summary sheet of the enterprise's democracy-regulation settings, "
                           "each with its legal source",
            data_type=doc.SettingsSheetData,
            render=render_settings_sheet,
            title=lambda _data: SETTINGS_TITLE,
        ),
        # The workers' conference (DOMAIN.md workflow 1; legal-vn.md §8 items 7-16).
        DocumentKind(
            key="conference-plan",
            type_name="KẾ HOẠCH",
            type_code="KH",
            description_vi="Kế hoạch liên tịch tổ chức Hội nghị người lao động: mục đích, hình "
                           "thức, thời gian, địa điểm, kinh phí, phân bổ đại biểu, tiến độ "
                           "chuẩn bị, chương trình, phân công và triển khai sau hội nghị",
            description_en="Joint plan of the workers' conference: purpose, form, date, place, "
                           "budget, delegate seats, preparation timeline, agenda, "
                           "responsibilities and follow-up",
            data_type=conf.ConferencePlanData,
            render=render_conference_plan,
            title=plan_title,
        ),
        DocumentKind(
            key="invitation",
            type_name="GIẤY MỜI",
            type_code="GM",
            description_vi="Giấy mời dự Hội nghị người lao động: mỗi người một trang, có mã "
                           "vạch để điểm danh",
            description_en="Invitations to the workers' conference: one page per invitee, with "
                           "a check-in barcode",
            data_type=conf.InvitationData,
            render=render_invitations,
            title=invitation_title,
        ),
        DocumentKind(
            key="delegate-list",
            type_name="DANH SÁCH",
            type_code="DS",
            description_vi="Danh sách đại biểu (người lao động) được triệu tập dự Hội nghị, "
                           "kèm kết quả điểm danh; tổng hợp theo giới tính, loại đại biểu và "
                           "phòng ban",
            description_en="Delegates (or workers) summoned to the conference, with check-in "
                           "results; totals by gender, kind and department",
            data_type=conf.DelegateListData,
            render=render_delegate_list,
            title=delegate_list_title,
        ),
        DocumentKind(
            key="agenda",
            type_name="CHƯƠNG TRÌNH",
            type_code="",
            description_vi="Chương trình Hội nghị người lao động và quy chế làm việc (điều kiện "
                           "tiến hành, điều kiện thông qua, hình thức biểu quyết)",
            description_en="Agenda of the workers' conference and its working rules (quorum, "
                           "pass threshold, voting method)",
            data_type=conf.AgendaData,
            render=render_agenda,
            title=agenda_title,
        ),
        DocumentKind(
            key="department-meeting",
            type_name="BIÊN BẢN",
            type_code="BB",
            description_vi="Biên bản hội nghị phòng ban, bộ phận: thảo luận, kiến nghị và bầu "
                           "đại biểu dự Hội nghị người lao động",
            description_en="Minutes of a department meeting: discussion, petitions and the "
                           "election of its conference delegates",
            data_type=conf.DepartmentMeetingData,
            render=render_department_meeting,
            title=department_meeting_title,
        ),
        DocumentKind(
            key="conference-minutes",
            type_name="BIÊN BẢN",
            type_code="BB",
            description_vi="Biên bản Hội nghị người lao động: thành phần, điều kiện tiến hành, "
                           "đoàn chủ tịch, thư ký, ban kiểm phiếu, diễn biến, kết quả biểu "
                           "quyết, kiến nghị và trả lời",
            description_en="Minutes of the workers' conference: attendance and quorum, "
                           "presidium, secretary, counting board, proceedings, votes, petitions "
                           "and answers",
            data_type=conf.ConferenceMinutesData,
            render=render_conference_minutes,
            title=minutes_title,
        ),
        DocumentKind(
            key="resolution",
            type_name="NGHỊ QUYẾT",
            type_code="NQ",
            description_vi="Nghị quyết Hội nghị người lao động: căn cứ, các điều quyết nghị "
                           "(trách nhiệm, thời hạn), hiệu lực và kết quả biểu quyết thông qua",
            description_en="Resolution of the workers' conference: legal bases, articles "
                           "(owner, deadline), effect and the adoption vote",
            data_type=conf.ResolutionData,
            render=render_resolution,
            title=resolution_title,
        ),
        DocumentKind(
            key="results-notice",
            type_name="THÔNG BÁO",
            type_code="TB",
            description_vi="Thông báo kết quả Hội nghị người lao động và công khai nghị quyết",
            description_en="Notice of the conference results and publication of the resolution",
            data_type=conf.ResultsNoticeData,
            render=render_results_notice,
            title=results_notice_title,
        ),
        DocumentKind(
            key="resolution-review",
            type_name="BÁO CÁO",
            type_code="BC",
            description_vi="Báo cáo kiểm tra, đánh giá kết quả thực hiện nghị quyết Hội nghị "
                           "người lao động (6 tháng, cả năm)",
            description_en="Review of the implementation of the conference resolution "
                           "(6-monthly, yearly)",
            data_type=conf.ReviewData,
            render=render_review,
            title=review_title,
        ),
    )
}


def document_kind(key: str) -> DocumentKind:
    """The kind registered under ``key``; KeyError naming the known kinds otherwise."""
    try:
        return CATALOG[key]
    except KeyError:
        raise KeyError(f"unknown document kind {key!r}; known: {', '.join(CATALOG)}") from None
