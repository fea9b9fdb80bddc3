"""Evidence files travel with the JSONL export: each annotation's and claim's attached
files by name, SHA-256, size and media type (their bytes stay in the project and its
SQLite copy)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.export import export_project
from claimdesk.db.operations.evidence import attach_evidence_bytes, remove_evidence

PDF = b"%PDF-1.4\nthe ministry's figures\n%%EOF\n"


def test_jsonl_names_each_annotations_evidence_files_with_hash_size_and_type(
    store: Store, tmp_path: Path
):
    ana = store.ensure_annotator("Ana")
    article = store.add_article("The minister said unemployment fell.", title="Speech")
    annotation = store.add_annotation(article.id, 4, 12, store.tags()[0].id, ana.id)
    attach_evidence_bytes(store, PDF, "figures.pdf", ana.id, annotation_id=annotation.id)
    removed = attach_evidence_bytes(store, b"gone", "old.txt", ana.id, annotation_id=annotation.id)
    remove_evidence(store, removed.record_id)
    export_project(store, "jsonl", tmp_path / "out.jsonl")
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    (exported,) = record["annotations"]
    assert exported["evidence_files"] == [
        {
            "name": "figures.pdf",
            "sha256": hashlib.sha256(PDF).hexdigest(),
            "size": len(PDF),
            "media_type": "application/pdf",
        }
    ]
