"""Reading rendered PDFs back: text runs with their positions, widths and fonts, and metadata.

``fragments`` walks each page's content stream with pypdf (q/Q/cm, BT/Tm/Td/T*, Tf, Tw, Tj/TJ),
decodes strings through each font's ToUnicode map and measures them with the font's own
/Widths, so every run has its exact place and extent on the page. Runs that continue one
another on a line in the same face are joined (ReportLab switches font subsets mid-line).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace

import pypdf
from pypdf.generic import ContentStream

from dcs_enterprise.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR

MM = 72 / 25.4
# PostScript name of each face (as embedded, after the subset tag) -> registered ReportLab name.
FACE_BY_POSTSCRIPT = {
    "LiberationSerif": REGULAR,
    "LiberationSerif-Bold": BOLD,
    "LiberationSerif-Italic": ITALIC,
    "LiberationSerif-BoldItalic": BOLD_ITALIC,
}
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class Fragment:
    page: int  # 1-based
    text: str
    x: float
    y: float  # baseline
    width: float
    font: str  # registered face name
    size: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def _mul(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


@dataclass
class _Font:
    face: str
    first: int
    widths: list[float]
    to_unicode: dict[int, str]


def _load_font(font) -> _Font:  # noqa: ANN001 - a pypdf dictionary
    base = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
    cmap_text = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    to_unicode: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap_text, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            to_unicode[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap_text, re.S):
        for lo, hi, uni in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                to_unicode[code] = chr(int(uni, 16) + offset)
    widths = [float(w) for w in font["/Widths"]]
    return _Font(FACE_BY_POSTSCRIPT[base], int(font["/FirstChar"]), widths, to_unicode)


def _raw(operand) -> bytes:  # noqa: ANN001
    if isinstance(operand, bytes):
        return bytes(operand)
    original = getattr(operand, "get_original_bytes", None)
    return original() if original else str(operand).encode("latin-1")


def _page_fragments(page, number: int) -> list[Fragment]:  # noqa: ANN001
    fonts = {name: _load_font(font.get_object())
             for name, font in page["/Resources"]["/Font"].items()}
    out: list[Fragment] = []
    ctm, stack = IDENTITY, []
    tm = lm = IDENTITY
    leading = word_space = char_space = 0.0
    font: _Font | None = None
    size = 0.0

    def show(data: bytes) -> None:
        nonlocal tm
        assert font is not None
        advance = 0.0
        for code in data:
            glyph = font.widths[code - font.first] if 0 <= code - font.first < len(
                font.widths) else 0.0
            advance += glyph * size / 1000 + char_space + (word_space if code == 32 else 0.0)
        origin = _mul(tm, ctm)
        text = "".join(font.to_unicode.get(code, "\ufffd") for code in data)
        out.append(Fragment(number, text, origin[4], origin[5], advance * origin[0],
                            font.face, size * origin[0]))
        tm = _mul((1.0, 0.0, 0.0, 1.0, advance, 0.0), tm)

    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        op = operator.decode()
        values = [float(v) for v in operands] if op in ("cm", "Tm", "Td", "TD") else operands
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = _mul(tuple(values), ctm)
        elif op == "BT":
            tm = lm = IDENTITY
        elif op == "Tm":
            tm = lm = tuple(values)
        elif op in ("Td", "TD"):
            if op == "TD":
                leading = -values[1]
            lm = _mul((1.0, 0.0, 0.0, 1.0, values[0], values[1]), lm)
            tm = lm
        elif op == "T*":
            lm = _mul((1.0, 0.0, 0.0, 1.0, 0.0, -leading), lm)
            tm = lm
        elif op == "TL":
            leading = float(operands[0])
        elif op == "Tw":
            word_space = float(operands[0])
        elif op == "Tc":
            char_space = float(operands[0])
        elif op == "Tf":
            font, size = fonts[operands[0]], float(operands[1])
        elif op == "Tj":
            show(_raw(operands[0]))
        elif op == "TJ":
            for item in operands[0]:
                if isinstance(item, (int, float)) or hasattr(item, "as_numeric"):
                    tm = _mul((1.0, 0.0, 0.0, 1.0, -float(item) * size / 1000, 0.0), tm)
                else:
                    show(_raw(item))
        elif op in ("'", '"'):
            lm = _mul((1.0, 0.0, 0.0, 1.0, 0.0, -leading), lm)
            tm = lm
            show(_raw(operands[-1]))
    return out


def _joined(runs: list[Fragment]) -> list[Fragment]:
    out: list[Fragment] = []
    for run in runs:
        last = out[-1] if out else None
        if (last and last.page == run.page and last.font == run.font and last.size == run.size
                and abs(last.y - run.y) < 0.01 and abs(last.right - run.x) < 0.5):
            out[-1] = replace(last, text=last.text + run.text, width=run.right - last.x)
        else:
            out.append(run)
    return [replace(f, text=f.text.strip()) for f in out if f.text.strip()]


def fragments(pdf: bytes) -> list[Fragment]:
    """Every non-blank text run of every page, in drawing order."""
    runs: list[Fragment] = []
    for number, page in enumerate(reader(pdf).pages, start=1):
        runs.extend(_page_fragments(page, number))
    return _joined(runs)


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text (pypdf's extraction) with every run of white space made one space."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def full_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def find(frags: list[Fragment], text: str, page: int | None = None) -> Fragment:
    found = [f for f in frags if f.text == text and (page is None or f.page == page)]
    assert found, f"{text!r} not drawn; drawn: {[f.text for f in frags][:60]}"
    return found[0]
