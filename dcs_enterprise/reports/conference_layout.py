"""Building blocks shared by the conference papers: section headings, labelled lines, numbered
lists, the agenda and vote tables, and the render call (header, body, closing).

A paper's body is a list of ReportLab flowables: the domain blocks (Paragraph, Table, ...) go
through reports.blocks; what the blocks cannot say (a bold label before plain text, a section
heading set flush with the paragraphs) is made here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable
from reportlab.platypus import Paragraph as RLParagraph

from dcs_enterprise.domain import documents as doc
from dcs_enterprise.domain.conference_documents import AgendaLine, PersonLine, VoteLine

from .blocks import balanced_para, markup, para, table_flowable
from .conference_common import clock, grouped, number_vi, percent, person
from .frame import TITLE_ROOM, header_flowables, render_flowables, with_closing
from .styles import CONTENT_WIDTH, PAGE_HEIGHT, styles
from .tables import TABLE_SPACE, PagedTable

AGENDA_HEADERS = ("Thời gian", "Nội dung", "Người thực hiện")
AGENDA_WIDTHS_MM = (24.0, 91.0, 50.0)
VOTE_HEADERS = ("Nội dung biểu quyết", "Tán thành", "Không tán thành", "Không biểu quyết",
                "Có mặt", "Tỷ lệ tán thành/có mặt", "Kết quả")
VOTE_WIDTHS_MM = (47.0, 17.0, 19.0, 19.0, 15.0, 21.0, 27.0)
VOTE_ALIGN = ("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER")
PASSED_VI = {True: "Thông qua", False: "Không thông qua"}
KEEP_ROWS = 3  # a table starts on a page with at least its header and this many rows
KEEP_LINES = 3  # ... a paragraph with this many lines
SHORT_GROUP = 70 * mm  # a group no taller than this is never split


class Body:
    """A paper's body as it is written, top to bottom.

    A heading or an introductory line ("lead") never ends a page: it is kept with the start of
    what follows it (a few lines, or a table's header and first rows). A short group moves to
    the next page whole; a long one starts where it is when there is room for that start (a
    conditional page break before the group).
    """

    def __init__(self) -> None:
        self.st = styles()
        self._done: list[Flowable] = []
        self._leads: list[Flowable] = []

    @property
    def flowables(self) -> list[Flowable]:
        return [*self._done, *self._leads]

    def add(self, *flowables: Flowable, lead: bool = False) -> None:
        for flowable in flowables:
            if lead:
                self._leads.append(flowable)
            elif self._leads:
                group = [*self._leads, flowable]
                self._leads = []
                self._done += [CondPageBreak(start_height(group)), *group]
            else:
                self._done.append(flowable)

    def section(self, text: str) -> None:
        """"I. MỤC ĐÍCH, YÊU CẦU": bold, set like the "Điều" lines (App I §II.6)."""
        self.add(para(text, self.st.article), lead=True)

    def article(self, number: int, title: str) -> None:
        """"Điều 1. title" (App I §II.6), kept with its text."""
        self.add(para(f"Điều {number}. {title}", self.st.article), lead=True)

    def centred(self, text: str) -> None:
        """A centred bold line, balanced when it wraps ("QUYẾT NGHỊ:", the issuing authority)."""
        self.add(balanced_para(text, self.st.centred_heading, TITLE_ROOM), lead=True)

    def intro(self, text: str) -> None:
        """A line that introduces what follows ("Danh sách ...:"), kept with it."""
        self.add(para(text, self.st.body), lead=True)

    def text(self, *paragraphs: str) -> None:
        """Justified paragraphs; a text with line breaks is one paragraph per line."""
        for text in paragraphs:
            for line in text.splitlines() or [""]:
                if line.strip():
                    self.add(para(line.strip(), self.st.body))

    def labelled(self, label: str, value: str) -> None:
        """"Thời gian: 07 giờ 30 ..." with the label in bold; a label alone leads."""
        self.add(RLParagraph(f"<b>{markup(label)}</b> {markup(value)}", self.st.body),
                 lead=not value)

    def basis(self, *lines: str) -> None:
        """"Căn cứ ..." lines in italics, each ending ";" and the last "." (App I §II.6)."""
        for index, line in enumerate(lines):
            end = "." if index == len(lines) - 1 else ";"
            self.add(para(f"Căn cứ {line.rstrip(';.')}{end}", self.st.legal_basis))

    def numbered(self, items: Iterable[str], start: int = 1) -> None:
        """"1. ...", "2. ..." set as clauses."""
        for number, item in enumerate(items, start=start):
            self.add(para(f"{number}. {item}", self.st.clause))

    def dashed(self, items: Iterable[str]) -> None:
        """"- ..." lines, each ending ";" and the last "."."""
        items = list(items)
        for index, item in enumerate(items):
            end = "." if index == len(items) - 1 else ";"
            self.add(para(f"- {item.rstrip(';.')}{end}", self.st.clause))

    def people(self, label: str, lines: Sequence[PersonLine], mark_first: str = "") -> None:
        """A label, then one "- name, position" line per person (the first may be marked,
        e.g. "(chủ trì)"); a single person stays on the label's line."""
        names = [person(p.name, p.position) for p in lines]
        if mark_first and names:
            names[0] = f"{names[0]} ({mark_first})"
        if len(names) <= 1:
            self.labelled(label, f"{names[0]}." if names else "không có.")
            return
        self.labelled(label, "")
        self.dashed(names)

    def table(self, table: doc.Table) -> None:
        self.add(table_flowable(table))

    def end(self, text: str) -> None:
        """The last paragraph of the content, ending "./." (App III)."""
        self.text(f"{text.rstrip().rstrip('./')}./.")


def _height(flowable: Flowable) -> float:
    _, height = flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def start_height(group: Sequence[Flowable]) -> float:
    """The room a group needs on a page: all of it when short, else the leads and the start of
    what they introduce (a table's header and first rows, or a paragraph's first lines)."""
    *leads, first = group
    height = sum(_height(f) for f in leads)
    if height + _height(first) <= SHORT_GROUP:
        return height + _height(first)
    if isinstance(first, PagedTable):
        rows = first.rows[:KEEP_ROWS]
        return height + first.layout.header_height + sum(r.height for r in rows) + TABLE_SPACE
    lines = getattr(getattr(first, "style", None), "leading", 0) * KEEP_LINES
    return height + min(_height(first), lines or _height(first))


def agenda_table(items: Sequence[AgendaLine]) -> doc.Table:
    rows = tuple((clock(item.starts_at).replace(" giờ ", "h"), item.title, item.presenter)
                 for item in items)
    return doc.Table(headers=AGENDA_HEADERS, rows=rows, col_widths_mm=AGENDA_WIDTHS_MM,
                     align=("CENTER", "LEFT", "LEFT"))


def vote_row(vote: VoteLine) -> tuple[str, ...]:
    return (vote.subject, grouped(vote.in_favour), grouped(vote.against),
            grouped(vote.abstained), grouped(vote.present), percent(vote.in_favour, vote.present),
            PASSED_VI[vote.passed])


def votes_table(votes: Sequence[VoteLine]) -> doc.Table:
    return doc.Table(headers=VOTE_HEADERS, rows=tuple(vote_row(v) for v in votes),
                     col_widths_mm=VOTE_WIDTHS_MM, align=VOTE_ALIGN)


def threshold_note(votes: Sequence[VoteLine], noun: str) -> str:
    """The rule the results were judged by: "Nội dung được thông qua khi trên 50% ..."."""
    thresholds = sorted({v.threshold_percent for v in votes})
    if not thresholds:
        return ""
    shown = ", ".join(f"{number_vi(t)}%" for t in thresholds)
    return f"Nội dung được thông qua khi có trên {shown} số {noun} có mặt tán thành."


def render_body(frame: doc.DocumentFrame, body: Body,
                on_page: Callable[[int], None] | None = None) -> bytes:
    """The Decree 30 frame around the body: PDF bytes."""
    story = [*header_flowables(frame, body.st), *with_closing(frame, body.flowables, body.st)]
    return render_flowables(frame, story, on_page)
