"""A document that says which language it is in is stored in that language when Claimdesk
reads it (en, es, pt, fr, ar): an HTML page's `lang` or `content-language`, a Word or
OpenDocument file's default language, a PDF's /Lang, a WebVTT `Language:` header. Any other
(or none) leaves the language told from the words, as before. Each text below opens in
English, so a stored "es", "pt" or "fr" can only have come from the file's own word."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from tests.fixtures.sources.pdf_writer import write_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
ENGLISH = "The government said that 400 prisoners were released, according to the ministry."


def _stored_language(store: Store, path: Path) -> str:
    (outcome,) = import_articles(store, [path]).outcomes
    assert outcome.message() == "" and outcome.article is not None
    return store.article(outcome.article.id).language


def _page(head: str, html_attributes: str = "") -> str:
    return (
        f"<!doctype html><html{html_attributes}><head><title>Presos</title>{head}</head>"
        f"<body><article><h1>Presos</h1><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "attributes", "expected"),
    [
        ("", ' lang="es-VE"', "es"),
        ('<meta http-equiv="Content-Language" content="pt-BR">', "", "pt"),
        ("", ' xml:lang="fr"', "fr"),
        ("", ' lang="de"', "en"),  # not one Claimdesk reads: told from the words
        ("", "", "en"),
    ],
)
def test_a_web_page_naming_its_language_is_stored_in_it(
    store, tmp_path, head, attributes, expected
):
    page = tmp_path / "page.html"
    page.write_text(_page(head, attributes), encoding="utf-8")
    assert _stored_language(store, page) == expected


def _rezipped(source: Path, out: Path, part: str, old: bytes, new: bytes) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == part:
                assert old in data
                data = data.replace(old, new)
            copy.writestr(item, data)
    return out


def test_a_word_document_whose_defaults_say_spanish_is_stored_as_spanish(store, tmp_path):
    path = _rezipped(FIXTURES / "budget.docx", tmp_path / "budget.docx", "word/styles.xml",
                     b'w:lang w:val="en-US"', b'w:lang w:val="es-VE"')  # fmt: skip
    assert _stored_language(store, path) == "es"


def test_an_opendocument_text_whose_default_style_says_portuguese_is_stored_so(store, tmp_path):
    old, new = b'fo:language="en" fo:country="US"', b'fo:language="pt" fo:country="BR"'
    path = _rezipped(FIXTURES / "budget.odt", tmp_path / "budget.odt", "styles.xml", old, new)
    assert _stored_language(store, path) == "pt"


def test_a_pdf_whose_catalog_says_french_is_stored_as_french(store, tmp_path):
    import pypdf
    from pypdf.generic import NameObject, TextStringObject

    plain = tmp_path / "plain.pdf"
    write_pdf(plain, [[(ENGLISH[:60], 700), (ENGLISH[60:], 680)]])
    writer = pypdf.PdfWriter(clone_from=plain)
    writer._root_object[NameObject("/Lang")] = TextStringObject("fr-FR")
    named = tmp_path / "named.pdf"
    with open(named, "wb") as handle:
        writer.write(handle)
    assert _stored_language(store, named) == "fr"


def test_a_webvtt_header_naming_its_language_is_taken(store, tmp_path):
    cues = "\n\n1\n00:00:01.000 --> 00:00:04.000\n" + ENGLISH + "\n"
    named = tmp_path / "named.vtt"
    named.write_text("WEBVTT\nKind: captions\nLanguage: es\n" + cues, encoding="utf-8")
    assert _stored_language(store, named) == "es"
    other = tmp_path / "other.vtt"
    other.write_text("WEBVTT\nLanguage: de" + cues.replace("400", "500"), encoding="utf-8")
    assert _stored_language(store, other) == "en"


def test_an_odd_hint_is_no_hint_and_the_import_goes_on(store, tmp_path):
    page = tmp_path / "odd.html"
    page.write_text(_page('<meta http-equiv="content-language">', ' lang="<<<"'), "utf-8")
    assert _stored_language(store, page) == "en"
    broken = io.BytesIO()
    with (
        zipfile.ZipFile(FIXTURES / "budget.docx") as original,
        zipfile.ZipFile(broken, "w") as copy,
    ):
        for item in original.infolist():
            data = b"<not xml" if item.filename == "word/styles.xml" else original.read(item)
            copy.writestr(item, data)
    (tmp_path / "broken.docx").write_bytes(broken.getvalue())
    assert _stored_language(store, tmp_path / "broken.docx") == "en"
