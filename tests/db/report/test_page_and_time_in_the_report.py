"""Each appearance says where in its source the claim was made: the PDF's page, or the
transcript's time range, in the page's language (the inspector and exports say it too)."""

from __future__ import annotations

import re

from claimdesk.db import Store
from claimdesk.db.records.article_sources import ArticleSource, Segment, save_article_source
from claimdesk.db.report.content import gather
from claimdesk.db.report.render import render

SPEECH = "Good evening. We have freed 400 political prisoners. Thank you."
PAGES = "Annual report.\nPage two says 56 prisoners were freed."


def _claim_on(store: Store, text: str, phrase: str, segments: tuple[Segment, ...]) -> None:
    article = store.add_article(text, title="Source", outlet="Gov", date="2026-01-14")
    save_article_source(store, article.id, ArticleSource(segments=segments))
    ana = store.ensure_annotator("Ana")
    start = text.index(phrase)
    span = store.add_annotation(article.id, start, start + len(phrase),
                                store.tag_by_name("Statistic").id, ana.id).id  # fmt: skip
    store.add_claim(ana.id, [span], wording="Prisoners were freed")


def _shown(html: str) -> str:
    return html.replace("\u2068", "").replace("\u2069", "")


def test_an_appearance_in_a_pdf_names_its_page(store):
    second = PAGES.index("Page two")
    _claim_on(store, PAGES, "56 prisoners", (Segment(0, page=1), Segment(second, page=2)))
    [appearance] = gather(store).claims[0].appearances
    assert appearance.page == 2
    assert "AP" not in appearance.place and appearance.place == "page 2"
    assert "Gov: Source, 14 January 2026, page 2" in _shown(render(gather(store), "md"))
    store.set_setting("language", "es")
    html = render(gather(store), "html")
    assert '14 de enero de 2026</time>, <span class="place">página 2</span>' in html


def test_an_appearance_in_a_transcript_names_its_time_range(store):
    cue = Segment(SPEECH.index("We have"), begin_ms=62_000, end_ms=65_500, speaker="Minister")
    _claim_on(store, SPEECH, "freed 400", (Segment(0, begin_ms=0, end_ms=2_000), cue))
    [appearance] = gather(store).claims[0].appearances
    assert (appearance.time_start, appearance.time_end) == ("00:01:02", "00:01:05")
    assert "00:01:02–00:01:05" in _shown(render(gather(store), "html"))
    store.set_setting("language", "ar")
    assert "00:01:02–00:01:05" in _shown(render(gather(store), "pdf"))


def test_an_appearance_in_a_plain_article_names_no_place(store, seed_paths):
    from .seed_project import released_prisoners

    released_prisoners(store, seed_paths)
    assert {a.place for a in gather(store).claims[0].appearances} == {""}


def test_a_long_figure_at_the_end_of_the_chart_stays_inside_it():
    from decimal import Decimal

    from claimdesk.db.report.chart import WIDTH, chart_svg
    from claimdesk.db.report.timeline import TimelinePoint

    points = tuple(
        TimelinePoint(str(i), "2026-01-1" + str(i), "AP", figure, Decimal(value), i > 0)
        for i, (figure, value) in enumerate((("56", 56), ("Three hundred thousand", 300_000)))
    )
    svg = str(chart_svg(points, "Figures"))
    x = float(re.search(r'<text x="([\d.]+)"[^>]*>Three hundred thousand</text>', svg)[1])
    assert x + len("Three hundred thousand") * 13 * 0.62 / 2 <= WIDTH
    assert re.search(r'<text x="116.0"[^>]*>56</text>', svg), "a short one stays over its point"
