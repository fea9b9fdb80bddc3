"""A report published in the project's language: its headings, column headers, "undated"
and dates are the language's own, the page says which language it is in (and that Arabic
reads right to left), and what comes from the project is still only text."""

from __future__ import annotations

import re
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.report.content import gather
from claimdesk.db.report.labels import LANGUAGES, labels, written_date
from claimdesk.db.report.publish import publish_report
from claimdesk.db.report.render import Layout

from .seed_project import released_prisoners, second_claim
from .test_publishing_a_report import HOSTILE, Page


def _page(store: Store, out: Path, **kwargs) -> tuple[str, Page, str]:
    html = publish_report(store, out, **kwargs).files[0].read_text(encoding="utf-8")
    page = Page(html)
    shown = "".join(page.text).translate({0x2068: None, 0x2069: None})  # isolates: unseen
    return html, page, " ".join(shown.split())


def test_a_spanish_project_publishes_its_report_in_spanish(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    second_claim(store, "Liberaron a varios estadounidenses", rated=False)
    store.set_setting("language", "es")
    html, page, text = _page(store, tmp_path / "r.html")
    [root] = page.tags("html")
    assert root == {"lang": "es", "dir": "ltr"}
    for words in (
        "La historia hasta ahora",
        "Afirmación 1",
        "Nuestra calificación",
        "Aún sin calificar",
        "Cómo cambió la cifra",
        "Dónde apareció",
        "Pruebas",
        "Las versiones no coinciden",
        "Quién lo dijo",
        "Publicado con Claimdesk el",
    ):
        assert words in text, words
    assert "14 de enero de 2026" in text and "17 de enero de 2026" in text
    assert '<time datetime="2026-01-14">14 de enero de 2026</time>' in html
    for english in (
        "The story so far",
        "Our rating",
        "Where it appeared",
        "undated",
        "Not yet rated",
        "Who said it",
        "2026-01-14,",
    ):
        assert english not in text, english


def test_an_arabic_report_reads_right_to_left_with_arabic_labels(store, seed_paths, tmp_path):
    claim = released_prisoners(store, seed_paths)
    government = next(a for a in store.annotations() if "400" in a.quote)
    store.name_claimant(claim, government.id, "الحكومة الفنزويلية")
    store.set_setting("language", "ar")
    html, page, text = _page(store, tmp_path / "r.html")
    [root] = page.tags("html")
    assert root == {"lang": "ar", "dir": "rtl"}
    assert "صاحب الادعاء: الحكومة الفنزويلية" in text
    for words in (
        "تقييمنا",
        "الادعاء 1",
        "كيف تغيّر الرقم",
        "أين ظهر الادعاء",
        "الأدلة",
        "14 يناير 2026",
        "الحكومة الفنزويلية، في AP",
    ):
        assert words in text, words
    assert "border-left" not in html, "the verdict's bar and quotes' rule sit on the start side"
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "<title>الرقم عبر الزمن:" in svg and "14 يناير 2026" in svg


def test_the_command_can_ask_for_another_language(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    store.set_setting("language", "ar")
    _, page, text = _page(store, tmp_path / "r.html", settings={"language": "pt"})
    assert page.tags("html") == [{"lang": "pt", "dir": "ltr"}]
    assert "Nossa classificação" in text and "14 de janeiro de 2026" in text


def test_a_markdown_report_is_worded_in_french(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    store.set_setting("language", "fr")
    md = publish_report(store, tmp_path / "r.md", "md").files[0].read_text(encoding="utf-8")
    assert "### L’évolution du chiffre" in md and "14 janvier 2026" in md
    assert "(diverge)" in md and "Notre verdict" in md


def test_hostile_text_stays_text_in_an_arabic_report(store, seed_paths, tmp_path):
    claim = released_prisoners(store, seed_paths)
    store.update_claim(claim, wording=HOSTILE, explanation=HOSTILE)
    appearance = next(a for a in store.annotations() if "400" in a.quote)
    store.name_claimant(claim, appearance.id, HOSTILE[:60])
    store.set_setting("language", "ar")
    html, page, text = _page(store, tmp_path / "r.html")
    assert [attrs for attrs, _ in page.scripts] == [{"type": "application/ld+json"}]
    assert not page.tags("img")
    assert '<script>alert("x")</script>' in text, "shown, as text"
    assert re.search(r"<title>تدقيق: &lt;script&gt;", html), "the title fills its label escaped"


def test_every_language_has_every_label_and_writes_dates():
    english = set(labels("en"))
    for language in LANGUAGES:
        assert set(labels(language)) == english, language
    assert written_date("2026-03-01", "fr") == "1er mars 2026"
    assert written_date("2026-03", "pt") == "março de 2026"
    assert written_date("sometime", "es") == "sometime"
    assert labels("pt_BR")["claim"] == "Afirmação" and labels("de")["claim"] == "Claim"


def test_why_a_claim_looks_contradicted_is_said_in_the_report_s_language(
    store, seed_paths, tmp_path
):
    released_prisoners(store, seed_paths)
    fifty, hundred = (
        next(a.id for a in store.annotations() if words in a.quote)
        for words in ("about 50", "more than 100")
    )
    store.add_link(fifty, hundred, "contradicts", store.ensure_annotator("Ana").id)
    store.set_setting("language", "es")
    _, _page_read, text = _page(store, tmp_path / "r.html")
    assert "las cifras no coinciden: 56 (AP" in text and "differ" not in text
    assert "14 de enero de 2026) frente a 400" in text
    assert "Ana marcó «Venezuela has so far only released about 50 people» como contra" in text


def test_an_arabic_pdf_lays_its_table_columns_out_from_the_right(store, seed_paths):
    """Qt's text engine, which lays out the PDF, keeps a table's cells left to right."""
    released_prisoners(store, seed_paths)
    second_claim(store, "أُطلق سراح عدد من الأمريكيين")
    store.set_setting("language", "ar")
    html = Layout("pdf").render(gather(store))
    header = re.search(r"<tr>(<th[^>]*>[^<]*</th>)+</tr>", html)
    assert header is not None
    assert re.findall(r"<th[^>]*>([^<]*)</th>", header[0]) == [
        "الادعاء", "الرقم", "الوسيلة الإعلامية", "القائل", "متى"
    ]  # fmt: skip


def test_an_arabic_report_writes_dates_with_the_digits_its_figures_use(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    store.set_setting("language", "ar")
    _html, _page_read, text = _page(store, tmp_path / "r.html")
    assert written_date("2026-01-14", "ar") == "14 يناير 2026"
    assert "14 يناير 2026" in text and "400" in text
    assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", text), "no Eastern Arabic digits"
