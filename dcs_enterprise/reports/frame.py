"""The Decree 30/2020 page frame: A4, margins, header, title, body, signatures, page numbers.

``render_document`` is the one renderer base every printed paper goes through: a read model in
(DocumentFrame + body blocks), PDF bytes out, no queries. Layout per App I (legal-vn.md D.4-D.13):
issuing body top left with a short underline and the number under it; national heading and
underlined motto top right with the italic place and date under them (a two-column, two-row
table, so the number and the date share a line); type name and summary title centred with a
short rule; page numbers centred in the top margin from page 2.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from dcs_enterprise.domain.documents import Block, DocumentFrame

from .blocks import balanced_lines, balanced_para, block_flowables, nfc, para
from .fonts import BOLD, REGULAR
from .signatures import closing_flowables
from .styles import (
    BODY_SIZE,
    CONTENT_WIDTH,
    HEADER_RIGHT_MAX,
    HEADER_RIGHT_WIDTH,
    LAYOUT_TABLE_COMMANDS,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_FROM_TOP,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    Styles,
    styles,
)

ISSUER_RULE_FRACTION = 0.4  # App I §II.2: a third to a half of the issuing body's line
TITLE_RULE_FRACTION = 0.4  # App I §II.5: a third to a half of the title's line
TITLE_ROOM = CONTENT_WIDTH - 10 * mm


class Rule(Flowable):
    """A solid horizontal line of a given length, centred in the space it is given."""

    def __init__(self, length: float, space_before: float = 5, space_after: float = 2,
                 thickness: float = 0.6) -> None:
        super().__init__()
        self.length = length
        self.space_before = space_before
        self.space_after = space_after
        self.thickness = thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.space_before + self.space_after + self.thickness

    def draw(self) -> None:
        x0 = (self._avail - self.length) / 2
        y = self.space_after + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.length, y)


def _rule_under(text: str, font: str, size: float, room: float, fraction: float) -> Rule:
    """A rule ``fraction`` as long as the longest line of ``text`` set in ``room``."""
    lines = balanced_lines(text, font, size, room)
    return Rule(max(stringWidth(line, font, size) for line in lines) * fraction)


def _column_widths(date_text: str, st: Styles) -> tuple[float, float]:
    """The header's two columns. A long place name ("Thành phố Hồ Chí Minh, ngày …") widens the
    right column so the date stays on one line, within what the issuing body can spare."""
    needed = stringWidth(date_text, st.date.fontName, st.date.fontSize) + 2 * mm
    right = min(max(HEADER_RIGHT_WIDTH, needed), HEADER_RIGHT_MAX)
    return CONTENT_WIDTH - right, right


def header_flowables(frame: DocumentFrame, st: Styles | None = None) -> list[Flowable]:
    st = st or styles()
    left_width, right_width = _column_widths(frame.date_text, st)
    issuer_room = left_width - 5 * mm  # keeps a gap before the national heading
    left: list[Flowable] = []
    last_name = ""
    joint = len(frame.issuers) > 1
    for body in frame.issuers:
        # A joint document names both bodies, one under the other, without their parents: a
        # parent line between two issuing bodies would read as the second body's title.
        if left:
            left.append(Spacer(1, 3))
        if body.parent and not joint:
            left.append(balanced_para(nfc(body.parent).upper(), st.parent_body, issuer_room))
        last_name = nfc(body.name).upper()
        left.append(balanced_para(last_name, st.issuing_body, issuer_room))
    left.append(_rule_under(last_name, BOLD, st.issuing_body.fontSize, issuer_room,
                            ISSUER_RULE_FRACTION))
    heading, motto = (nfc(line) for line in frame.heading_lines)
    right: list[Flowable] = [para(heading.upper(), st.heading)]
    if motto:
        right.append(para(motto, st.motto))
        right.append(_rule_under(motto, BOLD, st.motto.fontSize, right_width, 1.0))
    else:
        right.append(_rule_under(heading.upper(), BOLD, st.heading.fontSize, right_width,
                                 ISSUER_RULE_FRACTION))
    number = para(frame.number.line, st.number) if frame.number else ""
    rows = [[left, right], [number, para(frame.date_text, st.date)]]
    table = Table(rows, colWidths=[left_width, right_width], style=TableStyle(
        [*LAYOUT_TABLE_COMMANDS, ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    out: list[Flowable] = [table, para(nfc(frame.type_name).upper(), st.type_name)]
    if frame.title:
        out.append(balanced_para(frame.title, st.title, TITLE_ROOM))
        out.append(_rule_under(nfc(frame.title), BOLD, st.title.fontSize, TITLE_ROOM,
                               TITLE_RULE_FRACTION))
    else:
        out.append(_rule_under(nfc(frame.type_name).upper(), BOLD, st.type_name.fontSize,
                               CONTENT_WIDTH, TITLE_RULE_FRACTION))
    out[-1].space_after = 12
    return out


def _page_number(canvas, doc) -> None:  # noqa: ANN001 - ReportLab callback
    canvas.saveState()
    canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
    canvas.drawCentredString(MARGIN_LEFT + CONTENT_WIDTH / 2, PAGE_HEIGHT - PAGE_NUMBER_FROM_TOP,
                             str(doc.page))
    canvas.restoreState()


def render_flowables(frame: DocumentFrame, story: list[Flowable],
                     on_page: Callable[[int], None] | None = None, *,
                     page_numbers: bool = True) -> bytes:
    """Lay out a complete story (header included) on Decree 30 pages and return the PDF.

    ``page_numbers=False`` leaves every page unnumbered: for a run of one-page papers printed
    together (invitations), each its own document whose first page bears no number (D.5).
    """
    # Streams stay binary (zlib only): ASCII85 on top makes files 25% larger and, in pure
    # Python, costs a third of a long roster's render time. The setting is process-wide.
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=nfc(" ".join(part for part in (frame.type_name, frame.title) if part)),
        author=nfc(frame.author),
        subject=nfc(frame.title),
        creator="dcs-enterprise",
        lang="vi-VN",
        initialFontName=REGULAR,  # else the canvas starts in (unembedded) Helvetica
        initialFontSize=BODY_SIZE,
    )
    # No frame padding: the text block is exactly the page less the decree's margins.
    text_block = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH,
                       PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0, id="text")

    def decorate(canvas, doc) -> None:  # noqa: ANN001 - ReportLab callback
        if page_numbers and doc.page > 1:
            _page_number(canvas, doc)
        if on_page:
            on_page(doc.page)

    template.addPageTemplates([PageTemplate("page", [text_block], onPage=decorate)])
    template.build(story)
    return buffer.getvalue()


def render_document(frame: DocumentFrame, body: Sequence[Block],
                    on_page: Callable[[int], None] | None = None) -> bytes:
    """Render a document: the Decree 30 frame around the body blocks; PDF bytes.

    ``on_page`` is called with each page number as it is laid out (progress for long renders).
    """
    st = styles()
    story = [*header_flowables(frame, st), *with_closing(frame, block_flowables(body, st), st)]
    return render_flowables(frame, story, on_page)


def with_closing(frame: DocumentFrame, content: Sequence[Flowable],
                 st: Styles | None = None) -> list[Flowable]:
    """The body followed by the signatures and recipients. The signatures never stand alone
    on a page: the body's last paragraph goes with them."""
    st = st or styles()
    content = list(content)
    closing = closing_flowables(frame, st)
    if content and isinstance(content[-1], RLParagraph):
        closing = [KeepTogether([content.pop(), *closing])]
    return [*content, *closing]
