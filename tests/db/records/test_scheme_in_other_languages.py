"""A newsroom that works in Spanish (Portuguese, French, Arabic) starts with the default
tags and verdicts in its language, and its projects still merge with English ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.records.default_scheme import SCHEME_LANGUAGES
from claimdesk.db.storage.errors import ValidationError


@pytest.mark.parametrize(
    ("language", "tag", "verdict"),
    [
        ("es", "Estadística", "Engañoso"),
        ("pt", "Estatística", "Enganoso"),
        ("fr", "Statistique", "Trompeur"),
        ("ar", "إحصاء", "مضلل"),
        ("pt_BR", "Estatística", "Enganoso"),
    ],
)
def test_a_new_project_gets_the_default_scheme_in_its_language(
    tmp_path: Path, language, tag, verdict
):
    with Store.open(tmp_path / "p.claimdesk", language=language) as store:
        assert tag in [t.name for t in store.tags()]
        assert verdict in [v.name for v in store.verdicts()]
        assert store.setting("language") == language[:2]


def test_every_language_names_and_describes_every_default_tag_and_verdict(tmp_path: Path):
    with Store.open(tmp_path / "en.claimdesk") as english:
        expected = len(english.tags()), len(english.verdicts())
        english_names = {t.name for t in english.tags()} | {v.name for v in english.verdicts()}
    for language in SCHEME_LANGUAGES[1:]:
        with Store.open(tmp_path / f"{language}.claimdesk", language=language) as store:
            tags, verdicts = store.tags(), store.verdicts()
            assert (len(tags), len(verdicts)) == expected
            names = {t.name for t in tags} | {v.name for v in verdicts}
            assert not names & english_names - {"Attribution", "Opinion"}, language
            assert all(entry.description for entry in [*tags, *verdicts])


def test_a_spanish_and_an_english_project_merge_without_duplicate_tags(tmp_path: Path):
    text = "El gobierno dijo que liberó a 400 presos."
    with Store.open(tmp_path / "es.claimdesk", language="es") as spanish:
        article = spanish.add_article(text)
        maria = spanish.ensure_annotator("María")
        statistic = spanish.tag_by_name("Estadística")
        spanish.add_annotation(article.id, 32, 35, statistic.id, maria.id)
    with Store.open(tmp_path / "en.claimdesk") as english:
        tags_before = len(english.tags())
        merge_project(english, tmp_path / "es.claimdesk")
        assert len(english.tags()) == tags_before
        (annotation,) = english.annotations(english.articles()[0].id)
        assert english.tag(annotation.tag_id).id == english.tag_by_name("Statistic").id


def test_a_language_with_no_scheme_is_refused_before_any_file_is_made(tmp_path: Path):
    path = tmp_path / "p.claimdesk"
    with pytest.raises(ValidationError, match="no default scheme in “xx”; available: en, es"):
        Store.open(path, language="xx")
    assert not path.exists()
