"""Vietnamese text: normalisation, diacritics-insensitive folding and the name sort key.

Text entering the system is NFC-normalised (DESIGN.md). Folding maps "đ"/"Đ" to "d" by hand:
they are letters of their own with no Unicode decomposition, so stripping combining marks alone
(or SQLite FTS5 ``remove_diacritics``) leaves "Đức" unfindable by "duc".
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "nfc", "sort_string", "vietnamese_sort_key"]


def nfc(s: str) -> str:
    """NFC-normalise, strip surrounding whitespace and collapse internal runs to one space."""
    return " ".join(unicodedata.normalize("NFC", s).split())


def nfc_text(s: str) -> str:
    """NFC-normalise a text of several lines: each line as ``nfc`` makes it, the line breaks
    kept (one person or point per line in minutes and lists), runs of blank lines made one."""
    lines = [nfc(line) for line in unicodedata.normalize("NFC", s).splitlines()]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


def fold(s: str) -> str:
    """Search form: lower case, no tone or vowel marks, đ→d, single spaces.

    >>> fold("  Nguyễn  Văn Đức ")
    'nguyen van duc'
    """
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", s).lower())
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    # Excel's autocorrect turns " - " into an en dash: the same name either way.
    return " ".join(bare.replace("đ", "d").translate(_DASHES).split())


_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                         "\u2014": "-", "\u2212": "-"})


# Vietnamese alphabetical order (29 letters). Tones in dictionary order: ngang (none), huyền,
# hỏi, ngã, sắc, nặng.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_VOWELS = frozenset("aăâeêioôơuưy")
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


class _DefaultTable(dict):
    """A str.translate table that maps every unlisted character to a fixed value."""

    def __init__(self, default: str) -> None:
        super().__init__()
        self._default = default

    def __missing__(self, key: int) -> str:
        self[key] = self._default
        return self._default


def _build_tables() -> tuple[dict[int, str], dict[int, str]]:
    # Letters map to chr(1..29), below every other character (digits, f/j/w/z, other scripts),
    # which keep their code points; "\0" is left free as the word separator.
    primary: dict[int, str] = {}
    tone: _DefaultTable = _DefaultTable("0")
    for rank, letter in enumerate(_ALPHABET, start=1):
        marks = _TONE_MARKS if letter in _VOWELS else _TONE_MARKS[:1]
        for tone_rank, mark in enumerate(marks):
            composed = unicodedata.normalize("NFC", letter + mark)
            assert len(composed) == 1, composed
            primary[ord(composed)] = chr(rank)
            tone[ord(composed)] = str(tone_rank)
    return primary, tone


_PRIMARY, _TONE = _build_tables()


def vietnamese_sort_key(full_name: str) -> tuple[str, str, str, str, str]:
    """Sort key for a Vietnamese list: given name (last word) first, then family and middle names.

    Each part compares by the Vietnamese alphabet (a ă â b c d đ e ê g … y, case-insensitive;
    other characters after the letters, by code point), with tone marks (ngang, huyền, hỏi, ngã,
    sắc, nặng) breaking ties. NFC and NFD input give the same key.
    """
    name = nfc(full_name)
    words = name.lower().split()
    given = words[-1] if words else ""
    rest = "\0".join(words[:-1])
    return (
        given.translate(_PRIMARY),
        given.translate(_TONE),
        rest.translate(_PRIMARY),
        rest.translate(_TONE),
        name,
    )


def sort_string(full_name: str) -> str:
    """vietnamese_sort_key as one string, so SQL can ORDER BY it (binary collation).

    Every character is shifted up by two so that chr(1) can separate the parts and sort below
    anything inside them: a shorter part sorts first, as it does in the tuple.
    """
    return "\x01".join(
        part.translate(_SHIFT_UP) for part in vietnamese_sort_key(full_name)
    )


class _ShiftUp(dict):
    def __missing__(self, key: int) -> str:
        return chr(key + 2)


_SHIFT_UP = _ShiftUp()
