"""`claimdesk match` after `claimdesk report`: a published claim is not listed as checked
before by its own fact-check; the project's other claim is, by it."""

from __future__ import annotations

import json

from claimdesk.db import Store
from claimdesk.desktop.cli import main
from tests.db.report.seed_project import WORDING, released_prisoners, second_claim


def test_matching_after_publishing_leaves_each_claims_own_check_out(tmp_path, seed_paths, capsys):
    project = tmp_path / "seeds.claimdesk"
    with Store.open(project) as store:
        mine = released_prisoners(store, seed_paths)
        other = second_claim(store, f"{WORDING}, the government says")
    assert main(["report", str(project), "-o", str(tmp_path / "r.html")]) == 0
    capsys.readouterr()
    assert main(["match", str(project), "--json"]) == 0
    claims = {e["id"]: e for e in json.loads(capsys.readouterr().out) if e["kind"] == "claim"}
    assert [m["claim"] for m in claims[mine]["matches"]] == [f"{WORDING}, the government says"]
    assert [m["claim"] for m in claims[other]["matches"]] == [WORDING]
