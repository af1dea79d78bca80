"""The workplace-dialogue papers (Decree 145/2020 Arts 38-41; legal-vn.md §8 items 2-6) rendered
through the document catalog in the Decree 30 frame, and read back from the PDF: the statutory
signatories of the minutes (rule D8) for two, three and four parties, the quorum arithmetic
(D7), the worker-side band (D3), the renewal (D5), the reply (D10) and posting (D9) deadlines."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from pdf_probe import Fragment, fragments, full_text, page_texts

from dcs_enterprise.domain import dialogue_documents as dd
from dcs_enterprise.domain import dialogue_rules as rules
from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.calendar import WorkCalendar
from dcs_enterprise.domain.dialogue_rules import DialogueKind, IncidentTrigger, Organisation, Side
from dcs_enterprise.domain.enums import Gender
from dcs_enterprise.domain.publication import PublicationForm
from dcs_enterprise.reports.catalog import document_kind

CALENDAR = WorkCalendar.statutory()
PLACE = "Bình Dương"
COMPANY = "Công ty TNHH May mặc Bình An"
UNION = "Công đoàn cơ sở Công ty TNHH May mặc Bình An"
GROUP = "Nhóm đại diện đối thoại của người lao động không là đoàn viên"
OTHER = "Tổ chức của người lao động tại doanh nghiệp Công ty TNHH May mặc Bình An"
DIRECTOR = "Trần Văn Bình"
UNION_CHAIR = "Nguyễn Thị Ánh Tuyết"
GROUP_LEAD = "Huỳnh Bửu Sơn"
OTHER_LEAD = "Phó Đức Ẩn"
HEADCOUNT = 180  # D3 band 9-13
DETERMINED = date(2027, 2, 15)
HELD = date(2027, 3, 15)  # a Monday
RECEIVED = date(2027, 3, 2)

EMPLOYER_SIDE = (
    dd.RepresentativeLine(Organisation.EMPLOYER, DIRECTOR, "NV0001", "Giám đốc", "Ban Giám đốc",
                          Gender.MALE, legal_representative=True),
    dd.RepresentativeLine(Organisation.EMPLOYER, "Lê Thị Hồng Nhung", "NV0002", "Phó Giám đốc",
                          "Ban Giám đốc", Gender.FEMALE),
    dd.RepresentativeLine(Organisation.EMPLOYER, "Đặng Quốc Việt", "NV0015",
                          "Trưởng phòng", "Phòng Hành chính - Nhân sự", Gender.MALE),
)
UNION_NAMES = (UNION_CHAIR, "Trương Quốc Hưởng", "Lữ Thị Ngọc Diễm", "Ứng Thị Ỷ Lan",
               "Võ Văn Đức", "Bùi Thị Thu Hà", "Hồ Minh Tuấn")
GROUP_NAMES = (GROUP_LEAD, "Phạm Thị Kim Oanh", "Đỗ Hữu Phước")
OTHER_NAMES = (OTHER_LEAD, "Lâm Thị Mỹ Linh")


def worker(organisation: Organisation, n: int, name: str) -> dd.RepresentativeLine:
    woman = " Thị " in name
    position = {Organisation.UNION: "Tổ trưởng tổ may", Organisation.DIALOGUE_GROUP: "Công nhân",
                Organisation.OTHER_ORGANISATION: "Kỹ thuật viên"}[organisation]
    if name == UNION_CHAIR:
        position = "Chủ tịch Công đoàn cơ sở"
    return dd.RepresentativeLine(organisation, name, f"NV{100 + n:04d}", position,
                                 f"Phân xưởng may số {n % 3 + 1}",
                                 Gender.FEMALE if woman else Gender.MALE)


def worker_side(organisations: tuple[Organisation, ...]) -> tuple[dd.RepresentativeLine, ...]:
    names = {Organisation.UNION: UNION_NAMES, Organisation.DIALOGUE_GROUP: GROUP_NAMES,
             Organisation.OTHER_ORGANISATION: OTHER_NAMES}
    lines = [(o, name) for o in organisations for name in names[o]]
    return tuple(worker(o, n, name) for n, (o, name) in enumerate(lines, start=1))


def parties(*organisations: Organisation) -> dd.DialogueParties:
    return dd.DialogueParties(
        COMPANY, UNION if Organisation.UNION in organisations else "",
        OTHER if Organisation.OTHER_ORGANISATION in organisations else "",
        GROUP if Organisation.DIALOGUE_GROUP in organisations else "")


TWO_ORGS = (Organisation.UNION, Organisation.DIALOGUE_GROUP)
THREE_ORGS = (Organisation.UNION, Organisation.OTHER_ORGANISATION, Organisation.DIALOGUE_GROUP)


def list_data() -> dd.RepresentativeListData:
    workers = worker_side(TWO_ORGS)
    band = rules.worker_side_band(HEADCOUNT)
    return dd.RepresentativeListData(
        parties=parties(*TWO_ORGS), determined_on=DETERMINED,
        renewal_due=rules.renewal_due(DETERMINED, CALENDAR).due, headcount=HEADCOUNT,
        worker_minimum=band.minimum, worker_maximum=band.maximum,
        employer_side_ok=rules.check_employer_side(3, True).ok,
        worker_side_ok=rules.check_worker_side(len(workers), HEADCOUNT).ok,
        members=(*EMPLOYER_SIDE, *workers[:-1],
                 replace(workers[-1], joined_on=date(2027, 6, 1))),
        replacements=(dd.ReplacementLine(Organisation.DIALOGUE_GROUP, "Đoàn Văn Định",
                                         GROUP_NAMES[-1], date(2027, 6, 1),
                                         "Chấm dứt hợp đồng lao động"),),
        published_on=date(2027, 2, 16), published_form=PublicationForm.NOTICE_BOARD,
        published_place="bảng tin tại cổng chính và nhà ăn")


def header(organisations: tuple[Organisation, ...] = TWO_ORGS,
           kind: DialogueKind = DialogueKind.PERIODIC, **changes: object) -> dd.DialogueHeader:
    return replace(dd.DialogueHeader(parties(*organisations), kind, HELD, "08:00",
                                     "Phòng họp tầng 2, Nhà điều hành"), **changes)


SUPPORTERS = (dd.PersonLine(UNION_CHAIR, "Chủ tịch Công đoàn cơ sở", Organisation.UNION),
              dd.PersonLine("Trương Quốc Hưởng", "Tổ trưởng tổ may", Organisation.UNION),
              dd.PersonLine("Lữ Thị Ngọc Diễm", "Tổ trưởng tổ may", Organisation.UNION),
              dd.PersonLine(GROUP_LEAD, "Công nhân", Organisation.DIALOGUE_GROUP))


def request_data() -> dd.DialogueRequestData:
    return dd.DialogueRequestData(
        header=header(kind=DialogueKind.REQUEST, requested_by=Side.WORKER, held_on=None),
        addressee=f"Giám đốc {COMPANY}", sent_on=date(2027, 3, 1),
        items=("Điều chỉnh đơn giá tiền lương sản phẩm của chuyền may từ tháng 4/2027",
               "Bố trí thêm xe đưa đón công nhân ca đêm"),
        reasons="Giá sinh hoạt tăng; nhiều người lao động phản ánh qua Công đoàn cơ sở.",
        listed=10, supporters=SUPPORTERS,
        support_ok=rules.check_request_support(len(SUPPORTERS), 10).ok,
        reply_due=rules.reply_due(RECEIVED, CALENDAR).due)


def reply_data() -> dd.DialogueReplyData:
    return dd.DialogueReplyData(
        header=header(kind=DialogueKind.REQUEST, requested_by=Side.WORKER),
        addressee=f"Ban Chấp hành {UNION}", request_reference="Văn bản số 05/CĐCS ngày 01/03/2027",
        requested_on=date(2027, 3, 1), received_on=RECEIVED,
        reply_due=rules.reply_due(RECEIVED, CALENDAR).due, replied_on=date(2027, 3, 5),
        participants="Thành viên đại diện đối thoại của hai bên theo danh sách đã công khai",
        note="Mỗi bên chuẩn bị số liệu về đơn giá tiền lương sản phẩm năm 2026")


SIGNERS = {
    Organisation.EMPLOYER: dd.Signatory(Organisation.EMPLOYER, DIRECTOR, "Giám đốc"),
    Organisation.UNION: dd.Signatory(Organisation.UNION, UNION_CHAIR, "Chủ tịch"),
    Organisation.OTHER_ORGANISATION: dd.Signatory(Organisation.OTHER_ORGANISATION, OTHER_LEAD,
                                                  "Trưởng ban đại diện"),
    Organisation.DIALOGUE_GROUP: dd.Signatory(Organisation.DIALOGUE_GROUP, GROUP_LEAD,
                                              "Trưởng nhóm"),
}
ITEMS = (
    dd.DialogueItem(
        "Đơn giá tiền lương sản phẩm năm 2027",
        "Công ty đề xuất tăng đơn giá 5% từ tháng 4/2027 do đơn hàng xuất khẩu giảm.",
        "Người lao động đề nghị tăng 8% để bù trượt giá và giữ chân thợ lành nghề.",
        "Tăng đơn giá 6% từ ngày 01/4/2027; rà soát lại vào tháng 10/2027.",
        "Mức tăng cho bộ phận cắt: hai bên tiếp tục trao đổi tại cuộc đối thoại sau.",
        (dd.ActionLine("Ban hành quyết định điều chỉnh đơn giá", "Phòng Hành chính - Nhân sự",
                       date(2027, 3, 31)),
         dd.ActionLine("Phổ biến đơn giá mới đến từng tổ may", "Công đoàn cơ sở",
                       date(2027, 4, 5)))),
    dd.DialogueItem(
        "Xe đưa đón công nhân ca đêm",
        "Công ty bố trí thêm 01 xe tuyến Thủ Dầu Một từ tháng 5/2027.",
        "Đề nghị thêm tuyến Bến Cát.", "Thêm 01 xe tuyến Thủ Dầu Một.", "",
        (dd.ActionLine("Ký hợp đồng thuê xe", "Phòng Hành chính - Nhân sự", date(2027, 4, 30)),)),
)


def minutes_data(organisations: tuple[Organisation, ...] = TWO_ORGS,
                 absent: int = 2) -> dd.DialogueMinutesData:
    workers = worker_side(organisations)
    attendance = tuple(
        dd.AttendanceLine(m.organisation, m.name, m.position, True, gender=m.gender)
        for m in EMPLOYER_SIDE) + tuple(
        dd.AttendanceLine(m.organisation, m.name, m.position, n > absent,
                          "" if n > absent else "Nghỉ phép năm", m.gender)
        for n, m in enumerate(reversed(workers), start=1))
    present = len(workers) - absent
    quorum = rules.check_dialogue_quorum(True, present, len(workers))
    return dd.DialogueMinutesData(
        header=header(organisations), ended_at="11:30", attendance=attendance,
        employer_representative=dd.PersonLine(DIRECTOR, "Giám đốc"),
        employer_representative_present=True, quorum_required=quorum.required,
        quorum_met=quorum.met, chair=dd.PersonLine(DIRECTOR, "Giám đốc"),
        note_taker=dd.PersonLine("Ngô Thị Thanh Tâm", "Nhân viên Phòng Hành chính - Nhân sự"),
        items=ITEMS,
        signatories=tuple(SIGNERS[o] for o in rules.minutes_signatories(organisations)),
        invited="Tổ trưởng các tổ may của Phân xưởng may số 1",
        female_representative=dd.PersonLine("Bùi Thị Thu Hà", "Ủy viên Ban nữ công"),
        opening="Ông Trần Văn Bình nêu mục đích cuộc đối thoại; hai bên thống nhất chương "
                "trình gồm 02 nội dung.",
        closing="Chủ trì tóm tắt các nội dung đã thống nhất và chưa thống nhất.")


def notice_data() -> dd.DialogueNoticeData:
    return dd.DialogueNoticeData(
        header=header(), ended_on=HELD,
        summary="Hai bên trao đổi về đơn giá tiền lương sản phẩm và xe đưa đón ca đêm.",
        items=ITEMS, published_on=date(2027, 3, 17),
        publish_due=rules.notice_due(HELD, CALENDAR).due, form=PublicationForm.NOTICE_BOARD,
        place="bảng tin tại cổng chính và nhà ăn",
        posted_by=dd.PersonLine("Đặng Quốc Việt", "Trưởng phòng Hành chính - Nhân sự"),
        published_until=date(2027, 4, 15))


COMPANY_BODY = doc.IssuingBody(COMPANY)
UNION_BODY = doc.IssuingBody(UNION, parent="Công đoàn Khu công nghiệp Việt Nam - Singapore")
DIRECTOR_SIGNS = (doc.SignatureBlock("Giám đốc", DIRECTOR),)


def render(key: str, data: object, issuer: doc.IssuingBody, day: date, number: int,
           symbol: str, signatures: tuple[doc.SignatureBlock, ...] = ()) -> bytes:
    kind = document_kind(key)
    assert isinstance(data, kind.data_type)
    frame = kind.frame(data, (issuer,), PLACE, day, number=kind.number(number, day.year, symbol),
                       signatures=signatures, recipients=("Như trên",))
    return kind.render(data, frame)


def samples() -> dict[str, bytes]:
    union_signs = (doc.SignatureBlock("Chủ tịch", UNION_CHAIR, "TM.", "Ban Chấp hành"),)
    return {
        "representatives": render("dialogue-representatives", list_data(), COMPANY_BODY,
                                  date(2027, 2, 15), 2, "CT", DIRECTOR_SIGNS),
        "request": render("dialogue-request", request_data(), UNION_BODY, date(2027, 3, 1), 5,
                          "CĐCS", union_signs),
        "reply": render("dialogue-reply", reply_data(), COMPANY_BODY, date(2027, 3, 5), 18,
                        "CT", DIRECTOR_SIGNS),
        "minutes-2": render("dialogue-minutes", minutes_data((Organisation.UNION,)),
                            COMPANY_BODY, HELD, 4, "CT"),
        "minutes-3": render("dialogue-minutes", minutes_data(), COMPANY_BODY, HELD, 5, "CT"),
        "minutes-4": render("dialogue-minutes", minutes_data(THREE_ORGS), COMPANY_BODY, HELD, 6,
                            "CT"),
        "notice": render("dialogue-notice", notice_data(), COMPANY_BODY, date(2027, 3, 17), 7,
                         "CT", DIRECTOR_SIGNS),
    }


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return samples()


def words(text: str) -> str:
    return " ".join(text.split())


def test_kinds_are_registered() -> None:
    expected = {"dialogue-representatives": ("DANH SÁCH", "DS", dd.RepresentativeListData),
                "dialogue-request": ("", "", dd.DialogueRequestData),
                "dialogue-reply": ("", "", dd.DialogueReplyData),
                "dialogue-minutes": ("BIÊN BẢN", "BB", dd.DialogueMinutesData),
                "dialogue-notice": ("THÔNG BÁO", "TB", dd.DialogueNoticeData)}
    for key, (type_name, code, data_type) in expected.items():
        kind = document_kind(key)
        assert (kind.type_name, kind.type_code, kind.data_type) == (type_name, code, data_type)
        assert "đối thoại" in kind.description_vi and "dialogue" in kind.description_en


def test_representative_list(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["representatives"])
    assert ("DANH SÁCH Thành viên đại diện đối thoại tại nơi làm việc của Công ty TNHH May mặc "
            "Bình An") in text
    assert "Số: 02/DS-CT" in text
    assert "I. BÊN NGƯỜI SỬ DỤNG LAO ĐỘNG (3 người)" in text
    assert "II. BÊN NGƯỜI LAO ĐỘNG (10 người)" in text
    assert f"1. {UNION} (7 người)" in text and f"2. {GROUP} (3 người)" in text
    assert "Người đại diện theo pháp luật" in text
    assert ("Tổng số người lao động tại thời điểm xác định danh sách: 180 người; theo điểm a "
            "khoản 2 Điều 38 Nghị định số 145/2020/NĐ-CP, bên người lao động có ít nhất từ 09 "
            "đến 13 người. Số thành viên bên người lao động trong danh sách: 10 người (trong đó "
            "nữ: 5") in text
    # The sentence may run onto page 2, whose number then sits inside the extracted text.
    assert re.search(r"\(trong đó nữ: 5 (2 )?người\): đạt yêu cầu;", text)
    assert ("Bên người sử dụng lao động: 3 người, trong đó có người đại diện theo pháp luật "
            "(yêu cầu ít nhất 03 người") in text
    assert "Danh sách được xác định ngày 15/02/2027" in text
    # D5: 15/02/2029 falls in the Tết holidays and moves to the next working day.
    assert "lần xác định tiếp theo chậm nhất ngày 17/02/2029" in text
    assert "Đoàn Văn Định Đỗ Hữu Phước 01/06/2027 Chấm dứt hợp đồng lao động" in text
    assert "Tham gia từ 01/06/2027" in text
    assert ("công khai bằng hình thức niêm yết tại bảng tin tại cổng chính và nhà ăn từ ngày "
            "16/02/2027") in text


def test_worker_request_with_support_and_deadline(pdfs: dict[str, bytes]) -> None:
    first, *_ = page_texts(pdfs["request"])
    text = full_text(pdfs["request"])
    assert "Số: 05/CĐCS" in first and "V/v đề nghị tổ chức đối thoại tại nơi làm việc" in first
    assert "Bình Dương, ngày 01 tháng 3 năm 2027" in first
    assert f"Kính gửi: Giám đốc {COMPANY}." in first
    assert "1. Điều chỉnh đơn giá tiền lương sản phẩm của chuyền may từ tháng 4/2027;" in text
    assert ("đã được 4/10 thành viên đại diện đối thoại của bên người lao động (40%) tán thành, "
            "đạt yêu cầu ít nhất 30%") in text
    assert f"{UNION} và {GROUP} đề nghị tổ chức đối thoại" in text
    assert "trả lời bằng văn bản chậm nhất ngày 08/03/2027" in text
    assert "TM. BAN CHẤP HÀNH CHỦ TỊCH" in text and UNION_CHAIR in text


def test_employer_request_names_the_legal_representative() -> None:
    data = replace(request_data(), header=header(kind=DialogueKind.INCIDENT,
                                                  trigger=IncidentTrigger.INTERNAL_RULES,
                                                  requested_by=Side.EMPLOYER),
                   supporters=(), listed=0, addressee=f"Ban Chấp hành {UNION}",
                   approved_by=dd.PersonLine(DIRECTOR, "Giám đốc"),
                   documents=("Dự thảo Nội quy lao động (sửa đổi) năm 2027",))
    text = full_text(render("dialogue-request", data, COMPANY_BODY, date(2027, 3, 1), 9, "CT",
                            DIRECTOR_SIGNS))
    assert "V/v đề nghị đối thoại về nội quy lao động" in text
    assert ("Căn cứ Điều 118 (về nội quy lao động) và điểm c khoản 2 Điều 63 Bộ luật Lao động "
            "năm 2019, Điều 41 Nghị định số 145/2020/NĐ-CP") in text
    assert f"đã được {DIRECTOR}, Giám đốc, người đại diện theo pháp luật của {COMPANY}" in text
    assert "Đề nghị bên người lao động trả lời bằng văn bản" in text
    assert "thành viên đại diện đối thoại của bên người lao động (" not in text


def test_reply(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["reply"])
    assert "Số: 18/CT" in text and "V/v trả lời đề nghị đối thoại tại nơi làm việc" in text
    assert f"Kính gửi: Ban Chấp hành {UNION}." in text
    assert "Văn bản số 05/CĐCS ngày 01/03/2027 của bên người lao động" in text
    assert "1. Thời gian: 08 giờ 00, ngày 15/03/2027 (thứ Hai)." in text
    assert "2. Địa điểm: Phòng họp tầng 2, Nhà điều hành." in text
    assert "gửi ngày 05/03/2027, trong thời hạn trả lời (chậm nhất ngày 08/03/2027" in text


def signature_names(pdf: bytes, names: list[str]) -> list[Fragment]:
    frags = fragments(pdf)
    last = max(f.page for f in frags)
    return [next(f for f in frags if f.page == last and f.text == name and f.font.endswith(
        "Bold")) for name in names]


@pytest.mark.parametrize(("sample", "organisations"), [
    ("minutes-2", (Organisation.UNION,)), ("minutes-3", TWO_ORGS), ("minutes-4", THREE_ORGS)])
def test_minutes_signed_by_each_party(pdfs: dict[str, bytes], sample: str,
                                      organisations: tuple[Organisation, ...]) -> None:
    """D8: the employer's legal representative and each worker organisation's representative
    sign; not the Decree 30 secretary and chair. Two or three side by side, four in 2 × 2; the
    note-taker below them."""
    pdf = pdfs[sample]
    text = full_text(pdf)
    assert "THƯ KÝ" not in text and "CHỦ TỌA" not in text
    assert "ĐẠI DIỆN NGƯỜI SỬ DỤNG LAO ĐỘNG GIÁM ĐỐC" in text
    assert "TM. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CHỦ TỊCH" in text
    group = "TM. NHÓM ĐẠI DIỆN ĐỐI THOẠI TRƯỞNG NHÓM"
    other = "TM. TỔ CHỨC CỦA NGƯỜI LAO ĐỘNG TẠI DOANH NGHIỆP TRƯỞNG BAN ĐẠI DIỆN"
    assert (group in text) == (Organisation.DIALOGUE_GROUP in organisations)
    assert (other in text) == (Organisation.OTHER_ORGANISATION in organisations)
    signers = [SIGNERS[o].name for o in rules.minutes_signatories(organisations)]
    placed = signature_names(pdf, [*signers, "Ngô Thị Thanh Tâm"])
    *statutory, note_taker = placed
    rows = sorted({round(f.y) for f in statutory}, reverse=True)
    assert len(rows) == (2 if len(statutory) == 4 else 1)
    for row in rows:
        in_row = [f for f in statutory if round(f.y) == row]
        assert len(in_row) == (2 if len(statutory) == 4 else len(statutory))
        centres = [f.centre for f in in_row]
        assert centres == sorted(centres)  # employer first, then the organisations in order
    assert statutory[0].centre < statutory[1].centre
    assert note_taker.y < min(f.y for f in statutory)
    assert "NGƯỜI GHI BIÊN BẢN" in text


def test_minutes_quorum_and_content(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["minutes-3"])
    assert "BIÊN BẢN Đối thoại định kỳ tại nơi làm việc năm 2027" in text
    assert "Số: 05/BB-CT" in text
    assert "Thời gian bắt đầu: 08 giờ 00, ngày 15/03/2027." in text
    assert "I. BÊN NGƯỜI SỬ DỤNG LAO ĐỘNG: có mặt 3/3 thành viên" in text
    assert "II. BÊN NGƯỜI LAO ĐỘNG: có mặt 8/10 thành viên" in text
    # D7: 8 of 10 is 80%, more than 70%; the smallest count above 70% of 10 is 8.
    assert ("bên người lao động có mặt 8/10 thành viên đại diện (80%), yêu cầu trên 70% số "
            "thành viên đại diện, tức ít nhất 08 người. Cuộc đối thoại đủ điều kiện tiến hành "
            "(khoản 4 Điều 39 Nghị định số 145/2020/NĐ-CP).") in text
    assert (f"{DIRECTOR}, Giám đốc (người đại diện theo pháp luật của người sử dụng lao động) "
            "có mặt") in text
    assert "Vắng (Nghỉ phép năm)" in text
    assert "Đại diện lao động nữ: Bùi Thị Thu Hà, Ủy viên Ban nữ công." in text
    assert "Ý kiến của bên người lao động: Người lao động đề nghị tăng 8%" in text
    assert "Nội dung hai bên thống nhất: Tăng đơn giá 6% từ ngày 01/4/2027" in text
    assert "Nội dung chưa thống nhất: Mức tăng cho bộ phận cắt" in text
    assert ("- Ban hành quyết định điều chỉnh đơn giá (phụ trách: Phòng Hành chính - Nhân sự; "
            "thời hạn: 31/03/2027);") in text
    assert "Cuộc đối thoại kết thúc vào hồi 11 giờ 30 cùng ngày" in text


def test_minutes_quorum_not_met_at_exactly_seventy_percent() -> None:
    data = minutes_data(absent=3)  # 7 of 10: exactly 70% is not more than 70%
    pdf = render("dialogue-minutes", data, COMPANY_BODY, HELD, 5, "CT")
    text = full_text(pdf)
    assert "có mặt 7/10 thành viên đại diện (70%)" in text
    assert "tức ít nhất 08 người. Cuộc đối thoại không đủ điều kiện tiến hành" in text


def test_incident_minutes_name_the_labour_code_article() -> None:
    data = replace(minutes_data(), header=header(kind=DialogueKind.INCIDENT,
                                                  trigger=IncidentTrigger.REDUNDANCY),
                   employer_representative=dd.PersonLine("Lê Thị Hồng Nhung", "Phó Giám đốc"),
                   authorisation="Giấy ủy quyền số 12/GUQ-CT ngày 10/03/2027",
                   signatories=(replace(SIGNERS[Organisation.EMPLOYER], name="Lê Thị Hồng Nhung",
                                        position="Phó Giám đốc", authorised=True),
                                SIGNERS[Organisation.UNION], SIGNERS[Organisation.DIALOGUE_GROUP]))
    text = full_text(render("dialogue-minutes", data, COMPANY_BODY, HELD, 5, "CT"))
    assert ("BIÊN BẢN Đối thoại tại nơi làm việc về cho thôi việc do thay đổi cơ cấu, công nghệ "
            "hoặc vì lý do kinh tế") in words(text)
    assert ("Hình thức đối thoại: Đối thoại khi có vụ việc về cho thôi việc do thay đổi cơ cấu, "
            "công nghệ hoặc vì lý do kinh tế (Điều 42 và điểm c khoản 2 Điều 63 Bộ luật Lao động "
            "năm 2019; Điều 41 Nghị định số 145/2020/NĐ-CP).") in text
    assert ("(người được ủy quyền của người sử dụng lao động theo Giấy ủy quyền số 12/GUQ-CT "
            "ngày 10/03/2027) có mặt") in text
    assert "PHÓ GIÁM ĐỐC (Người được ủy quyền)" in text


def test_notice(pdfs: dict[str, bytes]) -> None:
    text = full_text(pdfs["notice"])
    assert ("THÔNG BÁO Nội dung chính của cuộc đối thoại định kỳ tại nơi làm việc năm 2027"
            in text)
    assert "Số: 07/TB-CT" in text
    assert (f"Ngày 15/03/2027, tại Phòng họp tầng 2, Nhà điều hành, {COMPANY} đã tổ chức đối "
            f"thoại định kỳ tại nơi làm việc năm 2027 với {UNION} và {GROUP}.") in text
    assert ("Đơn giá tiền lương sản phẩm năm 2027: Tăng đơn giá 6% từ ngày 01/4/2027" in text)
    assert "Xe đưa đón công nhân ca đêm: Thêm 01 xe tuyến Thủ Dầu Một" in text
    # D9: 3 working days after Monday 15/03/2027 is Thursday 18/03/2027.
    assert ("công khai bằng hình thức niêm yết tại bảng tin tại cổng chính và nhà ăn từ ngày "
            "17/03/2027 đến hết ngày 15/04/2027 (người thực hiện: Đặng Quốc Việt, Trưởng phòng "
            "Hành chính - Nhân sự), trong thời hạn 03 ngày làm việc kể từ khi kết thúc đối thoại "
            "(chậm nhất ngày 18/03/2027) theo khoản 5 Điều 39 Nghị định số 145/2020/NĐ-CP."
            ) in text


def test_late_notice_of_an_incident_dialogue() -> None:
    data = replace(notice_data(), header=header(kind=DialogueKind.INCIDENT,
                                                 trigger=IncidentTrigger.WAGE_SCALES),
                   published_on=date(2027, 3, 19))
    text = full_text(render("dialogue-notice", data, COMPANY_BODY, date(2027, 3, 19), 8, "CT",
                            DIRECTOR_SIGNS))
    assert ("THÔNG BÁO Nội dung chính của cuộc đối thoại tại nơi làm việc về thang lương, bảng "
            "lương và định mức lao động") in words(text)
    assert ("quá thời hạn 03 ngày làm việc kể từ khi kết thúc đối thoại (chậm nhất ngày "
            "18/03/2027) theo điểm e khoản 1 Điều 41") in text
