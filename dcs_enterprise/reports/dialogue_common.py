"""The words every workplace-dialogue paper prints, in Vietnamese (Decree 145/2020 Arts 37-41,
Labour Code 2019 Arts 63-64; DOMAIN.md "Words").

Papers are always printed in Vietnamese, whatever the UI language: the domain's enums are
mapped here to their legal terms. Dates, times and numbers are written as the conference papers
write them (reports.conference_common).
"""

from __future__ import annotations

from dcs_enterprise.domain.dialogue_documents import DialogueHeader, DialogueParties
from dcs_enterprise.domain.dialogue_rules import DialogueKind, IncidentTrigger, Organisation, Side
from dcs_enterprise.domain.publication import PublicationForm

from .conference_common import clock, dmy

DECREE_145_SHORT = "Nghị định số 145/2020/NĐ-CP"
SIDE_VI: dict[Side, str] = {
    Side.EMPLOYER: "bên người sử dụng lao động",
    Side.WORKER: "bên người lao động",
}
# The generic legal name of each organisation, used when the enterprise's own is not given.
ORGANISATION_VI: dict[Organisation, str] = {
    Organisation.EMPLOYER: "Người sử dụng lao động",
    Organisation.UNION: "Công đoàn cơ sở",
    Organisation.OTHER_ORGANISATION: "Tổ chức của người lao động tại doanh nghiệp",
    Organisation.DIALOGUE_GROUP: "Nhóm đại diện đối thoại của người lao động",
}
KIND_VI: dict[DialogueKind, str] = {
    DialogueKind.PERIODIC: "đối thoại định kỳ",
    DialogueKind.REQUEST: "đối thoại khi có yêu cầu",
    DialogueKind.INCIDENT: "đối thoại khi có vụ việc",
}
TRIGGER_VI: dict[IncidentTrigger, str] = {
    IncidentTrigger.PERFORMANCE_RULES: "quy chế đánh giá mức độ hoàn thành công việc",
    IncidentTrigger.REDUNDANCY: "cho thôi việc do thay đổi cơ cấu, công nghệ hoặc vì lý do "
                                "kinh tế",
    IncidentTrigger.LABOUR_USE_PLAN: "phương án sử dụng lao động",
    IncidentTrigger.WAGE_SCALES: "thang lương, bảng lương và định mức lao động",
    IncidentTrigger.BONUS_RULES: "quy chế thưởng",
    IncidentTrigger.INTERNAL_RULES: "nội quy lao động",
    IncidentTrigger.SUSPENSION: "tạm đình chỉ công việc của người lao động",
}
TRIGGER_ARTICLE_VI: dict[IncidentTrigger, str] = {
    IncidentTrigger.PERFORMANCE_RULES: "điểm a khoản 1 Điều 36",
    IncidentTrigger.REDUNDANCY: "Điều 42",
    IncidentTrigger.LABOUR_USE_PLAN: "Điều 44",
    IncidentTrigger.WAGE_SCALES: "Điều 93",
    IncidentTrigger.BONUS_RULES: "Điều 104",
    IncidentTrigger.INTERNAL_RULES: "Điều 118",
    IncidentTrigger.SUSPENSION: "khoản 1 Điều 128",
}
# The form as a phrase after "bằng hình thức" (Decree 145 Art 43.2).
PUBLICATION_VI: dict[PublicationForm, str] = {
    PublicationForm.NOTICE_BOARD: "niêm yết",
    PublicationForm.MEETING: "phổ biến tại hội nghị, cuộc họp, đối thoại",
    PublicationForm.WRITTEN_TO_UNION: "thông báo bằng văn bản cho tổ chức đại diện người lao "
                                      "động tại cơ sở",
    PublicationForm.INTERNAL_SYSTEM: "đăng trên hệ thống thông tin nội bộ",
    PublicationForm.OTHER: "hình thức khác",
}


def organisation_name(parties: DialogueParties, organisation: Organisation) -> str:
    """The enterprise's own name of the organisation, else its legal name."""
    own = {
        Organisation.EMPLOYER: parties.enterprise_name,
        Organisation.UNION: parties.union_name,
        Organisation.OTHER_ORGANISATION: parties.other_organisation_name,
        Organisation.DIALOGUE_GROUP: parties.group_name,
    }[organisation]
    return own.strip() or ORGANISATION_VI[organisation]


def dialogue_name(header: DialogueHeader) -> str:
    """The dialogue as a title: "Đối thoại định kỳ tại nơi làm việc năm 2027", "Đối thoại tại
    nơi làm việc theo đề nghị của bên người lao động", "Đối thoại tại nơi làm việc về nội quy
    lao động"."""
    if header.kind is DialogueKind.PERIODIC:
        year = f" năm {header.held_on.year}" if header.held_on else ""
        return f"Đối thoại định kỳ tại nơi làm việc{year}"
    if header.kind is DialogueKind.INCIDENT and header.trigger is not None:
        return f"Đối thoại tại nơi làm việc về {TRIGGER_VI[header.trigger]}"
    if header.requested_by is not None:
        return f"Đối thoại tại nơi làm việc theo đề nghị của {SIDE_VI[header.requested_by]}"
    return "Đối thoại tại nơi làm việc"


def kind_sentence(header: DialogueHeader) -> str:
    """The kind with its legal basis, for "Hình thức đối thoại:"."""
    if header.kind is DialogueKind.PERIODIC:
        return "Đối thoại định kỳ (điểm a khoản 2 Điều 63 Bộ luật Lao động năm 2019; Điều 39 " \
               f"{DECREE_145_SHORT})"
    if header.kind is DialogueKind.INCIDENT:
        if header.trigger is None:
            return (f"Đối thoại khi có vụ việc (điểm c khoản 2 Điều 63 Bộ luật Lao động năm "
                    f"2019; Điều 41 {DECREE_145_SHORT})")
        return (f"Đối thoại khi có vụ việc về {TRIGGER_VI[header.trigger]} "
                f"({TRIGGER_ARTICLE_VI[header.trigger]} và điểm c khoản 2 Điều 63 Bộ luật Lao "
                f"động năm 2019; Điều 41 {DECREE_145_SHORT})")
    who = f" của {SIDE_VI[header.requested_by]}" if header.requested_by else ""
    return (f"Đối thoại khi có yêu cầu{who} (điểm b khoản 2 Điều 63 Bộ luật Lao động năm 2019; "
            f"Điều 40 {DECREE_145_SHORT})")


def time_and_place(header: DialogueHeader) -> str:
    """"08 giờ 00, ngày 15/03/2027, tại Phòng họp số 1"."""
    place = f", tại {header.place.strip()}" if header.place.strip() else ""
    return f"{clock(header.start_time)}, ngày {dmy(header.held_on)}{place}"

