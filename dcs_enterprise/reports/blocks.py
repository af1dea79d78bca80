"""Body blocks (domain.documents) turned into ReportLab flowables (Decree 30 App I §II.6)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from dcs_enterprise.domain import documents as doc

from .fonts import BOLD, REGULAR
from .styles import CONTENT_WIDTH, TABLE_LEADING, TABLE_SIZE, Styles, styles
from .tables import Cell, PagedTable, Row, TableLayout

PAD_X, PAD_Y = 3, 5  # cell padding: left/right each, top+bottom
_ALIGN = {"LEFT": TA_LEFT, "CENTER": TA_CENTER, "CENTRE": TA_CENTER, "RIGHT": TA_RIGHT}


def nfc(text: str) -> str:
    """NFC form of text as given (spaces kept: drafts leave blanks on purpose)."""
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """Plain text made safe for a ReportLab Paragraph: NFC, with &, < and > escaped."""
    return escape(nfc(text))


def para(text: str, style: ParagraphStyle) -> RLParagraph:
    return RLParagraph(markup(text), style)


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Text broken into as few lines as fit ``width``, of even length (no lone last word), as
    a typist would break an issuing body's name or a title."""
    text = nfc(text)
    lines = simpleSplit(text, font, size, width)
    if len(lines) > 1:
        low, high = 0.0, width
        while high - low > 1:
            middle = (low + high) / 2
            if len(simpleSplit(text, font, size, middle)) > len(lines):
                low = middle
            else:
                high = middle
        lines = simpleSplit(text, font, size, high)
    return lines


def balanced_para(text: str, style: ParagraphStyle, width: float) -> RLParagraph:
    lines = balanced_lines(text, style.fontName, style.fontSize, width)
    return RLParagraph("<br/>".join(escape(line) for line in lines), style)


def block_flowables(blocks: Iterable[doc.Block], st: Styles | None = None) -> list[Flowable]:
    st = st or styles()
    out: list[Flowable] = []
    for block in blocks:
        match block:
            case doc.Paragraph(text=text):
                out.append(para(text, st.body))
            case doc.LegalBasis(text=text):
                out.append(para(text, st.legal_basis))
            case doc.Heading(text=text):
                out.append(para(text, st.centred_heading))
            case doc.Article():
                out.extend(_article(block, st))
            case doc.Table():
                out.append(table_flowable(block))
            case _:
                raise TypeError(f"not a document block: {block!r}")
    return out


def _article(article: doc.Article, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [para(f"Điều {article.number}. {article.title}", st.article)]
    if article.text:
        out.append(para(article.text, st.body))
    for clause in article.clauses:
        out.append(para(f"{clause.number}. {clause.text}", st.clause))
        out.extend(para(f"{letter}) {text}", st.clause) for letter, text in clause.points)
    return out


@lru_cache(maxsize=16)
def _cell_style(align: str, bold: bool) -> ParagraphStyle:
    base = styles().cell_bold if bold else styles().cell
    return ParagraphStyle(f"{base.name}-{align}", parent=base, alignment=_ALIGN[align])


def column_widths(table: doc.Table, total: float = CONTENT_WIDTH) -> list[float]:
    if table.col_widths_mm:
        return [w * mm for w in table.col_widths_mm]
    return [total / len(table.headers)] * len(table.headers)


def _cell(text: str, room: float, bold: bool) -> Cell:
    """A cell's lines with their widths: word-wrapped when wider than its column."""
    font = BOLD if bold else REGULAR
    if not text:
        return ()
    width = stringWidth(text, font, TABLE_SIZE)
    if width <= room and "\n" not in text:
        return ((text, width),)
    lines = [line for part in text.split("\n")
             for line in simpleSplit(part, font, TABLE_SIZE, room) or [""]]
    return tuple((line, stringWidth(line, font, TABLE_SIZE)) for line in lines)


def _height(cells: Sequence[Cell]) -> float:
    return max((len(cell) for cell in cells), default=1) * TABLE_LEADING + PAD_Y


def table_flowable(table: doc.Table) -> PagedTable:
    """A ruled table, its header repeated on each page; bold total rows; spanning rows."""
    widths = column_widths(table)
    ncols = len(widths)
    aligns = tuple(a.upper().replace("CENTRE", "CENTER") for a in table.align) or ("LEFT",) * ncols
    bold_rows, span_rows = set(table.total_rows), set(table.span_rows)
    rooms = [w - 2 * PAD_X for w in widths]
    span_room = sum(widths) - 2 * PAD_X
    header = tuple(RLParagraph(markup(text), _cell_style("CENTER", True)) for text in table.headers)
    header_height = max(cell.wrap(room, 10_000)[1] for cell, room in zip(header, rooms, strict=True))
    rows: list[Row] = []
    for index, values in enumerate(table.rows):
        bold = index in bold_rows or index in span_rows
        if index in span_rows:
            cells: tuple[Cell, ...] = (_cell(nfc(values[0]) if values else "", span_room, bold),)
            keep = index not in bold_rows
        else:
            if len(values) != ncols:
                raise ValueError(f"row {index} has {len(values)} cells for {ncols} columns")
            cells = tuple(_cell(nfc(v), room, bold) for v, room in zip(values, rooms, strict=True))
            keep = False
        rows.append(Row(cells, _height(cells), bold, keep))
    layout = TableLayout(
        widths=tuple(widths), aligns=aligns, header=header, header_height=header_height + PAD_Y,
        font=REGULAR, bold_font=BOLD, size=TABLE_SIZE, leading=TABLE_LEADING, pad_x=PAD_X,
    )
    return PagedTable(layout, rows)
