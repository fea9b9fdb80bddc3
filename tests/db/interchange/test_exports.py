"""Exporting a project: every format, its filters, and files that appear whole or not at all."""

from __future__ import annotations

import csv
import functools
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.interchange.export import FORMATS, export_project
from claimdesk.db.interchange.formats import jsonl, labelstudio
from claimdesk.db.interchange.formats.common import Cancelled
from tests.conftest import STANDARDS

W3C_TESTS = STANDARDS / "w3c-web-annotation-tests"
SCHEMA_ORG = STANDARDS / "schemaorg" / "schemaorg-current-https.jsonld"

EMOJI_TEXT = (
    "The mayor 😀 said that 40 % of schools\nwill close by May.\n"
    "Café owners (cafe\u0301) disagree. مرحبا بالعالم قال الوزير.\n"
    "The minister said that 40 % of schools will close by May."
)


@pytest.fixture
def project(store: Store) -> dict:
    return build_project(store)


def build_project(store: Store) -> dict:
    """Two articles, two annotators, spans after an emoji, across a line break, in RTL text,
    with verdicts, notes, evidence, a review, links (one across articles) and a claim."""
    ana = store.ensure_annotator("Ana")
    bo = store.ensure_annotator("Bo")
    tags = {tag.name: tag.id for tag in store.tags()}
    verdicts = {verdict.name: verdict.id for verdict in store.verdicts()}
    first = store.add_article(
        EMOJI_TEXT, title="Schools", outlet="Daily", date="2024-03-01", url="https://ex.org/1"
    )
    second = store.add_article(
        "A second report: 40 % of schools will close.", title="Second", outlet="Weekly"
    )
    text = first.text
    claim_start = text.index("40 %")
    claim = store.add_annotation(
        first.id,
        claim_start,
        text.index("May.") + 3,  # crosses the line break
        tags["Checkable claim"],
        ana.id,
        verdict_id=verdicts["False"],
        confidence=0.75,
        note="Ministry figures say 4 %.\nSee the report.",
        evidence=["https://ex.org/evidence"],
    )
    mayor = store.add_annotation(
        first.id, text.index("mayor"), text.index("mayor") + 11, tags["Attribution"], ana.id
    )
    rtl = text.index("مرحبا")
    arabic = store.add_annotation(first.id, rtl, rtl + len("مرحبا بالعالم"), tags["Quote"], bo.id)
    cafe = text.index("cafe\u0301")
    accent = store.add_annotation(first.id, cafe, cafe + 5, tags["Opinion"], bo.id, note="é")
    echo_start = second.text.index("40 %")
    echo = store.add_annotation(
        second.id, echo_start, echo_start + 16, tags["Statistic"], ana.id, verdict_id=None
    )
    store.add_link(claim.id, mayor.id, "related", ana.id, note="who said it")
    store.add_link(arabic.id, accent.id, "contradicts", bo.id)
    store.add_link(claim.id, echo.id, "same_claim", ana.id)
    store.add_claim(
        ana.id,
        [claim.id, echo.id],
        wording="40 % of schools will close by May",
        verdict_id=verdicts["False"],
        explanation="Only 4 % will.",
    )
    store.set_review(claim.id, bo.id, "accepted", "agreed")
    return {
        "first": first,
        "second": second,
        "claim": claim,
        "mayor": mayor,
        "arabic": arabic,
        "accent": accent,
        "echo": echo,
    }


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for exports (the project file sits in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# JSONL


def test_jsonl_has_one_line_per_article_with_code_point_offsets(store, project, out_dir):
    out = out_dir / "export.jsonl"
    report = export_project(store, "jsonl", out)
    lines = read_jsonl(out)
    assert [line["id"] for line in lines] == [project["first"].id, project["second"].id]
    assert report.annotations == 5 and report.links == 3 and report.claims == 1
    first = lines[0]
    for record in first["annotations"]:
        assert first["text"][record["start"] : record["end"]] == record["text"]
    assert first["label"][0] == [
        project["mayor"].start,
        project["mayor"].end,
        "Attribution",
    ]
    assert first["spans"][0] == {
        "start": project["mayor"].start,
        "end": project["mayor"].end,
        "label": "Attribution",
    }
    claim = next(a for a in first["annotations"] if a["id"] == project["claim"].id)
    assert claim["verdict"] == "False"
    assert claim["annotator"] == "Ana"
    assert claim["review"]["decision"] == "accepted" and claim["review"]["reviewer"] == "Bo"
    assert {link["relation"] for link in first["links"]} == {
        "related",
        "contradicts",
        "same_claim",
    }
    assert first["claims"][0]["annotations"] == [project["claim"].id, project["echo"].id]
    assert lines[1]["claims"][0]["rating"] == "False"


def test_jsonl_records_have_exactly_the_fields_the_issue_names(store, project, out_dir):
    out = out_dir / "export.jsonl"
    export_project(store, "jsonl", out)
    first = read_jsonl(out)[0]
    assert list(first) == [
        "id", "title", "outlet", "author", "date", "url", "language", "text", "label", "spans",
        "annotations", "links", "claims",
    ]  # fmt: skip
    article = project["first"]
    assert (first["title"], first["outlet"], first["date"], first["url"], first["text"]) == (
        "Schools", "Daily", "2024-03-01", "https://ex.org/1", EMOJI_TEXT,
    )  # fmt: skip
    claim = next(a for a in first["annotations"] if a["id"] == project["claim"].id)
    assert claim == {
        "id": project["claim"].id,
        "start": project["claim"].start,
        "end": project["claim"].end,
        "text": EMOJI_TEXT[project["claim"].start : project["claim"].end],
        "tag": "Checkable claim",
        "annotator": "Ana",
        "verdict": "False",
        "confidence": 0.75,
        "note": "Ministry figures say 4 %.\nSee the report.",
        "evidence": ["https://ex.org/evidence"],
        "evidence_files": [],
        "created": project["claim"].created,
        "modified": project["claim"].modified,
        "review": {
            "decision": "accepted",
            "reviewer": "Bo",
            "comment": "agreed",
            "modified": store.reviews()[0].modified,
        },
    }
    link = next(link for link in first["links"] if link["relation"] == "related")
    assert link == {
        "id": link["id"],
        "source": project["claim"].id,
        "target": project["mayor"].id,
        "relation": "related",
        "annotator": "Ana",
        "note": "who said it",
    }
    assert {key: first["claims"][0][key] for key in first["claims"][0] if key != "id"} == {
        "wording": "40 % of schools will close by May",
        "rating": "False",
        "explanation": "Only 4 % will.",
        "evidence": [],
        "evidence_files": [],
        "annotator": "Ana",
        "annotations": [project["claim"].id, project["echo"].id],
        "claimant": None,
        "appearance_claimants": {},
    }
    assert len(first["label"]) == len(first["spans"]) == len(first["annotations"]) == 4
    assert article.id == first["id"]


def test_jsonl_offsets_are_code_points_not_utf16_units(store, project, out_dir):
    """The mayor span starts before the emoji and ends after it: one code point, two units."""
    out = out_dir / "export.jsonl"
    export_project(store, "jsonl", out)
    first = read_jsonl(out)[0]
    start, end, tag = first["label"][0]
    assert tag == "Attribution"
    assert first["text"][start:end] == "mayor 😀 sai"
    assert end - start == 11 and len(first["text"][start:end].encode("utf-16-le")) // 2 == 12


def test_filters_pick_annotators_tags_and_articles_by_name(store, project, out_dir):
    out = out_dir / "bo.jsonl"
    export_project(store, "jsonl", out, annotators=["Bo"])
    ids = {a["id"] for line in read_jsonl(out) for a in line["annotations"]}
    assert ids == {project["arabic"].id, project["accent"].id}

    export_project(store, "jsonl", out, tags=["statistic", "Quote"])
    ids = {a["id"] for line in read_jsonl(out) for a in line["annotations"]}
    assert ids == {project["echo"].id, project["arabic"].id}

    report = export_project(store, "jsonl", out, articles=["Second"])
    assert [line["id"] for line in read_jsonl(out)] == [project["second"].id]
    assert report.links == 0, "a link whose other end is filtered out is not exported"

    export_project(store, "jsonl", out, articles=[project["first"].id], annotators=["Ana"])
    lines = read_jsonl(out)
    assert {a["id"] for a in lines[0]["annotations"]} == {
        project["claim"].id,
        project["mayor"].id,
    }


@pytest.mark.parametrize(
    "filters",
    [{"annotators": ["Nobody"]}, {"tags": ["No such tag"]}, {"articles": ["missing"]}],
)
def test_an_unknown_filter_value_is_refused(store, project, out_dir, filters):
    with pytest.raises(ValidationError):
        export_project(store, "jsonl", out_dir / "out.jsonl", **filters)
    assert not list(out_dir.iterdir())


def test_an_unknown_format_is_refused(store, out_dir):
    with pytest.raises(ValidationError, match="unknown export format"):
        export_project(store, "docx", out_dir / "out.docx")


# CSV


def test_csv_opens_in_spreadsheets_with_one_row_per_annotation(store, project, out_dir):
    out = out_dir / "export.csv"
    export_project(store, "csv", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf"), "utf-8-sig so Excel reads UTF-8"
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5
    assert list(rows[0]) == [
        "article_id", "article_title", "outlet", "article_date", "annotation_id", "start",
        "end", "text", "tag", "annotator", "verdict", "confidence", "note", "evidence",
        "review", "reviewer", "review_comment", "linked_annotations", "links", "claims",
        "claim_wording", "claimant", "claim_claimant", "created", "modified", "page",
        "time_start", "time_end", "speaker",
    ]  # fmt: skip
    claim = next(row for row in rows if row["annotation_id"] == project["claim"].id)
    assert (claim["start"], claim["end"]) == (
        str(project["claim"].start),
        str(project["claim"].end),
    )
    assert (claim["tag"], claim["annotator"], claim["verdict"]) == (
        "Checkable claim",
        "Ana",
        "False",
    )
    assert claim["article_date"] == "2024-03-01" and claim["claims"]
    assert claim["note"] == "Ministry figures say 4 %.\nSee the report."
    assert "\n" in claim["text"]
    assert set(claim["linked_annotations"].split(";")) == {
        project["mayor"].id,
        project["echo"].id,
    }
    assert claim["article_title"] == "Schools" and claim["outlet"] == "Daily"
    arabic = next(row for row in rows if row["annotation_id"] == project["arabic"].id)
    assert arabic["text"] == "مرحبا بالعالم"


# W3C Web Annotation


@functools.cache
def _w3c_registry():
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    resources = []
    for path in W3C_TESTS.rglob("*.json"):
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # the suite also holds sample inputs that are deliberately not JSON
        if isinstance(schema, dict) and "$schema" in schema and "id" in schema:
            resources.append((schema["id"], Resource(contents=schema, specification=DRAFT4)))
    return Registry().with_resources(resources)


FORMATS_CHECKED = jsonschema.Draft4Validator.FORMAT_CHECKER


def _must_validators(test_file: Path) -> list[tuple[str, jsonschema.Draft4Validator, str]]:
    """Validators for every "must" assertion a W3C `.test` file lists, with working formats."""
    registry = _w3c_registry()
    test = json.loads(test_file.read_text(encoding="utf-8"))
    validators = []
    for assertion in test["assertions"]:
        schema = json.loads((W3C_TESTS / assertion).read_text(encoding="utf-8"))
        if schema.get("assertionType", "must") == "must":
            validator = jsonschema.Draft4Validator(
                schema, registry=registry, format_checker=FORMATS_CHECKED
            )
            validators.append((assertion, validator, schema.get("expectedResult", "valid")))
    return validators


def _w3c_validators(test_file: str):
    return _must_validators(W3C_TESTS / test_file)


def _failures(document: dict, validators) -> list[str]:
    failures = []
    for name, validator, expected in validators:
        valid = validator.is_valid(document)
        if valid != (expected == "valid"):
            failures.append(name)
    return failures


def test_the_uri_and_date_time_formats_are_really_checked():
    """jsonschema skips `uri` silently without rfc3987: prove the checker is live."""
    assert {"uri", "date-time"} <= set(FORMATS_CHECKED.checkers)
    uri = {"type": "string", "format": "uri"}
    assert jsonschema.Draft4Validator(uri).is_valid("not a uri"), "no checker: no check"
    checked = jsonschema.Draft4Validator(uri, format_checker=FORMATS_CHECKED)
    assert not checked.is_valid("not a uri")
    assert not checked.is_valid("urn uuid 1")
    assert checked.is_valid("urn:uuid:0b6a4d36-6bd5-4d35-9e21-8a6c7c1b9f00")
    stamp = jsonschema.Draft4Validator(
        {"type": "string", "format": "date-time"}, format_checker=FORMATS_CHECKED
    )
    assert not stamp.is_valid("2024-13-45 noon")
    assert stamp.is_valid("2024-03-01T10:00:00.123456Z")


def test_the_w3c_checkers_reject_a_broken_annotation():
    validators = _w3c_validators("annotations/annotationMusts.test")
    good = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:0b6a4d36-6bd5-4d35-9e21-8a6c7c1b9f00",
        "type": "Annotation",
        "created": "2024-03-01T10:00:00Z",
        "target": "urn:uuid:1",
    }
    assert _failures(good, validators) == []
    failures = _failures({**good, "id": "not a uri", "created": "yesterday"}, validators)
    assert "annotations/3.1-annotationIdValidated.json" in failures
    assert "annotations/3.3.1-annotationCreatedValidated.json" in failures


@functools.cache
def w3c_must_groups() -> dict[str, list]:
    """Every "must" assertion of the suite, grouped by the `*.test` file that lists it."""
    groups = {}
    for test_file in sorted(W3C_TESTS.rglob("*.test")):
        validators = _must_validators(test_file)
        if validators:
            groups[str(test_file.relative_to(W3C_TESTS))] = validators
    return groups


def check_w3c_export(collection: dict) -> None:
    """Each annotation, the collection and its page against every must group that judges them."""
    groups = w3c_must_groups()
    assert {name: len(checks) for name, checks in groups.items()} == {
        "annotations/annotationMusts.test": 54,
        "collections/collectionMusts.test": 10,
        "collections/pages/pageMusts.test": 15,
    }, "the suite's must assertions are all in these three files"
    page = {"@context": collection["@context"], **collection["first"]}
    judged = {
        "annotations/annotationMusts.test": collection["first"]["items"],
        "collections/collectionMusts.test": [collection],
        "collections/pages/pageMusts.test": [page, collection],  # alone, and embedded
    }
    for name, documents in judged.items():
        for document in documents:
            assert _failures(document, groups[name]) == [], (name, document.get("id"))


def test_w3c_export_passes_every_must_assertion_of_the_w3c_tests(store, project, out_dir):
    out = out_dir / "export.jsonld"
    report = export_project(store, "w3c", out)
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert len(collection["first"]["items"]) == 5 + 3
    check_w3c_export(collection)
    assert any("confidence" in line for line in report.left_out)


@pytest.mark.parametrize(
    "filters", [{}, {"annotators": ["Bo"]}, {"tags": ["Statistic"]}, {"articles": ["Second"]}]
)
def test_every_w3c_export_conforms_whatever_the_filters(store, project, out_dir, filters):
    out = out_dir / "filtered.jsonld"
    export_project(store, "w3c", out, **filters)
    check_w3c_export(json.loads(out.read_text(encoding="utf-8")))


def test_an_empty_w3c_export_conforms_too(store, out_dir):
    out = out_dir / "empty.jsonld"
    export_project(store, "w3c", out)
    check_w3c_export(json.loads(out.read_text(encoding="utf-8")))


def test_w3c_annotations_carry_quote_position_and_bodies(store, project, out_dir):
    out = out_dir / "export.jsonld"
    export_project(store, "w3c", out)
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    claim = next(i for i in items if i["id"] == f"urn:uuid:{project['claim'].id}")
    assert set(claim) == {
        "@context", "id", "type", "motivation", "creator", "created", "modified", "body",
        "target",
    }  # fmt: skip
    quote, position = claim["target"]["selector"]
    assert claim["target"]["source"] == f"urn:uuid:{project['first'].id}"
    assert position == {
        "type": "TextPositionSelector",
        "start": project["claim"].start,
        "end": project["claim"].end,
    }
    text = project["first"].text
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": project["claim"].quote,
        "prefix": text[max(0, project["claim"].start - 32) : project["claim"].start],
        "suffix": text[project["claim"].end : project["claim"].end + 32],
    }
    purposes = {body["purpose"]: body["value"] for body in claim["body"]}
    assert purposes["tagging"] == "Checkable claim"
    assert purposes["assessing"] == "False"
    assert purposes["commenting"].startswith("Ministry")
    assert purposes["linking"] == "https://ex.org/evidence"
    assert claim["motivation"] == "assessing"
    assert claim["creator"]["name"] == "Ana" and claim["creator"]["type"] == "Person"
    assert claim["created"].endswith("Z") and claim["modified"].endswith("Z")
    mayor = next(i for i in items if i["id"] == f"urn:uuid:{project['mayor'].id}")
    assert mayor["motivation"] == "tagging"
    link = next(i for i in items if i["motivation"] == "linking" and "same_claim" in str(i))
    assert link["target"] == [
        f"urn:uuid:{project['claim'].id}",
        f"urn:uuid:{project['echo'].id}",
    ]


@pytest.mark.parametrize("stamp", ["not a date", "9999-12-31T23:59:59-05:00"])
def test_a_merged_time_that_is_not_a_date_is_left_out_of_the_w3c_export(
    store, project, out_dir, stamp
):
    store.conn.execute(
        "UPDATE annotations SET created = ? WHERE id = ?", (stamp, project["mayor"].id)
    )
    out = out_dir / "export.jsonld"
    report = export_project(store, "w3c", out)
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    mayor = next(i for i in items if i["id"] == f"urn:uuid:{project['mayor'].id}")
    assert "created" not in mayor and mayor["modified"].endswith("Z")
    assert any("not a date" in line for line in report.left_out)


# schema.org ClaimReview


def _schema_org() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(class → its superclasses and itself, property → the classes it applies to)."""
    graph = json.loads(SCHEMA_ORG.read_text(encoding="utf-8"))["@graph"]

    def ids(value) -> list[str]:
        values = value if isinstance(value, list) else [value] if value else []
        return [item["@id"].removeprefix("schema:") for item in values]

    parents = {}
    domains = {}
    for node in graph:
        name = node["@id"].removeprefix("schema:")
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in kinds:
            parents[name] = set(ids(node.get("rdfs:subClassOf")))
        if "rdf:Property" in kinds:
            domains[name] = set(ids(node.get("schema:domainIncludes")))

    def ancestry(name: str) -> set[str]:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(parents.get(current, ()))
        return seen

    return {name: ancestry(name) for name in parents}, domains


def _check_schema_org(node, classes, domains, problems: list[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _check_schema_org(item, classes, domains, problems)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    if kind not in classes:
        problems.append(f"unknown type {kind}")
        return
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if key not in domains:
            problems.append(f"unknown property {key}")
        elif not domains[key] & classes[kind]:
            problems.append(f"{key} does not apply to {kind}")
        _check_schema_org(value, classes, domains, problems)


def test_claimreview_uses_only_schema_org_types_and_properties(store, project, out_dir):
    store.set_setting("organization", "Fact Desk")
    store.set_setting("claimreview_url_base", "https://factdesk.example/checks/")
    rated = next(claim for claim in store.claims() if claim.verdict_id)
    store.name_claimant(rated.id, rated.annotation_ids[0], "Schools ministry")  # who said it
    out = out_dir / "claimreview.json"
    export_project(store, "claimreview", out)
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "40 % of schools will close by May"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "name": "False",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert review["author"] == {"@type": "Organization", "name": "Fact Desk"}
    assert review["url"].startswith("https://factdesk.example/checks/")
    appearances = review["itemReviewed"]["appearance"]
    assert [work["headline"] for work in appearances] == ["Schools", "Second"]
    assert appearances[0]["publisher"] == {"@type": "Organization", "name": "Daily"}
    assert review["itemReviewed"]["firstAppearance"]["datePublished"] == "2024-03-01"
    assert review["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Schools ministry",
    }, "the claimant, not the outlet (Daily) that reported the claim"
    assert review["itemReviewed"]["datePublished"] == "2024-03-01"
    assert review["reviewBody"] == "Only 4 % will."
    google_required = {"claimReviewed", "reviewRating", "url"}
    google_recommended = {"author", "datePublished", "itemReviewed"}
    assert google_required | google_recommended <= set(review)
    assert {"alternateName", "ratingValue", "bestRating", "worstRating"} <= set(
        review["reviewRating"]
    )
    assert {"appearance", "author", "datePublished", "firstAppearance"} <= set(
        review["itemReviewed"]
    )
    classes, domains = _schema_org()
    problems: list[str] = []
    for item in reviews:
        _check_schema_org(
            {k: v for k, v in item.items() if k != "@context"}, classes, domains, problems
        )
    assert problems == []


def test_claimreview_allowed_without_a_url_base_says_google_needs_one(store, project, out_dir):
    allowed = {"claimreview_allow_missing_url": "yes"}
    report = export_project(store, "claimreview", out_dir / "cr.json", settings=allowed)
    assert any("claimreview_url_base" in line for line in report.left_out)
    [review] = json.loads((out_dir / "cr.json").read_text(encoding="utf-8"))
    assert review["author"] == {"@type": "Person", "name": "Ana"}, "no organization: the checker"


def test_claimreview_settings_can_be_given_for_one_export(store, project, out_dir):
    export_project(
        store,
        "claimreview",
        out_dir / "cr.json",
        settings={"organization": "Desk", "claimreview_url_base": "https://d.example/"},
    )
    [review] = json.loads((out_dir / "cr.json").read_text(encoding="utf-8"))
    assert review["author"]["name"] == "Desk" and review["url"].startswith("https://d.example/")
    assert "organization" not in store.settings(), "an override is not saved"


# Label Studio


def test_labelstudio_tasks_have_one_entry_per_annotator_and_a_matching_config(
    store, project, out_dir
):
    out = out_dir / "tasks.json"
    report = export_project(store, "labelstudio", out)
    assert report.files == (out, labelstudio.config_path(out))
    tasks = json.loads(out.read_text(encoding="utf-8"))
    first = tasks[0]
    assert first["data"]["text"] == EMOJI_TEXT
    assert {entry["completed_by"]["name"] for entry in first["annotations"]} == {"Ana", "Bo"}
    for entry in first["annotations"]:  # Label Studio's importer needs an email
        assert entry["completed_by"]["email"].endswith("@claimdesk.invalid")
    ana_results = next(e for e in first["annotations"] if e["completed_by"]["name"] == "Ana")
    labels = [r for r in ana_results["result"] if r["type"] == "labels"]
    for result in labels:
        value = result["value"]
        assert EMOJI_TEXT[value["start"] : value["end"]] == value["text"]
        assert result["from_name"] == "label" and result["to_name"] == "text"
    relations = [r for r in ana_results["result"] if r["type"] == "relation"]
    assert relations == [
        {
            "type": "relation",
            "from_id": project["claim"].id,
            "to_id": project["mayor"].id,
            "direction": "right",
            "labels": ["related"],
        }
    ]
    assert any("link joins" in line for line in report.left_out), "the cross-article link is named"
    config = ElementTree.fromstring(labelstudio.config_path(out).read_text(encoding="utf-8"))
    assert config.tag == "View"
    names = {label.get("value") for label in config.iter("Label")}
    assert {"Checkable claim", "Date/time"} <= names
    assert config.find("Text").get("value") == "$text"


def test_label_studio_annotators_get_a_reserved_email_made_from_their_name():
    assert labelstudio.completed_by("Ana María Pérez") == {
        "email": "ana.maria.perez@claimdesk.invalid",
        "first_name": "Ana María Pérez",
        "name": "Ana María Pérez",
    }
    assert labelstudio.completed_by("مرحبا")["email"] == "annotator@claimdesk.invalid"


def test_label_studios_converter_turns_the_export_into_conll(store, project, out_dir):
    converter = pytest.importorskip(
        "label_studio_sdk.converter",
        reason="label-studio-sdk is in the interop extra (numpy, pandas, opencv, nltk)",
    )
    out = out_dir / "tasks.json"
    export_project(store, "labelstudio", out)
    conll = out_dir / "conll"
    converter.Converter(
        config=str(labelstudio.config_path(out)), project_dir=str(out_dir)
    ).convert_to_conll2003(str(out), str(conll), is_dir=False)
    [written] = conll.iterdir()
    lines = written.read_text(encoding="utf-8").splitlines()
    tagged = [line.split(" -X- _ ") for line in lines if " -X- _ " in line]
    assert ["مرحبا", "B-Quote"] in tagged and ["بالعالم", "I-Quote"] in tagged
    assert ["mayor", "B-Attribution"] in tagged, "a span after an emoji is in place"
    assert ["cafe\u0301", "B-Opinion"] in tagged, "the combining accent stays in its token"
    assert ["May.", "I-Checkable claim"] in tagged


def test_the_jsonl_export_loads_with_hugging_face_datasets(store, project, out_dir, tmp_path):
    datasets = pytest.importorskip(
        "datasets", reason="datasets (pyarrow, pandas) is in the interop extra"
    )
    out = out_dir / "export.jsonl"
    export_project(store, "jsonl", out)
    loaded = datasets.load_dataset(
        "json", data_files=str(out), split="train", cache_dir=str(tmp_path / "hf")
    )
    assert loaded.num_rows == 2
    assert loaded[0]["spans"][0]["label"] == "Attribution"
    assert loaded[0]["annotations"][0]["annotator"] == "Ana"


def test_the_jsonl_export_becomes_spacy_spans_on_the_right_tokens(store, project, out_dir):
    """spaCy counts characters as Python does (code points): each exported span, after an
    emoji, across a combining accent or in Arabic, lands on the tokens holding its quote,
    and survives spaCy's own serialisation."""
    spacy = pytest.importorskip("spacy", reason="spaCy is in the interop extra")
    from spacy.tokens import DocBin

    out = out_dir / "export.jsonl"
    export_project(store, "jsonl", out)
    nlp = spacy.blank("xx")
    docs, offsets = DocBin(), []
    for line in out.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        doc = nlp.make_doc(item["text"])
        marked = [(a["start"], a["end"], a["text"], a["tag"]) for a in item["annotations"]]
        doc.spans["claimdesk"] = [
            doc.char_span(start, end, label=tag, alignment_mode="expand")
            for start, end, _quote, tag in marked
        ]
        docs.add(doc)
        offsets.append(marked)
    loaded = DocBin().from_bytes(docs.to_bytes()).get_docs(nlp.vocab)
    for doc, marked in zip(loaded, offsets, strict=True):
        for span, (start, end, quote, tag) in zip(doc.spans["claimdesk"], marked, strict=True):
            assert doc.text[start:end] == quote and span.label_ == tag
            words_end = end - (len(quote) - len(quote.rstrip()))  # spaces are no token
            assert span.start_char <= start < words_end <= span.end_char, "on its tokens"
            assert span.end_char - words_end < len(span[-1].text), "no token beyond it"


# brat


def test_brat_folder_has_text_and_standoff_split_at_line_breaks(store, project, out_dir):
    out = out_dir / "brat"
    export_project(store, "brat", out)
    first = project["first"]
    assert (out / f"{first.id}.txt").read_bytes().decode("utf-8") == EMOJI_TEXT
    ann = (out / f"{first.id}.ann").read_text(encoding="utf-8").splitlines()
    entities = {line.split("\t")[0]: line.split("\t") for line in ann if line.startswith("T")}
    claim = next(fields for fields in entities.values() if fields[1].startswith("Checkable_claim"))
    kind, spans = claim[1].split(" ", 1)
    assert kind == "Checkable_claim"
    pieces = spans.split(";")
    assert len(pieces) == 2, "the span crossing a line break becomes two fragments"
    for piece in pieces:
        start, end = map(int, piece.split())
        assert "\n" not in EMOJI_TEXT[start:end]
    assert any(line.startswith("A") and "Verdict" in line and "False" in line for line in ann)
    assert any(line.startswith("#") and "AnnotatorNotes" in line for line in ann)
    assert any(line.startswith("R") and "contradicts" in line for line in ann)
    assert "[entities]" in (out / "annotation.conf").read_text(encoding="utf-8")


def test_brat_export_to_a_zip(store, project, out_dir):
    out = out_dir / "brat.zip"
    export_project(store, "brat", out)
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
    assert f"{project['first'].id}.ann" in names and "annotation.conf" in names


def test_brat_never_replaces_a_folder_that_is_not_a_brat_export(store, project, out_dir):
    documents = out_dir / "Documents"
    documents.mkdir()
    (documents / "thesis.odt").write_text("years of work", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a brat export"):
        export_project(store, "brat", documents)
    assert (documents / "thesis.odt").read_text(encoding="utf-8") == "years of work"
    not_a_folder = out_dir / "notes"
    not_a_folder.write_text("keep", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a folder"):
        export_project(store, "brat", not_a_folder)
    assert sorted(p.name for p in out_dir.iterdir()) == ["Documents", "notes"]


def test_brat_replaces_its_own_earlier_export(store, project, out_dir):
    out = out_dir / "brat"
    export_project(store, "brat", out)
    export_project(store, "brat", out, articles=["Second"])
    assert sorted(p.suffix for p in out.iterdir()) == [".ann", ".conf", ".txt"]
    assert sorted(p.name for p in out_dir.iterdir()) == ["brat"]


# SQLite copy


def test_sqlite_copy_is_a_whole_project_taken_while_it_is_open(store, project, out_dir):
    out = out_dir / "copy.claimdesk"
    export_project(store, "sqlite", out)
    with Store.open(out, create=False, readonly=True) as copy:
        assert len(copy.annotations()) == 5
        assert len(copy.links()) == 3
    with pytest.raises(ValidationError, match="cannot be filtered"):
        export_project(store, "sqlite", out_dir / "other.claimdesk", annotators=["Ana"])


# Whole files or nothing


def test_a_writer_failing_midway_leaves_no_file_and_no_temporary(
    store, project, out_dir, monkeypatch
):
    written = []
    real = jsonl.article_record

    def fail_on_second(data, article):
        if written:
            raise RuntimeError("disk full")
        written.append(article.id)
        return real(data, article)

    monkeypatch.setattr(jsonl, "article_record", fail_on_second)
    with pytest.raises(RuntimeError):
        export_project(store, "jsonl", out_dir / "export.jsonl")
    assert written, "the writer did start"
    assert list(out_dir.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(store, project, out_dir, monkeypatch):
    out = out_dir / "export.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    monkeypatch.setattr(jsonl, "article_record", lambda data, article: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        export_project(store, "jsonl", out)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert list(out_dir.iterdir()) == [out]


def test_exported_files_get_the_users_usual_permissions(store, project, out_dir):
    import os

    mask = os.umask(0o022)
    try:
        export_project(store, "csv", out_dir / "shared.csv")
        export_project(store, "brat", out_dir / "brat")
    finally:
        os.umask(mask)
    assert (out_dir / "shared.csv").stat().st_mode & 0o777 == 0o644
    assert (out_dir / "brat").stat().st_mode & 0o777 == 0o755


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"sqlite"}))
def test_cancelling_an_export_leaves_nothing_behind(store, project, out_dir, fmt):
    out = out_dir / ("export.zip" if fmt == "brat" else f"export.{fmt}")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        export_project(
            store, fmt, out, cancelled=cancelled, settings={"claimreview_url_base": "https://x/"}
        )
    assert list(out_dir.iterdir()) == []


def test_progress_reaches_the_total(store, project, out_dir):
    seen = []
    export_project(
        store, "csv", out_dir / "a.csv", progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1][0] == seen[-1][1] > 0


def test_exporting_an_empty_project_writes_valid_empty_files(store, out_dir):
    for fmt in FORMATS:
        out = out_dir / f"empty-{fmt}"
        report = export_project(store, fmt, out)
        assert report.annotations == 0
        assert out.exists()
    assert sqlite3.connect(out_dir / "empty-sqlite").execute("PRAGMA user_version").fetchone()


# The command line


def claimdesk(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_export_command_writes_a_filtered_file(store, project, out_dir, project_path):
    store.close()
    out = out_dir / "ana.jsonl"
    done = claimdesk(
        "export", project_path, "--format", "jsonl", "-o", out,
        "--annotator", "Ana", "--tag", "Checkable claim",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 annotation," in done.stdout
    assert [a["tag"] for line in read_jsonl(out) for a in line["annotations"]] == [
        "Checkable claim"
    ]
    refused = claimdesk(
        "export", project_path, "--format", "csv", "-o", out_dir / "x.csv", "--annotator", "Nobody"
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == "claimdesk: no annotator named 'Nobody' in this project"
    assert not (out_dir / "x.csv").exists()
