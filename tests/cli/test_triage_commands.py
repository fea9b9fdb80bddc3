"""`claimdesk triage` on the seed reports, as a new user would try it."""

from __future__ import annotations

import json

from claimdesk.db import Store
from claimdesk.desktop.cli import main


def test_triage_lists_each_articles_best_sentences_with_their_reasons(seeded, capsys):
    assert main(["triage", str(seeded), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("  1. ") == 2 and out.count("  3. ") == 0
    assert "quantity or statistic (50)" in out


def test_triage_json_gives_each_sentence_in_code_points(seeded, capsys):
    assert main(["triage", str(seeded), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    with Store.open(seeded) as store:
        for candidate in found:
            text = store.article_text(candidate["article_id"])
            assert text[candidate["start"] : candidate["end"]] == candidate["sentence"]
            assert candidate["reasons"]


def test_triage_of_one_article_unknown_is_one_line(seeded, capsys):
    assert main(["triage", str(seeded), "--article", "nope"]) == 1
    assert capsys.readouterr().err.strip().endswith("no live article with id nope")
