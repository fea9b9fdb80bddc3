"""Offsets in code points and UTF-16 units: emoji, flags, combining marks, right-to-left text."""

from __future__ import annotations

import pytest

from claimdesk.db.analysis.offset_units import CODEPOINTS, UTF16, OffsetUnits, unit_problem

TEXTS = {
    "emoji": "The mayor 😀 said 40 %.",
    "flag": "🇫🇷 56 fr",
    "combining": "Café (cafe\u0301) 😀 done",
    "rtl": "قال الوزير 😀 مرحبا",
    "ascii": "Nothing wide here.",
}


def utf16_offset(text: str, offset: int) -> int:
    """What a browser counts: the UTF-16 units before the code-point offset."""
    return len(text[:offset].encode("utf-16-le")) // 2


@pytest.mark.parametrize("name", TEXTS)
def test_every_character_boundary_converts_both_ways(name):
    text = TEXTS[name]
    units = OffsetUnits(text)
    for offset in range(len(text) + 1):
        utf16 = utf16_offset(text, offset)
        assert units.to_utf16(offset) == utf16
        assert units.from_utf16(utf16) == offset
        assert units.to_codepoints(utf16, UTF16) == offset
        assert units.from_codepoints(offset, UTF16) == utf16
        assert units.to_codepoints(offset, CODEPOINTS) == offset
    assert units.utf16_length == utf16_offset(text, len(text))


def test_a_flag_is_two_code_points_and_four_utf16_units():
    units = OffsetUnits(TEXTS["flag"])
    assert [units.to_utf16(offset) for offset in range(4)] == [0, 2, 4, 5]


def test_combining_marks_and_right_to_left_letters_count_the_same_in_both_units():
    for text in ("cafe\u0301 noir", "قال الوزير مرحبا"):
        units = OffsetUnits(text)
        assert [units.to_utf16(offset) for offset in range(len(text) + 1)] == list(
            range(len(text) + 1)
        )


def test_a_utf16_offset_inside_a_surrogate_pair_is_no_character_boundary():
    units = OffsetUnits("a😀b")
    assert units.from_utf16(2) is None
    assert (units.from_utf16(1), units.from_utf16(3)) == (1, 2)


def test_offsets_past_the_end_stay_past_the_end():
    units = OffsetUnits("😀ab")
    assert units.from_utf16(10) == 9 and units.to_utf16(9) == 10


def test_an_unknown_unit_is_named():
    assert unit_problem(None) is None and unit_problem("utf16") is None
    assert unit_problem("bytes") == "unknown offsets unit 'bytes'; use one of codepoints, utf16"
