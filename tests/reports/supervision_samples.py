"""Sample data of the supervision and petition papers and the annual report, for the report
tests, and a script writing them out as PDF and PNG pages to look at:

    .venv/bin/python tests/reports/supervision_samples.py /tmp/issue6/papers
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain import supervision_documents as sd
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.publication import PublicationForm, PublishedMatter
from dcs_enterprise.domain.supervision import Source, Status, Subject

PLACE = "Bình Dương"
COMPANY = "Công ty TNHH May mặc Bình An"
UNION = "Công đoàn cơ sở Công ty TNHH May mặc Bình An"
UPPER = "Liên đoàn Lao động tỉnh Bình Dương"
CHAIR = "Nguyễn Thị Ánh Tuyết"
DIRECTOR = "Trần Văn Bình"
WHISTLE_BLOWER = "Lữ Thị Ngọc Diễm"
PARTIES = sd.SupervisionParties(COMPANY, UNION, UPPER)
AS_OF = date(2027, 6, 30)

MEMBERS = (sd.MemberLine(CHAIR, "Trưởng đoàn"), sd.MemberLine("Trương Quốc Hưởng", "Thành viên"),
           sd.MemberLine("Ứng Thị Ỷ Lan", "Thư ký"))


def plan_data(**changes: object) -> sd.SupervisionPlanData:
    values: dict[str, object] = dict(
        parties=PARTIES, year=2027, subject=Subject.CONTRIBUTIONS,
        title="Giám sát việc đóng bảo hiểm xã hội, bảo hiểm y tế năm 2027",
        purpose=("Bảo đảm người lao động được đóng đủ bảo hiểm xã hội, bảo hiểm y tế",),
        scope=("Phân xưởng may số 1, số 2 và Phòng Hành chính - Nhân sự",
               "Hồ sơ đóng bảo hiểm từ tháng 01 đến tháng 5 năm 2027"),
        starts_on=date(2027, 6, 14), ends_on=date(2027, 6, 18), members=MEMBERS,
        notice_due=date(2027, 6, 7), soe_rules=True, notice_sent_on=date(2027, 6, 9),
        notice_ok=False)
    values.update(changes)
    return sd.SupervisionPlanData(**values)  # type: ignore[arg-type]


RECOMMENDATIONS = (
    sd.RecommendationLine(
        number=4, title="Đóng bảo hiểm xã hội cho người lao động thử việc đã ký hợp đồng",
        recommendation="Truy đóng bảo hiểm xã hội cho 12 người lao động từ tháng ký hợp đồng.",
        addressee="Phòng Hành chính - Nhân sự", raised_on=date(2027, 6, 20),
        due_on=date(2027, 7, 6), due_rule="S1", status=Status.SENT, overdue=False,
        legal_basis="Điều 2 Luật Bảo hiểm xã hội số 41/2024/QH15", sent_on=date(2027, 6, 21)),
    sd.RecommendationLine(
        number=5, title="Cấp thẻ bảo hiểm y tế đúng hạn",
        recommendation="Cấp thẻ bảo hiểm y tế cho người lao động mới trong 15 ngày.",
        addressee="Giám đốc", raised_on=date(2027, 6, 20), due_on=date(2027, 6, 25),
        due_rule="", status=Status.SENT, overdue=True, sent_on=date(2027, 6, 20)),
    sd.RecommendationLine(
        number=6, title="Công khai danh sách đóng bảo hiểm hằng quý",
        recommendation="Niêm yết danh sách đóng bảo hiểm tại bảng tin mỗi quý.",
        addressee="Phòng Kế toán", raised_on=date(2027, 6, 20), due_on=date(2027, 7, 6),
        due_rule="S1", status=Status.RESOLVED, overdue=False, sent_on=date(2027, 6, 20),
        answer="Đồng ý, bắt đầu niêm yết từ quý III năm 2027.", answered_on=date(2027, 6, 24),
        closed_on=date(2027, 6, 28), follow_up="Đã niêm yết ngày 28/06/2027",
        published_on=date(2027, 6, 28), published_where="Bảng tin nhà ăn"),
    sd.RecommendationLine(
        number=7, title="Trả lương làm thêm giờ ngày nghỉ", recommendation="Trả bù phần chênh "
        "lệch tiền lương làm thêm giờ vào ngày nghỉ hằng tuần.", addressee="Giám đốc",
        raised_on=date(2027, 6, 20), due_on=date(2027, 7, 6), due_rule="S1",
        status=Status.ESCALATED, overdue=False, source=Source.PETITION, source_id=12,
        sent_on=date(2027, 6, 20), answer="Không chấp nhận: đã trả đúng quy chế lương.",
        answered_on=date(2027, 6, 23), closed_on=date(2027, 6, 29),
        follow_up="Chuyển Liên đoàn Lao động tỉnh Bình Dương"),
)


def findings_data(**changes: object) -> sd.SupervisionFindingsData:
    values: dict[str, object] = dict(
        parties=PARTIES, plan_title="Giám sát việc đóng bảo hiểm xã hội, bảo hiểm y tế năm 2027",
        subject=Subject.CONTRIBUTIONS, starts_on=date(2027, 6, 14), ends_on=date(2027, 6, 18),
        scope=("Phân xưởng may số 1, số 2",), members=MEMBERS,
        findings=("Công ty đóng bảo hiểm xã hội đầy đủ cho 1.180/1.192 người lao động.",
                  "12 người lao động đã ký hợp đồng sau thử việc chưa được đóng bảo hiểm."),
        findings_on=date(2027, 6, 20), recommendations=RECOMMENDATIONS, as_of=AS_OF,
        soe_rules=False, answer_days=15, petitions=(12,))
    values.update(changes)
    return sd.SupervisionFindingsData(**values)  # type: ignore[arg-type]


def petition_lines(identities_shown: bool) -> tuple[sd.PetitionLine, ...]:
    lines = []
    channels = list(Channel)
    statuses = list(Status)
    for n in range(1, 15):
        anonymous = n % 4 == 1
        hidden = anonymous and not identities_shown
        status = statuses[n % len(statuses)]
        answered = status in (Status.ANSWERED, Status.RESOLVED, Status.REJECTED,
                              Status.ESCALATED)
        lines.append(sd.PetitionLine(
            number=n, raised_on=date(2027, 1 + n % 6, 2 + n), channel=channels[n % 7],
            category=list(Category)[n % 7], subject=f"Kiến nghị số {n} về điều kiện làm việc",
            content="Đề nghị Công ty lắp thêm quạt thông gió tại dây chuyền may, bổ sung nước "
                    "uống và bố trí giờ nghỉ giữa ca hợp lý cho người lao động nữ." * (1 + n % 2),
            status=status, petitioner="" if hidden else (WHISTLE_BLOWER if anonymous
                                                           else f"Người lao động {n}"),
            anonymous=anonymous, identity_hidden=hidden, addressee="Phòng Hành chính - Nhân sự",
            routed_on=date(2027, 1 + n % 6, 3 + n) if status is not Status.OPEN else None,
            due_on=date(2027, 1 + n % 6, 17 + n % 10), due_rule="petition",
            overdue=status in (Status.OPEN, Status.SENT) and n % 3 == 0,
            answer="Công ty tiếp thu, sẽ lắp đặt trong tháng tới." if answered else "",
            answered_on=date(2027, 1 + n % 6, 15 + n % 10) if answered else None,
            closing_note="Chuyển Liên đoàn Lao động tỉnh" if status is Status.ESCALATED else "",
            published_on=date(2027, 1 + n % 6, 25) if n % 5 == 0 else None,
            published_where="Bảng tin" if n % 5 == 0 else ""))
    return tuple(lines)


def register_data(identities_shown: bool = False) -> sd.PetitionRegisterData:
    return sd.PetitionRegisterData(PARTIES, 2027, AS_OF, petition_lines(identities_shown),
                                   identities_shown)


def annual_data(**changes: object) -> sd.AnnualReportData:
    values: dict[str, object] = dict(
        parties=PARTIES, year=2027, as_of=date(2028, 1, 15), soe_rules=False, headcount=1192,
        conferences=(sd.ConferenceLine(2027, ConferenceForm.DELEGATE, date(2027, 3, 20), True,
                                       150, 142, True, "01/NQ-HNNLĐ", date(2027, 3, 20),
                                       date(2027, 3, 25)),
                     sd.ConferenceLine(2028, ConferenceForm.DELEGATE, date(2028, 3, 18), False)),
        dialogues=sd.DialogueCounts(periodic=2, on_request=1, incident=1, minutes_signed=4,
                                    notices_published=3, periodic_ok=True),
        agreements=(sd.AgreementLine("Thỏa ước lao động tập thể", "01/2027/TƯLĐTT",
                                     date(2027, 4, 10), date(2027, 5, 1), date(2029, 4, 30),
                                     None, True),),
        petitions=sd.RegisterCounts(received=42, answered=38, answered_on_time=33, resolved=30,
                                    rejected=5, escalated=1, awaiting=4, overdue=2,
                                    published=20),
        items=sd.RegisterCounts(received=9, answered=7, answered_on_time=6, resolved=5,
                                rejected=1, escalated=1, awaiting=2, overdue=1, published=3),
        plans=3, plans_reported=2,
        publications=tuple(sd.PublicationLine(m, n, (PublicationForm.NOTICE_BOARD,
                                                     PublicationForm.INTERNAL_SYSTEM)[: 1 + n % 2],
                                              date(2027, 1 + n, 10) if n else None)
                           for m, n in zip(PublishedMatter, (4, 2, 1, 0, 3, 0, 0, 0, 1),
                                           strict=True)))
    values.update(changes)
    return sd.AnnualReportData(**values)  # type: ignore[arg-type]


def union_frame(kind_title: str, type_name: str, type_code: str, **changes: object
                ) -> doc.DocumentFrame:
    values: dict[str, object] = dict(
        issuers=(doc.IssuingBody(UNION, UPPER),),
        number=doc.DocumentNumber(3, 2027, type_code, "CĐCS") if type_code else None,
        place=PLACE, day=date(2027, 6, 20), type_name=type_name, title=kind_title,
        signatures=(doc.SignatureBlock("CHỦ TỊCH", CHAIR, "TM.", "BAN CHẤP HÀNH"),),
        recipients=(f"Giám đốc {COMPANY} (để giải quyết)", f"{UPPER} (để báo cáo)"),
        archive="VT, Hồ sơ kiểm tra, giám sát")
    values.update(changes)
    return doc.DocumentFrame(**values)  # type: ignore[arg-type]


def samples() -> dict[str, tuple[str, object, doc.DocumentFrame]]:
    """name -> (catalog key, data, frame)."""
    plan, findings = plan_data(), findings_data()
    register = register_data(identities_shown=False)
    union_register = register_data(identities_shown=True)
    annual = annual_data()
    company = doc.DocumentFrame(
        issuers=(doc.IssuingBody(COMPANY),), number=doc.DocumentNumber(2, 2028, "BC", "CT"),
        place=PLACE, day=date(2028, 1, 15), type_name="BÁO CÁO",
        title=sd.annual_report_title(annual),
        signatures=(doc.SignatureBlock("GIÁM ĐỐC", DIRECTOR, "TM.", "CÔNG TY"),),
        recipients=("Sở Nội vụ tỉnh Bình Dương (để báo cáo)", f"{UPPER} (để báo cáo)",
                    "Ban Chấp hành Công đoàn cơ sở"))
    register_frame = union_frame(
        sd.register_title(register), "SỔ THEO DÕI", "", day=AS_OF, recipients=(),
        signatures=(doc.SignatureBlock("NGƯỜI LẬP", "Phạm Thị Kim Oanh"),
                    doc.SignatureBlock("CHỦ TỊCH", CHAIR, "TM.", "BAN CHẤP HÀNH")),
        archive="VT, Hồ sơ kiến nghị, phản ánh")
    return {
        "supervision_plan": ("supervision-plan", plan,
                             union_frame(sd.plan_title(plan), "KẾ HOẠCH", "KH",
                                         day=date(2027, 6, 9))),
        "supervision_findings": ("supervision-findings", findings,
                                 union_frame(sd.findings_title(findings), "BÁO CÁO", "BC")),
        "petition_register": ("petition-register", register, register_frame),
        "petition_register_union": ("petition-register", union_register, register_frame),
        "annual_report": ("annual-report", annual, company),
    }


def main(out: Path) -> None:
    from dcs_enterprise.reports.catalog import document_kind

    out.mkdir(parents=True, exist_ok=True)
    for name, (key, data, frame) in samples().items():
        path = out / f"{name}.pdf"
        path.write_bytes(document_kind(key).render(data, frame))
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), str(out / name)],
                           check=True)
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/supervision_papers"))
