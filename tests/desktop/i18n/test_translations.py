"""Every string the window shows is translated into every shipped language, and a
translation keeps what the program fills in (fields, counts, the Alt-key letter)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimdesk.desktop.i18n.catalog import (
    TRANSLATIONS,
    Message,
    catalogued,
    compile_qm,
    every_message,
    read_translations,
)
from claimdesk.desktop.i18n.language import LANGUAGES

TRANSLATED = list(LANGUAGES)
"""Every language has a file; English's holds the plural forms of counted strings."""
FIELD = re.compile(r"\{[a-z_]*(?:![rsa])?(?::[^{}]*)?\}")


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return every_message()


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_the_window_shows_is_translated(messages, language):
    translations = read_translations(language)
    missing = [
        f"{m.context}: {m.source}"
        for m in catalogued(language, messages)
        if not all(translations.get((m.context, m.source, m.disambiguation), [""]))
    ]
    assert missing == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translation_keeps_the_fields_counts_and_access_key_of_its_source(messages, language):
    translations = read_translations(language)
    wrong = []
    for m in messages:
        for form in translations.get((m.context, m.source, m.disambiguation), []):
            if sorted(FIELD.findall(form)) != sorted(FIELD.findall(m.source)):
                wrong.append(f"fields: {m.source!r} → {form!r}")
            if ("&" in m.source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                wrong.append(f"access key: {m.source!r} → {form!r}")
        forms = translations.get((m.context, m.source, m.disambiguation), [])
        if m.plural and forms and "%n" not in forms[-1]:
            wrong.append(f"count: {m.source!r} → {forms[-1]!r}")
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shipped_qm_file_is_compiled_from_its_ts_file(language, tmp_path: Path):
    fresh = compile_qm(language, tmp_path / f"{language}.qm")
    assert fresh.read_bytes() == (TRANSLATIONS / f"{language}.qm").read_bytes()
