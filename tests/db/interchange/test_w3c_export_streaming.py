"""Exporting many links as W3C writes each record as it is made: memory stays that of a
few records, not of the whole document (a million links once took 4.5 GB)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.export import ExportData
from claimdesk.db.interchange.formats import w3c
from claimdesk.db.interchange.formats.common import Ticker


def linked_project(store: Store, links: int) -> None:
    ana = store.ensure_annotator("Ana")
    tag = store.tags()[0].id
    text = "Officials said about 50 people were released on Tuesday. " * 40
    article = store.add_article(text, title="Report")
    ids = [store.add_annotation(article.id, n, n + 10, tag, ana.id).id for n in range(100)]
    with store.transaction():
        for number in range(links):
            source, step = divmod(number, 99)
            store.add_link(ids[source % 100], ids[(source + step + 1) % 100], "related", ana.id)


def test_exporting_links_as_w3c_holds_a_few_records_in_memory_not_the_document(
    store: Store, tmp_path: Path
):
    linked_project(store, 3_000)
    data = ExportData.collect(store)
    out = tmp_path / "links.jsonld"

    tracemalloc.start()
    w3c.write(data, out, Ticker(0))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    written = out.read_bytes()
    collection = json.loads(written)
    assert collection["total"] == len(collection["first"]["items"]) == 100 + 3_000
    assert written == (json.dumps(collection, ensure_ascii=False) + "\n").encode()
    assert peak < len(written) / 4
