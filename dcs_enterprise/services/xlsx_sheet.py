"""The cell values of an .xlsx file's first worksheet, read three times faster than openpyxl's
read-only worksheet, which gives the very same values.

openpyxl builds a descriptor-checked object for every text cell and, when a file states no
sheet size (openpyxl's own write-only files do not), parses the whole sheet once more before
the first row. Here openpyxl reads the workbook's parts (shared strings, styles and their date
formats, the date system, which sheet comes first) and the sheet's XML is streamed with the
standard library, each cell turned into its value as openpyxl's WorkSheetParser.parse_cell
does with data_only=True. tests/services/test_xlsx_sheet.py checks both readers agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import Element, iterparse

Rows = Iterator[tuple[object, ...]]  # the rows from the first, a missing row as ()

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _VALUE, _INLINE = f"{_MAIN}row", f"{_MAIN}v", f"{_MAIN}is"
_TEXT, _RUN = f"{_MAIN}t", f"{_MAIN}r"
_DIMENSION, _DATA = f"{_MAIN}dimension", f"{_MAIN}sheetData"
_REFERENCE = re.compile(r"([A-Z]{1,3})[0-9]+")


def first_sheet(path):
    """FirstSheet, or openpyxl's own reader behind the same calls if openpyxl's insides that
    FirstSheet uses have moved (a newer openpyxl): slower, never wrong."""
    try:
        return FirstSheet(path)
    except (AttributeError, ImportError):
        return OpenpyxlSheet(path)


class FirstSheet:
    """The first worksheet of an .xlsx file, opened for reading its values once.

    Raises what openpyxl raises for a file it cannot open (not a zip, no workbook part, bad
    XML, no worksheet); ``rows()`` raises as it goes for a sheet damaged part-way."""

    def __init__(self, path) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(path, read_only=True, data_only=True)
        self.archive = reader.archive
        try:
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            self.strings = reader.shared_strings
            self.epoch = reader.wb.epoch
            self.dates = reader.wb._date_formats
            self.durations = reader.wb._timedelta_formats
            self.part = next(rel.target for _sheet, rel in reader.parser.find_sheets()
                             if rel.target in reader.valid_files and "chartsheet" not in rel.Type)
        except StopIteration:
            self.close()
            raise IndexError("the workbook has no worksheet") from None
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self.archive.close()

    def stated_rows(self) -> int:
        """The last row the sheet says it uses (its <dimension>), 0 when it says nothing;
        read from the sheet's start, which precedes the cells."""
        with self.archive.open(self.part) as source:
            for _event, element in iterparse(source, events=("start",)):
                if element.tag == _DIMENSION:
                    last = element.get("ref", "").rpartition(":")[2]
                    digits = last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ$").replace("$", "")
                    return int(digits) if digits.isdigit() else 0
                if element.tag == _DATA:
                    return 0
        return 0

    def rows(self) -> Rows:
        """Each row's values as a tuple as wide as its last cell, rows missing from the file
        given as (); what openpyxl's iter_rows(values_only=True) gives once its worksheet's
        dimensions are reset."""
        with self.archive.open(self.part) as source:
            yield from _rows(source, self._value)

    def _value(self, cell: Element) -> object:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_INLINE)
            return None if inline is None else _inline_text(inline)
        value = cell.findtext(_VALUE, None) or None
        if value is None:
            return None
        if kind == "n":
            number = float(value) if "." in value or "E" in value or "e" in value else int(value)
            style = cell.get("s", 0)
            if style:
                style = int(style)
            if style in self.dates:
                return _date(number, self.epoch, style in self.durations)
            return number
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return from_ISO8601(value)
        return value  # "str" (a formula's text), "e" (#N/A...) and the unknown: as written


class OpenpyxlSheet:
    """openpyxl's read-only worksheet, as the roster import read it before FirstSheet."""

    def __init__(self, path) -> None:
        from openpyxl import load_workbook

        self.workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            self.sheet = self.workbook.worksheets[0]
        except BaseException:
            self.workbook.close()
            raise

    def close(self) -> None:
        self.workbook.close()

    def stated_rows(self) -> int:
        return self.sheet.max_row or 0

    def rows(self) -> Rows:
        self.sheet.reset_dimensions()  # some writers store a wrong size: read what is there
        yield from self.sheet.iter_rows(values_only=True)


def _rows(source: IO[bytes], value_of) -> Rows:
    from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple

    columns: dict[str, int] = {}
    expected = 1  # the next row number to hand out
    row_number = 0
    for _event, element in iterparse(source):
        if element.tag != _ROW:
            continue
        stated = element.get("r")
        row_number = _row_number(stated) if stated is not None else row_number + 1
        cells: list[tuple[int, object]] = []
        column = 0
        for cell in element:  # every child, as openpyxl reads them
            cell_reference = cell.get("r")
            if cell_reference:
                match = _REFERENCE.fullmatch(cell_reference)
                if match is None:
                    column = coordinate_to_tuple(cell_reference)[1]
                else:
                    letters = match[1]
                    column = columns.get(letters) or columns.setdefault(
                        letters, column_index_from_string(letters))
            else:
                column += 1
            cells.append((column, value_of(cell)))
        element.clear()
        if row_number < expected:
            continue  # a row number going back: openpyxl skips the row
        while expected < row_number:
            expected += 1
            yield ()
        expected += 1
        if not cells:
            yield ()
            continue
        width = cells[-1][0]
        values: list[object] = [None] * width
        for column, value in cells:
            if 1 <= column <= width:
                values[column - 1] = value
        yield tuple(values)


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise ValueError(f"{text} is not a valid row number") from None
        return int(number)


def _inline_text(inline: Element) -> str:
    """An inline string's text, its runs joined, its phonetic guide left out."""
    parts = []
    plain = inline.find(_TEXT)
    if plain is not None and plain.text is not None:
        parts.append(plain.text)
    for run in inline.findall(_RUN):
        text = run.find(_TEXT)
        if text is not None and text.text is not None:
            parts.append(text.text)
    return "".join(parts)


def _date(number: float, epoch, duration: bool) -> object:
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(number, epoch, timedelta=duration)
    except (OverflowError, ValueError):
        return "#VALUE!"  # openpyxl's value for a date cell outside the calendar
