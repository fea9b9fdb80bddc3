"""The day a statement refers to, read from its sentence and the article's date: how the
story timeline tells "400 on Tuesday" (reported Wednesday) from "more than 100 on Monday"."""

from __future__ import annotations

import pytest

from claimdesk.db.analysis.statement_dates import said_on


def _said(text: str, phrase: str, published: str) -> str | None:
    start = text.index(phrase)
    return said_on(text, start, start + len(phrase), published)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The government reported a figure of 400 Tuesday afternoon.", "2026-01-14", "2026-01-13"),
        ("On Monday, the government said 400 were freed.", "2026-01-17", "2026-01-12"),
        ("On Saturday the government said 400 were freed.", "2026-01-17", "2026-01-17"),
        ("Yesterday the government said 400 were freed.", "2026-01-17", "2026-01-16"),
        ("On January 13 the government said 400 were freed.", "2026-01-17", "2026-01-13"),
        ("On December 30 the government said 400 were freed.", "2026-01-17", "2025-12-30"),
        ("The government says 400 were freed.", "2026-01-17", None),
        ("On Monday, the government said 400 were freed.", "", None),
    ],
)
def test_the_day_a_statement_refers_to(text, published, expected):
    assert _said(text, "400", published) == expected


def test_only_the_statements_own_sentence_counts():
    text = "Rights groups met on Monday. The government said 400 were freed."
    assert _said(text, "400", "2026-01-17") is None
