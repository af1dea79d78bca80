"""Giấy mời dự Hội nghị người lao động (Decree 30 Mẫu 1.7; legal-vn.md D.17, §8 item 10).

One page per invitee, each a paper of its own: the full Decree 30 header, the invitation, the
signature, and the invitation code as a Code 128 barcode with the code printed under it (a
barcode reader acting as a keyboard types the code at the check-in desk). Being separate
papers, the pages carry no page numbers. Without invitees, one invitation is addressed to all
the workers (full conference) or to all the delegates, without a barcode.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import InvitationData, Invitee
from dcs_enterprise.domain.conference_rules import ConferenceForm
from dcs_enterprise.domain.enums import Gender

from .blocks import markup, para
from .conference_common import conference_name, participants, when
from .conference_layout import Body
from .fonts import REGULAR
from .frame import header_flowables, render_flowables, with_closing
from .signatures import (
    SIGNATURE_SPACE,
    SINGLE_SIGNATURE_WIDTH,
    recipients_cell,
    signature_titles,
)
from .styles import CONTENT_WIDTH, LAYOUT_TABLE_COMMANDS, Styles, styles

HONORIFIC = {Gender.MALE: "Ông", Gender.FEMALE: "Bà"}
MODULE = 0.33 * mm  # the narrowest bar: well above Code 128's 0.19 mm, read by any scanner
MIN_MODULE = 0.19 * mm
BAR_HEIGHT = 11 * mm
CODE_SIZE = 11
BARCODE_ROOM = CONTENT_WIDTH - SINGLE_SIGNATURE_WIDTH - 4 * mm
EVERYONE: dict[ConferenceForm, str] = {
    ConferenceForm.FULL: "Toàn thể người lao động",
    ConferenceForm.DELEGATE: "Các đại biểu được triệu tập (theo danh sách kèm theo)",
}


class InvitationBarcode(Flowable):
    """A Code 128 barcode, its quiet zones included, and the code centred under it."""

    def __init__(self, code: str, room: float = BARCODE_ROOM) -> None:
        super().__init__()
        if not code or not code.isascii() or not code.isprintable():
            raise ValueError(f"an invitation code must be printable ASCII: {code!r}")
        self.code = code
        self.barcode = Code128(code, barWidth=MODULE, barHeight=BAR_HEIGHT)
        if self.barcode.width > room:  # a long code: narrower bars, down to the minimum
            module = max(MIN_MODULE, MODULE * room / self.barcode.width)
            self.barcode = Code128(code, barWidth=module, barHeight=BAR_HEIGHT)
        self.width = self.barcode.width
        self.height = BAR_HEIGHT + CODE_SIZE * 1.4
        self.hAlign = "LEFT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.barcode.drawOn(self.canv, 0, self.height - BAR_HEIGHT)
        self.canv.setFont(REGULAR, CODE_SIZE)
        self.canv.drawCentredString(self.width / 2, 2, self.code)


@lru_cache(maxsize=1)
def addressee_style() -> ParagraphStyle:
    """The invitee's line: centred, 14 pt, the name in bold."""
    return ParagraphStyle("addressee", parent=styles().body, alignment=TA_CENTER,
                          firstLineIndent=0, fontSize=14, leading=17, spaceAfter=8)


def invitation_title(data: InvitationData) -> str:
    return f"Dự {conference_name(data.header)}"


def invitation_body(data: InvitationData, invitee: Invitee | None) -> Body:
    header = data.header
    body = Body()
    body.text(f"{header.enterprise_name} trân trọng kính mời:")
    if invitee is None:
        addressee = f"<b>{markup(EVERYONE[header.form])}</b>"
    else:
        where = ", ".join(part for part in (invitee.code, invitee.department) if part)
        addressee = f"<b>{HONORIFIC.get(invitee.gender, 'Ông/Bà')} {markup(invitee.name)}</b>" + (f" ({markup(where)})"
                                                              if where else "")
    body.add(RLParagraph(addressee, addressee_style()))
    body.labelled("Tới dự:", f"{conference_name(header)} của {header.enterprise_name}.")
    if data.chair.strip():
        body.labelled("Chủ trì:", f"{data.chair.strip().rstrip('.')}.")
    body.labelled("Thời gian:", f"{when(header.start_time, header.held_on)}.")
    body.labelled("Địa điểm:", f"{header.place}.")
    noun = participants(header)
    notes = [f"Đề nghị {noun} mang theo giấy mời để điểm danh tại bàn đón tiếp",
             "Nghiên cứu trước dự thảo các báo cáo và dự thảo nghị quyết Hội nghị",
             *(line.strip() for line in data.notes.splitlines() if line.strip())]
    body.labelled("Ghi chú:", "")
    body.dashed(notes)
    body.text(f"Rất mong {noun} có mặt đúng giờ để Hội nghị thành công tốt đẹp.")
    return body


def _closing(frame: doc.DocumentFrame, st: Styles, barcode: Flowable | None) -> list[Flowable]:
    """One signer: the recipients and, under them, the barcode on the left, the signature on
    the right. Several signers: the barcode above the usual closing."""
    if len(frame.signatures) != 1:
        return [*([Spacer(1, 6), barcode] if barcode else []), *with_closing(frame, [], st)]
    block = frame.signatures[0]
    signature = [*signature_titles(block, st, SINGLE_SIGNATURE_WIDTH),
                 Spacer(1, SIGNATURE_SPACE), para(block.name, st.signature_name)]
    left: list[Flowable] = recipients_cell(frame, st)
    if barcode:
        left += [Spacer(1, 10 if left else 0), barcode]
    return [Spacer(1, 10), Table([[left or "", signature]],
                                 colWidths=[CONTENT_WIDTH - SINGLE_SIGNATURE_WIDTH,
                                            SINGLE_SIGNATURE_WIDTH],
                                 style=TableStyle(LAYOUT_TABLE_COMMANDS))]


def invitation_story(data: InvitationData, frame: doc.DocumentFrame) -> list[Flowable]:
    """Every invitation, each with its own header and closing, a page break between them."""
    st = styles()
    story: list[Flowable] = []
    for invitee in data.invitees or (None,):
        if story:
            story.append(PageBreak())
        barcode = InvitationBarcode(invitee.invitation_code) if invitee else None
        story += header_flowables(frame, st)
        story += invitation_body(data, invitee).flowables
        story += _closing(frame, st, barcode)
    return story


def render_invitations(data: InvitationData, frame: doc.DocumentFrame,
                       on_page: Callable[[int], None] | None = None) -> bytes:
    """The invitations as PDF bytes: one page per invitee, no page numbers."""
    return render_flowables(frame, invitation_story(data, frame), on_page, page_numbers=False)
