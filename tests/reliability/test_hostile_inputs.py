"""Hostile files given to the real `claimdesk` command: each is refused with ONE line
`claimdesk: PROBLEM` naming the file and the reason, exit status 1, the project
untouched; never a hang, a traceback or memory without bound.

Every case runs the command in a subprocess, as a user or a script would.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdesk.db import Store, ValidationError
from claimdesk.db.rules.limits import JSON_DEPTH, LINKS_PER_ANNOTATION, RECORDS_PER_FILE

TEXT = "The mayor said 40 % of schools will close by May."
TIMEOUT_S = 60  # a hang (a FIFO read forever) fails the test instead of the run


def claimdesk(*args: str | Path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", *map(str, args)],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=TIMEOUT_S,
    )


def refused_in_one_line(done: subprocess.CompletedProcess, *expected: str) -> str:
    """The command failed as an expected failure: status 1 and one `claimdesk:` line."""
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimdesk: "), done.stderr
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


def fingerprint(project: Path) -> list[str]:
    with Store.open(project, create=False, readonly=True) as store:
        return list(store.conn.iterdump())


def dataset(path: Path, articles: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(article) for article in articles) + "\n")
    return path


def article_with(annotation: dict, **fields) -> dict:
    record = {"start": 4, "end": 9, "text": "mayor", "tag": "Quote", **annotation}
    return {"id": "a1", "text": TEXT, "annotations": [record], **fields}


# Article files


def fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def colleague_project(folder: Path, name: str) -> Path:
    path = folder / name
    with Store.open(path):
        pass
    return path


def dataset_as_article(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text('{"id": "a", "text": "Some text."}\n', encoding="utf-8")
    return path


def nul_after_the_first_page(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"Officials said 400 were freed. " * 400 + b"\x00 and more text\n")
    return path


ARTICLE_CASES: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "a named pipe (FIFO)": (lambda folder: fifo(folder, "pipe.txt"), ("named pipe",)),
    "/dev/zero": (lambda folder: Path("/dev/zero"), ("/dev/zero", "device")),
    "a folder": (lambda folder: folder, ("is a folder",)),
    "a colleague's project": (
        lambda folder: colleague_project(folder, "colleague.txt"),
        ("SQLite file", "not an article"),
    ),
    "a JSONL dataset": (
        lambda folder: dataset_as_article(folder, "export.jsonl"),
        ("dataset file", "import-annotations"),
    ),
    "a CSV dataset": (
        lambda folder: dataset_as_article(folder, "export.csv"),
        ("dataset file", "import-annotations"),
    ),
    "a NUL past the first 8 kB": (
        lambda folder: nul_after_the_first_page(folder, "binary.txt"),
        ("NUL",),
    ),
}


@pytest.mark.parametrize("case", list(ARTICLE_CASES))
def test_a_hostile_article_file_is_refused_in_one_line(tmp_path: Path, case: str):
    project = tmp_path / "p.claimdesk"
    make, expected = ARTICLE_CASES[case]
    source = make(tmp_path)
    with Store.open(project):
        pass
    before = fingerprint(project)
    refused_in_one_line(claimdesk("import", project, source), *expected)
    assert fingerprint(project) == before


def test_the_open_project_itself_or_its_log_is_refused_as_an_article(tmp_path: Path):
    project = tmp_path / "p.claimdesk"
    with Store.open(project):
        pass
    refused_in_one_line(claimdesk("import", project, project), "project open here")
    log = project.with_name(project.name + "-wal")
    refused_in_one_line(claimdesk("import", project, log), "project open here")


def test_an_article_whose_file_name_is_not_utf8_imports_and_lists(tmp_path: Path):
    name = os.fsdecode(b"caf\xe9 report.txt")  # Latin-1 é: not UTF-8
    (tmp_path / name).write_text("# Caf\u00e9 owners cheered\n\n400 were freed.\n")
    project = tmp_path / "p.claimdesk"
    done = claimdesk("import", project, tmp_path / name)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    listed = claimdesk("articles", project, "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["title"] for row in json.loads(listed.stdout)] == ["Café owners cheered"]
    with Store.open(project, create=False, readonly=True) as store:
        (article,) = store.articles()
        assert store.article(article.id).source.endswith("caf\ufffd report.txt")


# Dataset files


def deeply_nested(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    return path


def huge_article_text(folder: Path) -> Path:
    return dataset(folder / "huge.jsonl", [{"id": "big", "text": "x" * (11 * 1_048_576)}])


def a_million_links(folder: Path) -> Path:
    link = '{"source":"s","target":"t","relation":"supports"},'
    path = folder / "links.jsonl"
    path.write_text(
        '{"id":"a1","text":"Some text.","annotations":[],"links":['
        + link * RECORDS_PER_FILE
        + link[:-1]
        + "]}\n"
    )
    return path


def too_many_links_on_one_annotation(folder: Path) -> Path:
    count = LINKS_PER_ANNOTATION + 1
    text = " ".join(f"w{number:04d}" for number in range(count + 1))
    spans = [
        {"id": f"s{n}", "start": 6 * n, "end": 6 * n + 5, "tag": "Quote"} for n in range(count + 1)
    ]
    links = [{"source": "s0", "target": f"s{n}", "relation": "supports"} for n in range(1, count)]
    links.append({"source": f"s{count}", "target": "s0", "relation": "supports"})
    return dataset(folder / "links.jsonl", [{"id": "a1", "text": text, "annotations": spans,
                                              "links": links}])  # fmt: skip


def invalid_utf8(folder: Path) -> Path:
    path = folder / "latin1.jsonl"
    path.write_bytes(json.dumps(article_with({"note": "caf_"})).encode().replace(b"_", b"\xe9"))
    return path


def sparse_300_mb(folder: Path) -> Path:
    path = folder / "huge.jsonl"
    with path.open("wb") as handle:
        handle.truncate(300 * 1_048_576)  # sparse: nothing written to make the test
    return path


DATASET_CASES: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "a 300 MB file": (sparse_300_mb, ("300.0 MB is over the 256 MB limit for one dataset file",)),
    "a named pipe (FIFO)": (lambda folder: fifo(folder, "pipe.json"), ("named pipe",)),
    "/dev/zero as JSONL": (lambda folder: Path("/dev/zero"), ("/dev/zero", "device")),
    "JSON nested 100,000 deep": (deeply_nested, (f"nested deeper than {JSON_DEPTH}",)),
    "a date past 9999 in UTC": (
        lambda folder: dataset(
            folder / "date.jsonl", [article_with({"created": "9999-12-31T23:59:59-05:00"})]
        ),
        ("line 1, annotation 1", "out of range"),
    ),
    'a quote "text": 123': (
        lambda folder: dataset(folder / "number.jsonl", [article_with({"text": 123})]),
        ("line 1, annotation 1", '"text" must be text, not int'),
    ),
    "a lone surrogate \\ud800": (
        lambda folder: dataset(folder / "surrogate.jsonl", [article_with({"tag": "\ud800"})]),
        ("line 1, annotation 1", "lone surrogate U+D800"),
    ),
    "a NUL in a note": (
        lambda folder: dataset(folder / "nul.jsonl", [article_with({"note": "a\x00b"})]),
        ("line 1, annotation 1", '"note" contains a NUL'),
    ),
    "invalid UTF-8": (invalid_utf8, ("not UTF-8 text", "0xe9")),
    "an 11 MB article text": (huge_article_text, ("line 1", "10 MB limit for one article")),
    "a million links": (a_million_links, ("1,000,001 records", "limit of 1,000,000")),
    "1,001 links on one annotation": (
        too_many_links_on_one_annotation,
        (f"limit of {LINKS_PER_ANNOTATION:,} links per annotation",),
    ),
    "an evidence list of objects": (
        lambda folder: dataset(folder / "evidence.jsonl", [article_with({"evidence": [{}]})]),
        ('"evidence" must be text, not an object',),
    ),
}


@pytest.mark.parametrize("case", list(DATASET_CASES))
def test_a_hostile_dataset_file_is_refused_in_one_line(tmp_path: Path, case: str):
    project = tmp_path / "p.claimdesk"
    make, expected = DATASET_CASES[case]
    source = make(tmp_path)
    with Store.open(project):
        pass
    before = fingerprint(project)
    done = claimdesk("import-annotations", project, source, "--format", "jsonl")
    refused_in_one_line(done, *expected)
    assert fingerprint(project) == before


def test_linking_an_annotation_past_the_limit_is_refused_with_the_limit_named(store: Store):
    who = store.ensure_annotator("Ana")
    tag = store.tags()[0].id
    text = " ".join(f"w{number:04d}" for number in range(LINKS_PER_ANNOTATION + 2))
    article = store.add_article(text)
    hub, *others = [
        store.add_annotation(article.id, 6 * n, 6 * n + 5, tag, who.id).id
        for n in range(LINKS_PER_ANNOTATION + 2)
    ]
    with store.transaction():
        for other in others[:-1]:
            store.add_link(hub, other, "supports", who.id)
    with pytest.raises(ValidationError, match=f"limit of {LINKS_PER_ANNOTATION:,} links per"):
        store.add_link(others[-1], hub, "supports", who.id)
    assert len(store.links([hub])) == LINKS_PER_ANNOTATION


# Damaged projects


def test_a_named_pipe_as_project_or_as_a_colleagues_file_is_refused_in_one_line(tmp_path: Path):
    pipe = fifo(tmp_path, "pipe.claimdesk")
    refused_in_one_line(claimdesk("articles", pipe), "named pipe")
    project = tmp_path / "p.claimdesk"
    with Store.open(project):
        pass
    refused_in_one_line(claimdesk("merge", project, pipe), "named pipe")


def project_with_bad_text(folder: Path, value: bytes) -> Path:
    project = folder / "p.claimdesk"
    with Store.open(project) as store:
        article = store.add_article(TEXT, title="Fine")
    with sqlite3.connect(project) as conn:
        conn.execute(
            "UPDATE articles SET title = CAST(? AS TEXT) WHERE id = ?", (value, article.id)
        )
    conn.close()
    return project


@pytest.mark.parametrize(
    ("value", "fault"),
    [(b"caf\xe9", "title is not valid UTF-8 (byte 3)"), (b"a\x00b", "title contains a NUL")],
)
def test_check_reports_text_that_is_not_valid_and_other_commands_say_so_in_one_line(
    tmp_path: Path, value: bytes, fault: str
):
    project = project_with_bad_text(tmp_path, value)
    checked = claimdesk("check", project)
    assert checked.returncode == 1
    assert fault in checked.stdout
    if b"\x00" not in value:  # SQLite hands a NUL-cut text back without complaint
        refused_in_one_line(claimdesk("articles", project), "cannot be read", "claimdesk check")


def test_check_reports_an_annotation_linked_past_the_limit_by_a_file_made_elsewhere(
    tmp_path: Path,
):
    project = tmp_path / "p.claimdesk"
    count = LINKS_PER_ANNOTATION + 1
    with Store.open(project) as store:
        who = store.ensure_annotator("Ana")
        tag = store.tags()[0].id
        article = store.add_article(" ".join(f"w{n:04d}" for n in range(count + 1)))
        with store.transaction():
            hub, *others = [
                store.add_annotation(article.id, 6 * n, 6 * n + 5, tag, who.id).id
                for n in range(count + 1)
            ]
        stamp = "2026-01-01T00:00:00.000000Z"
        rows = [(f"l{n}", hub, other, "supports", who.id, "", stamp, stamp, 0)
                for n, other in enumerate(others)]  # fmt: skip
    with sqlite3.connect(project) as conn:  # as another program would write them
        conn.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    checked = claimdesk("check", project)
    assert checked.returncode == 1
    assert f"annotation {hub}: {count:,} live links, over the limit of 1,000" in checked.stdout


READ_COMMANDS = [
    ("articles",),
    ("articles", "--json"),
    ("info",),
    ("claims",),
    ("suggest",),
    ("agreement",),
    ("export", "--format", "jsonl", "-o", "out.jsonl"),
    ("export", "--format", "w3c", "-o", "out.jsonld"),
    ("export", "--format", "csv", "-o", "out.csv"),
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_every_command_on_a_project_with_invalid_text_answers_or_fails_in_one_line(
    tmp_path: Path, command: tuple[str, ...]
):
    project = project_with_bad_text(tmp_path, b"caf\xe9")
    name, *options = command
    done = claimdesk(name, project, *[str(tmp_path / o) if "." in o else o for o in options])
    if done.returncode != 0:
        refused_in_one_line(done)


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path: Path):
    project = tmp_path / "p.claimdesk"
    with Store.open(project) as store:
        store.add_article(TEXT, title="Fine")
    process = subprocess.Popen(
        [sys.executable, "-m", "claimdesk.desktop.cli", "articles", str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # as `| head -0` does, before the command writes
    _, errors = process.communicate(timeout=TIMEOUT_S)
    assert errors == b""
    assert process.returncode not in (0, 70)
