"""Each article's language: told from its words at import, set by hand in Article details,
read by every analysis from the stored value, merged, exported and checked."""

from __future__ import annotations

import json
import sqlite3
from functools import partial
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.article_import import import_articles, import_pasted_text
from claimdesk.db.interchange.export import export_project
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.operations.articles import edit_article
from claimdesk.db.rules.check import check_project
from tests.db.operations.rows import round_trip
from tests.older_schema import as_written_by

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
SPANISH = (
    "El Gobierno dijo que 1.200 presos fueron liberados el lunes, según la ONG. "
    "Los familiares de los detenidos esperan desde hace meses."
)
FRENCH = (
    "Le gouvernement a déclaré que 1 200 prisonniers ont été libérés lundi, selon les ONG. "
    "Les familles des détenus attendent depuis des mois."
)
PAGE = "<html><head><title>Libérés</title></head><body><article><p>{}</p></article></body></html>"
ENGLISH = "The government said 1,200 prisoners were freed on Monday, according to the NGO."


def test_an_imported_article_keeps_the_language_its_words_are_in(store: Store, tmp_path: Path):
    pasted = import_pasted_text(store, SPANISH)
    (page,) = import_articles(store, [_file(tmp_path, "a.html", PAGE.format(FRENCH))]).added
    (plain,) = import_articles(store, [_file(tmp_path, "b.txt", ENGLISH)]).added
    (pdf,) = import_articles(store, [FIXTURES / "budget.pdf"]).added
    assert [store.article(a.id).language for a in (pasted, page, plain)] == ["es", "fr", "en"]
    assert store.article(pdf.id).language in ("en", "es", "pt", "fr")
    assert store.article_languages([pasted.id, page.id]) == {pasted.id: "es", page.id: "fr"}


def test_the_language_set_in_article_details_is_one_undoable_change(store: Store):
    article = store.add_article(SPANISH)
    applied, _ = round_trip(store, partial(edit_article, store, article.id, language="pt"))
    assert store.article(article.id).language == "pt"
    assert store.article_languages([article.id]) == {article.id: "pt"}
    applied.inverse()
    assert store.article(article.id).language == "es"


def test_a_language_claimdesk_does_not_know_is_refused(store: Store):
    article = store.add_article(ENGLISH)
    with pytest.raises(ValidationError, match="language"):
        edit_article(store, article.id, language="klingon")
    assert store.article(article.id).language == "en"


def test_the_figures_of_a_claim_are_read_in_the_language_set_not_guessed(store: Store, ana):
    from claimdesk.db.claims.claim_overview import claim_overview

    # Too short to tell: read as English, "1.200" is one point two hundred
    article = store.add_article("Hubo 1.200 presos.")
    tag = store.tags()[0].id
    span = store.add_annotation(article.id, 5, 10, tag, ana.id)
    claim = store.add_claim(ana.id, [span.id])
    edit_article(store, article.id, language="es")
    (appearance,) = claim_overview(store, claim.id).appearances
    assert appearance.language == "es" and appearance.figures == ("1200",)


def test_a_project_from_before_languages_opens_and_reads_each_article_language(
    project_path: Path,
):
    with Store.open(project_path) as store:
        article = store.add_article(SPANISH)
    conn = sqlite3.connect(project_path, isolation_level=None)
    as_written_by(conn, 9)
    conn.close()
    with Store.open(project_path) as store:
        assert store.article(article.id).language == ""
        assert store.article_languages([article.id]) == {article.id: "es"}
        assert check_project(store) == []


def test_check_names_an_article_whose_language_is_unknown(store: Store):
    article = store.add_article(ENGLISH)
    store.conn.execute("UPDATE articles SET language = 'xx'")
    assert check_project(store) == [
        f"articles {article.id}: language 'xx' is not one Claimdesk reads (en, es, pt, fr, ar)"
    ]


def test_merging_keeps_the_language_set_last(store: Store, tmp_path: Path):
    article = store.add_article(SPANISH)
    theirs = tmp_path / "bo.claimdesk"
    with Store.open(theirs) as colleague:
        colleague.add_article(SPANISH, article_id=article.id)
        edit_article(colleague, article.id, language="pt")
    merge_project(store, theirs)
    assert store.article(article.id).language == "pt"


def test_a_merged_file_with_an_unknown_language_is_refused(store: Store, tmp_path: Path):
    theirs = tmp_path / "bo.claimdesk"
    with Store.open(theirs) as colleague:
        colleague.add_article(ENGLISH)
        colleague.conn.execute("UPDATE articles SET language = 'xx'")
    with pytest.raises(ValidationError, match="language 'xx'"):
        merge_project(store, theirs)
    assert store.articles() == []


def test_the_jsonl_export_names_each_article_language(store: Store, tmp_path: Path):
    store.add_article(FRENCH)
    out = tmp_path / "out.jsonl"
    export_project(store, "jsonl", out)
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["language"] == "fr"


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
