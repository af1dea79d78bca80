"""Reading HR roster files (.xlsx/.csv) into raw rows, and writing the roster back."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dcs_enterprise.domain.errors import ValidationError
from dcs_enterprise.services.roster_files import (
    FIELDS,
    HEADER_LABELS_VI,
    RawTable,
    fold_header,
    read_roster,
    write_roster_xlsx,
)

VI_HEADER = ["Mã NV", "Họ và tên", "Giới tính", "Ngày sinh", "Phòng ban", "Chức vụ"]


def make_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def make_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    if encoding == "cp1258":  # Vietnamese Windows: precomposed if the page has it, else + tone mark
        text = "".join(c if _fits(c, encoding) else unicodedata.normalize("NFD", c) for c in text)
    path.write_bytes(text.encode(encoding))
    return path


def _fits(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def error_of(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        read_roster(path)
    return info.value


def test_fields_and_labels() -> None:
    assert FIELDS[:3] == ("code", "full_name", "gender")
    assert len(FIELDS) == 10
    assert HEADER_LABELS_VI["code"] == "Mã NV"
    assert HEADER_LABELS_VI["union_member"] == "Đoàn viên công đoàn"
    assert set(HEADER_LABELS_VI) == set(FIELDS)


def test_fold_header_ignores_case_spacing_and_diacritics() -> None:
    assert fold_header("  HỌ   VÀ\nTÊN ") == fold_header("Ho va ten") == "ho va ten"
    assert fold_header("ĐƠN VỊ") == "don vi"
    assert fold_header(unicodedata.normalize("NFD", "Phòng ban")) == "phong ban"


def test_xlsx_vietnamese_headers(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "roster.xlsx",
        [
            [*VI_HEADER, "Ghi chú"],
            [1001.0, "Nguyễn Văn An", "Nam", dt.datetime(1990, 3, 5), "Sản xuất", "Công nhân", "x"],
            ["NV002", "  Trần Thị Bình ", "Nữ", dt.date(1985, 12, 31), "Kế toán", None, None],
        ],
    )
    table = read_roster(path)
    assert isinstance(table, RawTable)
    assert table.columns == (
        "code", "full_name", "gender", "date_of_birth", "department", "position",
    )
    assert table.ignored_headers == ("Ghi chú",)
    first, second = table.rows
    assert first.row_number == 2
    assert first.values["code"] == "1001"
    assert first.values["date_of_birth"] == "05/03/1990"
    assert first.values["department"] == "Sản xuất"
    assert first.values["hire_date"] == ""  # no such column
    assert set(first.values) == set(FIELDS)
    assert second.row_number == 3
    assert second.values["full_name"] == "Trần Thị Bình"
    assert second.values["date_of_birth"] == "31/12/1985"
    assert second.values["position"] == ""


def test_xlsx_english_headers_in_any_order_and_case(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "en.xlsx",
        [
            ["DEPARTMENT", "employee id", "Full  Name", "Union member", "Status", "Hire date"],
            ["Sales", 7, "Le Van C", True, "Active", 3.5],
        ],
    )
    table = read_roster(path)
    assert table.columns == (
        "department", "code", "full_name", "union_member", "status", "hire_date",
    )
    values = table.rows[0].values
    assert values["code"] == "7"
    assert values["union_member"] == "true"
    assert values["hire_date"] == "3.5"


def test_headers_without_diacritics_match(tmp_path: Path) -> None:
    path = make_csv(tmp_path / "plain.csv", "Ma NV,Ho va ten,Bo phan,Doan vien\nA1,An,X,co\n")
    table = read_roster(path)
    assert table.columns == ("code", "full_name", "department", "union_member")
    assert table.rows[0].values["union_member"] == "co"


def test_title_rows_above_the_header(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "title.xlsx",
        [
            ["DANH SÁCH NGƯỜI LAO ĐỘNG NĂM 2024"],
            [],
            ["STT", *VI_HEADER],
            [1, "NV1", "An", "Nam", None, "Sản xuất", None],
        ],
    )
    table = read_roster(path)
    assert table.ignored_headers == ("STT",)
    assert [r.row_number for r in table.rows] == [4]
    assert table.rows[0].values["code"] == "NV1"


def test_empty_rows_skipped_and_row_numbers_kept(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "gaps.xlsx",
        [
            VI_HEADER,
            ["NV1", "An", None, None, "A", None],
            [None, None, None, None, None, None],
            ["", "  ", None, None, None, None],
            ["NV2", "Bình", None, None, "B", None],
        ],
    )
    table = read_roster(path)
    assert [(r.row_number, r.values["code"]) for r in table.rows] == [(2, "NV1"), (5, "NV2")]

    csv_path = make_csv(
        tmp_path / "gaps.csv", "Mã NV,Họ và tên,Phòng ban\nNV1,An,A\n\n,,\nNV2,Bình,B\n"
    )
    table = read_roster(csv_path)
    assert [(r.row_number, r.values["code"]) for r in table.rows] == [(2, "NV1"), (5, "NV2")]


def test_nfd_text_comes_back_nfc(tmp_path: Path) -> None:
    nfd_name = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    nfd_header = [unicodedata.normalize("NFD", h) for h in VI_HEADER]
    path = make_xlsx(tmp_path / "nfd.xlsx", [nfd_header, ["NV1", nfd_name, "", "", "Kho", ""]])
    values = read_roster(path).rows[0].values
    assert values["full_name"] == unicodedata.normalize("NFC", "Nguyễn Thị Ánh")
    assert values["full_name"] != nfd_name


@pytest.mark.parametrize("bom", [True, False])
def test_csv_with_and_without_bom(tmp_path: Path, bom: bool) -> None:
    text = "Mã NV,Họ và tên,Phòng ban,Ngày sinh\nNV1,Nguyễn Văn An,Sản xuất,05/03/1990\n"
    path = make_csv(tmp_path / "r.csv", text, "utf-8-sig" if bom else "utf-8")
    table = read_roster(path)
    assert table.columns == ("code", "full_name", "department", "date_of_birth")
    assert table.rows[0].row_number == 2
    assert table.rows[0].values["full_name"] == "Nguyễn Văn An"
    assert table.rows[0].values["date_of_birth"] == "05/03/1990"


def test_semicolon_csv_with_title_and_quotes(tmp_path: Path) -> None:
    text = (
        "Danh sách lao động, năm 2024;;\r\n"
        "Mã NV;Họ và tên;Phòng ban\r\n"
        'NV1;"Lê, Văn C";"Phòng\r\nKỹ thuật"\r\n'
        "NV2;Đỗ D;Kho\r\n"
    )
    table = read_roster(make_csv(tmp_path / "semi.csv", text))
    assert table.columns == ("code", "full_name", "department")
    assert [r.row_number for r in table.rows] == [3, 4]  # a quoted line break stays in its row
    assert table.rows[0].values["full_name"] == "Lê, Văn C"
    assert table.rows[0].values["department"] == "Phòng\r\nKỹ thuật"


def test_tab_separated_csv(tmp_path: Path) -> None:
    table = read_roster(make_csv(tmp_path / "tab.csv", "Code\tName\tDepartment\nA\tB\tC\n"))
    assert table.rows[0].values == {**dict.fromkeys(FIELDS, ""), "code": "A",
                                    "full_name": "B", "department": "C"}


def test_missing_required_header_names_the_column(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "no_dept.xlsx", [["Mã NV", "Họ và tên"], ["NV1", "An"]])
    error = error_of(path)
    assert error.params["missing"] == "Phòng ban"
    assert "Phòng ban" in error.english()
    assert "Mã NV" not in error.english()

    path = make_csv(tmp_path / "nothing.csv", "a,b,c\n1,2,3\n")
    assert error_of(path).params["missing"] == "Mã NV, Họ và tên, Phòng ban"


def test_duplicate_columns_refused(tmp_path: Path) -> None:
    path = make_csv(tmp_path / "dup.csv", "Mã NV,Họ tên,Phòng ban,Bộ phận\n1,A,B,C\n")
    error = error_of(path)
    assert error.params["first"] == "Phòng ban"
    assert error.params["second"] == "Bộ phận"
    assert "Phòng ban" in error.english() and "Bộ phận" in error.english()


@pytest.mark.parametrize("encoding", ["cp1258", "latin-1"])
def test_non_utf8_csv_refused(tmp_path: Path, encoding: str) -> None:
    text = {
        "cp1258": "Mã NV,Họ và tên,Phòng ban\nNV1,Bùi Văn Ân,Kho\n",
        "latin-1": "Code,Name,Department\n1,José Müller,Café\n",
    }[encoding]
    error = error_of(make_csv(tmp_path / "old.csv", text, encoding))
    assert "UTF-8" in error.english()
    assert error.params["name"] == "old.csv"


def test_other_extensions_refused(tmp_path: Path) -> None:
    path = make_csv(tmp_path / "roster.txt", "Mã NV,Họ và tên,Phòng ban\n1,A,B\n")
    assert ".xlsx" in error_of(path).english()
    assert ".xlsx" in error_of(tmp_path / "old.xls").english()


def test_corrupt_xlsx_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(os.urandom(4096))
    assert "Excel" in error_of(path).english()
    path.write_bytes(b"")
    assert "Excel" in error_of(path).english()


def test_truncated_xlsx_refused(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [VI_HEADER] + [["1", "A", "", "", "B", ""]] * 500)
    data = good.read_bytes()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    assert error_of(bad).params["name"] == "bad.xlsx"


def test_missing_and_empty_files_refused(tmp_path: Path) -> None:
    assert "does not exist" in error_of(tmp_path / "nope.csv").english()
    assert "no table" in error_of(make_csv(tmp_path / "empty.csv", "")).english()
    assert "no table" in error_of(make_csv(tmp_path / "blank.csv", "\n,,\n\n")).english()
    assert "no table" in error_of(make_xlsx(tmp_path / "empty.xlsx", [])).english()


def test_header_without_rows_gives_empty_table(tmp_path: Path) -> None:
    table = read_roster(make_csv(tmp_path / "h.csv", "Mã NV,Họ và tên,Phòng ban\n"))
    assert table.columns == ("code", "full_name", "department")
    assert table.rows == ()


def test_round_trip_and_progress(tmp_path: Path) -> None:
    rows = [
        ("NV0001", "Nguyễn Văn An", "Nam", dt.date(1990, 3, 5), "Sản xuất", "Tổ trưởng",
         dt.date(2015, 1, 2), "Không xác định thời hạn", True, "Đang làm việc"),
        (1002, "=Trần Thị\x07 Bình", None, None, "Kế toán", None, None, None, False, None),
    ] + [(f"X{i}", f"Người {i}", None, None, "Kho") for i in range(2500)]
    path = tmp_path / "export.xlsx"
    calls: list[tuple[int, int]] = []
    assert write_roster_xlsx(path, rows, progress=lambda d, t: calls.append((d, t))) == 2502
    assert calls[0] == (1000, 2502) and calls[-1] == (2502, 2502)
    assert not list(tmp_path.glob("*.tmp"))

    ws = load_workbook(path).worksheets[0]
    assert [c.value for c in ws[1]] == [HEADER_LABELS_VI[f] for f in FIELDS]
    assert all(c.font.b for c in ws[1])
    assert ws["D2"].number_format == "DD/MM/YYYY"
    assert ws["D2"].is_date
    assert ws["B3"].data_type == "s"  # written as text, not a formula

    seen: list[tuple[int, int]] = []
    table = read_roster(path, progress=lambda d, t: seen.append((d, t)))
    assert table.columns == FIELDS
    assert table.ignored_headers == ()
    assert len(table.rows) == 2502
    assert table.rows[0].values == {
        "code": "NV0001", "full_name": "Nguyễn Văn An", "gender": "Nam",
        "date_of_birth": "05/03/1990", "department": "Sản xuất", "position": "Tổ trưởng",
        "hire_date": "02/01/2015", "contract_type": "Không xác định thời hạn",
        "union_member": "true", "status": "Đang làm việc",
    }
    assert table.rows[1].values["code"] == "1002"
    assert table.rows[1].values["full_name"] == "=Trần Thị Bình"
    assert table.rows[1].values["union_member"] == "false"
    assert table.rows[-1].row_number == 2503
    # a write-only workbook stores no sheet size: the total is unknown (0) until the end
    assert (1000, 0) in seen and seen[-1] == (2503, 2503)


def test_xlsx_progress_uses_the_stored_sheet_size(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", [VI_HEADER] + [["1", "A", "", "", "B", ""]] * 2100)
    seen: list[tuple[int, int]] = []
    assert len(read_roster(path, progress=lambda d, t: seen.append((d, t))).rows) == 2100
    assert seen == [(1000, 2101), (2000, 2101), (2101, 2101)]


def test_write_to_unwritable_place_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        write_roster_xlsx(tmp_path / "missing_dir" / "out.xlsx", [])


def test_module_does_not_import_openpyxl_or_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, dcs_enterprise.services.roster_files;"
        "assert 'openpyxl' not in sys.modules and 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
