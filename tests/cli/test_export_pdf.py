"""`dcs-enterprise export-pdf`: the kinds, a roster of one department, a numbered document."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dcs_enterprise.services.accounts import sign_in
from dcs_enterprise.services.departments import DepartmentService
from dcs_enterprise.services.maintenance import open_file


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_list_names_every_kind(run, demo_db):
    code, out, _err = run("export-pdf", "--list", "--db", demo_db, "--lang", "en")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [
        "roster", "settings", "conference-plan", "invitation", "delegate-list", "agenda",
        "department-meeting", "conference-minutes", "resolution", "results-notice",
        "resolution-review", "dialogue-representatives", "dialogue-request", "dialogue-reply",
        "dialogue-minutes", "dialogue-notice", "bargaining-request", "bargaining-session",
        "bargaining-failed", "agreement-tally", "agreement", "agreement-cover-letter",
        "agreement-announcement", "supervision-plan", "supervision-findings",
        "petition-register", "annual-report"]


def test_the_conference_papers_of_the_demo(run, demo_db, tmp_path):
    last_year, _next_year = _conference_years(demo_db)
    out_file = tmp_path / "nq.pdf"
    code, out, err = run("export-pdf", "resolution", "--year", last_year, "--db", demo_db,
                         "--out", out_file, "--lang", "en")
    assert code == 0, err
    text = pdf_text(out_file)
    assert "NGHỊ QUYẾT" in text and "Số: 01/NQ-HNNLĐ" in text and "Tăng tiền ăn ca" in text
    code, out, err = run("export-pdf", "conference-plan", "--numbered", "--db", demo_db,
                         "--out", tmp_path / "kh.pdf", "--lang", "en")
    assert code == 0, err
    assert "Số: 01/KH-CT-CĐCS" in out  # the newest conference: next year's, in preparation
    assert f"năm {last_year + 1}" in pdf_text(tmp_path / "kh.pdf")


def test_a_conference_that_does_not_exist(run, demo_db, tmp_path):
    code, _out, err = run("export-pdf", "resolution", "--year", 1999, "--db", demo_db,
                          "--out", tmp_path / "x.pdf", "--lang", "en")
    assert code != 0 and "1999" in err
    assert not (tmp_path / "x.pdf").exists()


def _conference_years(path) -> list[int]:
    from dcs_enterprise.services.conferences import ConferenceService

    db = open_file(path)
    try:
        return sorted(c.year for c in ConferenceService(
            db, sign_in(db, "admin", "demo-admin")).list())
    finally:
        db.close()


def test_roster_of_one_department_numbered(run, demo_db, tmp_path):
    db = open_file(demo_db)
    try:
        department = max(DepartmentService(db, sign_in(db, "admin", "demo-admin")).list(),
                         key=lambda d: d.employee_count)
    finally:
        db.close()
    out_file = tmp_path / "roster.pdf"
    code, out, err = run("export-pdf", "roster", "--id", department.code, "--numbered",
                         "--db", demo_db, "--out", out_file, "--lang", "en")
    assert code == 0, err
    assert "Số: 01/DS-CT" in out
    text = pdf_text(out_file)
    assert "Số: 01/DS-CT" in text and department.name in text
    assert f"Tổng cộng: {department.employee_count} người" in text


def test_unknown_kind_and_missing_out_are_refused(run, demo_db, tmp_path):
    code, _out, err = run("export-pdf", "minutes", "--db", demo_db, "--out", tmp_path / "x.pdf",
                          "--lang", "en")
    assert code == 2 and "roster, settings" in err
    code, _out, err = run("export-pdf", "settings", "--db", demo_db, "--lang", "en")
    assert code == 2 and "--out" in err
    assert list(tmp_path.glob("*.pdf")) == []


def _demo_records(path):
    """The demo's dialogues (latest first) and its agreement in force, read through the
    services."""
    from datetime import date

    from dcs_enterprise.services.agreements import AgreementService
    from dcs_enterprise.services.dialogues import DialogueService

    db = open_file(path)
    try:
        actor = sign_in(db, "admin", "demo-admin")
        return (DialogueService(db, actor).list(),
                AgreementService(db, actor).in_force(date.today()))
    finally:
        db.close()


@pytest.mark.parametrize("kind, expected", [
    ("dialogue-representatives", ("DANH SÁCH", "Thành viên đại diện đối thoại", "ít nhất")),
    ("dialogue-request", ("V/v đề nghị tổ chức đối thoại", "Kính gửi:", "30%")),
    ("dialogue-reply", ("V/v trả lời đề nghị đối thoại", "Thời gian:", "Địa điểm:")),
    ("dialogue-minutes", ("BIÊN BẢN", "Điều kiện tiến hành:", "NGƯỜI GHI BIÊN BẢN")),
    ("dialogue-notice", ("THÔNG BÁO", "Nội dung chính của cuộc", "Công khai")),
    ("bargaining-request", ("V/v yêu cầu thương lượng tập thể", "Khoản 1 Điều 70 (B1)",)),
    ("bargaining-session", ("BIÊN BẢN", "Phiên họp thương lượng tập thể lần thứ",
                            "NỘI DUNG CÒN Ý KIẾN KHÁC NHAU")),
    ("agreement-tally", ("Kiểm phiếu lấy ý kiến", "tổng số người lao động của doanh nghiệp",)),
    ("agreement", ("THỎA ƯỚC LAO ĐỘNG TẬP THỂ DOANH NGHIỆP", "PHỤ LỤC", "Chương I")),
    ("agreement-cover-letter", ("V/v gửi thỏa ước lao động tập thể", "Kính gửi: Sở Nội vụ")),
    ("agreement-announcement", ("Công bố thỏa ước lao động tập thể", "Nơi niêm yết")),
])
def test_the_dialogue_and_bargaining_papers_of_the_demo(run, demo_db, tmp_path, kind,
                                                         expected):
    out_file = tmp_path / f"{kind}.pdf"
    code, out, err = run("export-pdf", kind, "--db", demo_db, "--out", out_file, "--lang", "en")
    assert code == 0, err
    text = pdf_text(out_file)
    for words in expected:
        assert words in text, words
    assert "None" not in text


def test_stored_numbers_are_printed_and_others_numbered_on_demand(run, demo_db, tmp_path):
    dialogues, agreement = _demo_records(demo_db)
    signed = next(d for d in dialogues if d.minutes_number)
    code, out, err = run("export-pdf", "dialogue-minutes", "--id", signed.id, "--db", demo_db,
                         "--out", tmp_path / "bb.pdf", "--lang", "en")
    assert code == 0, err
    assert f"Số: {signed.minutes_number}" in out
    assert f"Số: {signed.minutes_number}" in pdf_text(tmp_path / "bb.pdf")
    code, out, err = run("export-pdf", "agreement", "--db", demo_db, "--out",
                         tmp_path / "tu.pdf", "--lang", "en")
    assert code == 0, err
    assert f"Số: {agreement.agreement_number}" in out
    assert f"Số: {agreement.agreement_number}" in pdf_text(tmp_path / "tu.pdf")
    for kind, number in (("agreement-tally", agreement.tally_number),
                         ("agreement-cover-letter", agreement.filing_number)):
        code, out, err = run("export-pdf", kind, "--id", agreement.id, "--db", demo_db,
                             "--out", tmp_path / "x.pdf", "--lang", "en")
        assert code == 0 and f"Số: {number}" in out, err
    code, out, err = run("export-pdf", "agreement-announcement", "--numbered", "--db", demo_db,
                         "--out", tmp_path / "tb.pdf", "--lang", "en")
    assert code == 0 and "Số: 01/TB-CT" in out, err
    code, out, err = run("export-pdf", "dialogue-request", "--numbered", "--db", demo_db,
                         "--out", tmp_path / "cv.pdf", "--lang", "en")
    assert code == 0 and "Số: 01/CĐCS" in out, err  # a công văn of the union


def test_record_papers_that_cannot_be_printed(run, demo_db, tmp_path):
    out_file = tmp_path / "x.pdf"
    code, _out, err = run("export-pdf", "bargaining-failed", "--db", demo_db, "--out", out_file,
                          "--lang", "en")
    assert code == 2 and "no record to print bargaining-failed" in err
    code, _out, err = run("export-pdf", "agreement", "--id", "abc", "--db", demo_db, "--out",
                          out_file, "--lang", "en")
    assert code == 2 and "--id takes the number of the record" in err
    code, _out, err = run("export-pdf", "dialogue-minutes", "--id", 9999, "--db", demo_db,
                          "--out", out_file, "--lang", "en")
    assert code == 2 and err.strip()
    code, _out, err = run("export-pdf", "dialogue-notice", "--year", 1999, "--db", demo_db,
                          "--out", out_file, "--lang", "en")
    assert code == 2 and "(1999)" in err
    assert not out_file.exists()
