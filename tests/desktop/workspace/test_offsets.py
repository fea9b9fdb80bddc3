"""Code points (the store) and UTF-16 units (Qt) convert exactly, both ways."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdesk.desktop.workspace.offsets import OffsetMap

MIXED = st.text(
    alphabet=st.sampled_from(
        ["a", "b", " ", "\n", "👍", "🏽", "\u0301", "é", "ש", "م", "\u200f", "𝔘"]
    ),
    max_size=60,
)


def utf16_position(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


@given(MIXED)
def test_every_code_point_offset_maps_to_its_utf16_position_and_back(text: str):
    offsets = OffsetMap(text)
    assert offsets.utf16_length == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        position = offsets.to_qt(offset)
        assert position == utf16_position(text, offset)
        assert offsets.from_qt(position) == offset


@given(MIXED)
def test_a_position_inside_a_surrogate_pair_snaps_to_the_start_of_the_character(text: str):
    offsets = OffsetMap(text)
    for offset, char in enumerate(text):
        if ord(char) > 0xFFFF:
            assert offsets.from_qt(offsets.to_qt(offset) + 1) == offset
