"""The workflow records of the stored schema fixtures (scripts/make_schema_fixture.py): the
conference (0003), dialogue and bargaining (0004), and supervision (0005), by raw SQL through
its Filler, each change that the program audits written to the audit chain too."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from make_schema_fixture import Filler


def fill_conference(f: Filler, ids: dict[str, int]) -> dict[str, int]:
    """0003: the 2024 workers' conference, from plan to published resolution."""
    cid = f.insert(
        "conference", year=2024, form="full", stage="published", headcount=11, seats=11,
        held_on="2024-03-15", start_time="07:30", place="Hội trường Công ty, Lô C5 KCN Mỹ Phước 2",
        budget=25_000_000, purpose="Đánh giá việc thực hiện Nghị quyết năm 2023, bàn biện pháp "
        "thực hiện kế hoạch sản xuất, kinh doanh năm 2024.",
        responsibilities="Ban Giám đốc và Ban Chấp hành Công đoàn cơ sở phối hợp tổ chức.",
        employer_approved_by="Đặng Văn Đức", employer_approved_on="2024-02-20",
        union_approved_by="Lê Hoàng Yến", union_approved_on="2024-02-21",
        invitations_sent_on="2024-03-05", opened_at="2024-03-15 07:35:00.000000",
        closed_at="2024-03-15 11:20:00.000000", guests="Đại diện Công đoàn các KCN tỉnh",
        minutes_opening="Hội nghị khai mạc lúc 7 giờ 35 phút.",
        minutes_closing="Hội nghị bế mạc lúc 11 giờ 20 phút cùng ngày.",
        published_form="notice_board", published_place="Bảng tin nhà ăn ca",
        published_from="2024-03-18", published_until="2024-04-17",
        published_evidence="Ảnh chụp bảng tin ngày 18/03/2024",
        created_at="2024-02-01 08:00:00.000000")
    f.audit("2024-02-01T08:00:00", "congdoan", "union_officer", "create_conference",
            "conference", cid, {"year": 2024, "form": "full"})
    for n, (title, presenter) in enumerate((("Báo cáo kết quả sản xuất, kinh doanh năm 2023",
                                             "Đặng Văn Đức"),
                                            ("Báo cáo hoạt động Công đoàn cơ sở", "Lê Hoàng Yến"),
                                            ("Thảo luận và biểu quyết Nghị quyết", "Đoàn Chủ tịch")),
                                           start=1):
        f.insert("agenda_item", conference_id=cid, position=n, title=title, presenter=presenter,
                 starts_at=f"0{7 + n}:00", notes="", done=1)
    for n, (role, name, title) in enumerate((("presidium", "Đặng Văn Đức", "Giám đốc"),
                                             ("presidium", "Lê Hoàng Yến", "Chủ tịch CĐCS"),
                                             ("secretary", "Dương Thị Mỹ Duyên", "Thư ký"))):
        f.insert("conference_officer", conference_id=cid, role=role, name=name, title=title,
                 position=n)
    f.insert("conference_seat", conference_id=cid, department_id=ids["dep:XM-T1"], headcount=3,
             seats=3)
    f.insert("conference_task", conference_id=cid, kind="invitations_sent", owner="union",
             due="2024-03-05", done_on="2024-03-05", note="Gửi giấy mời qua tổ trưởng")
    meeting = f.insert("department_meeting", conference_id=cid, department_id=ids["dep:XM-T1"],
                       held_on="2024-02-28", workers=3, present=3, method="show_of_hands",
                       chair="Ngô Thị Lệ Quyên", secretary="Võ Thị Ngọc Hân",
                       discussion="Đề nghị tăng tiền ăn ca.")
    f.insert("delegate_candidate", meeting_id=meeting, employee_id=ids["NV0006"], round=1,
             present=3, votes=3, elected=1)
    for n, code in enumerate(("NV0001", "NV0002", "NV0003", "NV0004", "NV0005", "NV0006"), 1):
        f.insert("delegate", conference_id=cid, employee_id=ids[code], kind="worker",
                 invitation_code=f"HN2024-{n:03d}", absence_reason="",
                 checked_in_at="2024-03-15 07:20:00.000000")
    f.insert("conference_vote", conference_id=cid,
             subject="Thông qua Nghị quyết Hội nghị người lao động năm 2024",
             adopts_resolution=1, in_favour=9, against=1, abstained=0, present=10,
             threshold_percent=50, passed=1, recorded_at="2024-03-15 11:05:00.000000")
    f.audit("2024-03-15T11:05:00", "congdoan", "union_officer", "record_vote",
            "conference", cid, {"in_favour": 9, "against": 1, "abstained": 0, "present": 10})
    f.insert("conference_document", conference_id=cid, kind="resolution", version=1,
             number="01/NQ-HNNLĐ", issued_on="2024-03-15", issued_by="Đoàn Chủ tịch", reason="")
    article = 0
    for n, (title, owner) in enumerate((("Tiền ăn ca", "Ban Giám đốc"),
                                        ("Tổ chức tham quan, nghỉ mát", "Công đoàn cơ sở")), 1):
        article = f.insert("resolution_article", conference_id=cid, version=1, number=n,
                           title=title, text=f"Điều {n}. {title} năm 2024 theo đề nghị.",
                           owner=owner, due="2024-12-31")
    commitment = f.insert("commitment", conference_id=cid, article_id=article,
                          owner="Công đoàn cơ sở", due="2024-12-31", status="in_progress",
                          progress=40, updated_on="2024-06-30", note="Đã chọn điểm đến Đà Lạt")
    f.insert("commitment_update", commitment_id=commitment, day="2024-06-30",
             status="in_progress", progress=40, note="Đã chọn điểm đến Đà Lạt", by="Lê Hoàng Yến")
    ids["petition"] = f.insert(
        "petition", conference_id=cid, meeting_id=meeting, channel="department_meeting",
        raised_on="2024-02-28", raised_by="Tổ May 1", content="Đề nghị tăng tiền ăn ca lên "
        "30.000 đồng/suất.", answer="Công ty đồng ý tăng từ tháng 4/2024.",
        answered_by="Đặng Văn Đức", answered_on="2024-03-15")
    f.audit("2024-03-18T08:00:00", "congdoan", "union_officer", "publish_conference",
            "conference", cid, {"published_from": "2024-03-18"})
    return {"conference": cid}


def fill_dialogue_bargaining(f: Filler, ids: dict[str, int]) -> None:
    """0004: the representatives' list, a periodic dialogue and a concluded bargaining round."""
    list_id = f.insert("dialogue_list", determined_on="2024-01-15", headcount=11,
                       published_on="2024-01-16", published_form="notice_board",
                       published_place="Bảng tin nhà ăn ca", note="",
                       created_at="2024-01-15 08:00:00.000000")
    reps = []
    for side, organisation, code, name, position, dep, gender, legal in (
            ("employer", "employer", "NV0002", "Đặng Văn Đức", "Giám đốc", "Ban Giám đốc",
             "male", 1),
            ("employer", "employer", "NV0003", "Trần Thị Ánh Tuyết", "Trưởng phòng Nhân sự",
             "Phòng Nhân sự", "female", 0),
            ("worker", "union", "NV0004", "Lê Hoàng Yến", "Chủ tịch CĐCS", "Xưởng May", "female",
             0),
            ("worker", "union", "NV0001", "Nguyễn Thị Hồng Nhung", "Công nhân may", "Tổ May 1",
             "female", 0)):
        reps.append(f.insert("dialogue_representative", list_id=list_id, side=side,
                             organisation=organisation, employee_id=ids[code], full_name=name,
                             position=position, department=dep, gender=gender,
                             is_legal_representative=legal, joined_on="2024-01-15",
                             left_reason=""))
    did = f.insert(
        "dialogue", kind="periodic", trigger="", title="Đối thoại định kỳ quý II năm 2024",
        list_id=list_id, stage="signed", requested_by="", scheduled_on="2024-06-20",
        start_time="14:00", place="Phòng họp tầng 2", employer_agenda="Kế hoạch tăng ca mùa cao điểm",
        employer_agenda_sent_on="2024-06-10", worker_agenda="Tiền xăng xe, nhà ở công nhân",
        worker_agenda_sent_on="2024-06-12", held_on="2024-06-20", end_time="16:30",
        employer_representative_present=1, chair="Đặng Văn Đức", note_taker="Dương Thị Mỹ Duyên",
        invited="", female_representative_present=1, minutes_number="02/BB-PL",
        finalized_on="2024-06-21", created_at="2024-06-01 08:00:00.000000")
    item = f.insert("dialogue_item", dialogue_id=did, position=1, title="Hỗ trợ tiền xăng xe",
                    employer_position="Hỗ trợ 200.000 đồng/tháng",
                    worker_position="Đề nghị 300.000 đồng/tháng",
                    agreed="Hỗ trợ 250.000 đồng/tháng từ tháng 7/2024", disagreed="")
    f.insert("dialogue_action", dialogue_id=did, item_id=item, text="Bổ sung vào bảng lương",
             owner="Phòng Nhân sự", due="2024-07-31", status="done", progress=100,
             note="", updated_on="2024-07-25")
    for rep in reps:
        f.insert("dialogue_attendance", dialogue_id=did, representative_id=rep, present=1)
    f.insert("dialogue_supporter", dialogue_id=did, representative_id=reps[3])
    f.audit("2024-06-21T09:00:00", "nhansu", "hr_officer", "finalize_dialogue", "dialogue", did,
            {"minutes_number": "02/BB-PL"})
    rid = f.insert(
        "bargaining_round", kind="new", stage="concluded", requested_by="union",
        requester_name="Công đoàn cơ sở Công ty TNHH Giày da Phước Long",
        requested_on="2024-04-01", topics="wages,working_time,safety",
        request_content="Đề nghị thương lượng ký kết thỏa ước lao động tập thể.",
        arranged_on="2024-04-05", agreed_start_on="2024-04-15", agreed_place="Phòng họp tầng 2",
        information_withheld="", agreed_end_on="2024-05-15", concluded_on="2024-05-10",
        failure_ground="", failure_note="", failure_number="",
        created_at="2024-04-01 08:00:00.000000")
    session = f.insert(
        "bargaining_session", round_id=rid, number=1, held_on="2024-04-15", start_time="08:00",
        place="Phòng họp tầng 2", employer_representatives="Đặng Văn Đức\nTrần Thị Ánh Tuyết",
        union_representatives="Lê Hoàng Yến\nNguyễn Thị Hồng Nhung",
        upper_union_representatives="", note_taker="Dương Thị Mỹ Duyên",
        discussed="Tiền lương, thời giờ làm việc", agreed_points="Tăng lương tối thiểu 6%",
        disputed_points="", draft_version=1, minutes_number="03/BB-CĐCS",
        published_form="", published_place="")
    aid = f.insert(
        "agreement", round_id=rid, consolidated_version=1, stage="filed",
        title="Thỏa ước lao động tập thể Công ty TNHH Giày da Phước Long", draft_version=1,
        vote_on="2024-05-05", vote_method="ballot", vote_place="Nhà ăn ca",
        vote_counters="Bùi Thị Thu Hương\nHồ Văn Thắng", workforce=11, ballots_issued=11,
        ballots_returned=10, votes_for=8, votes_against=1, votes_invalid=1, vote_passed=1,
        tally_number="04/BB-CĐCS", signed_on="2024-05-10", employer_signatory="Đặng Văn Đức",
        employer_signatory_title="Giám đốc", union_signatory="Lê Hoàng Yến",
        union_signatory_title="Chủ tịch Công đoàn cơ sở", agreement_number="01/2024/TƯLĐTT",
        effective_written="2024-06-01", effective_on="2024-06-01", term_months=24,
        expires_on="2026-05-31", filing_number="05/TB-PL", filed_on="2024-05-20",
        filing_method="in_person", filing_proof="Giấy tiếp nhận ngày 20/05/2024",
        announce_form="", announce_place="", created_at="2024-04-20 08:00:00.000000")
    f.insert("agreement_version", agreement_id=aid, version=1, session_id=session,
             saved_on="2024-04-15", note="Dự thảo sau phiên thương lượng thứ nhất")
    f.insert("agreement_clause", agreement_id=aid, version=1, chapter=1,
             chapter_title="Tiền lương, thưởng", number=1, title="Mức lương tối thiểu",
             topic="wages", text="Mức lương thấp nhất cao hơn 6% so với lương tối thiểu vùng.",
             owner="Ban Giám đốc", status="in_progress", progress=50, note="")
    f.audit("2024-05-20T10:00:00", "nhansu", "hr_officer", "file_agreement", "agreement", aid,
            {"agreement_number": "01/2024/TƯLĐTT", "votes_for": 8})


def fill_supervision(f: Filler, ids: dict[str, int]) -> None:
    """0005: the petition register, a supervision plan and item, a publication, a file."""
    f.db.execute("UPDATE petition SET category = 'welfare', subject = 'Tiền ăn ca', "
                 "addressee = 'Ban Giám đốc', status = 'answered' WHERE id = ?", (ids["petition"],))
    f.insert("petition", channel="employee_view", raised_on="2024-08-05", raised_by="",
             content="Quạt thông gió ở Xưởng Đế hỏng nhiều ngày.", answer="", answered_by="",
             employee_id=ids["NV0007"], anonymous=1, category="safety",
             subject="Quạt thông gió Xưởng Đế", addressee="Ban Giám đốc", status="sent",
             routed_on="2024-08-06", due_on="2024-08-21", due_rule="petition",
             closing_note="", published_where="")
    plan = f.insert("supervision_plan", year=2024, subject="funds",
                    title="Giám sát việc sử dụng quỹ phúc lợi năm 2024",
                    purpose="Bảo đảm quỹ phúc lợi được chi đúng quy chế.", scope="Năm 2024",
                    members="Lê Hoàng Yến\nBùi Thị Thu Hương", starts_on="2024-09-02",
                    ends_on="2024-09-30", notice_sent_on="2024-08-26",
                    findings="Chi hỗ trợ ốm đau chậm 2 tháng.", findings_on="2024-09-30",
                    created_by="Lê Hoàng Yến", created_at="2024-08-20 08:00:00.000000")
    item = f.insert("supervision_item", source="supervision", source_id=plan,
                    source_label="Kế hoạch giám sát quỹ phúc lợi 2024", plan_id=plan,
                    subject="funds", title="Chi hỗ trợ ốm đau chậm",
                    description="Hỗ trợ ốm đau tháng 6, 7 chưa được chi.",
                    legal_basis="Điều 46 Nghị định 145/2020/NĐ-CP",
                    recommendation="Chi trả trước ngày 15/10/2024.", addressee="Ban Giám đốc",
                    raised_on="2024-10-01", sent_on="2024-10-01", due_on="2024-10-16",
                    due_rule="S1", status="answered", answer="Đã chi trả ngày 10/10/2024.",
                    answered_on="2024-10-10", published_where="", created_by="Lê Hoàng Yến")
    update = f.insert("item_update", item_id=item, on="2024-10-10", status_from="sent",
                      status_to="answered", note="Có chứng từ chi", by="Trần Thị Ánh Tuyết",
                      created_at="2024-10-10 15:00:00.000000")
    data = "Phiếu chi số 123 ngày 10/10/2024 — hỗ trợ ốm đau.\n".encode()
    f.insert("attachment", owner="item_update", owner_id=update, file_name="phiếu chi 123.txt",
             media_type="text/plain", size=len(data), sha256=hashlib.sha256(data).hexdigest(),
             data=data, added_on="2024-10-10", added_by="Trần Thị Ánh Tuyết")
    f.insert("publication_entry", matter="business",
             title="Tình hình sản xuất, kinh doanh 6 tháng đầu năm 2024",
             summary="Doanh thu đạt 52% kế hoạch năm.", form="notice_board",
             location="Bảng tin nhà ăn ca", decided_on="2024-07-05", published_from="2024-07-08",
             published_until="2024-08-08", recorded_by="Trần Thị Ánh Tuyết",
             created_at="2024-07-08 08:00:00.000000")
    f.audit("2024-10-10T15:00:00", "nhansu", "hr_officer", "answer_item", "supervision_item",
            item, {"status": "answered"}, {"status": "sent"})
