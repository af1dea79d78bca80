"""The kinds of document the program prints, for ``export-pdf --list`` and the preview menu.

Each kind knows its type name and symbol abbreviation (Decree 30/2020 App III), how to title a
document from its data, and its renderer. Descriptions come in Vietnamese and English.
"""

from __future__ import annotations

from dcs_enterprise.domain import agreement_documents as agr
from dcs_enterprise.domain import conference_documents as conf
from dcs_enterprise.domain import dialogue_documents as dlg
from dcs_enterprise.domain import documents as doc

from .agreement_announcement import announcement_title, render_agreement_announcement
from .agreement_document import agreement_title, render_agreement
from .agreement_letter import cover_letter_title, render_cover_letter
from .agreement_tally import render_agreement_tally, tally_title
from .bargaining_failed import failure_title, render_bargaining_failure
from .bargaining_request import render_bargaining_request
from .bargaining_request import request_title as bargaining_request_title
from .bargaining_session import render_bargaining_session, session_title
from .catalog_supervision import SUPERVISION_KINDS
from .conference_agenda import agenda_title, render_agenda
from .conference_delegates import delegate_list_title, render_delegate_list
from .conference_department import department_meeting_title, render_department_meeting
from .conference_invitation import invitation_title, render_invitations
from .conference_minutes import minutes_title, render_conference_minutes
from .conference_notice import render_results_notice, results_notice_title
from .conference_plan import plan_title, render_conference_plan
from .conference_resolution import render_resolution, resolution_title
from .conference_review import render_review, review_title
from .dialogue_minutes import dialogue_minutes_title, render_dialogue_minutes
from .dialogue_notice import notice_title, render_notice
from .dialogue_reply import render_reply, reply_title
from .dialogue_representatives import render_representatives, representatives_title
from .dialogue_request import render_request, request_title
from .document_kind import DocumentKind
from .roster import render_roster, roster_title
from .settings_sheet import TITLE as SETTINGS_TITLE
from .settings_sheet import TYPE_NAME as SETTINGS_TYPE_NAME
from .settings_sheet import render_settings_sheet

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
        # Workplace dialogue (DOMAIN.md workflow 2; legal-vn.md §8 items 2-6). The request and
        # the reply are official letters (công văn): no type name and, per App III, no type
        # abbreviation: they are numbered with the issuing body's symbol alone ("Số: 05/CĐCS").
        DocumentKind(
            key="dialogue-representatives",
            type_name="DANH SÁCH",
            type_code="DS",
            description_vi="Danh sách thành viên đại diện đối thoại tại nơi làm việc của hai "
                           "bên: thành phần theo quy định, ngày xác định, thời hạn xác định "
                           "lại, thay thế thành viên và công khai",
            description_en="List of both sides' dialogue representatives: composition against "
                           "the law, date determined, next renewal, replacements and publication",
            data_type=dlg.RepresentativeListData,
            render=render_representatives,
            title=representatives_title,
        ),
        DocumentKind(
            key="dialogue-request",
            type_name="",
            type_code="",
            description_vi="Văn bản (công văn) đề nghị đối thoại tại nơi làm việc: nội dung, "
                           "thành viên đại diện tán thành (ít nhất 30%) hoặc người đại diện "
                           "theo pháp luật phê duyệt, thời hạn trả lời",
            description_en="Request for a workplace dialogue (official letter): content, the "
                           "worker representatives backing it (at least 30%) or the legal "
                           "representative's approval, reply deadline",
            data_type=dlg.DialogueRequestData,
            render=render_request,
            title=request_title,
        ),
        DocumentKind(
            key="dialogue-reply",
            type_name="",
            type_code="",
            description_vi="Văn bản (công văn) trả lời đề nghị đối thoại: thời gian, địa điểm "
                           "đối thoại đã thống nhất",
            description_en="Reply to a dialogue request (official letter): the agreed time and "
                           "place of the dialogue",
            data_type=dlg.DialogueReplyData,
            render=render_reply,
            title=reply_title,
        ),
        DocumentKind(
            key="dialogue-minutes",
            type_name="BIÊN BẢN",
            type_code="BB",
            description_vi="Biên bản đối thoại tại nơi làm việc: thành phần và điều kiện tiến "
                           "hành, ý kiến của mỗi bên, nội dung thống nhất và chưa thống nhất, "
                           "việc cần thực hiện; chữ ký của đại diện các bên",
            description_en="Minutes of a workplace dialogue: attendance and quorum, each side's "
                           "position, agreed and disagreed points, actions; signed by each "
                           "party's representative",
            data_type=dlg.DialogueMinutesData,
            render=render_dialogue_minutes,
            title=dialogue_minutes_title,
        ),
        DocumentKind(
            key="dialogue-notice",
            type_name="THÔNG BÁO",
            type_code="TB",
            description_vi="Thông báo nội dung chính của cuộc đối thoại tại nơi làm việc "
                           "(công khai chậm nhất 03 ngày làm việc sau đối thoại)",
            description_en="Notice of the main points of a workplace dialogue (published within "
                           "3 working days)",
            data_type=dlg.DialogueNoticeData,
            render=render_notice,
            title=notice_title,
        ),
        # Collective bargaining and the agreement (DOMAIN.md workflow 3; legal-vn.md §8 items
        # 17-25; Labour Code 2019 Arts 67-83). The request and the cover letter are official
        # letters (công văn): no type name, numbered with the body's symbol alone.
        DocumentKind(
            key="bargaining-request",
            type_name="",
            type_code="",
            description_vi="Văn bản (công văn) yêu cầu thương lượng tập thể: bên yêu cầu, nội "
                           "dung thương lượng theo Điều 67 Bộ luật Lao động, các thời hạn thỏa "
                           "thuận thời gian, địa điểm, bắt đầu, cung cấp thông tin và kết thúc",
            description_en="Request for collective bargaining (official letter): the requesting "
                           "party, the Labour Code Art 67 topics, and the deadlines to arrange, "
                           "start, supply information and end",
            data_type=agr.BargainingRequestData,
            render=render_bargaining_request,
            title=bargaining_request_title,
        ),
        DocumentKind(
            key="bargaining-session",
            type_name="BIÊN BẢN",
            type_code="BB",
            description_vi="Biên bản phiên họp thương lượng tập thể: thành phần hai bên, đại "
                           "diện công đoàn cấp trên cơ sở, nội dung đã thống nhất, nội dung còn "
                           "ý kiến khác nhau, phiên họp tiếp theo; chữ ký đại diện hai bên và "
                           "người ghi biên bản",
            description_en="Minutes of a collective bargaining session: both sides, invited "
                           "upper-level union, agreed and disputed content, next session; "
                           "signed by both sides and the note-taker",
            data_type=agr.BargainingSessionData,
            render=render_bargaining_session,
            title=session_title,
        ),
        DocumentKind(
            key="bargaining-failed",
            type_name="THÔNG BÁO",
            type_code="TB",
            description_vi="Thông báo thương lượng tập thể không thành (Điều 71 Bộ luật Lao "
                           "động): trường hợp, ngày xác định, nội dung còn khác nhau, bước giải "
                           "quyết tranh chấp lao động tiếp theo",
            description_en="Notice that collective bargaining failed (Labour Code Art 71): the "
                           "ground, the date, what is still disputed, the labour dispute "
                           "procedure next",
            data_type=agr.BargainingFailureData,
            render=render_bargaining_failure,
            title=failure_title,
        ),
        DocumentKind(
            key="agreement-tally",
            type_name="BIÊN BẢN",
            type_code="BB",
            description_vi="Biên bản kiểm phiếu lấy ý kiến người lao động về dự thảo thỏa ước "
                           "lao động tập thể: tỷ lệ tán thành trên tổng số người lao động của "
                           "doanh nghiệp",
            description_en="Tally of the workers' vote on the draft collective agreement: the "
                           "share in favour over the whole workforce",
            data_type=agr.AgreementTallyData,
            render=render_agreement_tally,
            title=tally_title,
        ),
        DocumentKind(
            key="agreement",
            type_name="THỎA ƯỚC LAO ĐỘNG TẬP THỂ DOANH NGHIỆP",
            type_code="TƯLĐTT",
            description_vi="Thỏa ước lao động tập thể doanh nghiệp: các bên, các chương, điều, "
                           "hiệu lực, thời hạn (thời hạn riêng của từng điều), chữ ký hai bên, "
                           "phụ lục kết quả lấy ý kiến người lao động",
            description_en="The enterprise collective agreement: parties, chapters and clauses, "
                           "effect and term (per-clause terms), both parties' signatures, the "
                           "workers' vote as an annex",
            data_type=agr.AgreementData,
            render=render_agreement,
            title=agreement_title,
        ),
        DocumentKind(
            key="agreement-cover-letter",
            type_name="",
            type_code="",
            description_vi="Công văn gửi thỏa ước lao động tập thể đến cơ quan chuyên môn về "
                           "lao động cấp tỉnh (Sở Nội vụ) trong thời hạn 10 ngày kể từ ngày ký "
                           "kết",
            description_en="Cover letter sending the collective agreement to the provincial "
                           "labour authority within 10 days of signing",
            data_type=agr.CoverLetterData,
            render=render_cover_letter,
            title=cover_letter_title,
        ),
        DocumentKind(
            key="agreement-announcement",
            type_name="THÔNG BÁO",
            type_code="TB",
            description_vi="Thông báo công bố thỏa ước lao động tập thể đến người lao động: "
                           "hiệu lực, thời hạn, nơi niêm yết và nơi xem toàn văn",
            description_en="Announcement of the collective agreement to the workers: effect, "
                           "term, where it is posted and where to read the full text",
            data_type=agr.AgreementAnnouncementData,
            render=render_agreement_announcement,
            title=announcement_title,
        ),
        # Supervision, petitions and the annual report (DOMAIN.md workflow 4; legal-vn.md §8
        # items 26-28). The union issues the plan and the findings and keeps the register; the
        # company reports on the year. A register is a book: it takes no number.
        *SUPERVISION_KINDS,
    )
}


def document_kind(key: str) -> DocumentKind:
    """The kind registered under ``key``; KeyError naming the known kinds otherwise."""
    try:
        return CATALOG[key]
    except KeyError:
        raise KeyError(f"unknown document kind {key!r}; known: {', '.join(CATALOG)}") from None
