"""Reading what the annotation table lists, and how pickers name articles, cheaply."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.records.table_rows import TableRow, table_row, table_rows


def test_table_rows_are_the_live_annotations_of_the_articles_asked_for(store: Store, ana):
    tag, verdict = store.tags()[0].id, store.verdicts()[0].id
    first = store.add_article("Officials said 50 people were freed.", title="A")
    second = store.add_article("Foro Penal counted 56.", title="B")
    third = store.add_article("Not on screen.", title="C")
    kept = store.add_annotation(first.id, 15, 17, tag, ana.id, verdict_id=verdict, note="check")
    gone = store.add_annotation(first.id, 0, 9, tag, ana.id)
    other = store.add_annotation(second.id, 19, 21, tag, ana.id)
    store.add_annotation(third.id, 0, 3, tag, ana.id)
    store.delete_annotation(gone.id)

    rows = table_rows(store, [first.id, second.id, first.id])
    assert sorted(rows) == sorted(
        [
            TableRow(first.id, 15, kept.id, "50", tag, ana.id, verdict, "check", kept.created),
            TableRow(second.id, 19, other.id, "56", tag, ana.id, None, "", other.created),
        ]
    )
    assert table_row(store, kept.id) == rows[[r.annotation_id for r in rows].index(kept.id)]
    assert table_row(store, gone.id) is None
    assert table_row(store, "no-such-id") is None


def test_article_headings_name_live_articles_in_import_order(store: Store):
    first = store.add_article("One.", title="First", outlet="El Pitazo", date="2026-01-14")
    second = store.add_article("Two.", title="Second")
    third = store.add_article("Three.", title="Third")
    store.delete_article(second.id)
    headings = store.article_headings()
    assert [(h.id, h.title) for h in headings] == [(first.id, "First"), (third.id, "Third")]
    assert (headings[0].outlet, headings[0].date) == ("El Pitazo", "2026-01-14")
