"""Find and filters ignore accents and case unless asked to be exact; matches land on the
original text's code points, accents included."""

from __future__ import annotations

from claimdesk.db.analysis.text_folding import find_matches, fold


def test_rodriguez_finds_rodriguez_with_its_accent():
    text = "Tomás Rodríguez said so. RODRIGUEZ agreed."
    found = [text[start:end] for start, end in find_matches(text, "Rodriguez")]
    assert found == ["Rodríguez", "RODRIGUEZ"]


def test_a_decomposed_accent_is_found_and_kept_with_its_letter():
    text = "Cafe\u0301 owners and café staff"
    found = [text[start:end] for start, end in find_matches(text, "cafe")]
    assert found == ["Cafe\u0301", "café"]


def test_an_accented_needle_finds_the_plain_spelling_too():
    assert find_matches("Jose arrived", "José") == [(0, 4)]


def test_offsets_after_an_emoji_and_a_sharp_s_stay_on_the_original_text():
    text = "🌊 Straße closed; strasse open"
    found = [text[start:end] for start, end in find_matches(text, "strasse")]
    assert found == ["Straße", "strasse"]


def test_exact_matching_keeps_case_and_accents():
    text = "Rodríguez and Rodriguez and rodriguez"
    assert [text[s:e] for s, e in find_matches(text, "Rodriguez", exact=True)] == ["Rodriguez"]


def test_filters_compare_folded_texts():
    assert fold("Rodriguez") in fold("Statement by Tomás RODRÍGUEZ")
    assert fold("") == ""
