"""The one place where code-point offsets (the store's) and Qt's UTF-16 positions meet.

Qt counts a character outside the Basic Multilingual Plane (most emoji) as two units;
the store and every export count it as one. A `OffsetMap` is built once per article
text and converts in O(log n), or in O(1) for text without such characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_WIDE = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    def __init__(self, text: str):
        self.length = len(text)
        # Code-point indices of the characters that take two UTF-16 units (an ASCII text,
        # known without reading it, has none: no 70 ms scan of a 10 MB article).
        self._wide = [] if text.isascii() else [m.start() for m in _WIDE.finditer(text)]
        # Their UTF-16 positions: each earlier wide character shifts one unit further.
        self._wide_utf16 = [index + shift for shift, index in enumerate(self._wide)]

    @property
    def utf16_length(self) -> int:
        return self.length + len(self._wide)

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point offset `offset` (0..len(text))."""
        if not self._wide:
            return offset
        return offset + bisect_left(self._wide, offset)

    def from_qt(self, position: int) -> int:
        """Code-point offset of a UTF-16 position; inside a surrogate pair, the pair's start."""
        if not self._wide:
            return position
        before = bisect_left(self._wide_utf16, position)  # wide characters starting before
        if before and self._wide_utf16[before - 1] + 1 == position:
            return self._wide[before - 1]
        return position - before
