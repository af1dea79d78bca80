"""Page layouts of the bargaining and agreement papers beyond the plain Decree 30 frame.

An official letter (công văn, Decree 30 App I §II.5.b, Mẫu 1.5) has no type name: its summary
("V/v ...", 12 pt upright) is centred under the number and symbol, and the addressee follows
("Kính gửi: ..."); the header is the dialogue letters' (dialogue_layout.letter_header), so
every công văn of the program looks the same. Minutes, tallies and the agreement are signed by
the people the law names, so their renderers set the signature blocks from the data; more than
three signers go in rows of three. An annex starts on a new page after the signatures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reportlab.platypus import Flowable, KeepTogether, PageBreak
from reportlab.platypus import Paragraph as RLParagraph

from dcs_enterprise.domain import documents as doc

from .conference_layout import Body
from .dialogue_layout import letter_header
from .frame import header_flowables, render_flowables
from .signatures import closing_flowables

SIGNERS_PER_ROW = 3


def closing(frame: doc.DocumentFrame, body: Body,
            signers: Sequence[doc.SignatureBlock] | None = None) -> list[Flowable]:
    """The body, then the signatures (``signers`` in place of the frame's, in rows of three)
    and the recipients under the last row. The body's last paragraph goes with the first row."""
    blocks = tuple(frame.signatures if signers is None else signers)
    rows = [blocks[i:i + SIGNERS_PER_ROW] for i in range(0, len(blocks), SIGNERS_PER_ROW)]
    rows = rows or [()]
    groups: list[list[Flowable]] = []
    for index, row in enumerate(rows):
        last = index == len(rows) - 1
        shown = replace(frame, signatures=row) if last else replace(
            frame, signatures=row, recipients=(), archive="")
        groups.append(closing_flowables(shown, body.st))
    content = body.flowables
    if content and isinstance(content[-1], RLParagraph):
        groups[0].insert(0, content.pop())
    out = [KeepTogether(group) for group in groups]
    return [*content, *out]


def render_paper(frame: doc.DocumentFrame, body: Body,
                 on_page: Callable[[int], None] | None = None, *,
                 signers: Sequence[doc.SignatureBlock] | None = None,
                 addressees: Sequence[str] | None = None,
                 annex: Body | None = None) -> bytes:
    """A paper as PDF bytes: the Decree 30 header (a công văn's when ``addressees`` is given),
    the body, the signatures and recipients, then the annex on a new page."""
    head = (letter_header(frame, addressees, body.st) if addressees is not None
            else header_flowables(frame, body.st))
    story = [*head, *closing(frame, body, signers)]
    if annex is not None:
        story += [PageBreak(), *annex.flowables]
    return render_flowables(frame, story, on_page)
