"""An annotation made and deleted in a colleague's copy arrives as a tombstone: the merge
keeps it (a later merge must know it deleted) but reports it as arrived deleted, not as
added, whichever way round the two files are merged."""

from __future__ import annotations

import shutil
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.merging.merge import merge_project

TEXT = "The minister said unemployment fell by 12% last year."


def _made_and_deleted(store: Store, annotation_id: str) -> None:
    article = store.articles()[0]
    annotator = store.ensure_annotator("Bo")
    store.add_annotation(
        article.id, 4, 12, store.tags()[0].id, annotator.id, annotation_id=annotation_id
    )
    store.delete_annotation(annotation_id)


def test_an_annotation_that_arrives_deleted_is_not_counted_as_added(store, ana, tmp_path):
    store.add_article(TEXT, title="Minister")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other_path = tmp_path / "colleague.claimdesk"
    shutil.copyfile(store.path, other_path)
    with Store.open(other_path) as other:
        _made_and_deleted(other, "theirs")
    _made_and_deleted(store, "mine")

    report = merge_project(store, other_path)
    with Store.open(other_path) as other:
        back = merge_project(other, Path(store.path))

    for merged in (report, back):
        assert merged.added["annotations"] == 0
        assert merged.arrived_deleted["annotations"] == 1
        assert "annotations: 0 added, 0 updated, 1 arrived deleted" in merged.summary()
    assert {a.id for a in store.annotations(include_deleted=True)} == {"mine", "theirs"}
    assert store.annotations() == []
