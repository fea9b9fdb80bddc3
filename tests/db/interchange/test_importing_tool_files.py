"""Importing files exactly as doccano and Label Studio write them: every span lands on the
characters its tool meant (their browsers count UTF-16 units), or is an orphan named with
its file and record; shapes those tools write are read whole, or the report says what not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.annotation_import import import_annotations

FLAG_TEXT = "🇫🇷 56 fr: the minister 😀 lied."
"""A flag (two code points, four UTF-16 units) and an emoji (one code point, two units)."""


@pytest.fixture
def empty(tmp_path: Path):
    with Store.open(tmp_path / "empty.claimdesk") as opened:
        yield opened


def utf16(text: str, part: str) -> list[int]:
    """[start, end] of `part` in `text` as a browser counts them."""
    start = text.index(part)
    before = len(text[:start].encode("utf-16-le")) // 2
    return [before, before + len(part.encode("utf-16-le")) // 2]


def write(path: Path, content: object, *, lines: bool = False) -> Path:
    if lines:
        text = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in content)
    else:
        text = json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def quotes(store: Store) -> list[tuple[str, str]]:
    tags = {tag.id: tag.name for tag in store.tags()}
    return sorted((a.quote, tags[a.tag_id]) for a in store.annotations())


def doccano_line(**fields) -> dict:
    """doccano's documented import shape: text and label, no id."""
    return {"text": FLAG_TEXT, **fields}


# Offsets counted in UTF-16 units


def test_doccano_spans_after_a_flag_land_on_the_characters_doccano_meant(empty, tmp_path):
    label = [[*utf16(FLAG_TEXT, "56"), "Number"], [*utf16(FLAG_TEXT, "lied"), "Claim"]]
    path = write(tmp_path / "doccano.jsonl", [doccano_line(label=label)], lines=True)
    report = import_annotations(empty, path)
    assert quotes(empty) == [("56", "Number"), ("lied", "Claim")]
    assert (report.added, len(report.reanchored), len(report.orphans)) == (2, 0, 0)


def test_offsets_counted_in_code_points_are_read_so_when_asked(empty, tmp_path):
    start = FLAG_TEXT.index("56")
    path = write(
        tmp_path / "codepoints.jsonl",
        [doccano_line(label=[[start, start + 2, "Number"]])],
        lines=True,
    )
    import_annotations(empty, path, offsets="codepoints")
    assert quotes(empty) == [("56", "Number")]
    with pytest.raises(ValidationError, match="unknown offsets unit 'bytes'"):
        import_annotations(empty, path, offsets="bytes")


def test_label_studio_results_without_their_text_count_utf16_units(empty, tmp_path):
    value = dict(zip(("start", "end"), utf16(FLAG_TEXT, "minister"), strict=True))
    tasks = [
        {
            "id": 1,
            "data": {"text": FLAG_TEXT},
            "annotations": [
                {
                    "completed_by": 1,
                    "result": [
                        {
                            "id": "r1",
                            "from_name": "label",
                            "to_name": "text",
                            "type": "labels",
                            "value": {**value, "labels": ["Person"]},
                        }
                    ],
                }
            ],
        }
    ]
    report = import_annotations(empty, write(tmp_path / "tasks.json", tasks))
    assert quotes(empty) == [("minister", "Person")]
    assert (len(report.reanchored), len(report.orphans)) == (0, 0)


def test_claimdesk_jsonl_annotations_without_a_quote_count_code_points(empty, tmp_path):
    start = FLAG_TEXT.index("lied")
    line = {
        "id": "art",
        "text": FLAG_TEXT,
        "annotations": [{"id": "x", "start": start, "end": start + 4, "tag": "Claim"}],
    }
    import_annotations(empty, write(tmp_path / "ours.jsonl", [line], lines=True))
    assert quotes(empty) == [("lied", "Claim")]


# A span past the end


def label_result(region_id: str, start: int, end: int, label: str, text: str | None) -> dict:
    value = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        value["text"] = text
    return {"id": region_id, "from_name": "label", "to_name": "text", "type": "labels",
            "value": value}  # fmt: skip


def test_a_span_past_the_end_with_its_quote_is_placed_by_the_quote(empty, tmp_path):
    tasks = [
        {
            "id": 7,
            "data": {"text": FLAG_TEXT},
            "annotations": [
                {
                    "result": [
                        label_result("good", *utf16(FLAG_TEXT, "56"), "Number", "56"),
                        label_result("quoted", 400, 408, "Person", "minister"),
                        label_result("lost", 400, 404, "Claim", None),
                    ]
                }
            ],
        }
    ]
    report = import_annotations(empty, write(tmp_path / "past.json", tasks))
    assert quotes(empty) == [("56", "Number"), ("minister", "Person")]
    assert [(r.annotation_id, r.old) for r in report.reanchored] == [("quoted", (400, 408))]
    [orphan] = report.orphans
    assert orphan.where == "past.json, task 1, annotation 1, result 3"
    assert "span 400–404 (UTF-16 units) is not within the article text" in orphan.reason
    assert "1 re-anchored, 1 orphaned" in report.summary()


# doccano's shapes


def test_doccanos_import_shape_without_ids_imports_and_again_adds_nothing(empty, tmp_path):
    lines = [
        doccano_line(label=[[*utf16(FLAG_TEXT, "56"), "Number"]]),
        {"text": "Plain.", "label": []},
    ]
    path = write(tmp_path / "import.jsonl", lines, lines=True)
    first = import_annotations(empty, path)
    again = import_annotations(empty, path)
    assert (first.added, first.articles_added) == (1, 2)
    assert (again.added, again.articles_added, again.unchanged) == (0, 0, 1)


def test_a_doccano_relation_export_brings_entities_and_relations(empty, tmp_path):
    line = {
        "id": 12,
        "text": FLAG_TEXT,
        "entities": [
            {"id": 101, "label": "Number", "start_offset": utf16(FLAG_TEXT, "56")[0],
             "end_offset": utf16(FLAG_TEXT, "56")[1]},
            {"id": 102, "label": "Claim", "start_offset": utf16(FLAG_TEXT, "lied")[0],
             "end_offset": utf16(FLAG_TEXT, "lied")[1]},
            {"id": 103, "label": "Person", "start_offset": utf16(FLAG_TEXT, "minister")[0],
             "end_offset": utf16(FLAG_TEXT, "minister")[1]},
        ],
        "relations": [
            {"id": 1, "from_id": 101, "to_id": 102, "type": "supports"},
            {"id": 2, "from_id": 103, "to_id": 102, "type": "said by"},
        ],
        "Comments": [],
    }  # fmt: skip
    report = import_annotations(empty, write(tmp_path / "rel.jsonl", [line], lines=True))
    assert quotes(empty) == [("56", "Number"), ("lied", "Claim"), ("minister", "Person")]
    by_quote = {a.id: a.quote for a in empty.annotations()}
    links = sorted(
        (by_quote[link.source_id], by_quote[link.target_id], link.relation, link.note)
        for link in empty.links()
    )
    assert links == [
        ("56", "lied", "supports", ""),
        ("minister", "lied", "related", "doccano relation “said by”"),
    ]
    assert report.links_added == 2
    assert "relation types imported as related, the type in the note: “said by” (1)" in (
        report.summary()
    )


def test_what_a_doccano_file_holds_beyond_spans_is_named_in_the_report(empty, tmp_path):
    lines = [
        {"id": 1, "text": "Good news.", "label": ["positive"], "Comments": []},
        {"id": 2, "text": "Bad news.", "label": ["negative"],
         "Comments": [{"user": 1, "text": "check"}]},
    ]  # fmt: skip
    report = import_annotations(empty, write(tmp_path / "cats.jsonl", lines, lines=True))
    assert report.added == 0
    summary = report.summary()
    assert "doccano document labels (text classification) left out" in summary
    assert "(2 lines)" in summary and "doccano comments left out" in summary


def test_a_malformed_doccano_label_is_refused_not_skipped(empty, tmp_path):
    path = write(
        tmp_path / "bad.jsonl", [doccano_line(id=4, label=[[0, 2, "A"], [3, 5]])], lines=True
    )
    with pytest.raises(ValidationError, match=r"bad\.jsonl, line 1, label 2: expected"):
        import_annotations(empty, path)
    assert empty.articles() == []


# Label Studio's shapes


def test_a_label_studio_json_min_export_imports_each_annotators_spans(empty, tmp_path):
    records = [
        {
            "id": 5,
            "text": FLAG_TEXT,
            "label": [{"start": utf16(FLAG_TEXT, "56")[0], "end": utf16(FLAG_TEXT, "56")[1],
                       "text": "56", "labels": ["Number"]}],
            "annotator": 1,
            "annotation_id": 9,
            "created_at": "2024-05-02T10:00:00.000000Z",
            "updated_at": "2024-05-03T11:30:00.000000Z",
            "lead_time": 12.5,
        },
        {
            "id": 5,
            "text": FLAG_TEXT,
            "label": [{"start": utf16(FLAG_TEXT, "lied")[0],
                       "end": utf16(FLAG_TEXT, "lied")[1], "labels": ["Claim"]}],
            "annotator": 2,
            "annotation_id": 10,
            "created_at": "2024-05-02T10:00:00.000000Z",
            "updated_at": "2024-05-02T10:05:00.000000Z",
            "lead_time": 3.0,
        },
    ]  # fmt: skip
    path = write(tmp_path / "min.json", records)
    report = import_annotations(empty, path)
    assert (report.format, report.added, report.articles_added) == ("labelstudio", 2, 1)
    names = {a.id: a.name for a in empty.annotators()}
    assert sorted((a.quote, names[a.annotator_id], a.modified) for a in empty.annotations()) == [
        ("56", "Label Studio user 1", "2024-05-03T11:30:00.000000Z"),
        ("lied", "Label Studio user 2", "2024-05-02T10:05:00.000000Z"),
    ]
    assert import_annotations(empty, path).added == 0


def body_task(**data) -> dict:
    return {
        "id": 3,
        "data": data,
        "annotations": [{"result": [label_result("r", *utf16(FLAG_TEXT, "56"), "Number", None)]}],
    }


def test_a_task_whose_text_is_in_another_field_is_read_from_that_field(empty, tmp_path):
    task = body_task(body=FLAG_TEXT, url="https://example.org/a", title="A title")
    import_annotations(empty, write(tmp_path / "body.json", [task]))
    assert quotes(empty) == [("56", "Number")]
    assert [a.title for a in empty.articles()] == ["A title"]


def test_two_fields_that_could_hold_the_text_are_named_unless_one_is_chosen(empty, tmp_path):
    path = write(tmp_path / "two.json", [body_task(body=FLAG_TEXT, summary="A summary.")])
    with pytest.raises(ValidationError) as refused:
        import_annotations(empty, path)
    assert str(refused.value) == (
        "two.json, task 1: which field holds the text, body, summary? name it with --text-field"
    )
    import_annotations(empty, path, text_field="body")
    assert quotes(empty) == [("56", "Number")]


def test_document_level_label_studio_results_are_named_as_left_out(empty, tmp_path):
    task = body_task(text=FLAG_TEXT)
    task["annotations"][0]["result"].append(
        {"id": "doc", "from_name": "sentiment", "to_name": "text", "type": "choices",
         "value": {"choices": ["Negative"]}}
    )  # fmt: skip
    report = import_annotations(empty, write(tmp_path / "doc.json", [task]))
    assert "1 document-level results (choices, text areas, ratings) left out" in report.summary()


# Times


def test_review_times_from_the_file_are_kept_for_newest_wins_merges(empty, tmp_path):
    line = {
        "id": "art",
        "text": "Prices rose 5 % last year.",
        "annotations": [
            {"id": "x", "start": 0, "end": 6, "tag": "Claim",
             "modified": "2024-01-02T03:04:05.000000Z",
             "review": {"decision": "accepted", "reviewer": "Bo", "comment": "",
                        "modified": "2024-02-03T04:05:06.000000Z"}},
        ],
    }  # fmt: skip
    import_annotations(empty, write(tmp_path / "times.jsonl", [line], lines=True))
    annotation = empty.annotation("x")
    assert annotation.created == annotation.modified == "2024-01-02T03:04:05.000000Z"
    [review] = empty.conn.execute("SELECT created, modified FROM reviews").fetchall()
    assert tuple(review) == ("2024-02-03T04:05:06.000000Z", "2024-02-03T04:05:06.000000Z")


def test_a_review_time_that_is_not_a_time_is_refused(empty, tmp_path):
    line = {
        "id": "art",
        "text": "Prices rose.",
        "annotations": [{"id": "x", "start": 0, "end": 6, "tag": "Claim", "review": {
            "decision": "accepted", "reviewer": "Bo", "modified": "yesterday"}}],
    }  # fmt: skip
    with pytest.raises(ValidationError, match="line 1, annotation 1: 'yesterday' is not an ISO"):
        import_annotations(empty, write(tmp_path / "bad.jsonl", [line], lines=True))


def test_a_quoteless_span_cutting_an_emoji_in_two_is_an_orphan(empty, tmp_path):
    inside = utf16(FLAG_TEXT, "😀")[0] + 1  # between the two halves of the emoji
    line = doccano_line(
        id=1, label=[[inside, inside + 3, "Claim"], [*utf16(FLAG_TEXT, "56"), "Number"]]
    )
    report = import_annotations(empty, write(tmp_path / "cut.jsonl", [line], lines=True))
    assert quotes(empty) == [("56", "Number")]
    [orphan] = report.orphans
    assert orphan.where == "cut.jsonl, line 1, label 1"
    assert "(UTF-16 units) cuts a character in two" in orphan.reason


def test_label_studio_predictions_and_json_min_relations_are_named_as_left_out(empty, tmp_path):
    task = body_task(text=FLAG_TEXT)
    task["predictions"] = [{"model_version": "v1", "result": []}]
    report = import_annotations(empty, write(tmp_path / "pred.json", [task]))
    assert "1 predictions (a model's pre-annotations) left out" in report.summary()
    record = {
        "id": 1,
        "text": FLAG_TEXT,
        "label": [{"start": 3, "end": 5, "text": "56", "labels": ["Number"]}],
        "relation": [{"from_id": "a", "to_id": "b", "type": "relation"}],
        "annotation_id": 2,
    }
    report = import_annotations(empty, write(tmp_path / "min.json", [record]))
    assert "1 JSON_MIN fields that are neither text nor spans (relations…) left out" in (
        report.summary()
    )


def test_a_claimdesk_line_with_an_article_and_no_annotations_keeps_its_id(empty, tmp_path):
    line = {"id": "art-7", "title": "Quiet day", "text": "Nothing to see."}
    report = import_annotations(empty, write(tmp_path / "bare.jsonl", [line], lines=True))
    assert report.articles_added == 1
    assert [a.id for a in empty.articles()] == ["art-7"]


def test_a_task_whose_text_is_a_link_to_it_is_refused_not_imported_as_text(empty, tmp_path):
    task = body_task(text="https://example.org/articles/56.txt")
    with pytest.raises(ValidationError, match="task 1: the text field is a link to the text"):
        import_annotations(empty, write(tmp_path / "linked.json", [task]))
    assert empty.articles() == []
