"""The day a statement refers to: what a story's timeline places it on."""

import pytest

from claimdesk.db.analysis.statement_dates import referred_date


@pytest.mark.parametrize(
    ("text", "published", "language", "day", "words"),
    [
        ("The government said on Monday it freed 400", "2026-01-14", "en", "2026-01-12", "Monday"),
        ("released yesterday, officials said", "2026-01-17", "en", "2026-01-16", "yesterday"),
        ("freed on 28 December", "2026-01-05", "en", "2025-12-28", "28 December"),
        ("released 2026-01-03, then more", "", "en", "2026-01-03", "2026-01-03"),
        ("Foro Penal dijo ayer que 56 presos", "2026-01-17", "es", "2026-01-16", "ayer"),
        ("el gobierno anunció el lunes", "2026-01-14", "es", "2026-01-12", "lunes"),
        ("liberados el 14 de enero", "2026-01-17", "es", "2026-01-14", "14 de enero"),
        ("libertados na segunda-feira", "2026-01-14", "pt", "2026-01-12", "segunda-feira"),
        ("libérés lundi selon l'ONU", "2026-01-14", "fr", "2026-01-12", "lundi"),
        ("a statement made on Wednesday", "2026-01-14", "en", "2026-01-14", "Wednesday"),
    ],
)
def test_a_statement_is_placed_on_the_day_its_words_name(text, published, language, day, words):
    found = referred_date(text, published, language)
    assert found is not None
    assert (found.day, text[found.start : found.end]) == (day, words)


@pytest.mark.parametrize(
    ("text", "published", "language"),
    [
        ("56 political prisoners were freed", "2026-01-14", "en"),
        ("freed on Monday", "", "en"),  # no report date to count back from
        ("a segunda maior cidade do país", "2026-01-14", "pt"),  # an ordinal, not Monday
    ],
)
def test_a_statement_that_names_no_day_has_none(text, published, language):
    assert referred_date(text, published, language) is None
