"""Offsets counted in code points (the store's unit) or UTF-16 units (browsers', so doccano's
and Label Studio's), converted in this one place for every importer and exporter.

A character outside the Basic Multilingual Plane (most emoji, each half of a flag) is one
code point but two UTF-16 units; combining marks and right-to-left letters are one of
each. Reading a tool's UTF-16 offsets as code points puts every span after an emoji on
the wrong characters, so a file's unit is always known, never guessed from the offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from claimdesk.db.messages import message

CODEPOINTS = "codepoints"
UTF16 = "utf16"
UNITS: tuple[str, ...] = (CODEPOINTS, UTF16)
OFFSET_FORMATS: tuple[str, ...] = ("jsonl", "labelstudio")
"""Dataset formats whose offsets may count UTF-16 units, for tools in a browser (doccano,
Label Studio); the others count code points, as their standards and consumers do."""
EXPORT_OFFSET_FORMATS: tuple[str, ...] = (*OFFSET_FORMATS, "doccano")
"""Export formats whose offsets' unit can be chosen (doccano's own shape is written only)."""
EXPORT_DEFAULT_UNITS: dict[str, str] = {"doccano": UTF16}
"""An export format's unit when none is asked for: the one its tool reads (doccano's
browser counts UTF-16 units, doccano #2290); code points for every other format."""


def export_unit(fmt: str) -> str:
    """The offsets' unit an export in `fmt` writes unless another is asked for."""
    return EXPORT_DEFAULT_UNITS.get(fmt, CODEPOINTS)


_WIDE = re.compile("[\U00010000-\U0010ffff]")


class OffsetUnits:
    """Converts one text's offsets between code points and UTF-16 units.

    Built once per article text: O(log n) per offset, O(1) for text with no wide
    characters (an ASCII text is known to have none without scanning it).
    """

    def __init__(self, text: str):
        self.length = len(text)
        self._wide = [] if text.isascii() else [m.start() for m in _WIDE.finditer(text)]
        """Code-point indices of the characters that take two UTF-16 units."""
        self._wide_utf16 = [index + shift for shift, index in enumerate(self._wide)]

    @property
    def utf16_length(self) -> int:
        return self.length + len(self._wide)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of a code-point offset (offsets past the end keep their excess)."""
        if not self._wide or offset <= 0:
            return offset
        return offset + bisect_left(self._wide, offset)

    def from_utf16(self, offset: int) -> int | None:
        """The code-point offset of a UTF-16 offset; None when it splits a surrogate pair
        (no character boundary there: the span cannot be what its source meant)."""
        if not self._wide or offset <= 0:
            return offset
        if offset >= self.utf16_length:
            return offset - len(self._wide)
        before = bisect_left(self._wide_utf16, offset)
        if before and self._wide_utf16[before - 1] + 1 == offset:
            return None
        return offset - before

    def to_codepoints(self, offset: int, unit: str) -> int | None:
        """An offset counted in `unit`, as code points (None: not a character boundary)."""
        return offset if unit == CODEPOINTS else self.from_utf16(offset)

    def from_codepoints(self, offset: int, unit: str) -> int:
        """A code-point offset counted in `unit`, for a file that counts in it."""
        return offset if unit == CODEPOINTS else self.to_utf16(offset)


def unit_problem(unit: str | None) -> str | None:
    """Why `unit` is not an offsets unit, else None (None itself means each tool's own)."""
    if unit is None or unit in UNITS:
        return None
    return message(
        "unknown offsets unit {unit!r}; use one of {names}", unit=unit, names=", ".join(UNITS)
    )
