"""A name being typed in an editable box survives the box being reloaded.

The claimant boxes are refilled whenever their claim or appearance changes, and a note or
wording saved after a pause in typing changes it while the fact-checker may already be
typing the next field's name: refilled, the box lost every letter typed so far. A user's
edit not yet given (`QLineEdit.isModified`) is put back, caret and all, after the refill.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QComboBox


@contextmanager
def keeping_typed_name(box: QComboBox, same_record: bool) -> Iterator[None]:
    """Refill `box` inside the block; the name being typed stays if the record is the same."""
    line = box.lineEdit()
    assert line is not None, "the box is editable"
    typing = same_record and line.isModified()
    typed, caret = line.text(), line.cursorPosition()
    yield
    if typing:
        line.setText(typed)
        line.setCursorPosition(caret)
        line.setModified(True)


def name_given(box: QComboBox) -> str:
    """The typed name is being saved (its spaces folded): a later reload (an undo) may show
    another one."""
    line = box.lineEdit()
    assert line is not None, "the box is editable"
    line.setModified(False)
    return " ".join(box.currentText().split())
