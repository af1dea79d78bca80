"""`dcs-enterprise export-pdf`: the kinds, a roster of one department, a numbered document."""

from __future__ import annotations

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
        "resolution-review"]


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
