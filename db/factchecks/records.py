"""One earlier fact-check as the archive keeps it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FactCheck:
    """The claim reviewed, who made it, the rating given, by whom, where and when."""

    claim: str
    claimant: str = ""
    rating: str = ""
    publisher: str = ""
    url: str = ""
    date: str = ""
    language: str = ""
    id: str = ""
