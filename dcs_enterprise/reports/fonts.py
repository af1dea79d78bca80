"""The document font: Liberation Serif (metric-compatible with Times New Roman, SIL OFL 1.1).

Decree 30/2020 App I §I.4 asks for Times New Roman; ReportLab's built-in fonts cannot draw
Vietnamese, so the four Liberation Serif faces ship in resources/fonts and are registered once,
on first use, as the family "DocSerif" (bold, italic and bold italic mapped for <b>/<i>).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dcs_enterprise.paths import resource_path

FAMILY = "DocSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

# Registered name -> (file in resources/fonts, bold, italic)
FACES: dict[str, tuple[str, int, int]] = {
    REGULAR: ("LiberationSerif-Regular.ttf", 0, 0),
    BOLD: ("LiberationSerif-Bold.ttf", 1, 0),
    ITALIC: ("LiberationSerif-Italic.ttf", 0, 1),
    BOLD_ITALIC: ("LiberationSerif-BoldItalic.ttf", 1, 1),
}

_lock = threading.Lock()
_registered = False


def font_file(face: str) -> Path:
    """The TTF file of a registered face name (REGULAR, BOLD, ITALIC, BOLD_ITALIC)."""
    return resource_path("fonts", FACES[face][0])


def register_fonts() -> str:
    """Register the DocSerif family with ReportLab (idempotent, thread-safe); return its name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            known = set(pdfmetrics.getRegisteredFontNames())
            for face, (file_name, bold, italic) in FACES.items():
                if face not in known:
                    path = resource_path("fonts", file_name)
                    if not path.exists():
                        raise FileNotFoundError(f"document font missing: {path}")
                    pdfmetrics.registerFont(TTFont(face, str(path)))
                addMapping(FAMILY, bold, italic, face)
            _registered = True
    return FAMILY
