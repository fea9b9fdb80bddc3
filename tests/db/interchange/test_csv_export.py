"""The CSV export opened in a spreadsheet: no cell runs as a formula, and the review, the
links and the claim wording travel with each row."""

from __future__ import annotations

import csv
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.export import export_project

TEXT = "=1+1 said the mayor. -5 % growth. @everyone listen. +3 points.\tTabbed claim."


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _span(store: Store, article_id: str, text: str, quote: str, annotator_id: str, **kw):
    tag = next(tag.id for tag in store.tags() if tag.name == "Checkable claim")
    start = text.index(quote)
    return store.add_annotation(article_id, start, start + len(quote), tag, annotator_id, **kw)


def test_cells_that_a_spreadsheet_would_run_as_formulas_are_written_as_text(store, tmp_path):
    ana = store.ensure_annotator("Ana")
    article = store.add_article(TEXT, title="@title", outlet="+Outlet")
    note = '=HYPERLINK("https://evil.example","click me")'
    _span(store, article.id, TEXT, "=1+1", ana.id, note=note)
    for quote in ("-5 % growth", "@everyone", "+3 points", "\tTabbed"):
        _span(store, article.id, TEXT, quote, ana.id, note="\rcarriage" if "@" in quote else "")
    out = tmp_path / "export.csv"
    export_project(store, "csv", out)
    rows = {row["text"]: row for row in _rows(out)}
    assert set(rows) == {"'=1+1", "'-5 % growth", "'@everyone", "'+3 points", "'\tTabbed"}
    assert rows["'=1+1"]["note"] == "'" + note
    assert rows["'@everyone"]["note"] == "'\rcarriage"
    assert rows["'=1+1"]["article_title"] == "'@title"
    assert rows["'=1+1"]["outlet"] == "'+Outlet"
    assert rows["'=1+1"]["start"] == "0", "numbers stay numbers"


def test_each_row_carries_its_review_comment_link_relations_and_claim_wording(store, tmp_path):
    ana = store.ensure_annotator("Ana")
    ben = store.ensure_annotator("Ben")
    text = "The mayor said 40 % of schools will close. The minister agreed."
    article = store.add_article(text, title="Schools")
    claim = _span(store, article.id, text, "40 % of schools will close", ana.id)
    mayor = _span(store, article.id, text, "The mayor", ana.id)
    minister = _span(store, article.id, text, "The minister", ben.id)
    store.add_link(claim.id, mayor.id, "related", ana.id)
    store.add_link(claim.id, minister.id, "supports", ben.id)
    store.add_claim(ana.id, [claim.id], wording="Schools will close, says the mayor")
    store.set_review(claim.id, ben.id, "rejected", "the figure is 4 %")
    out = tmp_path / "export.csv"
    export_project(store, "csv", out)
    rows = {row["annotation_id"]: row for row in _rows(out)}
    row = rows[claim.id]
    assert (row["review"], row["reviewer"], row["review_comment"]) == (
        "rejected",
        "Ben",
        "the figure is 4 %",
    )
    assert row["links"].split(";") == [f"related:{mayor.id}", f"supports:{minister.id}"]
    assert row["claim_wording"] == "Schools will close, says the mayor"
    assert rows[mayor.id]["links"] == "" and rows[mayor.id]["claim_wording"] == ""
