"""`dcs-enterprise export-pdf` for the supervision plan, the findings report, the petition
register and the annual report: the default record or year, --id and --year, --numbered, and
what is refused. The command line acts as the administrator: the register it prints never names
an anonymous petitioner (rule S3)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from dcs_enterprise.domain.petitions import Category, Channel
from dcs_enterprise.domain.supervision import Subject
from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.maintenance import open_file
from dcs_enterprise.services.petitions import PetitionService
from dcs_enterprise.services.supervision_models import PetitionInput, PlanInput
from dcs_enterprise.services.supervision_plans import PlanService

WHISTLE_BLOWER = "Phan Thị Mật"


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture
def seeded(demo_db):
    """The demo with a supervision plan (findings recorded) and two petitions of this year,
    one anonymous, recorded by the union officer."""
    today = date.today()
    db = open_file(demo_db)
    try:
        union = sign_in(db, "congdoan", "demo-congdoan")
        plans = PlanService(db, union)
        plan = plans.create(PlanInput(
            Subject.FUNDS, "Giám sát việc sử dụng quỹ phúc lợi", today - timedelta(days=20),
            today - timedelta(days=16), scope="Quỹ phúc lợi năm trước",
            members="Lê Văn Thắng - Trưởng đoàn")).row.id
        unreported = plans.create(PlanInput(
            Subject.INTERNAL_RULES, "Giám sát việc thực hiện nội quy lao động",
            today - timedelta(days=5), today - timedelta(days=1))).row.id
        plans.record_findings(plan, "Quỹ phúc lợi được chi đúng mục đích.",
                              today - timedelta(days=10))
        petitions = PetitionService(db, union)
        for anonymous, who in ((True, WHISTLE_BLOWER), (False, "Tổ cắt 2")):
            petitions.record(PetitionInput(
                "Đề nghị sửa quạt thông gió xưởng cắt.", Category.SAFETY, Channel.HOTLINE,
                date(today.year, 1, 1), "Quạt xưởng cắt", anonymous, who))
        return {"plan": plan, "unreported": unreported}
    finally:
        db.close()


def _latest_titles(path) -> tuple[str, str]:
    """The titles of the latest plan and of the latest plan with findings, as the papers
    service chooses them when no --id is given."""
    from dcs_enterprise.services.supervision_papers import SupervisionPaperService

    db = open_file(path)
    try:
        actor = sign_in(db, "admin", "demo-admin")
        papers, plans = SupervisionPaperService(db, actor), PlanService(db, actor)
        return tuple(plans.get(papers.plan_ids(reported=reported)[0]).row.title
                     for reported in (False, True))
    finally:
        db.close()


def test_the_supervision_plan_and_its_findings(run, demo_db, seeded, tmp_path):
    latest, reported = _latest_titles(demo_db)
    code, out, err = run("export-pdf", "supervision-plan", "--numbered", "--db", demo_db,
                         "--out", tmp_path / "kh.pdf", "--lang", "en")
    assert code == 0, err
    assert "Số: 01/KH-CĐCS" in out
    text = pdf_text(tmp_path / "kh.pdf")
    assert latest in text and "KẾ HOẠCH" in text
    assert "TM. BAN CHẤP HÀNH" in text and "Nơi nhận:" in text
    code, out, err = run("export-pdf", "supervision-plan", "--id", seeded["plan"], "--db",
                         demo_db, "--out", tmp_path / "kh2.pdf", "--lang", "en")
    assert code == 0, err
    assert "KẾ HOẠCH Giám sát việc sử dụng quỹ phúc lợi" in pdf_text(tmp_path / "kh2.pdf")
    code, out, err = run("export-pdf", "supervision-findings", "--db", demo_db, "--out",
                         tmp_path / "bc.pdf", "--lang", "en")
    assert code == 0, err  # the latest plan with findings
    assert reported[1:] in pdf_text(tmp_path / "bc.pdf")  # first letter lowered
    code, out, err = run("export-pdf", "supervision-findings", "--id", seeded["plan"],
                         "--numbered", "--db", demo_db, "--out", tmp_path / "bc2.pdf",
                         "--lang", "en")
    assert code == 0 and "Số: 01/BC-CĐCS" in out, err
    text = pdf_text(tmp_path / "bc2.pdf")
    assert "BÁO CÁO Kết quả giám sát việc sử dụng quỹ phúc lợi" in text
    assert "Quỹ phúc lợi được chi đúng mục đích." in text and "Không có kiến nghị." in text


def test_the_register_of_the_command_line_hides_anonymous_petitioners(run, demo_db, seeded,
                                                                      tmp_path):
    out_file = tmp_path / "so.pdf"
    code, out, err = run("export-pdf", "petition-register", "--db", demo_db, "--out", out_file,
                         "--lang", "en")
    assert code == 0, err
    text = pdf_text(out_file)
    assert f"SỔ THEO DÕI Kiến nghị, phản ánh của người lao động năm {date.today().year}" in text
    assert "Người gửi: Ẩn danh" in text and "Người gửi: Tổ cắt 2" in text
    assert WHISTLE_BLOWER not in text and "Mật" not in text
    assert "Số:" not in text  # a register is a book, not a numbered paper


def test_the_annual_report(run, demo_db, seeded, tmp_path):
    year = date.today().year
    code, out, err = run("export-pdf", "annual-report", "--numbered", "--db", demo_db,
                         "--out", tmp_path / "bc.pdf", "--lang", "en")
    assert code == 0, err
    assert "Số: 01/BC-CT" in out
    text = pdf_text(tmp_path / "bc.pdf")
    assert f"Tình hình thực hiện dân chủ ở cơ sở tại doanh nghiệp năm {year}" in text
    assert "Hội nghị người lao động" in text and "Đối thoại định kỳ:" in text
    assert "TM. CÔNG TY" in text and "TỔNG GIÁM ĐỐC" in text
    assert WHISTLE_BLOWER not in text
    code, out, err = run("export-pdf", "annual-report", "--year", year - 1, "--db", demo_db,
                         "--out", tmp_path / "bc1.pdf", "--lang", "en")
    assert code == 0, err
    assert f"doanh nghiệp năm {year - 1}" in pdf_text(tmp_path / "bc1.pdf")


def test_what_is_refused(run, demo_db, seeded, tmp_path):
    out_file = tmp_path / "x.pdf"
    for args, words in (
            (("supervision-findings", "--id", seeded["unreported"]), "findings"),
            (("supervision-plan", "--id", "abc"), "--id takes the number of the record"),
            (("supervision-plan", "--year", 1999), "(1999)"),
            (("petition-register", "--id", 3), "--year"),
            (("annual-report", "--year", date.today().year + 1), str(date.today().year + 1))):
        code, _out, err = run("export-pdf", *args, "--db", demo_db, "--out", out_file,
                              "--lang", "en")
        assert code == 2 and words in err, (args, err)
    assert not out_file.exists()
