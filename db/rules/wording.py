"""How counts read in messages, written once for the store, the CLI and the window."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """'1 link', '2 links', '1,200 annotations', '3 claim appearances'."""
    word = noun if number == 1 else plural or f"{noun}s"
    return f"{number:,} {word}"
