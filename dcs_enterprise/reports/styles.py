"""Page geometry and paragraph styles of the Decree 30/2020 layout (App I, legal-vn.md D.4-D.13).

Sizes chosen inside the decree's ranges: heading 12 pt, motto 13 pt, issuing body 12 pt,
number and date 13 pt, type name and title 14 pt, body 13 pt at about 1.2 lines with 6 pt
between paragraphs, recipients 12/11 pt, tables 11 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from .fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
# App I §I.3: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# Page number: centred in the top margin, baseline this far below the page's top edge.
PAGE_NUMBER_FROM_TOP = 12 * mm
PAGE_NUMBER_SIZE = 13

HEADER_LEFT_WIDTH = 75 * mm  # the national heading needs 88 mm at 12 pt bold
HEADER_RIGHT_WIDTH = CONTENT_WIDTH - HEADER_LEFT_WIDTH
HEADER_RIGHT_MAX = 112 * mm  # what a long place name may take; the issuer keeps 53 mm

BODY_SIZE = 13
TABLE_SIZE = 11
TABLE_LEADING = 13
FIRST_LINE_INDENT = 1.27 * cm


@dataclass(frozen=True)
class Styles:
    parent_body: ParagraphStyle
    issuing_body: ParagraphStyle
    number: ParagraphStyle
    heading: ParagraphStyle
    motto: ParagraphStyle
    date: ParagraphStyle
    type_name: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    legal_basis: ParagraphStyle
    centred_heading: ParagraphStyle
    article: ParagraphStyle
    clause: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    signature_title: ParagraphStyle
    signature_hint: ParagraphStyle
    signature_name: ParagraphStyle
    recipients_label: ParagraphStyle
    recipient: ParagraphStyle


def _style(name: str, font: str, size: float, align: int = TA_CENTER, leading: float = 0,
           **kwargs: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align, **kwargs)


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = dict(spaceAfter=6, firstLineIndent=FIRST_LINE_INDENT)
    return Styles(
        parent_body=_style("parent_body", REGULAR, 12, leading=14),
        issuing_body=_style("issuing_body", BOLD, 12, leading=14),
        number=_style("number", REGULAR, 13),
        heading=_style("heading", BOLD, 12, leading=14),
        motto=_style("motto", BOLD, 13, leading=15),
        date=_style("date", ITALIC, 13),
        type_name=_style("type_name", BOLD, 14, leading=17, spaceBefore=18),
        title=_style("title", BOLD, 14, leading=17),
        body=_style("body", REGULAR, BODY_SIZE, TA_JUSTIFY, **body),
        legal_basis=_style("legal_basis", ITALIC, BODY_SIZE, TA_JUSTIFY, **body),
        centred_heading=_style("centred_heading", BOLD, BODY_SIZE, spaceBefore=6, spaceAfter=6),
        article=_style("article", BOLD, BODY_SIZE, TA_JUSTIFY, **body),
        clause=_style("clause", REGULAR, BODY_SIZE, TA_JUSTIFY, **body),
        cell=_style("cell", REGULAR, TABLE_SIZE, TA_LEFT, leading=TABLE_LEADING),
        cell_bold=_style("cell_bold", BOLD, TABLE_SIZE, TA_LEFT, leading=TABLE_LEADING),
        signature_title=_style("signature_title", BOLD, 13, leading=15.5),
        signature_hint=_style("signature_hint", ITALIC, 13, leading=15.5),
        signature_name=_style("signature_name", BOLD, 13, leading=15.5),
        recipients_label=_style("recipients_label", BOLD_ITALIC, 12, TA_LEFT, leading=14),
        recipient=_style("recipient", REGULAR, 11, TA_LEFT, leading=TABLE_LEADING),
    )


# Tables used only to place things side by side (header, signatures): no padding, no lines.
LAYOUT_TABLE_COMMANDS = [
    ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),  # the cells' default is Helvetica
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]
