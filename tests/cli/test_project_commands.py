"""The `claimdesk` command end to end, in a subprocess, as a user or a script runs it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from claimdesk.db import Store


def claimdesk(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_importing_the_seeds_then_listing_articles_shows_both_reports_with_dates(
    tmp_path: Path, seed_paths: list[Path]
):
    project = tmp_path / "demo.claimdesk"
    imported = claimdesk("import", project, *seed_paths)
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.splitlines()
    assert len(lines) == 2 and all("\t" in line for line in lines)
    listed = claimdesk("articles", project)
    assert listed.returncode == 0
    assert "2026-01-17" in listed.stdout and "2026-01-14" in listed.stdout
    rows = json.loads(claimdesk("articles", project, "--json").stdout)
    assert sorted(row["date"] for row in rows) == ["2026-01-14", "2026-01-17"]
    assert [row["language"] for row in rows] == ["en", "en"]  # told from their words


def test_a_bad_file_among_good_ones_is_named_and_exits_1(tmp_path: Path, seed_paths):
    project = tmp_path / "p.claimdesk"
    result = claimdesk("import", project, seed_paths[0], tmp_path / "missing.txt")
    assert result.returncode == 1
    assert "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_info_counts_per_article_tag_and_annotator(tmp_path: Path):
    project = tmp_path / "p.claimdesk"
    with Store.open(project) as store:
        article = store.add_article("The dam held, the mayor said.", title="Dam")
        ana = store.ensure_annotator("Ana")
        tag = store.tag_by_name("Quote")
        first = store.add_annotation(article.id, 4, 13, tag.id, ana.id)
        second = store.add_annotation(article.id, 15, 28, tag.id, ana.id)
        store.add_link(first.id, second.id, "supports", ana.id)
        store.add_claim(ana.id, [first.id], wording="The dam held")
    result = claimdesk("info", project, "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["counts"]["annotations"] == 2
    assert info["counts"]["links"] == 1 and info["counts"]["claims"] == 1
    assert info["tags"]["Quote"] == 2 and info["annotators"] == {"Ana": 2}
    assert info["articles"] == [{"id": article.id, "title": "Dam", "annotations": 2}]
    text = claimdesk("info", project).stdout
    assert "1 article, 2 annotations, 1 link, 1 claim, 0 reviews, 1 annotator" in text


def test_check_passes_a_sound_project_and_names_each_broken_invariant(tmp_path: Path):
    project = tmp_path / "p.claimdesk"
    with Store.open(project) as store:
        article = store.add_article("Some words here.", title="A")
        ana = store.ensure_annotator("Ana")
        tag = store.tags()[0]
        one = store.add_annotation(article.id, 0, 4, tag.id, ana.id)
        two = store.add_annotation(article.id, 5, 10, tag.id, ana.id)
        store.add_link(one.id, two.id, "related", ana.id)
    assert claimdesk("check", project).returncode == 0
    with sqlite3.connect(project) as conn:  # damage it behind the store's back
        conn.execute("UPDATE annotations SET quote = 'nope' WHERE id = ?", (one.id,))
        conn.execute("UPDATE annotations SET end = 99 WHERE id = ?", (two.id,))
        conn.execute("UPDATE annotations SET deleted = 1 WHERE id = ?", (two.id,))
    result = claimdesk("check", project)
    assert result.returncode == 1
    assert f"annotation {one.id}: its quote differs from the article text at" in result.stdout
    assert f"annotation {two.id}: span 5–99 is outside the article" in result.stdout
    assert "is deleted" in result.stdout  # the live link points at a deleted annotation


def test_errors_are_one_line_exit_1_and_usage_errors_exit_2(tmp_path: Path):
    not_a_project = tmp_path / "notes.claimdesk"
    not_a_project.write_text("hello")
    result = claimdesk("articles", not_a_project)
    assert result.returncode == 1
    assert result.stderr.startswith("claimdesk: ") and len(result.stderr.splitlines()) == 1
    assert claimdesk("articles", tmp_path / "missing.claimdesk").returncode == 1
    assert claimdesk("import").returncode == 2
    assert claimdesk("new", tmp_path / "n.claimdesk", "--bogus").returncode == 2


def test_a_project_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path):
    project = tmp_path / "future.claimdesk"
    with Store.open(project):
        pass
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = project.read_bytes()
    result = claimdesk("info", project)
    assert result.returncode == 1 and "newer" in result.stderr
    assert project.read_bytes() == before
