"""An imported `same claim` link puts its ends in one claim, as linking them in the app does."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.annotation_import import import_annotations

TEXT = "Alpha said one. Bravo said two. Charlie said three."


def _file(tmp_path: Path, links: list[dict], claims: list[dict] | None = None) -> Path:
    spans = [
        {"id": word, "start": TEXT.index(word), "end": TEXT.index(word) + len(word)}
        for word in ("Alpha", "Bravo", "Charlie")
    ]
    record = {
        "id": "report",
        "text": TEXT,
        "annotations": [{**span, "tag": "Quote", "annotator": "Cy"} for span in spans],
        "links": links,
    }
    if claims is not None:
        record["claims"] = claims
    path = tmp_path / "links.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_importing_same_claim_links_without_claims_groups_their_ends_in_one_claim(
    store: Store, tmp_path
):
    links = [
        {"id": "l1", "source": "Alpha", "target": "Bravo", "relation": "same_claim"},
        {"id": "l2", "source": "Bravo", "target": "Charlie", "relation": "same_claim"},
    ]
    import_annotations(store, _file(tmp_path, links))
    [claim] = store.claims()
    assert set(claim.annotation_ids) == {"Alpha", "Bravo", "Charlie"}
    assert claim.wording == "Alpha"


def test_a_supporting_link_makes_no_claim(store: Store, tmp_path):
    links = [{"id": "l1", "source": "Alpha", "target": "Bravo", "relation": "supports"}]
    import_annotations(store, _file(tmp_path, links))
    assert store.claims() == []


def test_a_link_to_an_annotation_of_a_claim_in_the_file_joins_that_claim(store: Store, tmp_path):
    links = [
        {"id": "l1", "source": "Alpha", "target": "Bravo", "relation": "same_claim"},
        {"id": "l2", "source": "Bravo", "target": "Charlie", "relation": "same_claim"},
    ]
    claims = [{"id": "c1", "wording": "Who said what", "annotator": "Cy", "annotations": ["Alpha"]}]
    import_annotations(store, _file(tmp_path, links, claims))
    [claim] = store.claims()
    assert claim.id == "c1" and claim.wording == "Who said what"
    assert set(claim.annotation_ids) == {"Alpha", "Bravo", "Charlie"}


def test_reimporting_an_export_with_claims_changes_no_claim(store: Store, tmp_path):
    links = [{"id": "l1", "source": "Alpha", "target": "Bravo", "relation": "same_claim"}]
    path = _file(tmp_path, links)
    import_annotations(store, path)
    before = store.claims()
    import_annotations(store, path)
    assert store.claims() == before
