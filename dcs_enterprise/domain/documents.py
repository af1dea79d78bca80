"""Printed documents as values: the Decree 30/2020 frame, body blocks and the data of each paper.

Decree 30/2020/NĐ-CP Appendix I sets the layout of administrative documents (legal-vn.md rules
D.1-D.19). This module holds what a renderer needs and nothing of how it draws: the issuing
bodies, the number and symbol (§II.3), the place and date line (§II.4), the type name and summary
title, signature blocks (§II.7) and recipients (§II.9), then the body as a sequence of blocks.
Pure stdlib values; reports/ turns them into PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .enums import Gender
from .settings import DemocracySettings

NATIONAL_HEADING: tuple[str, str] = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
)
# Some grassroots-union templates print this instead of the national heading (D.19, unverified):
# one line, no motto.
UNION_HEADING: tuple[str, str] = ("CÔNG ĐOÀN VIỆT NAM", "")

# Blank left for the number on an unnumbered draft ("Số:      /BB-CĐCS").
DRAFT_NUMBER_BLANK = "\u00a0" * 6


def two_digits_below_ten(value: int) -> str:
    """Numbers below 10 take a leading zero (Decree 30 App I §II.3, §II.4): 5 → "05", 12 → "12"."""
    return f"{value:02d}" if 0 <= value < 10 else str(value)


def date_line(place: str, day: date) -> str:
    """Place and date, e.g. "Bình Dương, ngày 05 tháng 01 năm 2027" (Decree 30 App I §II.4).

    Days below 10 and the months 1 and 2 take a leading zero; months 3-12 do not
    ("ngày 05 tháng 3 năm 2027").
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    when = f"ngày {two_digits_below_ten(day.day)} tháng {month} năm {day.year}"
    return f"{place}, {when}" if place.strip() else when.capitalize()


def blank_date_line(place: str) -> str:
    """A place and date to be filled in by hand: "Bình Dương, ngày   tháng   năm 20…"."""
    gap = "\u00a0" * 4
    return f"{place}, ngày{gap}tháng{gap}năm 20…"


@dataclass(frozen=True)
class IssuingBody:
    """The issuing body (upper line bold) and its parent body above it, if any (App I §II.2)."""

    name: str
    parent: str = ""


@dataclass(frozen=True)
class DocumentNumber:
    """Number and symbol, "05/BB-CĐCS" (Decree 30 App I §II.3; Art 15.1).

    The series restarts at 01 on 1 January, so the year is part of the identity but is not
    printed. ``number=None`` is an unnumbered draft: "Số:      /BB-CĐCS". ``type_code`` is the
    abbreviation of App III (NQ, BB, KH, GM, TB, BC, ...), empty for an official letter
    (công văn), which carries the body's symbol only.
    """

    number: int | None
    year: int
    type_code: str
    body_symbol: str

    def __post_init__(self) -> None:
        if self.number is not None and self.number < 1:
            raise ValueError("document numbers start at 1")

    @property
    def symbol(self) -> str:
        return "-".join(part for part in (self.type_code, self.body_symbol) if part)

    @property
    def text(self) -> str:
        shown = DRAFT_NUMBER_BLANK if self.number is None else two_digits_below_ten(self.number)
        return f"{shown}/{self.symbol}"

    @property
    def line(self) -> str:
        return f"Số: {self.text}"


@dataclass(frozen=True)
class SignatureBlock:
    """One signer (App I §II.7): "TM. BAN CHẤP HÀNH" / "CHỦ TỊCH" / signature / name.

    ``prefix`` is TM., KT., Q., TL. or TUQ. (or empty); ``authority`` the collective or head it
    signs for; ``position`` the signer's own title; ``hint`` an optional italic line under the
    title such as "(Ký, ghi rõ họ tên)". Names carry no academic titles.
    """

    position: str
    name: str
    prefix: str = ""
    authority: str = ""
    hint: str = ""

    @property
    def authority_line(self) -> str:
        return " ".join(part for part in (self.prefix, self.authority) if part)


@dataclass(frozen=True)
class DocumentFrame:
    """Everything of a document but its body (Decree 30 Art 8.2, App I Part II).

    ``issuers`` holds one body, or two for a joint document of the company and its union (then
    printed one under the other, without their parent bodies).
    ``heading_lines`` is the national heading and motto; a union may use UNION_HEADING (D.19).
    ``day=None`` prints a date line to fill in by hand. ``recipients`` are the "Nơi nhận" lines
    without their dash and semicolon; ``archive`` ends the list as "- Lưu: VT, ...." (empty:
    no archive line).
    """

    issuers: tuple[IssuingBody, ...]
    number: DocumentNumber | None
    place: str
    day: date | None
    type_name: str
    title: str
    signatures: tuple[SignatureBlock, ...] = ()
    recipients: tuple[str, ...] = ()
    archive: str = "VT"
    heading_lines: tuple[str, str] = NATIONAL_HEADING

    def __post_init__(self) -> None:
        if not 1 <= len(self.issuers) <= 2:
            raise ValueError("a document has one issuing body, or two when joint")
        if len(self.signatures) > 3:
            raise ValueError("at most three signature blocks side by side")

    @property
    def date_text(self) -> str:
        return blank_date_line(self.place) if self.day is None else date_line(self.place, self.day)

    @property
    def author(self) -> str:
        return " - ".join(body.name for body in self.issuers)


# Body blocks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """Body text: justified, first line indented (App I §II.6)."""

    text: str


@dataclass(frozen=True)
class LegalBasis:
    """One "Căn cứ ..." line, in italics; the caller ends it with ";" or "." (App I §II.6)."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A centred bold line: "QUYẾT NGHỊ:", "Chương I", a section title."""

    text: str


@dataclass(frozen=True)
class Clause:
    """A numbered clause "1. text" with its points "a) text" (App I §II.6)."""

    number: int
    text: str
    points: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Article:
    """"Điều 1. title" in bold, then its text and clauses (App I §II.6)."""

    number: int
    title: str
    clauses: tuple[Clause, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Table:
    """A ruled table whose header row repeats on every page.

    ``align`` gives each column's alignment ("LEFT", "CENTER", "RIGHT"; default LEFT).
    ``total_rows`` are row indexes (0-based, header excluded) printed in bold; ``span_rows``
    have their first cell spread across all columns (section headings, totals).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    col_widths_mm: tuple[float, ...] = ()
    align: tuple[str, ...] = ()
    total_rows: tuple[int, ...] = ()
    span_rows: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        width = len(self.headers)
        if self.col_widths_mm and len(self.col_widths_mm) != width:
            raise ValueError("one width per column")
        if self.align and len(self.align) != width:
            raise ValueError("one alignment per column")


Block = Paragraph | LegalBasis | Heading | Article | Table


# Data of the documents ---------------------------------------------------------------------


@dataclass(frozen=True)
class RosterLine:
    code: str
    full_name: str
    gender: Gender
    date_of_birth: date | None
    position: str
    union_member: bool


@dataclass(frozen=True)
class DepartmentRoster:
    name: str
    rows: tuple[RosterLine, ...]


@dataclass(frozen=True)
class RosterDocumentData:
    """The roster by department (danh sách người lao động), lines in the order to print."""

    enterprise_name: str
    union_name: str
    province: str
    day: date
    departments: tuple[DepartmentRoster, ...]


@dataclass(frozen=True)
class SettingsSheetData:
    """The democracy-regulation settings of an enterprise, for the summary sheet."""

    enterprise_name: str
    settings: DemocracySettings
    holidays: tuple[date, ...] = ()
