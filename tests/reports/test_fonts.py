"""The shipped document font: four Liberation Serif faces, every Vietnamese letter in each."""

from __future__ import annotations

import pytest
from report_samples import VIETNAMESE_LETTERS
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from dcs_enterprise.paths import resource_path
from dcs_enterprise.reports import fonts


@pytest.mark.parametrize("face", list(fonts.FACES))
def test_every_vietnamese_letter_has_a_glyph(face: str) -> None:
    path = fonts.font_file(face)
    cmap = TTFontFile(str(path)).charToGlyph
    missing = sorted(ch for ch in VIETNAMESE_LETTERS if cmap.get(ord(ch), 0) == 0)
    assert missing == [], f"{path.name} lacks {''.join(missing)}"


def test_the_letter_set_is_complete() -> None:
    """12 vowels × 6 tones × 2 cases, plus đ and Đ."""
    assert len(VIETNAMESE_LETTERS) == 12 * 6 * 2 + 2


def test_licence_and_readme_ship_with_the_fonts() -> None:
    licence = resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Liberation" in licence
    assert resource_path("fonts", "README.md").exists()


def test_registration_is_idempotent_and_maps_the_family() -> None:
    assert fonts.register_fonts() == fonts.FAMILY
    assert fonts.register_fonts() == fonts.FAMILY
    registered = set(pdfmetrics.getRegisteredFontNames())
    assert set(fonts.FACES) <= registered
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(fonts.FAMILY, 1, 0) == fonts.BOLD
    assert tt2ps(fonts.FAMILY, 0, 1) == fonts.ITALIC
    assert tt2ps(fonts.FAMILY, 1, 1) == fonts.BOLD_ITALIC
