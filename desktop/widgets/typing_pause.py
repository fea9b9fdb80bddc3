"""Saving what is typed after a short pause, so each pause is one undo step, not each key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

TYPING_PAUSE_MS = 400


def pause_timer(parent: QWidget, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(slot)
    return timer


def urls_in(text: str) -> list[str]:
    """Evidence fields hold one URL per line; blank lines and edge spaces are dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]
