"""A page saved "as a single file" (MHTML) imports as a saved web page does, keeping the
URL it was saved from and when; what is not one is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.interchange.sources import mhtml
from claimdesk.db.records.article_sources import article_source

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
URL = "https://noticias.example/2024/03/presupuesto-educacion"


def test_a_page_chromium_saved_as_mhtml_imports_its_main_text_url_and_capture_time(
    store: Store,
):
    (outcome,) = import_articles(store, [FIXTURES / "saved.mhtml"]).outcomes
    article = outcome.article
    assert article is not None and outcome.message() == ""
    assert article.title == "Presupuesto: el gasto en educación sube un 4,2 %"
    assert article.outlet == "Noticias Ejemplo" and article.url == URL
    assert article.text == (
        "Presupuesto: el gasto en educación sube un 4,2 %\n"
        "El Gobierno afirmó que el gasto público en colegios subió un 4,2 % en 2023, la mayor"
        " subida en una década, según el documento presentado el martes en el Congreso.\n"
        "Los críticos señalaron que la cifra incluye obras aprobadas que aún no se han"
        " construido, y que el aumento real, descontada la inflación, sería mucho menor."
    )
    provenance = article_source(store, article.id).provenance
    assert (provenance.original_url, provenance.retrieved) == (URL, "2024-03-12T10:15:00Z")
    assert provenance.file_name == "saved.mhtml" and len(provenance.file_sha256) == 64


IE_MHT = (
    b"From: <Saved by Windows Internet Explorer 8>\r\n"
    b"Subject: Old page\r\n"
    b"Date: Wed, 2 Feb 2011 14:30:00 +0100\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000"\r\n\r\n'
    b"------=_NextPart_000\r\n"
    b"Content-Type: text/html; charset=windows-1252\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"Content-Location: http://old.example/news/42.htm\r\n\r\n"
    b"<html><head><title>Old page</title></head><body><article><p>The council's caf=E9 "
    b"budget rose by a third in 2010, the report said, though the figures were never "
    b"audited by anyone outside the council.</p></article></body></html>\r\n"
    b"------=_NextPart_000--\r\n"
)


def test_an_internet_explorer_mht_takes_its_url_from_the_page_part_and_its_charset(
    store: Store, tmp_path: Path
):
    path = tmp_path / "old.mht"
    path.write_bytes(IE_MHT)
    (article,) = import_articles(store, [path]).added
    assert "café budget rose by a third" in article.text
    provenance = article_source(store, article.id).provenance
    assert (provenance.original_url, provenance.retrieved) == (
        "http://old.example/news/42.htm",
        "2011-02-02T13:30:00Z",
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"just some words, not a MIME message\n", "is not a saved web page (MHTML)"),
        (
            b'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
            b"Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n",
            "holds no HTML page (no text/html part)",
        ),
    ],
)
def test_a_file_named_mhtml_that_holds_no_page_is_refused_in_one_line(
    store: Store, tmp_path: Path, content: bytes, problem: str
):
    path = tmp_path / "page.mhtml"
    path.write_bytes(content)
    (outcome,) = import_articles(store, [path]).outcomes
    assert outcome.article is None and outcome.error.startswith(f"{path}: {problem}")
    assert "\n" not in outcome.error and store.project_counts() == (0, 0)


def test_an_mhtml_over_the_size_limit_is_refused_before_it_is_parsed(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(mhtml, "MAX_MHTML_BYTES", 1000)
    (outcome,) = import_articles(store, [FIXTURES / "saved.mhtml"]).outcomes
    assert outcome.article is None and "limit" in outcome.error
    assert store.project_counts() == (0, 0)
