"""Hypothesis strategies for roster files (test_roster_import_fuzz.py): every cell is drawn from
a pool whose verdict is known (good, bad, or good only when missing departments may be
created), so each generated file knows what its import must do."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import strategies as st
from openpyxl import Workbook

from dcs_enterprise.domain.text import fold, nfc
from dcs_enterprise.services.roster_files import _ALIASES, FIELDS, REQUIRED, fold_header

DEPARTMENTS = [("XM", "Xưởng May"), ("XĐ", "Xưởng Đế"), ("PNS", "Phòng Nhân sự")]
# Already on the roster before each import: a file naming them updates them.
EXISTING = [("E001", "Phạm Quốc Việt", "Nam", "01/12/1988", "XĐ"),
            ("E002", "Bùi Thị Thu Hương", "Nữ", "28/01/1991", "PNS")]
CREATE = "create"  # the verdict of an unknown department: good only with create_departments


@dataclass(frozen=True)
class Cell:
    value: object  # what the file holds (text in a CSV)
    ok: bool | str  # True, False or CREATE
    parsed: object = None  # what the database should then hold
    blank: bool = False  # the importer sees an empty cell


def good(value, parsed=None) -> Cell:
    return Cell(value, True, parsed, _blank(value))


def bad(value) -> Cell:
    return Cell(value, False, None, _blank(value))


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not nfc(value))


NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
CHARACTERS = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"))
TEXT = st.text(CHARACTERS, max_size=30)
NAME_TEXT = st.text(CHARACTERS, min_size=1, max_size=30).filter(lambda t: nfc(t))
CODES = ["NV001", "NV002", "NV003", "NV004", "NV005", "nv001", "Ê-07", "E001", "E002", "TỔ1-09"]
NAMES = [f"{a} {b} {c}" for a, b, c in (("Nguyễn", "Thị", "Hồng Nhung"), ("Đặng", "Văn", "Đức"),
                                        ("Trần", "Thị", "Ánh Tuyết"), ("Võ", "Ngọc", "Hân"))]
GENDERS = [("Nam", "male"), (" NAM ", "male"), ("Nữ", "female"), (NFD("Nữ"), "female"),
           ("nu", "female"), ("Khác", "other"), ("male", "male"), ("F", "female")]
DEPARTMENT_TEXTS = ["XM", "xm", "Xưởng May", "xuong  may", NFD("XƯỞNG MAY"), "XĐ", "xd",
                    "Xưởng Đế", "PNS", "phòng nhân sự"]
UNKNOWN_DEPARTMENTS = ["Tổ Hoàn thiện", "TO HOAN THIEN", NFD("tổ hoàn thiện"), "Kho Nguyên liệu"]
WORDS = {  # the optional columns: (good texts, bad texts); "" is good in each
    "contract_type": (["Không xác định thời hạn", "KXĐTH", "HĐLĐ xác định thời hạn",
                       "Thử việc", "thời vụ", "definite"], ["Hợp đồng miệng", "12 tháng"]),
    "union_member": (["Có", "x", "X", "1", "0", "Không", "yes", "ĐV"], ["có lẽ", "2", "chưa"]),
    "status": (["Đang làm việc", "ĐÃ NGHỈ VIỆC", "Nghỉ việc", "active", "Left"],
               ["Tạm hoãn", "Thai sản"]),
}
BAD_DATES = ["31/02/2024", "29/02/2023", "2024-13-01", "00/01/2020", "12/05/90", "abc", "NaN",
             "inf", "45000", "12/05/1990 08:30"]
ALIASES = {"code": ["Mã NV", "Mã nhân viên", "Employee code", "MA SO"],
           "full_name": ["Họ và tên", "Họ tên", "Full name"], "gender": ["Giới tính", "Sex"],
           "date_of_birth": ["Ngày sinh", "DOB"], "department": ["Phòng ban", "DON VI"],
           "position": ["Chức vụ", "Job title"], "hire_date": ["Ngày vào làm", "Start date"],
           "contract_type": ["Loại HĐLĐ", "Contract"], "union_member": ["Đoàn viên", "Union"],
           "status": ["Trạng thái", "Status"]}
VARIANTS = [str, str.upper, fold, NFD, lambda s: f"  {s} ", lambda s: f"{s} *",
            lambda s: f"{s}:"]
NOISE_HEADERS = ["STT", "Ghi chú", "Số CCCD", "", "✓", "😀", "Quê quán"]
TITLES = ["DANH SÁCH NGƯỜI LAO ĐỘNG", "Công ty TNHH Giày da Phước Long", "Tháng 01/2024"]
BAD_BYTES = [b"\xff", b"\xfe\xff", b"\x80", b"\xc3("]
# Written when the column is missing: the gender is the one column needed yet not required.
MISSING = {f: bad("") if f == "gender" else good("") for f in FIELDS}


def _dates(xlsx: bool) -> tuple[st.SearchStrategy[Cell], st.SearchStrategy[Cell]]:
    days = st.dates(date(1950, 1, 1), date(2020, 12, 31))
    if xlsx:
        written = st.one_of(days.map(lambda d: good(d, d)), days.map(
            lambda d: good(datetime(d.year, d.month, d.day, 8, 30), d)))
        serial = st.integers(20_000, 50_000).map(bad)
    else:
        patterns = st.sampled_from(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", " %d/%m/%Y "])
        written = st.builds(lambda d, p: good(d.strftime(p), d), days, patterns)
        serial = st.nothing()
    future = st.integers(1, 3650).map(lambda n: date.today() + timedelta(days=n)).map(
        lambda d: bad(d if xlsx else d.strftime("%d/%m/%Y")))
    return (st.one_of(st.just(good("")), written, written,
                      st.just(good("29/02/2024", date(2024, 2, 29)))),
            st.one_of(st.sampled_from(BAD_DATES).map(bad), serial, future))


def cells(name: str, fmt: str, clean: bool = False, create: bool = False
          ) -> st.SearchStrategy[Cell]:
    """A cell of a column; only good ones when clean (unknown departments when create)."""
    fine, wrong = _pools(name, fmt == "xlsx")
    if name == "department" and (create or not clean):
        fine = st.one_of(fine, st.sampled_from(UNKNOWN_DEPARTMENTS).map(
            lambda d: Cell(d, CREATE, d)))
    return fine if clean else st.one_of(fine, fine, wrong)


def _pools(name: str, xlsx: bool) -> tuple[st.SearchStrategy[Cell], st.SearchStrategy[Cell]]:
    if name == "code":
        numbers = st.integers(1000, 1010)
        numeric = st.one_of(numbers.map(lambda n: good(n, str(n))),
                            numbers.map(lambda n: good(float(n), str(n)))) if xlsx else \
            numbers.map(lambda n: good(str(n), str(n)))
        padded = st.builds(lambda c, pad: good(pad + c + pad, c), st.sampled_from(CODES),
                           st.sampled_from(["", "", " "]))
        return (st.one_of(padded, padded, numeric, st.just(good(NFD("Ê-07"), "Ê-07"))),
                st.one_of(st.sampled_from(["", "  "]).map(bad),
                          st.just(Cell("N" * 51, False, "N" * 51))))
    if name == "full_name":
        names = st.sampled_from(NAMES)
        return (st.one_of(names.map(lambda n: good(n, n)), names.map(lambda n: good(NFD(n), n)),
                          names.map(lambda n: good(n.replace(" ", "   "), n)),
                          NAME_TEXT.map(lambda t: good(t, nfc(t)))),
                st.sampled_from(["", " ", "A " * 150]).map(bad))
    if name == "gender":
        return (st.sampled_from(GENDERS).map(lambda g: good(*g)),
                st.sampled_from(["", "Gái", "x", "Nam/Nữ"]).map(bad))
    if name in ("date_of_birth", "hire_date"):
        return _dates(xlsx)
    if name == "department":
        return (st.sampled_from(DEPARTMENT_TEXTS).map(lambda d: good(d, d)),
                st.sampled_from(["", "Xưởng " * 60]).map(bad))
    if name == "position":
        numbers = st.one_of(st.integers(-10**20, 10**20), st.floats(allow_nan=False,
                                                                    allow_infinity=False))
        return (st.one_of(TEXT.map(good), st.sampled_from(["NaN", "inf", "-1e309", "1.0"]).map(
            good), numbers.map(good) if xlsx else st.nothing()), st.just(bad("Thợ " * 51)))
    fine, wrong = WORDS[name]
    if name == "union_member" and xlsx:
        fine = [*fine, True, False, 1, 0, 1.0]
    return st.sampled_from(["", *fine]).map(good), st.sampled_from(wrong).map(bad)


def header_label(name: str) -> st.SearchStrategy[str]:
    return st.builds(lambda alias, variant: variant(alias), st.sampled_from(ALIASES[name]),
                     st.sampled_from(VARIANTS))


NOISE = st.one_of(st.sampled_from(NOISE_HEADERS),
                  TEXT.filter(lambda t: fold_header(t) not in _ALIASES))


@dataclass
class RosterSpec:
    fmt: str
    columns: list[tuple[str | None, str]]  # (field, or None for a column we ignore; header)
    titles: list[str]
    rows: list[tuple[Cell, ...] | None]  # None: a blank row
    create_departments: bool
    encoding: str = "utf-8"
    delimiter: str = ","
    line_end: str = "\n"
    quote_all: bool = False
    bad_bytes: tuple[int, bytes] | None = None  # (where, what) spliced into a CSV

    lead_blanks: int = 0  # empty rows above everything

    def physical_rows(self) -> list[list[object]]:
        head = [[]] * self.lead_blanks + [[t] for t in self.titles]
        head.append([label for _f, label in self.columns])
        return head + [[] if r is None else [c.value for c in r] for r in self.rows]

    def data_rows(self) -> list[tuple[int, tuple[Cell, ...]]]:
        first = self.lead_blanks + len(self.titles) + 2
        return [(first + n, row) for n, row in enumerate(self.rows) if row is not None]

    def write(self, folder: Path) -> Path:
        path = folder / f"roster.{self.fmt}"
        if self.fmt == "xlsx":
            wb = Workbook()
            for r, row in enumerate(self.physical_rows(), start=1):
                for c, value in enumerate(row, start=1):
                    if value not in (None, ""):
                        cell = wb.active.cell(r, c, value)
                        if isinstance(value, str) and value.startswith("="):
                            cell.data_type = "s"  # text, as Excel keeps it, not a formula
            wb.save(path)
            return path
        path.write_bytes(self.csv_bytes())
        return path

    def csv_text(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=self.delimiter, lineterminator=self.line_end,
                            quoting=csv.QUOTE_ALL if self.quote_all else csv.QUOTE_MINIMAL)
        writer.writerows([["" if v is None else str(v) for v in row]
                          for row in self.physical_rows()])
        return buffer.getvalue()

    def csv_bytes(self) -> bytes:
        data = _encode(self.csv_text(), self.encoding)
        if self.bad_bytes is not None:
            at = self.bad_bytes[0] % (len(data) + 1)
            data = data[:at] + self.bad_bytes[1] + data[at:]
        return data


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "cp1258":  # Windows Vietnamese: precomposed if the page has it, else + mark
        text = "".join(c if c.encode("cp1258", "ignore") else NFD(c) for c in text)
    return text.encode(encoding, errors="replace")


@st.composite
def rosters(draw, formats=None, max_rows: int = 20) -> RosterSpec:
    fmt = draw(st.sampled_from(["csv", "xlsx"]) if formats is None else formats)
    clean, create = draw(st.booleans()), draw(st.booleans())  # clean: every cell good
    present = [f for f in FIELDS if f in (*REQUIRED, "gender") and clean
               or f in REQUIRED or draw(st.booleans())]
    if not clean and draw(st.integers(0, 5)) == 0:
        present.remove(draw(st.sampled_from(REQUIRED)))
    if not clean and draw(st.integers(0, 5)) == 0:
        present.append(draw(st.sampled_from(present)))
    columns = [(f, draw(header_label(f))) for f in present]
    columns += [(None, draw(NOISE)) for _ in range(draw(st.integers(0, 2)))]
    columns = draw(st.permutations(columns))
    row = st.tuples(*[cells(f, fmt, clean, create) if f else TEXT.map(good)
                      for f, _label in columns])
    rows = draw(st.lists(st.one_of(row, row, row, st.none()), max_size=max_rows))
    if clean:  # and no code twice
        code_at = [n for n, (f, _label) in enumerate(columns) if f == "code"][0]
        seen: set[object] = set()
        rows = [r for r in rows if r is None or not (
            r[code_at].parsed in seen or seen.add(r[code_at].parsed))]
    many = draw(st.one_of(st.just(0), st.integers(0, 30), st.integers(300, 2000 if fmt == "csv"
                                                                       else 300)))
    rows += [tuple(_generated(f, n) for f, _label in columns) for n in range(many)]
    spec = RosterSpec(fmt, columns, draw(st.lists(st.sampled_from(TITLES), max_size=2)), rows,
                      create, lead_blanks=draw(st.integers(0, 3)))
    if fmt == "csv":
        spec.encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-8-sig",
                                              "utf-16", "cp1258", "latin-1"]))
        spec.delimiter = draw(st.sampled_from([",", ";", "\t"]))
        spec.line_end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
        spec.quote_all = draw(st.booleans())
        if draw(st.integers(0, 5)) == 0:
            spec.bad_bytes = (draw(st.integers(0, 1 << 16)), draw(st.sampled_from(BAD_BYTES)))
    return spec


def _generated(name: str | None, n: int) -> Cell:
    """A plain good row for the large files."""
    values = {"code": (f"R{n:05d}", f"R{n:05d}"), "full_name": (f"Người Thứ {n}",) * 2,
              "gender": ("Nam", "male"), "department": ("XM", "XM")}
    return good(*values[name]) if name in values else MISSING.get(name, good(""))


def expected_outcome(spec: RosterSpec) -> tuple[str, object]:
    """("refused", None): a typed error about the whole file; ("rejected", {(row, column)});
    ("accepted", {code: (name, gender, born, department text)}); ("unknown", None) when the
    bytes decode, as UTF-8, to other text than was written (a legacy encoding's accident)."""
    if spec.fmt == "csv":
        try:
            if spec.encoding == "utf-16":
                raise UnicodeDecodeError("utf-16", b"", 0, 1, "not UTF-8")
            decoded = spec.csv_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            return "refused", None
        if decoded != spec.csv_text():
            return "unknown", None
    fields = [f for f, _label in spec.columns if f]
    if len(set(fields)) < len(fields) or not set(REQUIRED) <= set(fields):
        return "refused", None
    index = {f: n for n, (f, _label) in enumerate(spec.columns) if f}
    errors: set[tuple[int, str]] = set()
    accepted: dict[str, tuple] = {}
    first_row_of: dict[str, int] = {}
    rows = [(n, row) for n, row in spec.data_rows()
            if not all(row[i].blank for i in index.values())]
    for number, row in rows:
        cell = {f: row[index[f]] if f in index else MISSING[f] for f in FIELDS}
        errors |= {(number, f) for f, c in cell.items()
                   if c.ok is False or (c.ok == CREATE and not spec.create_departments)}
        code = cell["code"].parsed
        if code and code in first_row_of:
            errors.add((number, "code"))
        first_row_of.setdefault(code, number)
        accepted[code] = (cell["full_name"].parsed, cell["gender"].parsed,
                          cell["date_of_birth"].parsed, cell["department"].parsed)
    if not rows:
        return "rejected", {(0, "")}
    return ("rejected", errors) if errors else ("accepted", accepted)

