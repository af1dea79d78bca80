"""Signature blocks and the "Nơi nhận" list (Decree 30 App I §II.7, §II.9).

One signer: recipients on the left, the signature block on the right, their first lines level.
Two or three signers (joint documents, minutes signed by the parties): the blocks side by side
across the page with their names on one line, recipients under them on the left.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from dcs_enterprise.domain.documents import DocumentFrame, SignatureBlock

from .blocks import balanced_para, nfc, para
from .styles import CONTENT_WIDTH, LAYOUT_TABLE_COMMANDS, Styles, styles

SIGNATURE_SPACE = 26 * mm  # room for the hand signature and the seal
SINGLE_SIGNATURE_WIDTH = 85 * mm
TITLE_GAP = 4 * mm  # kept free on each side of a block's title lines

_PLAIN = TableStyle(LAYOUT_TABLE_COMMANDS)


def signature_titles(block: SignatureBlock, st: Styles, width: float) -> list[Flowable]:
    """"TM. BAN CHẤP HÀNH" / "CHỦ TỊCH" (bold capitals) and the optional italic hint."""
    room = width - 2 * TITLE_GAP
    cell: list[Flowable] = []
    if block.authority_line:
        cell.append(balanced_para(nfc(block.authority_line).upper(), st.signature_title, room))
    cell.append(balanced_para(nfc(block.position).upper(), st.signature_title, room))
    if block.hint:
        cell.append(para(block.hint, st.signature_hint))
    return cell


def recipients_cell(frame: DocumentFrame, st: Styles) -> list[Flowable]:
    """"Nơi nhận:" then "- item;" lines, the last "- Lưu: VT, ...."."""
    lines = [f"- {nfc(r).strip().rstrip(';.')};" for r in frame.recipients]
    if frame.archive:
        lines.append(f"- Lưu: {nfc(frame.archive).strip().rstrip('.')}.")
    elif lines:
        lines[-1] = lines[-1][:-1] + "."
    if not lines:
        return []
    return [para("Nơi nhận:", st.recipients_label), *(para(line, st.recipient) for line in lines)]


def closing_flowables(frame: DocumentFrame, st: Styles | None = None) -> list[Flowable]:
    """The signature blocks and the recipients that end the document."""
    st = st or styles()
    recipients = recipients_cell(frame, st)
    blocks = frame.signatures
    out: list[Flowable] = [Spacer(1, 10)]
    if len(blocks) <= 1:
        signature: list[Flowable] = []
        if blocks:
            signature = [*signature_titles(blocks[0], st, SINGLE_SIGNATURE_WIDTH),
                         Spacer(1, SIGNATURE_SPACE), para(blocks[0].name, st.signature_name)]
        left = CONTENT_WIDTH - SINGLE_SIGNATURE_WIDTH
        out.append(Table([[recipients or "", signature or ""]],
                         colWidths=[left, SINGLE_SIGNATURE_WIDTH], style=_PLAIN))
        return out
    width = CONTENT_WIDTH / len(blocks)
    rows = [
        [signature_titles(block, st, width) for block in blocks],
        [Spacer(1, SIGNATURE_SPACE) for _ in blocks],
        [para(block.name, st.signature_name) for block in blocks],
    ]
    out.append(Table(rows, colWidths=[width] * len(blocks), style=_PLAIN))
    if recipients:
        out.append(Spacer(1, 12))
        out.append(Table([[recipients, ""]], colWidths=[CONTENT_WIDTH / 2] * 2, style=_PLAIN))
    return out
