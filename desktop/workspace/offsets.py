"""Where code-point offsets (the store's) and Qt's UTF-16 positions meet, over the store's
one converter (`offset_units`).

Qt counts a character outside the Basic Multilingual Plane (most emoji) as two units;
the store and every export count it as one. A `OffsetMap` is built once per article
text and converts in O(log n), or in O(1) for text without such characters.
"""

from __future__ import annotations

from bisect import bisect_left

from claimdesk.db.analysis.offset_units import OffsetUnits


class OffsetMap(OffsetUnits):
    to_qt = OffsetUnits.to_utf16
    """UTF-16 position of code-point offset `offset` (0..len(text))."""

    def from_qt(self, position: int) -> int:
        """Code-point offset of a UTF-16 position; inside a surrogate pair (where a cursor,
        unlike a file's span, can sit), the pair's start. Inline, not over `from_utf16`:
        the pane calls it per cursor move and the extra call doubled its cost."""
        if not self._wide:
            return position
        # Wide characters starting before; inside a pair this also lands on its start.
        return position - bisect_left(self._wide_utf16, position)
