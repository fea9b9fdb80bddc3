"""A long PDF moves the import's progress page by page, Cancel stops inside it, and one
that reads far slower than a real document is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import STEPS_PER_FILE, import_articles
from claimdesk.db.interchange.sources import pacing

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"
PDF = FIXTURES / "budget.pdf"  # three pages


def test_a_pdfs_pages_move_the_progress_within_its_share_of_the_import(
    store: Store, tmp_path: Path
):
    text = tmp_path / "note.txt"
    text.write_text("A note.\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    import_articles(store, [PDF, text], progress=lambda done, total: seen.append((done, total)))
    total = 2 * STEPS_PER_FILE
    assert seen[:3] == [(33, total), (66, total), (100, total)], "one step per page"
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancel_inside_a_pdf_stops_it_and_keeps_nothing_of_it(store: Store, tmp_path: Path):
    later = tmp_path / "later.txt"
    later.write_text("Never read.\n", encoding="utf-8")
    seen: list[int] = []
    report = import_articles(
        store,
        [PDF, later],
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 1,  # pressed once the first page was read
    )
    assert report.cancelled and report.outcomes == [] and seen == [33]
    assert store.project_counts() == (0, 0)
    assert store.conn.execute("SELECT count(*) FROM article_sources").fetchone() == (0,)


def test_a_pdf_slower_than_its_time_bound_is_refused_in_one_line(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(pacing, "BASE_SECONDS", 0.0)
    monkeypatch.setattr(pacing, "SECONDS_PER_PAGE", 0.0)  # any page is over its time
    note = tmp_path / "note.txt"
    note.write_text("A note.\n", encoding="utf-8")
    refused, kept = import_articles(store, [PDF, note]).outcomes
    said, where = refused.error, ("while opening it", "at page 1 of 3")  # as fast as it answers
    assert said in {
        f"{PDF}: stopped answering after 0 s {at} (far slower than a real document: a"
        " malformed PDF?): not imported"
        for at in where
    }
    assert kept.article is not None and store.project_counts()[0] == 1
