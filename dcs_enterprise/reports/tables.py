"""Long ruled tables, paginated and drawn in linear time, the header repeated on every page.

ReportLab's Table (and LongTable) splits by building a new table of all remaining rows at each
page break and measuring them again: quadratic, so a 20,000-line roster takes many minutes. Here
every cell is measured and, if too wide, word-wrapped once when the table is built;
``PagedTable.split`` cuts page slices from the cumulative row heights (a bisection), and a slice
draws all its text in one text object and all its rules in one path. A row may span the whole
width (section headings, totals); a section heading is never left alone at the foot of a page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

GRID_WIDTH = 0.5
TABLE_SPACE = 6  # points above and below a table, as between paragraphs

# A cell is its lines, each with its width in points (so drawing never measures again).
Cell = tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]  # one per column; a spanning row has exactly one
    height: float
    bold: bool = False
    keep_with_next: bool = False


@dataclass(frozen=True)
class TableLayout:
    widths: tuple[float, ...]
    aligns: tuple[str, ...]  # LEFT, CENTER or RIGHT per column
    header: tuple[RLParagraph, ...]
    header_height: float
    font: str
    bold_font: str
    size: float
    leading: float
    pad_x: float

    @property
    def width(self) -> float:
        return sum(self.widths)


class _Text(PDFTextObject):
    """A text object that places each string at an absolute point, without measuring it again
    (PDFTextObject.textOut re-measures every string to move its cursor)."""

    def put(self, x: float, y: float, text: str) -> None:
        self._code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        self._code.append(self._formatText(text))


def _x(align: str, left: float, width: float, pad: float, text_width: float) -> float:
    if align == "LEFT":
        return left + pad
    if align == "RIGHT":
        return left + width - pad - text_width
    return left + (width - text_width) / 2


class TableSlice(Flowable):
    """The header and a run of rows that fit on one page."""

    def __init__(self, layout: TableLayout, rows: Sequence[Row]) -> None:
        super().__init__()
        self.layout = layout
        self.rows = rows
        self.width = layout.width
        self.height = layout.header_height + sum(row.height for row in rows)
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        lay = self.layout
        lefts = tuple(accumulate(lay.widths, initial=0.0))
        inner = lefts[1:-1]
        top = self.height
        y = top - lay.header_height
        for left, width, cell in zip(lefts, lay.widths, lay.header, strict=False):
            _, h = cell.wrap(width - 2 * lay.pad_x, 10_000)
            cell.drawOn(self.canv, left + lay.pad_x, y + (lay.header_height - h) / 2)
        horizontal = [top, y]
        verticals: list[tuple[float, float, float, float]] = []
        run_top = top  # top of the current run of rows with inner column rules
        text = _Text(self.canv)
        font = lay.font
        text.setFont(font, lay.size)
        descent = 0.3 * lay.size  # a line's baseline sits this far above its box's centre line
        for row in self.rows:
            bottom = y - row.height
            if len(row.cells) == 1 and len(lay.widths) > 1:
                verticals.extend((x, run_top, x, y) for x in inner if run_top > y)
                run_top = bottom
                columns = ((0.0, lay.width, "LEFT", row.cells[0]),)
            else:
                columns = zip(lefts, lay.widths, lay.aligns, row.cells, strict=False)
            wanted = lay.bold_font if row.bold else lay.font
            if wanted != font:
                font = wanted
                text.setFont(font, lay.size)
            for left, width, align, cell in columns:
                if not cell:
                    continue
                first = y - row.height / 2 + (len(cell) - 1) * lay.leading / 2 - descent
                for index, (line, line_width) in enumerate(cell):
                    text.put(_x(align, left, width, lay.pad_x, line_width),
                             first - index * lay.leading, line)
            y = bottom
            horizontal.append(y)
        verticals.extend((x, run_top, x, y) for x in inner if run_top > y)
        verticals.extend((x, top, x, y) for x in (0.0, lay.width))
        self.canv.drawText(text)
        self.canv.setLineWidth(GRID_WIDTH)
        self.canv.lines([(0.0, h, lay.width, h) for h in horizontal] + verticals)


class PagedTable(Flowable):
    """All the rows; split into TableSlices page by page (rows shared, never copied)."""

    def __init__(self, layout: TableLayout, rows: Sequence[Row],
                 bottoms: Sequence[float] | None = None, start: int = 0) -> None:
        super().__init__()
        self.layout = layout
        self.rows = rows
        self.bottoms = bottoms if bottoms is not None else list(
            accumulate(row.height for row in rows))
        self.start = start
        before = self.bottoms[start - 1] if start else 0.0
        used = self.bottoms[-1] - before if len(rows) > start else 0.0
        self.width = layout.width
        self.height = layout.header_height + used
        self.hAlign = "CENTER"
        self.spaceBefore = self.spaceAfter = TABLE_SPACE if start == 0 else 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        before = self.bottoms[self.start - 1] if self.start else 0.0
        room = avail_height - self.layout.header_height
        stop = bisect_right(self.bottoms, before + room + 1e-6, lo=self.start)
        while self.start < stop < len(self.rows) and self.rows[stop - 1].keep_with_next:
            stop -= 1
        if stop == self.start:
            return []
        first = TableSlice(self.layout, self.rows[self.start:stop])
        if stop >= len(self.rows):
            return [first]
        return [first, PagedTable(self.layout, self.rows, self.bottoms, stop)]

    def draw(self) -> None:
        whole = TableSlice(self.layout, self.rows[self.start:])
        whole.canv = self.canv
        whole.draw()
