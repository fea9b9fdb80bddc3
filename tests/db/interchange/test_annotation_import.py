"""Importing annotations: round trips, duplicates, re-anchoring, and bad files refused whole."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from claimdesk.db import NotFoundError, Store, ValidationError
from claimdesk.db.analysis.reanchor import reanchor
from claimdesk.db.interchange.annotation_import import guess_format, import_annotations
from claimdesk.db.interchange.export import export_project
from claimdesk.db.interchange.formats.common import Cancelled
from claimdesk.db.interchange.import_report import SchemeLacksError

from .test_exports import EMOJI_TEXT, build_project, claimdesk

SUFFIXES = {"jsonl": ".jsonl", "w3c": ".jsonld", "labelstudio": ".json"}


@pytest.fixture
def project(store: Store) -> dict:
    return build_project(store)


@pytest.fixture
def empty(tmp_path: Path):
    with Store.open(tmp_path / "empty.claimdesk") as opened:
        yield opened


def snapshot(store: Store, *, with_confidence: bool = True) -> dict:
    """What a round trip must keep, by id and by name (never by project-local ids)."""
    names = {annotator.id: annotator.name for annotator in store.annotators()}
    tags = {tag.id: tag.name for tag in store.tags(include_deleted=True)}
    verdicts = {verdict.id: verdict.name for verdict in store.verdicts(include_deleted=True)}
    return {
        "annotations": {
            a.id: (
                a.article_id,
                a.start,
                a.end,
                a.quote,
                tags[a.tag_id],
                names[a.annotator_id],
                verdicts.get(a.verdict_id),
                a.note,
                a.evidence,
                a.confidence if with_confidence else None,
            )
            for a in store.annotations()
        },
        "links": {
            (link.source_id, link.target_id, link.relation, names[link.annotator_id])
            for link in store.links()
        },
        "texts": {article.id: store.article(article.id).text for article in store.articles()},
    }


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


# Round trips


def test_jsonl_round_trip_keeps_everything(store, project, empty, tmp_path):
    first = tmp_path / "first.jsonl"
    export_project(store, "jsonl", first)
    report = import_annotations(empty, first)
    assert (report.added, report.articles_added, report.links_added, report.claims_added) == (
        5,
        2,
        3,
        1,
    )
    assert report.reviews_added == 1
    assert snapshot(empty) == snapshot(store)
    assert [link.id for link in empty.links()] == [link.id for link in store.links()]
    second = tmp_path / "second.jsonl"
    export_project(empty, "jsonl", second)

    def records(path: Path) -> list:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for line in lines:
            for annotation in line["annotations"]:
                if annotation["review"]:
                    annotation["review"].pop("modified")
        return lines

    assert records(second) == records(first)


def test_w3c_round_trip_keeps_spans_tags_verdicts_notes_and_links(store, project, empty, tmp_path):
    out = tmp_path / "export.jsonld"
    export_project(store, "w3c", out)
    report = import_annotations(empty, out)
    assert report.format == "w3c" and report.added == 5 and report.links_added == 3
    assert snapshot(empty, with_confidence=False) == snapshot(store, with_confidence=False)
    assert {link.id for link in empty.links()} == {link.id for link in store.links()}
    assert {a.created for a in empty.annotations()} == {a.created for a in store.annotations()}


def test_labelstudio_round_trip_keeps_what_label_studio_can_hold(store, project, empty, tmp_path):
    out = tmp_path / "tasks.json"
    export_project(store, "labelstudio", out)
    report = import_annotations(empty, out)
    assert report.format == "labelstudio" and report.added == 5
    before, after = snapshot(store), snapshot(empty)
    assert after["annotations"] == before["annotations"]
    assert after["texts"] == before["texts"]
    within_one_annotator = {
        link for link in before["links"] if link[2] != "same_claim"
    }  # the cross-article link cannot be a Label Studio relation
    assert after["links"] == within_one_annotator


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "labelstudio"])
def test_reimporting_the_same_file_adds_nothing(store, project, empty, tmp_path, fmt):
    out = tmp_path / f"export{SUFFIXES[fmt]}"
    export_project(store, fmt, out)
    import_annotations(empty, out)
    before = snapshot(empty)
    again = import_annotations(empty, out)
    assert (again.added, again.articles_added, again.links_added, again.claims_added) == (
        0,
        0,
        0,
        0,
    )
    assert again.unchanged == 5
    assert snapshot(empty) == before


def test_the_format_is_guessed_from_suffix_and_content(store, project, tmp_path):
    for fmt, suffix in SUFFIXES.items():
        out = tmp_path / f"export{suffix}"
        export_project(store, fmt, out)
        assert guess_format(out) == fmt
    unknown = tmp_path / "notes.txt"
    unknown.write_text("just some notes", encoding="utf-8")
    with pytest.raises(ValidationError, match="cannot tell its format"):
        guess_format(unknown)


# Matching articles, annotators and tags


def test_an_article_already_in_the_project_is_matched_by_its_text(store, ana, empty, tmp_path):
    existing = empty.add_article(EMOJI_TEXT, title="Mine")
    path = write_jsonl(
        tmp_path / "other.jsonl",
        [
            {
                "id": "their-id",
                "text": EMOJI_TEXT,
                "annotations": [
                    {"id": "a1", "start": 4, "end": 9, "tag": "Attribution", "annotator": "Cy"}
                ],
            }
        ],
    )
    report = import_annotations(empty, path)
    assert report.articles_added == 0
    assert empty.annotation("a1").article_id == existing.id
    assert empty.annotator_by_name("Cy") is not None


def test_unknown_tags_are_added_and_listed_unless_strict(empty, tmp_path):
    path = write_jsonl(
        tmp_path / "tags.jsonl",
        [
            {
                "id": "art",
                "text": "Prices rose 5 % last year.",
                "annotations": [
                    {"start": 0, "end": 6, "tag": "Economy", "annotator": "Cy", "verdict": "Spin"}
                ],
            }
        ],
    )
    with pytest.raises(ValidationError, match=r"line 1, annotation 1: the tag “Economy”"):
        import_annotations(empty, path, strict=True)
    assert empty.articles() == []
    report = import_annotations(empty, path)
    assert report.new_tags == ["Economy"] and report.new_verdicts == ["Spin"]
    assert empty.tag_by_name("economy") is not None
    assert "new tags: Economy" in report.summary()


def test_a_doccano_file_with_labels_only_imports(empty, tmp_path):
    path = write_jsonl(
        tmp_path / "doccano.jsonl",
        [{"id": 7, "text": "The minister 😀 lied.", "label": [[4, 12, "Attribution"]]}],
    )
    report = import_annotations(empty, path)
    assert report.added == 1
    (annotation,) = empty.annotations()
    assert annotation.quote == "minister"


# Re-anchoring and orphans


def test_a_span_whose_offsets_drifted_is_reanchored_by_its_quote(empty, tmp_path):
    text = "Intro. The mayor said 40 % of schools will close. The end."
    path = write_jsonl(
        tmp_path / "drift.jsonl",
        [
            {
                "id": "art",
                "text": text,
                "annotations": [
                    {
                        "id": "x",
                        "start": 2,
                        "end": 17,
                        "text": "40 % of schools",
                        "tag": "Statistic",
                    }
                ],
            }
        ],
    )
    report = import_annotations(empty, path)
    start = text.index("40 %")
    assert [(r.annotation_id, r.new) for r in report.reanchored] == [("x", (start, start + 15))]
    assert empty.annotation("x").quote == "40 % of schools"


def test_a_quote_that_is_nowhere_in_the_text_is_reported_as_an_orphan(empty, tmp_path):
    path = write_jsonl(
        tmp_path / "orphan.jsonl",
        [
            {
                "id": "art",
                "text": "Nothing about schools here at all.",
                "annotations": [
                    {"id": "gone", "start": 0, "end": 7, "text": "Budget deficit", "tag": "Quote"},
                    {"id": "kept", "start": 0, "end": 7, "text": "Nothing", "tag": "Quote"},
                ],
            }
        ],
    )
    report = import_annotations(empty, path)
    assert report.added == 1
    assert [(o.record_id, o.where) for o in report.orphans] == [
        ("gone", "orphan.jsonl, line 1, annotation 1")
    ]
    assert "orphan: orphan.jsonl, line 1, annotation 1" in report.summary()


def test_w3c_annotations_of_a_project_article_follow_their_quote(store, ana, empty, tmp_path):
    text = "Dear reader,\n\nThe mayor said 40 % of schools will close."
    article = empty.add_article(text)
    shifted = text.index("40 %") + 3  # the other tool counted three more characters
    path = tmp_path / "other-tool.jsonld"
    path.write_text(
        json.dumps(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "type": "Annotation",
                "id": "urn:uuid:0b6a4d36-6bd5-4d35-9e21-8a6c7c1b9f00",
                "body": {"type": "TextualBody", "purpose": "tagging", "value": "Statistic"},
                "target": {
                    "source": f"urn:uuid:{article.id}",
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": "40 % of schools"},
                        {"type": "TextPositionSelector", "start": shifted, "end": shifted + 15},
                    ],
                },
            }
        ),
        encoding="utf-8",
    )
    report = import_annotations(empty, path)
    assert len(report.reanchored) == 1 and report.reanchored[0].exact
    (annotation,) = empty.annotations()
    assert annotation.quote == "40 % of schools"
    assert annotation.annotator_id == empty.annotator_by_name("Unknown annotator").id


def test_reanchoring_prefers_the_occurrence_with_matching_context():
    text = "He said yes. Later she said yes. Then they said yes."
    anchor = reanchor(text, "said yes", prefix="Later she ", suffix=". Then", hint=0)
    assert anchor is not None and anchor.start == text.index("she said") + 4


def test_reanchoring_an_ambiguous_quote_gives_up():
    text = "yes and yes"
    assert reanchor(text, "yes", hint=4) is None


def test_reanchoring_uses_the_old_position_only_when_it_is_much_nearer():
    text = "yes " + "x" * 100 + " yes"
    assert reanchor(text, "yes", hint=2).start == 0


def test_reanchoring_finds_a_slightly_edited_quote():
    text = "Officials say 40% of schools will close by May, a claim others dispute."
    anchor = reanchor(text, "40 % of schools will close", hint=20)
    assert anchor is not None and not anchor.exact
    assert text[anchor.start : anchor.end].startswith("40% of schools will clos")


def test_reanchoring_finds_a_long_quote_edited_in_several_places_in_a_long_article():
    words = [
        "the",
        "council",
        "said",
        "spending",
        "on",
        "roads",
        "rose",
        "by",
        "12",
        "per",
        "cent",
        "last",
        "year",
        "while",
        "critics",
        "noted",
        "that",
        "figures",
        "were",
        "revised",
        "twice",
        "and",
        "minister",
        "claimed",
        "unemployment",
        "fell",
    ]
    rng = random.Random(3)
    text = " ".join(rng.choice(words) for _ in range(60_000))[:300_000]
    start = 150_003
    quote = text[start : start + 2000]
    for spot in (100, 500, 900, 1300, 1700):
        quote = quote[:spot] + "XYZ" + quote[spot + 2 :]
    anchor = reanchor(text, quote, hint=start - 40)
    assert anchor is not None and not anchor.exact
    assert (anchor.start, anchor.end) == (start, start + 2000)


# Bad input is refused whole


def test_evidence_given_as_one_string_is_one_piece_of_evidence(empty, tmp_path):
    text = "The mayor said 40 % of schools will close."
    record = {"id": "x", "start": 4, "end": 9, "tag": "Quote", "evidence": "http://x"}
    path = write_jsonl(tmp_path / "one.jsonl", [{"id": "a", "text": text, "annotations": [record]}])
    import_annotations(empty, path)
    assert empty.annotation("x").evidence == ("http://x",)


def test_invalid_json_names_the_line_and_writes_nothing(empty, tmp_path):
    path = tmp_path / "broken.jsonl"
    good = {"id": "a", "text": "Some text.", "annotations": []}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"broken\.jsonl, line 2: not valid JSON"):
        import_annotations(empty, path)
    assert empty.articles() == []


def test_a_reversed_span_is_refused_and_earlier_lines_undone(empty, tmp_path):
    path = write_jsonl(
        tmp_path / "reversed.jsonl",
        [
            {"id": "a", "text": "First article.", "annotations": [
                {"start": 0, "end": 5, "tag": "Quote"}]},
            {"id": "b", "text": "Short.", "annotations": [
                {"start": 4, "end": 2, "tag": "Quote"}]},
        ],
    )  # fmt: skip
    with pytest.raises(ValidationError, match=r"line 2, annotation 1: span 4–2 is outside"):
        import_annotations(empty, path)
    assert empty.articles() == [] and empty.annotations() == []
    with pytest.raises(NotFoundError):  # the cached text must not outlive the rollback
        empty.article_text("a")


def test_a_file_of_another_format_is_refused(store, project, empty, tmp_path):
    out = tmp_path / "export.jsonld"
    export_project(store, "w3c", out)
    with pytest.raises(ValidationError, match=r"export\.jsonld, task 1: a task needs"):
        import_annotations(empty, out, "labelstudio")
    with pytest.raises(ValidationError, match="cannot import 'brat'"):
        import_annotations(empty, out, "brat")
    assert empty.articles() == []


def test_an_unknown_relation_is_refused(empty, tmp_path):
    path = write_jsonl(
        tmp_path / "links.jsonl",
        [
            {
                "id": "a",
                "text": "One. Two.",
                "annotations": [
                    {"id": "x", "start": 0, "end": 3, "tag": "Quote", "annotator": "Cy"},
                    {"id": "y", "start": 5, "end": 8, "tag": "Quote", "annotator": "Cy"},
                ],
                "links": [{"id": "l", "source": "x", "target": "y", "relation": "loves"}],
            }
        ],
    )
    with pytest.raises(ValidationError, match="link 1: unknown relation"):
        import_annotations(empty, path)
    assert empty.annotations() == []


def test_cancelling_an_import_writes_nothing(store, project, empty, tmp_path):
    out = tmp_path / "export.jsonl"
    export_project(store, "jsonl", out)
    with pytest.raises(Cancelled):
        import_annotations(empty, out, cancelled=lambda: True)
    assert empty.articles() == []


# The command line


def test_the_import_annotations_command_reports_and_refuses_bad_files(store, project, tmp_path):
    out = tmp_path / "export.jsonld"
    export_project(store, "w3c", out)
    target = tmp_path / "target.claimdesk"

    done = claimdesk("import-annotations", target, out)
    assert done.returncode == 0, done.stderr
    assert "5 annotations added" in done.stdout
    again = claimdesk("import-annotations", target, out, "--format", "w3c")
    assert "0 annotations added, 5 already present" in again.stdout
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{\n", encoding="utf-8")
    refused = claimdesk("import-annotations", target, broken, "--strict")
    assert refused.returncode == 1
    assert "broken.jsonl, line 1: not valid JSON" in refused.stderr


# What the bulk path checks, record by record


def one_article(annotations: list, **article) -> dict:
    return {"id": "art", "text": "Prices rose 5 % last year, the minister said.", **article,
            "annotations": annotations}  # fmt: skip


def test_a_strict_import_names_every_tag_and_verdict_the_scheme_lacks_at_once(empty, tmp_path):
    path = write_jsonl(
        tmp_path / "scheme.jsonl",
        [
            one_article(
                [
                    {"start": 0, "end": 6, "tag": "Economy", "verdict": "Spin"},
                    {"start": 7, "end": 11, "tag": "Quote"},
                    {"start": 12, "end": 15, "tag": "Numbers"},
                ]
            )
        ],
    )
    with pytest.raises(SchemeLacksError) as refused:
        import_annotations(empty, path, strict=True)
    assert refused.value.tags == ["Economy", "Numbers"] and refused.value.verdicts == ["Spin"]
    message = str(refused.value)
    assert "scheme.jsonl, line 1, annotation 3: the tag “Numbers”" in message
    assert "annotation 1: the verdict “Spin” is not in the project's scale" in message
    assert empty.articles() == [] and empty.tag_by_name("Economy") is None


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"start": 0, "end": 6, "tag": "Quote", "confidence": 1.5}, "confidence 1.5 is not"),
        (
            {"start": 0, "end": 6, "tag": "Quote", "created": "last week"},
            "'last week' is not an ISO 8601",
        ),
        ({"start": 6, "end": 6, "tag": "Quote"}, "span 6–6 is outside the article text"),
        ({"start": "0", "end": 6, "tag": "Quote"}, "start and end must be whole numbers"),
        ({"start": 0, "end": 6}, "missing 'tag'"),
    ],
)
def test_a_bad_record_is_named_and_nothing_is_imported(empty, tmp_path, record, reason):
    good = {"id": "fine", "start": 7, "end": 11, "tag": "Quote"}
    path = write_jsonl(tmp_path / "bad.jsonl", [one_article([good, record])])
    with pytest.raises(ValidationError, match=rf"bad\.jsonl, line 1, annotation 2: {reason}"):
        import_annotations(empty, path)
    assert empty.articles() == [] and empty.annotations() == []


def test_a_link_from_an_annotation_to_itself_is_refused(empty, tmp_path):
    path = write_jsonl(
        tmp_path / "self.jsonl",
        [
            {
                **one_article([{"id": "x", "start": 0, "end": 6, "tag": "Quote"}]),
                "links": [{"id": "l", "source": "x", "target": "x", "relation": "supports"}],
            }
        ],
    )
    with pytest.raises(ValidationError, match="link 1: an annotation cannot be linked to itself"):
        import_annotations(empty, path)
    assert empty.annotations() == []


def test_times_from_other_tools_are_stored_as_the_project_writes_them(empty, tmp_path):
    dated = {"id": "a", "start": 0, "end": 6, "tag": "Quote"}
    dated["created"] = "2024-03-01T12:00:00+02:00"
    undated = {"id": "b", "start": 7, "end": 11, "tag": "Quote"}
    path = write_jsonl(tmp_path / "times.jsonl", [one_article([dated, undated])])
    import_annotations(empty, path)
    stored = empty.annotation("a")
    assert stored.created == stored.modified == "2024-03-01T10:00:00.000000Z"
    assert empty.annotation("b").created.endswith("Z"), "no time given: the time of import"


def test_a_record_repeated_in_one_file_is_imported_once(empty, tmp_path):
    twice = {"id": "same", "start": 0, "end": 6, "tag": "Quote"}
    path = write_jsonl(tmp_path / "twice.jsonl", [one_article([twice, twice])])
    report = import_annotations(empty, path)
    assert (report.added, report.unchanged) == (1, 1)
    assert [a.id for a in empty.annotations()] == ["same"]


def test_an_article_the_project_has_is_matched_by_id_and_keeps_its_metadata(empty, tmp_path):
    mine = empty.add_article(one_article([])["text"], title="Mine", article_id="art")
    path = write_jsonl(
        tmp_path / "by-id.jsonl",
        [one_article([{"id": "q", "start": 0, "end": 6, "tag": "Quote"}], title="Theirs")],
    )
    report = import_annotations(empty, path)
    assert report.articles_added == 0
    assert empty.annotation("q").article_id == mine.id
    assert [a.title for a in empty.articles()] == ["Mine"]


def test_a_claim_seen_from_two_articles_is_one_claim_with_both_appearances(
    store, project, empty, tmp_path
):
    out = tmp_path / "claims.jsonl"
    export_project(store, "jsonl", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["claims"][0]["id"] == lines[1]["claims"][0]["id"], "repeated on each line"
    report = import_annotations(empty, out)
    assert report.claims_added == 1
    [claim] = empty.claims()
    assert set(claim.annotation_ids) == {project["claim"].id, project["echo"].id}
    assert claim.wording == "40 % of schools will close by May"
