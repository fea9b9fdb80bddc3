"""The five text questions PySide6 will not let Python answer, answered from Python.

A screen reader counts characters (code points); Qt's text interface counts UTF-16
units. `view_text_access` answers in code points, but PySide6 (6.x) binds no method of
`QAccessibleTextInterface` that hands back positions through pointers: the selection, the
text attributes, and the word, line or character at, before or after an offset. Left to
Qt, those five would keep counting UTF-16 units on our code-point text, and a reader
would hear the wrong word after an emoji.

So the object's virtual table is copied and those five slots point at ctypes callbacks
that ask the Python object and write its answer. Only where that is known to be sound:
Linux on x86-64 (the Itanium C++ ABI, a returned QString through the first hidden
argument), and only when the copied table's three slots Qt implements itself are the
functions libQt6Gui exports under those names (the slot order checked, not assumed).
Anywhere else `patch` says no and the view keeps Qt's own interface.
"""

from __future__ import annotations

import ctypes
import platform
import sys
from collections.abc import Callable
from ctypes import CFUNCTYPE, POINTER, c_int, c_ssize_t, c_void_p
from typing import Any, Protocol

from PySide6.QtGui import QAccessible, QAccessibleTextInterface
from shiboken6 import getCppPointer

Boundary = QAccessible.TextBoundaryType
Answer = tuple[str, int, int]
"""Some text and where it starts and ends (code points); ("", -1, -1) for none."""
Pointer = Any  # a ctypes pointer to a C int, written as [0]


class CodePointText(Protocol):
    """What the patched slots ask, each in code points."""

    def selection_range(self, index: int) -> tuple[int, int]: ...
    def text_at(self, offset: int, boundary: Boundary) -> Answer: ...
    def text_before(self, offset: int, boundary: Boundary) -> Answer: ...
    def text_after(self, offset: int, boundary: Boundary) -> Answer: ...
    def attribute_run(self, offset: int) -> Answer: ...


_SLOTS = 18
"""QAccessibleTextInterface's virtual functions: two destructor entries, then its 16
methods in declaration order (qaccessible.h)."""
_SELECTION, _BEFORE, _AFTER, _AT, _ATTRIBUTES = 2, 10, 11, 12, 17
_AROUND_ARGUMENTS = "EiN11QAccessible16TextBoundaryTypeEPiS2_"
_QT_OWN = {
    _BEFORE: "_ZNK24QAccessibleTextInterface16textBeforeOffset" + _AROUND_ARGUMENTS,
    _AFTER: "_ZNK24QAccessibleTextInterface15textAfterOffset" + _AROUND_ARGUMENTS,
    _AT: "_ZNK24QAccessibleTextInterface12textAtOffset" + _AROUND_ARGUMENTS,
}
_FROM_UTF16 = "_ZN7QString9fromUtf16EPKDsx"

_Selection = CFUNCTYPE(None, c_void_p, c_int, POINTER(c_int), POINTER(c_int))
_Around = CFUNCTYPE(c_void_p, c_void_p, c_void_p, c_int, c_int, POINTER(c_int), POINTER(c_int))
_Attributes = CFUNCTYPE(c_void_p, c_void_p, c_void_p, c_int, POINTER(c_int), POINTER(c_int))
_POINTER = ctypes.sizeof(c_void_p)

_served: dict[int, CodePointText] = {}
"""Each patched object's C++ address → the Python object that answers for it."""
_tables: dict[int, _Table] = {}
"""Each original virtual table's address → its patched copy."""


def patch(text: QAccessibleTextInterface, answers: CodePointText) -> bool:
    """Make `text`'s five unbound slots ask `answers`; False where that is not sound."""
    if sys.platform != "linux" or platform.machine() != "x86_64":
        return False
    this = getCppPointer(text)[0]
    original = c_void_p.from_address(this).value or 0
    table = _tables.get(original)
    if table is None:
        try:
            table = _Table(original)
        except (OSError, AttributeError, ValueError):  # not the Qt we know: leave it be
            return False
        _tables[original] = table
    _served[this] = answers
    c_void_p.from_address(this).value = table.address
    return True


class _Table:
    """One copied virtual table, shared by every object of one class."""

    def __init__(self, original: int):
        gui, core = ctypes.CDLL("libQt6Gui.so.6"), ctypes.CDLL("libQt6Core.so.6")
        self.entries = (c_void_p * (_SLOTS + 2))()  # offset-to-top and type info first
        ctypes.memmove(self.entries, original - 2 * _POINTER, ctypes.sizeof(self.entries))
        for slot, symbol in _QT_OWN.items():
            if self.entries[2 + slot] != ctypes.cast(getattr(gui, symbol), c_void_p).value:
                raise ValueError(f"slot {slot} is not {symbol}")
        self._from_utf16 = getattr(core, _FROM_UTF16)
        self._from_utf16.restype = c_void_p
        self._from_utf16.argtypes = [c_void_p, ctypes.c_char_p, c_ssize_t]
        self._callbacks = (
            _Selection(_selection),
            _Around(self._around("text_before")),
            _Around(self._around("text_after")),
            _Around(self._around("text_at")),
            _Attributes(self._attributes),
        )
        slots = (_SELECTION, _BEFORE, _AFTER, _AT, _ATTRIBUTES)
        for slot, callback in zip(slots, self._callbacks, strict=True):
            self.entries[2 + slot] = ctypes.cast(callback, c_void_p).value

    @property
    def address(self) -> int:
        return ctypes.addressof(self.entries) + 2 * _POINTER

    def _around(self, question: str) -> Callable[..., int]:
        def answer(
            result: int, this: int, offset: int, boundary: int, start: Pointer, end: Pointer
        ) -> int:
            def ask() -> Answer:
                return getattr(_served[this], question)(offset, Boundary(boundary))

            return self._reply(result, start, end, ask)

        return answer

    def _attributes(self, result: int, this: int, offset: int, start: Pointer, end: Pointer) -> int:
        return self._reply(result, start, end, lambda: _served[this].attribute_run(offset))

    def _reply(self, result: int, start: Pointer, end: Pointer, ask: Callable[[], Answer]) -> int:
        """Build the QString Qt receives in `result` whatever happens: Qt destroys it."""
        try:
            text, start[0], end[0] = ask()
            data = text.encode("utf-16-le")
        except Exception:  # an exception must not cross into Qt: no text here
            data, start[0], end[0] = b"", -1, -1
        self._from_utf16(result, data, len(data) // 2)
        return result


def _selection(this: int, index: int, start: Pointer, end: Pointer) -> None:
    try:
        start[0], end[0] = _served[this].selection_range(index)
    except Exception:  # an exception must not cross into Qt: no selection
        start[0] = end[0] = -1
