"""The fast sheet reader gives exactly the values openpyxl's read-only worksheet gives (with
data_only and its dimensions reset, as the roster import used it), row for row: for files
openpyxl writes both ways (shared and inline strings), and for sheet XML as other programs
write it (no cell references, rows out of order, rich and phonetic text, every cell type)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from dcs_enterprise.services.roster_files import read_roster
from dcs_enterprise.services.xlsx_sheet import FirstSheet, OpenpyxlSheet, first_sheet

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def openpyxl_rows(path: Path) -> list[tuple]:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        return [tuple(row) for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def fast_rows(path: Path) -> list[tuple]:
    sheet = FirstSheet(path)
    try:
        return list(sheet.rows())
    finally:
        sheet.close()


def fill(ws) -> None:
    ws.append(["Mã NV", "Họ và tên", "Ngày sinh", "Lương", "Đoàn viên", None, "Ghi chú"])
    ws.append(["NV001", "Nguyễn Văn Đức", dt.date(1990, 3, 5), 7_500_000, True, None, "  x "])
    ws.append([1002, "Trần Thị Bình", dt.datetime(1988, 12, 31, 7, 30), 6.25, False])
    ws.append([])
    ws.append([None, None, None, None, None, None, None, "far right"])
    ws.append(["=SUM(1,2)", "0123", -1.5e-7, 10**15, "Có"])


def test_files_openpyxl_writes_read_alike(tmp_path: Path) -> None:
    for write_only in (False, True):
        wb = Workbook(write_only=write_only)
        ws = wb.create_sheet("Roster") if write_only else wb.active
        fill(ws)
        if not write_only:
            ws["C2"].number_format = "DD/MM/YYYY"
            ws["D3"].number_format = "0.00%"
            ws["A8"] = dt.timedelta(hours=30, minutes=5)
            ws["B8"] = CellRichText(["Lê ", TextBlock(InlineFont(b=True), "Văn"), " Tám"])
            wb.create_sheet("Second")["A1"] = "not read"
        path = tmp_path / f"book-{write_only}.xlsx"
        wb.save(path)
        assert fast_rows(path) == openpyxl_rows(path)
        assert fast_rows(path)[1][2] == dt.datetime(1990, 3, 5)


def test_the_1904_date_system(tmp_path: Path) -> None:
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    fill(wb.worksheets[0])
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    assert fast_rows(path) == openpyxl_rows(path)


SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}"><dimension ref="A1:C9"/><sheetData>
<row r="2"><c t="inlineStr"><is><t>no reference</t></is></c><c t="n"><v>3</v></c>
  <c t="b"><v>1</v></c></row>
<row><c r="C3" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r>
  <rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c><c r="A3" t="str"><f>A1</f><v>cached</v></c></row>
<row r="3.0"><c r="A3"><v>9</v></c></row>
<row r="1"><c r="A1" t="e"><v>#N/A</v></c></row>
<row r="6" spans="1:3"><c r="B6" t="d"><v>2024-02-29T10:15:00</v></c><c r="C6" t="n"><v>1E3</v></c>
  <c r="A6" t="inlineStr"><v>ignored</v></c></row>
<row r="7"/>
<row r="8"><c r="B8" s="0"><v></v></c><c r="c8"><v>4</v></c><c r="D8" t="zz"><v>odd</v></c></row>
<row r="9"><c r="A9" t="inlineStr"><is><t>plain </t><r><t>rich </t></r><r><rPr><b/></rPr>
  <t>text</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c></row>
</sheetData></worksheet>"""


def test_sheet_xml_as_other_programs_write_it(tmp_path: Path) -> None:
    base = tmp_path / "base.xlsx"
    Workbook().save(base)
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, SHEET.encode() if item.filename.endswith("sheet1.xml") else data)
    rows = fast_rows(path)
    assert rows == [tuple(row) for row in openpyxl_rows(path)]
    assert rows[1] == ("no reference", 3, True)
    # openpyxl's quirk kept: a row is as wide as its last cell (C3 comes before A3)
    assert rows[2] == ("cached",)
    assert rows[8] == ("plain rich text",)
    sheet = FirstSheet(path)
    assert sheet.stated_rows() == 9  # from <dimension>, without reading the cells
    sheet.close()


@pytest.mark.parametrize("content", [b"not a zip", b"PK\x03\x04broken"])
def test_what_openpyxl_cannot_open_is_refused_alike(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(Exception):  # noqa: B017, PT011 - the roster import maps any of them
        FirstSheet(path)
    with pytest.raises(Exception):  # noqa: B017, PT011
        load_workbook(path, read_only=True)


def test_an_openpyxl_whose_insides_moved_is_read_by_its_own_reader(tmp_path: Path,
                                                                   monkeypatch) -> None:
    path = tmp_path / "roster.xlsx"
    wb = Workbook()
    fill(wb.active)
    wb.active.append(["Mã NV", "Họ và tên", "Phòng ban", "Ngày sinh"])  # a header below notes
    wb.active.append(["NV9", "Đỗ Thị Hà", "Kho", dt.date(2001, 1, 9)])
    wb.save(path)
    fast = read_roster(path)
    assert fast.rows[-1].values["date_of_birth"] == "09/01/2001"

    def moved(self, path) -> None:
        raise AttributeError("'Workbook' object has no attribute '_date_formats'")

    monkeypatch.setattr(FirstSheet, "__init__", moved)
    sheet = first_sheet(path)
    assert isinstance(sheet, OpenpyxlSheet)
    assert [tuple(row) for row in sheet.rows()] == openpyxl_rows(path)
    sheet.close()
    assert read_roster(path) == fast
