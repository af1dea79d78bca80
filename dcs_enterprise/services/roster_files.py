"""Read the employee roster HR already keeps (.xlsx or .csv) and write it back to .xlsx.

Only structure is handled here: find the header row, map known headers to canonical fields
and turn every cell into text. Checking the values is the importer's job.
openpyxl is imported inside the functions: it is slow to import and rarely needed.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import itertools
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path

from dcs_enterprise.domain.errors import QT_TRANSLATE_NOOP, ValidationError

Progress = Callable[[int, int], None]
Rows = Iterator[tuple[int, Sequence[object]]]  # (row number, cell values)

_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("Mã NV", "Mã nhân viên", "Mã số", "Mã người lao động", "Code", "Employee code",
             "Employee ID"),
    "full_name": ("Họ và tên", "Họ tên", "Full name", "Name"),
    "gender": ("Giới tính", "Gender", "Sex"),
    "date_of_birth": ("Ngày sinh", "Date of birth", "DOB", "Birth date"),
    "department": ("Phòng ban", "Bộ phận", "Đơn vị", "Department"),
    "position": ("Chức vụ", "Chức danh", "Vị trí", "Position", "Job title"),
    "hire_date": ("Ngày vào làm", "Ngày tuyển dụng", "Ngày vào công ty", "Hire date",
                  "Start date"),
    "contract_type": ("Loại hợp đồng", "Loại HĐLĐ", "Hợp đồng", "Contract type", "Contract"),
    "union_member": ("Đoàn viên công đoàn", "Đoàn viên", "Công đoàn", "Union member", "Union"),
    "status": ("Trạng thái", "Tình trạng", "Status"),
}
FIELDS: tuple[str, ...] = tuple(_HEADERS)
HEADER_LABELS_VI: dict[str, str] = {field: names[0] for field, names in _HEADERS.items()}
REQUIRED: tuple[str, ...] = ("code", "full_name", "department")
_HEADER_SCAN_ROWS = 10
_PROGRESS_EVERY = 1000
_DATE_FORMAT = "DD/MM/YYYY"


@dataclass(frozen=True)
class RawRow:
    row_number: int  # the row number Excel shows (the record number for CSV)
    values: dict[str, str]  # every field of FIELDS -> cell text ('' if empty or no column)


@dataclass(frozen=True)
class RawTable:
    columns: tuple[str, ...]  # canonical fields present, in file order
    ignored_headers: tuple[str, ...]
    rows: tuple[RawRow, ...]  # fully empty rows skipped


def fold_header(text: str) -> str:
    """Case-, spacing- and diacritics-insensitive key of a header ("Họ và tên" -> "ho va ten")."""
    text = unicodedata.normalize("NFC", text).casefold().replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(text.split()).strip("*:. ")


_ALIASES: dict[str, str] = {fold_header(n): f for f, names in _HEADERS.items() for n in names}
assert len(_ALIASES) == sum(map(len, _HEADERS.values())), "two header aliases fold alike"


def cell_text(value: object) -> str:
    """The text of one cell as the importer sees it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):  # datetime too
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if isinstance(value, float):  # whole up to Excel's 15 digits: a code, not 1E+200 spelt out
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else format(
            value, ".15g")
    return unicodedata.normalize("NFC", str(value)).strip()


def read_roster(path: Path, progress: Progress | None = None) -> RawTable:
    """Read the first sheet of an .xlsx file, or a .csv file, into raw text rows.

    progress(done, total) is called every 1,000 rows and once at the end; total is
    approximate, and 0 when unknown (some programs do not store the sheet size).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} cannot be imported: only .xlsx and .csv files can."
        ), name=path.name)
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file {name} does not exist."), name=path.name
        )
    try:
        rows, total = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened ({detail})."),
            name=path.name, detail=exc.strerror or str(exc),
        ) from None
    try:
        return _build_table(rows, total, progress, path.name)
    finally:
        rows.close()  # closes the workbook even when the table is refused


def _xlsx_rows(path: Path) -> tuple[Rows, int]:
    from .xlsx_sheet import first_sheet

    damaged = ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read as an Excel workbook."),
        name=path.name,
    )
    try:
        sheet = first_sheet(path)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, IndexError, XML errors...
        raise exc if isinstance(exc, OSError) else damaged from None
    try:
        total = sheet.stated_rows()  # 0: unknown; some writers store a wrong size, or none
    except Exception:
        sheet.close()
        raise damaged from None

    def rows() -> Rows:
        try:
            yield from enumerate(sheet.rows(), start=1)
        except Exception:  # the sheet XML is damaged part-way
            raise damaged from None
        finally:
            sheet.close()

    return rows(), total if total > 1 else 0


def _csv_rows(path: Path) -> tuple[Rows, int]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors",
            "The file {name} is not UTF-8 text. Save it as “CSV UTF-8” in Excel and try again.",
        ), name=path.name) from None
    invalid = ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The file {name} is not a valid CSV table."), name=path.name)
    # newline="": lines end at \r too (old Mac files), as the reader below sees them.
    head = list(itertools.islice(io.StringIO(text, newline=""), _HEADER_SCAN_ROWS))
    try:  # a cell over the csv module's size limit fails here already
        # The delimiter that makes a header row appear wins; ties go to the more frequent one.
        delimiter = max((",", ";", "\t"), key=lambda d: (
            max((_header_score(next(csv.reader([line], delimiter=d), [])) for line in head),
                default=0),
            max((line.count(d) for line in head), default=0),
        ))
    except csv.Error:
        raise invalid from None

    def rows() -> Rows:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            yield from enumerate(reader, start=1)
        except csv.Error:
            raise invalid from None

    return rows(), text.count("\n") + 1


def _header_score(cells: Sequence[object]) -> int:
    return sum(1 for c in cells if fold_header(cell_text(c)) in _ALIASES)


def _build_table(rows: Rows, total: int, progress: Progress | None, name: str) -> RawTable:
    head = []  # the first non-empty rows, one of which is the header
    for number, cells in rows:
        if any(cell_text(c) for c in cells):
            head.append((number, cells))
            if len(head) == _HEADER_SCAN_ROWS:
                break
    if not head:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file {name} contains no table."), name=name
        )

    def rank(item: tuple[int, Sequence[object]]) -> tuple[bool, int]:
        found = {_ALIASES.get(fold_header(cell_text(c))) for c in item[1]}
        return set(REQUIRED) <= found, _header_score(item[1])

    header_number, header = max(head, key=rank)  # max() keeps the first of equals
    mapping: dict[int, str] = {}  # column index -> field
    seen: dict[str, str] = {}  # field -> header text
    ignored: list[str] = []
    for index, cell in enumerate(header):
        label = cell_text(cell)
        field = _ALIASES.get(fold_header(label))
        if field in seen:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors",
                "The columns “{first}” and “{second}” both mean {field}. Keep only one of them.",
            ), first=seen[field], second=label, field=HEADER_LABELS_VI[field])
        if field is not None:
            mapping[index], seen[field] = field, label
        elif label:
            ignored.append(label)
    missing = [HEADER_LABELS_VI[f] for f in REQUIRED if f not in seen]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file has no header row with the columns {missing}."),
            missing=", ".join(missing),
        )

    out: list[RawRow] = []
    done = 0
    later = ((n, c) for n, c in head if n > header_number)
    for done, cells in itertools.chain(later, rows):
        values = dict.fromkeys(FIELDS, "")
        for index, field in mapping.items():
            if index < len(cells):
                values[field] = cell_text(cells[index])
        if any(values.values()):
            out.append(RawRow(done, values))
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total if total >= done else 0)
    if progress is not None:
        progress(done, done)
    return RawTable(tuple(mapping.values()), tuple(ignored), tuple(out))


_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def write_roster_xlsx(
    path: Path, rows: Iterable[Sequence[object]], progress: Progress | None = None
) -> int:
    """Write a header row (HEADER_LABELS_VI) then rows in FIELDS order; returns the row count."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    path = Path(path)
    total = len(rows) if isinstance(rows, Sized) else 0
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Roster")

    def cell(value: object, **attributes: object) -> WriteOnlyCell:
        result = WriteOnlyCell(ws, value)
        for key, attribute in attributes.items():
            setattr(result, key, attribute)
        return result

    def convert(value: object) -> object:
        if isinstance(value, dt.date):
            return cell(value, number_format=_DATE_FORMAT)
        if isinstance(value, str):
            value = _ILLEGAL.sub("", value)
            return cell(value, data_type="s") if value.startswith("=") else value  # no formulas
        return value

    tmp = path.with_name(path.name + ".tmp")
    count = 0
    try:
        with open(tmp, "wb") as stream:  # fails at once if the folder cannot be written
            ws.append([cell(HEADER_LABELS_VI[field], font=Font(bold=True)) for field in FIELDS])
            for row in rows:
                ws.append([convert(value) for value in row])
                count += 1
                if progress is not None and count % _PROGRESS_EVERY == 0:
                    progress(count, total if total >= count else 0)
            wb.save(stream)
        os.replace(tmp, path)
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors",
            "The file {name} cannot be written ({detail}). "
            "If it is open in Excel, close it and try again.",
        ), name=path.name, detail=exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(count, count)
    return count
