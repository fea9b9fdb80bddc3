"""Publishing a fact-check: a page that stands alone (no network, no script), whose
ClaimReview JSON-LD is the export's, and on which nothing from the project can act as HTML."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.export import export_project
from claimdesk.db.report.publish import publish_report

from .seed_project import WORDING, released_prisoners, second_claim

SETTINGS = {"organization": "Fact Desk", "claimreview_url_base": "https://desk.example/c/"}
HOSTILE = '<script>alert("x")</script><img src=http://evil.example/x.png onerror=alert(1)>'


class Page(HTMLParser):
    """Every element of a page with its attributes, and its text, read strictly."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._in_script: dict[str, str | None] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts.append((self._in_script, data))
        else:
            self.text.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]


def _exported_reviews(store: Store, out: Path) -> list[dict]:
    export_project(store, "claimreview", out, settings=SETTINGS)
    return json.loads(out.read_text(encoding="utf-8"))


def _iso_dates(html: str) -> str:
    """The page with each written date (`<time datetime="2026-01-14">14 January 2026</time>`)
    as the ISO date it keeps for machines."""
    return re.sub(r'<time datetime="([^"]*)">[^<]*</time>', r"\1", html)


def _json_ld(html: str) -> list[dict]:
    extruct = pytest.importorskip("extruct", reason="extruct reads JSON-LD as Google does")
    return extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]


def test_the_page_embeds_the_claimreview_the_export_writes(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    published = publish_report(store, tmp_path / "report.html", settings=SETTINGS)
    html = published.files[0].read_text(encoding="utf-8")
    assert _json_ld(html) == _exported_reviews(store, tmp_path / "cr.json")
    assert published.reviews == 1


def test_split_pages_each_hold_one_claimreview_equal_to_the_export(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    second_claim(store, "Americans were released")
    second_claim(store, "Still being checked", rated=False)
    published = publish_report(store, tmp_path / "pages", split=True, settings=SETTINGS)
    assert [path.name for path in published.files] == [
        "01-venezuela-has-released-hundreds-of-political.html",
        "02-americans-were-released.html",
        "03-still-being-checked.html",
    ]
    found = [_json_ld(path.read_text(encoding="utf-8")) for path in published.files]
    exported = _exported_reviews(store, tmp_path / "cr.json")
    assert found == [[exported[0]], [exported[1]], []], "one ClaimReview per rated claim's page"
    assert any("not yet rated" in note for note in published.notes)


def test_every_claim_is_on_the_page_with_rating_appearances_and_evidence(
    store, seed_paths, tmp_path
):
    released_prisoners(store, seed_paths)
    html = publish_report(store, tmp_path / "r.html").files[0].read_text(encoding="utf-8")
    text = " ".join("".join(Page(html).text).split())
    assert f"“{WORDING}”" in text
    assert "Mostly false" in text
    for phrase in ("had confirmed 56 prisoners", "about 50 people", "more than 100 such"):
        assert phrase in text
    assert "AP" in text and "Second outlet" in text and "14 January 2026" in text
    hrefs = [attrs["href"] for attrs in Page(html).tags("a")]
    assert "https://foropenal.example/count" in hrefs
    assert "https://news.example/2026-01-17" in hrefs


def test_the_timeline_orders_the_figures_by_publication_and_marks_contradictions(
    store, seed_paths, tmp_path
):
    released_prisoners(store, seed_paths)
    html = _iso_dates(publish_report(store, tmp_path / "r.html").files[0].read_text("utf-8"))
    rows = re.findall(r'<tr( class="disagrees")?><td>([^<]*)</td><td>([^<]*)</td><td>[^<]*</td>'
                      r'<td>[^<]*</td><td class="figure">([^<]*)</td>', html)  # fmt: skip
    assert [(date, said, figure, bool(marked)) for marked, date, said, figure in rows] == [
        ("2026-01-14", "2026-01-13", "56", False),  # "As of Tuesday evening"
        ("2026-01-14", "2026-01-13", "400", True),  # "400 Tuesday afternoon"
        ("2026-01-17", "—", "about 50", True),
        ("2026-01-17", "2026-01-12", "more than 100", True),  # "On Monday"
    ]
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count('fill="#c62828"/>') == 3, "the three figures that disagree are red"
    assert "The accounts disagree" in html


def test_the_page_needs_no_network_and_runs_no_script(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    html = publish_report(store, tmp_path / "r.html").files[0].read_text(encoding="utf-8")
    page = Page(html)
    assert not page.tags("link") and not page.tags("img") and not page.tags("iframe")
    assert [attrs for attrs, _ in page.scripts] == [{"type": "application/ld+json"}]
    assert "url(" not in html and "@import" not in html and "src=" not in html


def test_a_hostile_note_is_shown_as_text_on_the_page(store, seed_paths, tmp_path):
    claim_id = released_prisoners(store, seed_paths)
    store.update_claim(claim_id, wording=f"{WORDING} </script>{HOSTILE}", explanation=HOSTILE,
                       evidence=["javascript:alert(1)", "https://ok.example/"])  # fmt: skip
    article = store.articles()[0]
    store.update_article(article.id, outlet=HOSTILE, url="javascript:alert(2)")
    html = publish_report(store, tmp_path / "r.html", settings=SETTINGS).files[0].read_text()
    page = Page(html)
    assert not page.tags("img"), "the note's <img> is text, not an image"
    assert [attrs for attrs, _ in page.scripts] == [{"type": "application/ld+json"}]
    assert not [a for a in page.tags("a") if not a["href"].startswith("https://")]
    text = "".join(page.text)
    assert HOSTILE in text and "javascript:alert(1)" in text
    assert _json_ld(html) == _exported_reviews(store, tmp_path / "cr.json")


def test_a_hostile_note_stays_text_in_markdown(store, seed_paths, tmp_path):
    claim_id = released_prisoners(store, seed_paths)
    store.update_claim(claim_id, explanation=HOSTILE + " [click](javascript:alert(1))")
    markdown = publish_report(store, tmp_path / "r.md", "md").files[0].read_text()
    assert not re.search(r"(?<!\\)<(?!https://)", markdown), "every < is escaped or a link"
    assert not re.search(r"(?<!\\)\]\(", markdown), "no Markdown link from the note"
    assert r"\<script\>alert" in markdown


def test_a_newsroom_template_lays_the_page_out_and_still_escapes(store, seed_paths, tmp_path):
    claim_id = released_prisoners(store, seed_paths)
    store.update_claim(claim_id, explanation=HOSTILE)
    template = tmp_path / "ours.html.j2"
    template.write_text(
        "<h1>Our desk</h1>{% for c in claims %}<p>{{ c.wording }}: {{ c.rating }}"
        " {{ c.explanation }}</p>{% endfor %}",
        encoding="utf-8",
    )
    out = publish_report(store, tmp_path / "r.html", template=template).files[0]
    assert out.read_text() == (
        f"<h1>Our desk</h1><p>{WORDING}: Mostly false"
        " &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=http://evil.example/x.png"
        " onerror=alert(1)&gt;</p>"
    )


def test_a_broken_template_is_one_line_naming_it_and_writes_nothing(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    template = tmp_path / "broken.j2"
    template.write_text("<p>\n{% for c in claims %}{{ c.wording }</p>", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"broken\.j2 \(line 2\): the report template"):
        publish_report(store, tmp_path / "r.html", template=template)
    assert not (tmp_path / "r.html").exists()


def test_a_template_cannot_reach_into_python(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    template = tmp_path / "sneaky.j2"
    template.write_text("{{ report.__class__.__init__.__globals__ }}", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"sneaky\.j2: the report template failed"):
        publish_report(store, tmp_path / "r.html", template=template)


def test_choosing_claims_by_number_or_id(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    other = second_claim(store, "Americans were released")
    one = publish_report(store, tmp_path / "a.html", chosen=["2"]).files[0].read_text()
    assert "Americans were released" in one and WORDING not in one
    by_id = publish_report(store, tmp_path / "b.html", chosen=[other]).files[0].read_text()
    assert "Americans were released" in by_id and WORDING not in by_id
    with pytest.raises(ValidationError, match=r"no claim '7' to report.*\(1–2\)"):
        publish_report(store, tmp_path / "c.html", chosen=["7"])


def test_the_page_names_who_made_the_claim_as_its_claimreview_does(store, seed_paths, tmp_path):
    claim_id = released_prisoners(store, seed_paths)
    government = next(a for a in store.annotations() if "400" in a.quote)
    store.name_claimant(claim_id, government.id, "Venezuelan government")
    html = publish_report(store, tmp_path / "r.html", settings=SETTINGS).files[0].read_text()
    text = " ".join("".join(Page(html).text).split())
    assert "Said by Venezuelan government" in text
    assert "Venezuelan government, in AP:" in text, "the appearance says who, and where"
    [review] = _json_ld(html)
    assert review["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Venezuelan government",
    }
    assert [review] == _exported_reviews(store, tmp_path / "cr.json")


def test_a_page_of_several_claims_opens_with_the_story_across_them(store, seed_paths, tmp_path):
    released_prisoners(store, seed_paths)
    second_claim(store, "Americans were released")
    html = publish_report(store, tmp_path / "r.html").files[0].read_text(encoding="utf-8")
    story = _iso_dates(html[html.index('<section class="story">') : html.index("</section>")])
    days = re.findall(r"<tr[^>]*><td>([^<]*)</td>", story)
    assert days == sorted(days), "by the day each statement was said, else published"
    assert days[:3] == ["2026-01-12", "2026-01-13", "2026-01-13"], "Monday's 100, Tuesday's 56, 400"
    assert story.count('href="#claim-1"') == 4 and story.count('href="#claim-2"') == 1
