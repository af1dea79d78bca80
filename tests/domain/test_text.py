"""Vietnamese text: NFC, folding for search, and the given-name-first sort key."""

from __future__ import annotations

import unicodedata

import pytest

from dcs_enterprise.domain.text import fold, nfc, vietnamese_sort_key


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def by_name(names: list[str]) -> list[str]:
    return sorted(names, key=vietnamese_sort_key)


def test_nfc_normalises_and_collapses_whitespace():
    assert nfc("  Nguyễn \t Văn\n\nA  ") == "Nguyễn Văn A"
    assert nfc(nfd("Nguyễn Văn Đức")) == "Nguyễn Văn Đức"
    assert unicodedata.is_normalized("NFC", nfc(nfd("Ảnh")))
    assert nfc("   ") == ""


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("Đức", "duc"),  # đ has no decomposition: mapped by hand
        ("đ Đ", "d d"),
        ("Nguyễn Văn A", "nguyen van a"),
        ("  Trần   Thị  Ánh ", "tran thi anh"),
        ("Phạm Dũng", "pham dung"),
        ("ƯỚC Ơ Ô Ê Â Ă", "uoc o o e a a"),
        ("Công ty TNHH 123", "cong ty tnhh 123"),
    ],
)
def test_fold(text: str, folded: str):
    assert fold(text) == folded


def test_fold_nfd_input_equals_nfc_result():
    for s in ["Nguyễn Văn Đức", "Lê Thị Ảnh", "Hồ Ngọc Hà"]:
        assert fold(nfd(s)) == fold(s)


def test_sort_by_given_name_then_family_and_middle():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Minh Đức", "Phạm Dũng"]
    # Given names An < Bình < Dũng < Đức (d before đ); the two "An" by family name: Lê < Nguyễn.
    assert by_name(names) == [
        "Lê Văn An",
        "Nguyễn Thị An",
        "Trần Văn Bình",
        "Phạm Dũng",
        "Đỗ Minh Đức",
    ]


def test_sort_ties_on_given_name_use_middle_names_in_order():
    # Same given name and family name: the middle name decides (Thị < Văn).
    assert by_name(["Lê Văn Hoa", "Lê Thị Hoa", "Hoa"]) == ["Hoa", "Lê Thị Hoa", "Lê Văn Hoa"]


def test_tone_order_is_the_dictionary_order():
    # ngang, huyền, hỏi, ngã, sắc, nặng: same letters, tones break the tie.
    expected = ["Anh", "Ành", "Ảnh", "Ãnh", "Ánh", "Ạnh"]
    assert by_name(list(reversed(expected))) == expected
    assert by_name(["Ánh", "Anh", "Ảnh"]) == ["Anh", "Ảnh", "Ánh"]


def test_letters_beat_tones():
    # The base letter is compared before any tone: "Ánh" (a) < "Ăn" (ă) although á carries sắc,
    # and An < Anh because a prefix comes first.
    assert by_name(["Ăn", "Ánh", "An"]) == ["An", "Ánh", "Ăn"]


def test_breve_and_circumflex_after_a():
    # a < ă < â < b, whatever the tone on â.
    expected = ["An", "Anh", "Ăn", "Ân", "Ấn", "Bình"]
    assert by_name(["Ấn", "Ăn", "Bình", "An", "Ân", "Anh"]) == expected


def test_vietnamese_alphabet_order_of_modified_letters():
    # e < ê, o < ô < ơ, u < ư, d < đ.
    expected = ["D", "Đ", "E", "Ê", "O", "Ô", "Ơ", "U", "Ư"]
    assert by_name(["Ê", "E", "Ơ", "Ô", "O", "Ư", "U", "Đ", "D"]) == expected


def test_non_vietnamese_letters_and_digits_sort_after_the_alphabet():
    # f, j, w, z are not Vietnamese letters; they (and digits) come after y.
    assert by_name(["Frank", "Yến", "Zoe", "An", "9"]) == ["An", "Yến", "9", "Frank", "Zoe"]


def test_case_insensitive():
    assert vietnamese_sort_key("nguyễn văn an")[:4] == vietnamese_sort_key("NGUYỄN VĂN AN")[:4]
    assert by_name(["binh", "An", "Bình"]) == ["An", "binh", "Bình"]


def test_nfd_input_gives_the_same_key():
    for s in ["Nguyễn Thị Ánh", "Đỗ Minh Đức", "Trương Mỹ Lan"]:
        assert vietnamese_sort_key(nfd(s)) == vietnamese_sort_key(s)


def test_empty_and_single_word_names():
    assert by_name(["", "An", "Lê An"]) == ["", "An", "Lê An"]


def test_a_text_of_several_lines_keeps_its_lines():
    from dcs_enterprise.domain.text import nfc_text

    typed = "  Nguye\u0302\u0303n  Văn Một - Giám đốc \r\n\n\n\nTrần Thị Hai  \n"
    assert nfc_text(typed) == "Nguyễn Văn Một - Giám đốc\n\nTrần Thị Hai"
    assert nfc_text(" \n ") == ""
