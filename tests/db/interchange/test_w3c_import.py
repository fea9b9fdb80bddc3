"""Importing W3C Web Annotation files as other tools write them: spans placed by their quote
alone, Hypothesis' comments, tags and creators, articles named by URL, and collections whose
pages are not in the file refused rather than half read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import ValidationError
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.import_report import SchemeLacksError

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TEXT = "The mayor said that 40 % of schools will close by May. Parents were not told."
ARTICLE_ID = "0b6a4d36-6bd5-4d35-9e21-8a6c7c1b9f00"


def write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def quote_only(item_id: str, exact: str, prefix: str = "", suffix: str = "") -> dict:
    """An annotation whose target has a TextQuoteSelector and no position."""
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{item_id}",
        "type": "Annotation",
        "motivation": "tagging",
        "creator": {"id": "urn:uuid:5f0c", "type": "Person", "name": "Ana"},
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Statistic"}],
        "target": {
            "source": f"urn:uuid:{ARTICLE_ID}",
            "selector": {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix,
                         "suffix": suffix},
        },
    }  # fmt: skip


def collection(items: list[dict], articles: list[dict] | None = None, **extra) -> dict:
    """An AnnotationCollection shaped as Claimdesk writes it (one embedded page)."""
    return {
        "@context": CONTEXT,
        "id": "urn:uuid:7d1e0000-0000-4000-8000-000000000001",
        "type": "AnnotationCollection",
        "label": "Their project",
        "total": len(items),
        "first": {"id": "urn:uuid:page-1", "type": "AnnotationPage", "startIndex": 0,
                  "items": items},
        "articles": articles or [],
        **extra,
    }  # fmt: skip


def the_article() -> dict:
    return {"id": f"urn:uuid:{ARTICLE_ID}", "title": "Schools", "outlet": "Daily",
            "author": "", "date": "2024-03-01", "url": "", "text": TEXT}  # fmt: skip


def test_a_span_given_only_by_its_quote_is_placed_by_it_in_the_files_article(store, tmp_path):
    path = write(
        tmp_path / "quotes.jsonld",
        collection(
            [
                quote_only("a1", "40 % of schools", prefix="said that ", suffix=" will"),
                quote_only("a2", "Parents were not told"),
                quote_only("a3", "a sentence nobody wrote"),
            ],
            [the_article()],
        ),
    )
    report = import_annotations(store, path)
    assert report.added == 2
    assert [(o.record_id, o.where) for o in report.orphans] == [("a3", "quotes.jsonld, item 3")]
    placed = {a.id: (a.start, a.end, a.quote) for a in store.annotations()}
    start = TEXT.index("40 %")
    assert placed["a1"] == (start, start + 15, "40 % of schools")
    assert placed["a2"][2] == "Parents were not told"


def test_an_ambiguous_quote_without_context_is_an_orphan_not_a_guess(store, tmp_path):
    text = "He said yes. Then yes again."
    article = store.add_article(text)
    item = quote_only("a1", "yes")
    item["target"]["source"] = f"urn:uuid:{article.id}"
    report = import_annotations(store, write(tmp_path / "one.jsonld", item))
    assert report.added == 0 and len(report.orphans) == 1
    assert store.annotations() == []


def hypothesis_annotation(source: str, start: int) -> dict:
    """One annotation as Hypothesis' API returns it in JSON-LD (`Accept: application/ld+json`):
    the comment is a TextualBody without purpose, tags are `tagging` bodies, the creator is
    the account id, the target a list, positions count the web page's text, not ours."""
    return {
        "@context": CONTEXT,
        "type": "Annotation",
        "id": "https://hypothes.is/a/Xq3fJ0kfEe-abc123",
        "created": "2024-03-02T09:15:27.314521+00:00",
        "modified": "2024-03-02T09:16:01.002210+00:00",
        "creator": "acct:ana_checks@hypothes.is",
        "body": [
            {"type": "TextualBody", "value": "Ministry says 4 %, not 40 %.",
             "format": "text/markdown"},
            {"type": "TextualBody", "value": "Statistic", "purpose": "tagging"},
            {"type": "TextualBody", "value": "schools", "purpose": "tagging"},
        ],
        "target": [
            {
                "source": source,
                "selector": [
                    {"type": "RangeSelector", "startContainer": "/main[1]/p[2]",
                     "startOffset": 20, "endContainer": "/main[1]/p[2]", "endOffset": 35},
                    {"type": "TextPositionSelector", "start": start, "end": start + 15},
                    {"type": "TextQuoteSelector", "exact": "40 % of schools",
                     "prefix": "The mayor said that ", "suffix": " will close by May."},
                ],
            }
        ],
    }  # fmt: skip


def test_a_hypothesis_annotation_keeps_its_comment_tags_and_account(store, tmp_path):
    article = store.add_article(TEXT, title="Schools", url="https://daily.example/schools")
    store.add_article("Another report.", title="Other", url="https://daily.example/other")
    item = hypothesis_annotation("https://daily.example/schools", start=1412)
    report = import_annotations(store, write(tmp_path / "hypothesis.jsonld", item))
    assert report.added == 1 and report.orphans == []
    (annotation,) = store.annotations()
    assert annotation.article_id == article.id, "target.source is the article's URL"
    assert annotation.quote == "40 % of schools"
    assert store.tag(annotation.tag_id).name == "Statistic"
    assert annotation.note.startswith("Ministry says 4 %, not 40 %.")
    assert "schools" in annotation.note.splitlines()[-1], "a second tag is not lost"
    names = {annotator.id: annotator.name for annotator in store.annotators()}
    assert names[annotation.annotator_id] == "acct:ana_checks@hypothes.is"


def test_a_creator_object_is_named_by_its_name_or_nickname(store, tmp_path):
    store.add_article(TEXT, url="https://daily.example/schools")
    item = hypothesis_annotation("https://daily.example/schools", start=20)
    item["creator"] = {"type": "Person", "nickname": "ben"}
    import_annotations(store, write(tmp_path / "nick.jsonld", item))
    (annotation,) = store.annotations()
    assert store.annotator(annotation.annotator_id).name == "ben"


@pytest.mark.parametrize(
    "linked",
    [
        {"first": "https://anno.example/c/1?page=0"},
        {"first": {"id": "https://anno.example/c/1?page=0", "type": "AnnotationPage",
                   "items": [], "next": "https://anno.example/c/1?page=1"}},
    ],
    ids=["first page linked", "next page linked"],
)  # fmt: skip
def test_a_collection_whose_pages_are_not_in_the_file_is_refused_whole(store, tmp_path, linked):
    document = collection([], [the_article()], **linked)
    if isinstance(document["first"], dict):
        document["first"]["items"] = [quote_only(f"a{n}", "40 % of schools") for n in range(10)]
    document["total"] = 47
    with pytest.raises(ValidationError) as refused:
        import_annotations(store, write(tmp_path / "paged.jsonld", document))
    message = str(refused.value)
    assert "\n" not in message and message.startswith("paged.jsonld:")
    assert "pages are not in the file" in message
    assert store.annotations() == [] and store.articles() == []


def test_a_collection_holding_fewer_items_than_its_total_is_refused(store, tmp_path):
    document = collection([quote_only("a1", "40 % of schools")], [the_article()])
    document["total"] = 47
    with pytest.raises(ValidationError, match="1 of its 47 annotations"):
        import_annotations(store, write(tmp_path / "short.jsonld", document))
    assert store.annotations() == []


def untagged_hypothesis_annotation(source: str) -> dict:
    """A Hypothesis annotation with a comment and no tags: its JSON-LD has one TextualBody,
    without purpose, and no `tagging` body at all."""
    item = hypothesis_annotation(source, start=1412)
    item["id"] = "https://hypothes.is/a/Yr4gK1lgFf-def456"
    item["body"] = [item["body"][0]]
    return item


def page_note(source: str) -> dict:
    """A Hypothesis page note: a comment on the whole page, its target a source alone."""
    item = untagged_hypothesis_annotation(source)
    item["id"] = "https://hypothes.is/a/Zs5hL2mhGg-ghi789"
    item["target"] = [{"source": source}]
    return item


def test_a_hypothesis_annotation_without_tags_is_imported_as_untagged(store, tmp_path):
    store.add_article(TEXT, title="Schools", url="https://daily.example/schools")
    items = [
        untagged_hypothesis_annotation("https://daily.example/schools"),
        page_note("https://daily.example/schools"),
    ]
    report = import_annotations(store, write(tmp_path / "hypothesis.jsonld", items))
    assert (report.added, report.untagged, report.orphans) == (1, 1, [])
    (annotation,) = store.annotations()
    assert store.tag(annotation.tag_id).name == "Untagged"
    assert annotation.note == "Ministry says 4 %, not 40 %."
    summary = report.summary()
    assert "1 annotation had no tag; imported under “Untagged”" in summary
    assert "new tags: Untagged" in summary, "made by the scheme's rules, and said"
    assert "1 page note left out" in summary


def test_untagged_annotations_take_the_tag_the_user_names(store, tmp_path):
    store.add_article(TEXT, title="Schools", url="https://daily.example/schools")
    path = write(
        tmp_path / "hypothesis.jsonld",
        untagged_hypothesis_annotation("https://daily.example/schools"),
    )
    with pytest.raises(SchemeLacksError) as refused:
        import_annotations(store, path, strict=True, untagged_tag="From Hypothesis")
    assert refused.value.tags == ["From Hypothesis"], "a strict import asks before adding it"
    report = import_annotations(store, path, untagged_tag="Statistic")
    assert report.new_tags == [] and report.untagged_tag == "Statistic"
    assert [store.tag(a.tag_id).name for a in store.annotations()] == ["Statistic"]
