"""Exporting a project: every format, its filters, and files that appear whole or not at all."""

from __future__ import annotations

import csv
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
from claimdesk.db.export import FORMATS, export_project
from claimdesk.db.formats import jsonl, labelstudio
from claimdesk.db.formats.common import Cancelled
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
    claim = next(row for row in rows if row["annotation_id"] == project["claim"].id)
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


def _w3c_validators(test_file: str) -> list[tuple[str, jsonschema.Draft4Validator]]:
    """Validators for every assertion a W3C `.test` file lists, with working formats."""
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
    registry = Registry().with_resources(resources)
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    assert {"uri", "date-time"} <= set(checker.checkers), "rfc3987 and rfc3339 must be installed"
    test = json.loads((W3C_TESTS / test_file).read_text(encoding="utf-8"))
    validators = []
    for assertion in test["assertions"]:
        schema = json.loads((W3C_TESTS / assertion).read_text(encoding="utf-8"))
        if schema.get("assertionType", "must") == "must":
            validator = jsonschema.Draft4Validator(
                schema, registry=registry, format_checker=checker
            )
            validators.append((assertion, validator, schema.get("expectedResult", "valid")))
    return validators


def _failures(document: dict, validators) -> list[str]:
    failures = []
    for name, validator, expected in validators:
        valid = validator.is_valid(document)
        if valid != (expected == "valid"):
            failures.append(name)
    return failures


def test_the_w3c_checkers_reject_a_broken_annotation():
    validators = _w3c_validators("annotations/annotationMusts.test")
    broken = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "not a uri",
        "type": "Annotation",
        "created": "yesterday",
        "target": "urn:uuid:1",
    }
    failures = _failures(broken, validators)
    assert "annotations/3.1-annotationIdValidated.json" in failures
    assert "annotations/3.3.1-annotationCreatedValidated.json" in failures


def test_w3c_export_passes_every_must_assertion_of_the_w3c_tests(store, project, out_dir):
    out = out_dir / "export.jsonld"
    report = export_project(store, "w3c", out)
    collection = json.loads(out.read_text(encoding="utf-8"))
    annotation_checks = _w3c_validators("annotations/annotationMusts.test")
    assert len(annotation_checks) > 40
    items = collection["first"]["items"]
    assert len(items) == 5 + 3
    for item in items:
        assert _failures(item, annotation_checks) == [], item["id"]
    assert _failures(collection, _w3c_validators("collections/collectionMusts.test")) == []
    page = {"@context": collection["@context"], **collection["first"]}
    assert _failures(page, _w3c_validators("collections/pages/pageMusts.test")) == []
    assert any("confidence" in line for line in report.left_out)


def test_w3c_annotations_carry_quote_position_and_bodies(store, project, out_dir):
    out = out_dir / "export.jsonld"
    export_project(store, "w3c", out)
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    claim = next(i for i in items if i["id"] == f"urn:uuid:{project['claim'].id}")
    quote, position = claim["target"]["selector"]
    assert claim["target"]["source"] == f"urn:uuid:{project['first'].id}"
    assert position == {
        "type": "TextPositionSelector",
        "start": project["claim"].start,
        "end": project["claim"].end,
    }
    assert quote["exact"] == project["claim"].quote
    purposes = {body["purpose"]: body["value"] for body in claim["body"]}
    assert purposes["tagging"] == "Checkable claim"
    assert purposes["assessing"] == "False"
    assert purposes["commenting"].startswith("Ministry")
    assert claim["motivation"] == "assessing"
    assert claim["creator"]["name"] == "Ana" and claim["creator"]["type"] == "Person"
    assert claim["created"].endswith("Z")
    link = next(i for i in items if i["motivation"] == "linking" and "same_claim" in str(i))
    assert link["target"] == [
        f"urn:uuid:{project['claim'].id}",
        f"urn:uuid:{project['echo'].id}",
    ]


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
    out = out_dir / "claimreview.json"
    export_project(store, "claimreview", out)
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "40 % of schools will close by May"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 3,
        "bestRating": 7,
        "worstRating": 1,
    }
    assert review["author"] == {"@type": "Organization", "name": "Fact Desk"}
    assert review["url"].startswith("https://factdesk.example/checks/")
    appearances = review["itemReviewed"]["appearance"]
    assert [work["headline"] for work in appearances] == ["Schools", "Second"]
    assert appearances[0]["publisher"] == {"@type": "Organization", "name": "Daily"}
    assert review["itemReviewed"]["firstAppearance"]["datePublished"] == "2024-03-01"
    classes, domains = _schema_org()
    problems: list[str] = []
    for item in reviews:
        _check_schema_org(
            {k: v for k, v in item.items() if k != "@context"}, classes, domains, problems
        )
    assert problems == []


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
    assert any("links" in line for line in report.left_out), "the cross-article link is named"
    config = ElementTree.fromstring(labelstudio.config_path(out).read_text(encoding="utf-8"))
    assert config.tag == "View"
    names = {label.get("value") for label in config.iter("Label")}
    assert {"Checkable claim", "Date/time"} <= names
    assert config.find("Text").get("value") == "$text"


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


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"sqlite"}))
def test_cancelling_an_export_leaves_nothing_behind(store, project, out_dir, fmt):
    out = out_dir / ("export.zip" if fmt == "brat" else f"export.{fmt}")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        export_project(store, fmt, out, cancelled=cancelled)
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
    assert "1 annotations" in done.stdout
    assert [a["tag"] for line in read_jsonl(out) for a in line["annotations"]] == [
        "Checkable claim"
    ]
    refused = claimdesk(
        "export", project_path, "--format", "csv", "-o", out_dir / "x.csv", "--annotator", "Nobody"
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == "claimdesk: no annotator named 'Nobody' in this project"
    assert not (out_dir / "x.csv").exists()
