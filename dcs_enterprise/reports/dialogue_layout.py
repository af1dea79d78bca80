"""Layouts the dialogue papers need beyond the conference ones: the official letter (công văn)
header for a request and its reply, and the statutory signatures of the dialogue minutes.

Công văn (Decree 30/2020 App I §II.5.b, App III: no type name, no type abbreviation): the
summary "V/v ..." sits centred under the number in the left column, 12 pt upright, and
"Kính gửi:" opens the body at 14 pt.

Minutes signatures (rule D8, Decree 145 Art 39.4): the employer's legal representative (or the
authorised person) and the representative of each worker organisation on the list sign, not the
Decree 30 secretary and chair. Two or three blocks stand side by side; four make two rows of
two; the note-taker (and any extra signer the frame brings) sign in a row of their own below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.dialogue_documents import Signatory
from dcs_enterprise.domain.dialogue_rules import Organisation

from .blocks import balanced_lines, balanced_para, nfc, para
from .conference_common import lower_first
from .conference_layout import Body
from .fonts import BOLD, REGULAR
from .frame import ISSUER_RULE_FRACTION, Rule, render_flowables, with_closing
from .signatures import SIGNATURE_SPACE, recipients_cell, signature_titles
from .styles import (
    CONTENT_WIDTH,
    HEADER_RIGHT_MAX,
    HEADER_RIGHT_WIDTH,
    LAYOUT_TABLE_COMMANDS,
    Styles,
    styles,
)

SUMMARY_SIZE = 12
ADDRESSEE_SIZE = 14
_PLAIN = TableStyle(LAYOUT_TABLE_COMMANDS)


def _rule_under(text: str, font: str, size: float, room: float, fraction: float) -> Rule:
    lines = balanced_lines(text, font, size, room)
    return Rule(max(stringWidth(line, font, size) for line in lines) * fraction)


def letter_header(frame: doc.DocumentFrame, addressees: Sequence[str],
                  st: Styles | None = None) -> list[Flowable]:
    """The công văn header: issuer, number and "V/v <title>" on the left; national heading,
    motto and date on the right; then "Kính gửi: ..." (one addressee on the line, several as
    "- ...;" lines)."""
    st = st or styles()
    needed = stringWidth(frame.date_text, st.date.fontName, st.date.fontSize) + 2 * mm
    right_width = min(max(HEADER_RIGHT_WIDTH, needed), HEADER_RIGHT_MAX)
    left_width = CONTENT_WIDTH - right_width
    room = left_width - 5 * mm
    left: list[Flowable] = []
    for body in frame.issuers:
        if left:
            left.append(Spacer(1, 3))
        if body.parent and len(frame.issuers) == 1:
            left.append(balanced_para(nfc(body.parent).upper(), st.parent_body, room))
        left.append(balanced_para(nfc(body.name).upper(), st.issuing_body, room))
    left.append(_rule_under(nfc(frame.issuers[-1].name).upper(), BOLD, st.issuing_body.fontSize,
                            room, ISSUER_RULE_FRACTION))
    heading, motto = (nfc(line) for line in frame.heading_lines)
    right: list[Flowable] = [para(heading.upper(), st.heading)]
    if motto:
        right += [para(motto, st.motto), _rule_under(motto, BOLD, st.motto.fontSize,
                                                     right_width, 1.0)]
    summary_style = ParagraphStyle("letter_summary", fontName=REGULAR, fontSize=SUMMARY_SIZE,
                                   leading=SUMMARY_SIZE * 1.2, alignment=TA_CENTER)
    number: list[Flowable] = [para(frame.number.line, st.number)] if frame.number else []
    if frame.title:
        number.append(balanced_para(f"V/v {lower_first(nfc(frame.title))}", summary_style, room))
    table = Table([[left, right], [number or "", para(frame.date_text, st.date)]],
                  colWidths=[left_width, right_width],
                  style=TableStyle([*LAYOUT_TABLE_COMMANDS, ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    to_style = ParagraphStyle("addressee", fontName=REGULAR, fontSize=ADDRESSEE_SIZE,
                              leading=ADDRESSEE_SIZE * 1.25, alignment=TA_CENTER,
                              spaceBefore=16, spaceAfter=10)
    names = [nfc(a).strip().rstrip(";.") for a in addressees if a.strip()]
    if len(names) <= 1:
        return [table, para(f"Kính gửi: {names[0] if names else '……'}.", to_style)]
    lines = [para("Kính gửi:", to_style)]
    lines += [para(f"- {name};", st.clause) for name in names]
    return [table, *lines]


def render_letter(frame: doc.DocumentFrame, addressees: Sequence[str], body: Body,
                  on_page: Callable[[int], None] | None = None) -> bytes:
    """A công văn: the letter header around the body, then the frame's signature and
    recipients; PDF bytes."""
    story = [*letter_header(frame, addressees, body.st),
             *with_closing(frame, body.flowables, body.st)]
    return render_flowables(frame, story, on_page)


# Minutes signatures ------------------------------------------------------------------------

# Whom each signer signs for, in phrases a line never breaks inside (D8, Art 39.4); a narrow
# column breaks a phrase at its "|" first.
AUTHORITY_PHRASES: dict[Organisation, tuple[str, ...]] = {
    Organisation.EMPLOYER: ("Đại diện", "người sử dụng|lao động"),
    Organisation.UNION: ("TM. Ban Chấp hành", "Công đoàn cơ sở"),
    Organisation.OTHER_ORGANISATION: ("TM. Tổ chức của|người lao động", "tại doanh nghiệp"),
    Organisation.DIALOGUE_GROUP: ("TM. Nhóm đại diện|đối thoại",),
}
AUTHORISED_HINT = "(Người được ủy quyền)"
NOTE_TAKER_TITLE = "Người ghi biên bản"
ROW_GAP = 16  # points between two rows of signature blocks
PHRASE_GAP = 1.5 * mm  # kept free on each side of the authority lines


def statutory_block(signatory: Signatory) -> doc.SignatureBlock:
    """"ĐẠI DIỆN NGƯỜI SỬ DỤNG LAO ĐỘNG / GIÁM ĐỐC", "TM. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ /
    CHỦ TỊCH" ... (the signer's own position under whom they sign for)."""
    authority = " ".join(AUTHORITY_PHRASES[signatory.organisation]).replace("|", " ")
    hint = AUTHORISED_HINT if signatory.authorised else ""
    return doc.SignatureBlock(signatory.position, signatory.name, "", authority, hint)


def phrase_lines(phrases: Sequence[str], font: str, size: float, room: float) -> list[str]:
    """Phrases set on as few lines as fit ``room``, a line breaking only between phrases; a
    phrase too wide is split at its "|" marks, and a part still too wide broken evenly."""
    parts: list[str] = []
    for phrase in phrases:
        whole = phrase.replace("|", " ")
        if stringWidth(whole, font, size) <= room or "|" not in phrase:
            parts.append(whole)
        else:
            parts.extend(phrase.split("|"))
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]} {part}" if lines else part
        if lines and stringWidth(joined, font, size) <= room:
            lines[-1] = joined
        elif stringWidth(part, font, size) <= room:
            lines.append(part)
        else:
            lines.extend(balanced_lines(part, font, size, room))
    return lines


def _titles(block: doc.SignatureBlock, st: Styles, width: float) -> list[Flowable]:
    """The authority set by phrases when it is one of ours, else as signatures.py sets it."""
    phrases = next((p for p in AUTHORITY_PHRASES.values()
                    if " ".join(p).replace("|", " ") == block.authority), None)
    if phrases is None:
        return signature_titles(block, st, width)
    style = st.signature_title
    lines = phrase_lines([nfc(p).upper() for p in phrases], style.fontName, style.fontSize,
                         width - 2 * PHRASE_GAP)
    cell: list[Flowable] = [RLParagraph("<br/>".join(escape(line) for line in lines), style)]
    cell += signature_titles(doc.SignatureBlock(block.position, block.name, hint=block.hint),
                             st, width)
    return cell


def row_sizes(count: int) -> list[int]:
    """How many blocks stand in each row: up to three in one row, four as two rows of two,
    more in rows of three."""
    if count <= 3:
        return [count] if count else []
    if count == 4:
        return [2, 2]
    return [3] * (count // 3) + ([count % 3] if count % 3 else [])


def _row(blocks: Sequence[doc.SignatureBlock], width: float, st: Styles) -> Table:
    rows = [
        [_titles(block, st, width) for block in blocks],
        [Spacer(1, SIGNATURE_SPACE) for _ in blocks],
        [para(block.name, st.signature_name) for block in blocks],
    ]
    table = Table(rows, colWidths=[width] * len(blocks), style=_PLAIN)
    table.hAlign = "CENTER"
    return table


def signature_rows(statutory: Sequence[doc.SignatureBlock], extra: Sequence[doc.SignatureBlock],
                   st: Styles) -> list[Flowable]:
    """The statutory blocks in rows, then the extra blocks (note-taker) in a row below."""
    out: list[Flowable] = []
    for group in (list(statutory), list(extra)):
        start = 0
        for size in row_sizes(len(group)):
            columns = max(size, 2)
            if out:
                out.append(Spacer(1, ROW_GAP))
            out.append(_row(group[start:start + size], CONTENT_WIDTH / columns, st))
            start += size
    return out


def minutes_closing(frame: doc.DocumentFrame, content: Sequence[Flowable],
                    statutory: Sequence[doc.SignatureBlock], extra: Sequence[doc.SignatureBlock],
                    st: Styles) -> list[Flowable]:
    """The body, its last paragraph kept with the signatures, then the recipients."""
    content = list(content)
    signatures: list[Flowable] = [Spacer(1, 10), *signature_rows(statutory, extra, st)]
    if content and isinstance(content[-1], RLParagraph):
        signatures.insert(0, content.pop())
    out = [*content, KeepTogether(signatures)]
    recipients = recipients_cell(frame, st)
    if recipients:
        out += [Spacer(1, 12), Table([[recipients, ""]], colWidths=[CONTENT_WIDTH / 2] * 2,
                                     style=_PLAIN)]
    return out
