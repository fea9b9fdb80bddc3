"""The store's own setters hold every value to the rules the importers and merge hold a
file's values to: a value over its limit, a NUL or text that is not valid Unicode is
refused in one line and nothing is written; evidence given as one string is one piece."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.annotation_import import import_annotations
from claimdesk.db.interchange.export import export_project
from claimdesk.db.rules.limits import (
    ARTICLE_BYTES,
    EVIDENCE_ITEMS,
    ID_CHARS,
    NOTE_CHARS,
    TITLE_CHARS,
    URL_CHARS,
)

TEXT = "The minister said unemployment fell by 12% last year. Critics disagreed."
LONG_NOTE = "n" * (NOTE_CHARS + 1)


@pytest.fixture
def work(store: Store, ana) -> dict:
    article = store.add_article(TEXT, title="Minister")
    tag = store.tags()[0].id
    first = store.add_annotation(article.id, 4, 12, tag, ana.id)
    second = store.add_annotation(article.id, 13, 17, tag, ana.id)
    link = store.add_link(first.id, second.id, "supports", ana.id)
    claim = store.add_claim(ana.id, [first.id], wording="Unemployment fell")
    return {
        "article": article.id,
        "tag": tag,
        "ana": ana.id,
        "first": first.id,
        "second": second.id,
        "link": link.id,
        "claim": claim.id,
    }


def _records(store: Store) -> list[tuple]:
    tables = ("articles", "annotations", "links", "claims", "claim_members", "reviews")
    return [store.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables]


REFUSED: dict[str, tuple[Callable[[Store, dict], object], str]] = {
    "an annotation's note": (
        lambda s, w: s.add_annotation(w["article"], 0, 3, w["tag"], w["ana"], note=LONG_NOTE),
        f'the annotation: "note" is {NOTE_CHARS + 1:,} characters',
    ),
    "an edited note": (
        lambda s, w: s.update_annotation(w["first"], note=LONG_NOTE),
        '"note" is 100,001 characters, over the limit of 100,000',
    ),
    "a note with a NUL": (
        lambda s, w: s.update_annotation(w["first"], note="a\x00b"),
        '"note" contains a NUL character',
    ),
    "a note with a lone surrogate": (
        lambda s, w: s.update_annotation(w["first"], note="a\ud800"),
        '"note" is not valid Unicode',
    ),
    "too many pieces of evidence": (
        lambda s, w: s.update_annotation(w["first"], evidence=["u"] * (EVIDENCE_ITEMS + 1)),
        f'"evidence" has {EVIDENCE_ITEMS + 1} items, over the limit of {EVIDENCE_ITEMS}',
    ),
    "a piece of evidence too long": (
        lambda s, w: s.add_annotation(
            w["article"], 0, 3, w["tag"], w["ana"], evidence=["u" * (URL_CHARS + 1)]
        ),
        f'"evidence" is {URL_CHARS + 1:,} characters',
    ),
    "a confidence of 1e308": (
        lambda s, w: s.update_annotation(w["first"], confidence=1e308),
        "confidence 1e+308 is not between 0 and 1",
    ),
    "an article over 10 MB": (
        lambda s, w: s.add_article("w " * (ARTICLE_BYTES // 2 + 1)),
        "the article text is over the 10 MB limit",
    ),
    "an article with a NUL": (
        lambda s, w: s.add_article("A report\x00 with a NUL."),
        '"text" contains a NUL character',
    ),
    "an article that is not valid Unicode": (
        lambda s, w: s.add_article("A report \udcff."),
        '"text" is not valid Unicode',
    ),
    "a title over its limit": (
        lambda s, w: s.add_article("Another report.", title="t" * (TITLE_CHARS + 1)),
        f'the article: "title" is {TITLE_CHARS + 1:,} characters',
    ),
    "an edited url over its limit": (
        lambda s, w: s.update_article(w["article"], url="u" * (URL_CHARS + 1)),
        f'"url" is {URL_CHARS + 1:,} characters',
    ),
    "a claim's wording": (
        lambda s, w: s.add_claim(w["ana"], [w["second"]], wording=LONG_NOTE),
        'the claim: "wording" is 100,001 characters',
    ),
    "a claim's explanation": (
        lambda s, w: s.update_claim(w["claim"], explanation=LONG_NOTE),
        '"explanation" is 100,001 characters',
    ),
    "a claim's evidence": (
        lambda s, w: s.update_claim(w["claim"], evidence=["u"] * (EVIDENCE_ITEMS + 1)),
        f'"evidence" has {EVIDENCE_ITEMS + 1} items',
    ),
    "a review comment": (
        lambda s, w: s.set_review(w["first"], w["ana"], "accepted", LONG_NOTE),
        'the review: "comment" is 100,001 characters',
    ),
    "a link note": (
        lambda s, w: s.add_link(w["second"], w["first"], "related", w["ana"], note=LONG_NOTE),
        'the link: "note" is 100,001 characters',
    ),
    "an edited link note": (
        lambda s, w: s.update_link(w["link"], note=LONG_NOTE),
        '"note" is 100,001 characters',
    ),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_value_past_the_rules_is_refused_in_one_line_and_nothing_is_written(store, work, case):
    call, words = REFUSED[case]
    before = _records(store)
    with pytest.raises(ValidationError) as raised:
        call(store, work)
    assert words in str(raised.value)
    assert "\n" not in str(raised.value)
    assert _records(store) == before


def test_evidence_given_as_one_string_is_one_piece_of_evidence(store, work):
    added = store.add_annotation(
        work["article"], 0, 3, work["tag"], work["ana"], evidence="http://x"
    )
    assert added.evidence == ("http://x",)
    edited = store.update_annotation(work["first"], evidence="http://y")
    assert edited.evidence == ("http://y",)
    claim = store.update_claim(work["claim"], evidence="http://z")
    assert claim.evidence == ("http://z",)


def test_an_import_with_a_confidence_of_true_is_refused(store, work, tmp_path: Path):
    path = tmp_path / "data.jsonl"
    span = {"start": 0, "end": 3, "tag": "Claim", "confidence": True}
    record = {"id": "a1", "text": TEXT, "annotations": [span]}
    path.write_text(json.dumps(record) + "\n")
    with pytest.raises(ValidationError) as raised:
        import_annotations(store, path)
    assert "confidence True is not between 0 and 1" in str(raised.value)


def test_an_import_with_a_time_in_the_stored_shape_but_no_real_date_is_refused(
    store, work, tmp_path: Path
):
    path = tmp_path / "data.jsonl"
    span = {"start": 0, "end": 3, "tag": "Claim", "created": "2026-13-45T09:00:00.000000Z"}
    path.write_text(json.dumps({"id": "a1", "text": TEXT, "annotations": [span]}) + "\n")
    with pytest.raises(ValidationError) as raised:
        import_annotations(store, path)
    assert "'2026-13-45T09:00:00.000000Z' is not an ISO 8601 date and time" in str(raised.value)


def test_an_imported_annotation_id_over_the_limit_is_refused(store, work, tmp_path: Path):
    exported = tmp_path / "w3c.json"
    export_project(store, "w3c", exported)
    document = json.loads(exported.read_text())
    document["first"]["items"][0]["id"] = "x" * (ID_CHARS + 5)  # no urn: prefix to strip
    exported.write_text(json.dumps(document))
    with Store.open(tmp_path / "empty.claimdesk") as empty:
        with pytest.raises(ValidationError) as raised:
            import_annotations(empty, exported)
        assert f'"id" is {ID_CHARS + 5:,} characters, over the limit of {ID_CHARS}' in str(
            raised.value
        )
        assert empty.annotations() == []
