"""The workplace-dialogue papers prepared from real records (Decree 145/2020 Arts 38-41),
rendered through the catalogue and read back from the PDF: the D3 band and D5 renewal of the
list, the D10 backing and reply deadline of a request, the D7 quorum and D8 signatories of the
minutes with their stored number, the D9 deadline of the notice."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from dialogue_flow import (
    DETERMINED_ON,
    HELD_ON,
    UNION_MEMBERS,
    full_list,
    held,
    parties,
    scheduled,
    signed,
    worker_ids,
    worker_member,
)
from pypdf import PdfReader

from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.dialogue_rules import (
    DialogueKind,
    IncidentTrigger,
    Organisation,
    Side,
    notice_due,
    renewal_due,
)
from dcs_enterprise.domain.errors import PermissionDenied, ValidationError
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.reports.catalog import CATALOG
from dcs_enterprise.services.dialogue_models import (
    ActionInput,
    AttendanceInput,
    DialogueInput,
    NoticeInput,
    RequestInput,
)
from dcs_enterprise.services.dialogue_papers import DialoguePaperService
from dcs_enterprise.services.enterprise import EnterpriseService
from dcs_enterprise.services.session import EMPLOYEE_VIEW

COMPANY = "Công ty TNHH Thử nghiệm"
UNION = "Công đoàn cơ sở Công ty TNHH Thử nghiệm"
DAY = date(2027, 3, 1)
CALENDAR = WorkCalendar.statutory()


@pytest.fixture
def p(initialized, make_actor, tmp_path):
    db, admin = initialized
    EnterpriseService(db, admin).update_profile(replace(
        EnterpriseService(db, admin).get().profile, legal_representative_title="Giám đốc", union_name=UNION,
        upper_union_name="Liên đoàn Lao động tỉnh Bình Dương", address="Số 1 Đại lộ Bình Dương"))
    return parties(db, admin, make_actor, tmp_path)


def papers(p, actor=None) -> DialoguePaperService:
    return DialoguePaperService(p.db, actor or p.hr)


def rendered(prepared) -> str:
    """The paper through its renderer, as the PDF's text on one line."""
    kind = CATALOG[prepared.kind]
    assert isinstance(prepared.data, kind.data_type)
    assert prepared.frame.title == kind.title(prepared.data)  # the service's title = the kind's
    pdf = kind.render(prepared.data, prepared.frame)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "None" not in text
    return text


def test_the_list_prints_both_sides_the_band_and_the_renewal(p):
    listed = full_list(p)
    p.lists().publish(listed.id, PublicationForm.NOTICE_BOARD, "Bảng tin nhà ăn", DETERMINED_ON)
    leaving = listed.side(Side.WORKER)[1]
    p.lists(p.union).replace_member(leaving.id, date(2027, 2, 1), "Nghỉ việc", replace(
        worker_member(p, 20), joined_on=date(2027, 2, 1)))
    paper = papers(p).representatives(listed.id, DAY)
    data = paper.data
    assert (data.headcount, data.worker_minimum, data.worker_maximum) == (150, 9, 13)
    assert data.employer_side_ok and data.worker_side_ok
    assert data.renewal_due == renewal_due(DETERMINED_ON, CALENDAR).due
    assert len(data.members) == 13 and data.members[0].legal_representative
    [swap] = data.replacements
    assert (swap.left_name, swap.joined_name, swap.replaced_on) == (
        leaving.full_name, "Người Thứ 21", date(2027, 2, 1))
    assert paper.frame.number.number is None and len(paper.frame.issuers) == 2
    text = rendered(paper)
    assert "ít nhất từ 09 đến 13 người" in text
    assert f"chậm nhất ngày {data.renewal_due:%d/%m/%Y}" in text
    assert "xác định ngày 04/01/2027" in text and "Bảng tin nhà ăn" in text
    assert "Người Thứ 150" in text and "Người Thứ 21" in text and "Nghỉ việc" in text
    assert "Tham gia từ 01/02/2027" in text
    numbered = papers(p).representatives(listed.id, DAY, numbered=True)
    assert numbered.frame.number.text == "01/DS-CT-CĐCS"


def test_a_worker_request_names_its_backers_and_the_reply_due(p):
    workers = worker_ids(full_list(p))
    info = p.dialogues().record_request(RequestInput(
        Side.WORKER, "Đề nghị đối thoại về tiền thưởng", date(2027, 3, 2),
        "Thưởng tháng 13 và thưởng chuyên cần", supporters=tuple(workers[:3])))
    paper = papers(p).request(info.id, DAY, numbered=True)
    data = paper.data
    assert (len(data.supporters), data.listed, data.support_ok) == (3, 10, True)
    assert data.reply_due == date(2027, 3, 8)
    assert data.items == ("Thưởng tháng 13 và thưởng chuyên cần",)
    assert data.addressee == f"Giám đốc {COMPANY}" and data.approved_by is None
    assert paper.frame.issuers[0].name == UNION and paper.frame.day == date(2027, 3, 2)
    assert paper.frame.number.text == "01/CĐCS"  # a công văn: the body's symbol alone
    text = rendered(paper)
    assert "Số: 01/CĐCS" in text and "3/10" in text and "08/03/2027" in text
    assert "Người Thứ 1" in text and "thưởng chuyên cần" in text


def test_the_reply_fixes_the_time_and_place_and_says_it_came_late(p):
    workers = worker_ids(full_list(p))
    info = p.dialogues().record_request(RequestInput(
        Side.WORKER, "Đề nghị đối thoại", date(2027, 3, 2), "Thưởng tháng 13",
        supporters=tuple(workers[:3])))
    with pytest.raises(ValidationError):
        papers(p).reply(info.id, DAY)
    p.dialogues(p.hr).reply(info.id, date(2027, 3, 9), "Đồng ý đối thoại", date(2027, 3, 19),
                            "14:00", "Phòng họp 2")
    paper = papers(p).reply(info.id, DAY, numbered=True)
    assert paper.data.reply_due == date(2027, 3, 8) and paper.data.replied_on == date(2027, 3, 9)
    assert paper.frame.number.text == "01/CT" and paper.frame.issuers[0].name == COMPANY
    assert paper.frame.signatures[0].name == "Người Thứ 150"  # the legal representative
    text = rendered(paper)
    assert f"Kính gửi: Ban Chấp hành {UNION}" in text
    assert "14 giờ 00, ngày 19/03/2027" in text and "Phòng họp 2" in text
    assert "quá thời hạn trả lời (chậm nhất ngày 08/03/2027" in text


def test_the_minutes_carry_their_number_the_quorum_and_every_signatory(p):
    listed = full_list(p)
    did = scheduled(p)
    held(p, did, listed)
    p.dialogues().add_action(did, ActionInput("Điều chỉnh hợp đồng suất ăn",
                                              "Phòng Hành chính", date(2027, 4, 1)))
    p.dialogues().finalize(did, HELD_ON, "11:30")
    paper = papers(p).minutes(did)
    stored = p.dialogues().get(did, HELD_ON).minutes_number
    assert paper.frame.number.text == stored == "01/BB-CT"
    assert paper.frame.signatures == () and paper.frame.day == HELD_ON
    data = paper.data
    assert [(s.organisation, s.name) for s in data.signatories] == [
        (Organisation.EMPLOYER, "Người Thứ 150"), (Organisation.UNION, "Người Thứ 1"),
        (Organisation.DIALOGUE_GROUP, f"Người Thứ {UNION_MEMBERS + 1}")]
    assert (data.quorum_required, data.quorum_met) == (8, True)
    text = rendered(paper)
    assert f"Số: {stored}" in text and "ĐỐI THOẠI ĐỊNH KỲ" in text.upper()
    assert "có mặt 8/10 thành viên đại diện" in text and "ít nhất 08 người" in text
    assert "Cuộc đối thoại đủ điều kiện tiến hành" in text
    for name in ("Người Thứ 150", "Người Thứ 1 ", f"Người Thứ {UNION_MEMBERS + 1}",
                 "Người Thứ 2"):
        assert name in text
    assert "Tăng 3.000 đồng từ tháng 4" in text and "thời hạn: 01/04/2027" in text
    assert "11 giờ 30" in text and "12/03/2027" in text


def test_an_authorised_person_signs_unsigned_minutes_are_a_draft(p):
    listed = full_list(p)
    did = scheduled(p)
    p.dialogues().record_attendance(did, AttendanceInput(
        HELD_ON, tuple(worker_ids(listed)), employer_representative_present=False,
        authorised_person="Người Thứ 149", authorisation="Giấy ủy quyền số 12/GUQ-CT",
        chair="Người Thứ 149", note_taker="Người Thứ 2"))
    paper = papers(p).minutes(did)
    assert paper.frame.number.number is None and paper.frame.number.symbol == "BB-CT"
    assert paper.data.signatories[0].authorised
    assert paper.data.signatories[0].name == "Người Thứ 149"
    text = rendered(paper)
    assert "Người được ủy quyền" in text and "Giấy ủy quyền số 12/GUQ-CT" in text
    assert "10/10" in text


def test_the_notice_says_when_it_was_due(p):
    listed = full_list(p)
    did = scheduled(p)
    signed(p, did, listed)
    with pytest.raises(ValidationError):
        papers(p).notice(did)
    p.dialogues(p.hr).publish_notice(did, NoticeInput(
        "Tăng tiền ăn ca 3.000 đồng từ tháng 4.", PublicationForm.NOTICE_BOARD,
        "Bảng tin nhà ăn", date(2027, 3, 16), until=date(2027, 4, 16), by="Người Thứ 148"))
    paper = papers(p).notice(did, numbered=True)
    due = notice_due(HELD_ON, CALENDAR).due
    assert paper.data.publish_due == due == date(2027, 3, 16)  # Saturday is a working day
    assert paper.frame.number.text == "01/TB-CT" and paper.frame.day == date(2027, 3, 16)
    text = rendered(paper)
    assert "chậm nhất ngày 16/03/2027" in text and "trong thời hạn 03 ngày" in text
    assert "từ ngày 16/03/2027 đến hết ngày 16/04/2027" in text
    assert "Tăng tiền ăn ca 3.000 đồng" in text and "Người Thứ 148" in text


def test_an_incident_letter_comes_from_the_employer(p):
    full_list(p)
    info = p.dialogues().schedule(DialogueInput(
        DialogueKind.INCIDENT, "Sửa đổi nội quy", date(2027, 4, 5), "09:00", "Hội trường",
        trigger=IncidentTrigger.INTERNAL_RULES))
    paper = papers(p).request(info.id, date(2027, 3, 20))
    assert paper.frame.title == "Đề nghị đối thoại về nội quy lao động"
    assert paper.frame.issuers[0].name == COMPANY and paper.data.approved_by.name == "Người Thứ 150"
    text = rendered(paper)
    assert f"Kính gửi: Ban Chấp hành {UNION}" in text and "Điều 118" in text
    assert "09 giờ 00, ngày 05/04/2027" in text and "Sửa đổi nội quy" in text


def test_refusals_and_permissions(p):
    listed = full_list(p)
    did = scheduled(p)
    with pytest.raises(ValidationError):
        papers(p).minutes(did)
    with pytest.raises(ValidationError):
        papers(p).reply(did, DAY)
    with pytest.raises(PermissionDenied):
        papers(p, EMPLOYEE_VIEW).representatives(listed.id, DAY, numbered=True)
    held(p, did, listed)
    assert papers(p, p.union).minutes(did).data.items[0].title == "Tiền ăn ca"
    assert papers(p).representatives(listed.id, DETERMINED_ON - timedelta(days=1)).data.members
