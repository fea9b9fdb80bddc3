"""Two claimants whose names differ only by case or accented capitals are one claimant
(`values.name_key`): `check` names such a pair in a file written before names were told
apart so, and a merge folds two such claimants new from one colleague file into one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.rules.check import check_project
from claimdesk.db.storage.project_copy import copy_project

TEXT = "El gobierno habló de 400 liberados; el GOBIERNO repitió 400."


def _two_appearances(store: Store) -> tuple[str, list[str]]:
    article = store.add_article(TEXT, title="Liberados", outlet="EFE", date="2026-01-14")
    ana = store.ensure_annotator("Ana")
    statistic = store.tag_by_name("Statistic").id
    spans = [
        store.add_annotation(article.id, start, start + 3, statistic, ana.id).id
        for start in (TEXT.index("400"), TEXT.rindex("400"))
    ]
    return store.add_claim(ana.id, spans).id, spans


def _rename_behind_the_stores_back(path: Path, claimant_id: str, name: str) -> None:
    """As a file written before names were told apart by case could hold."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE claimants SET name = ? WHERE id = ?", (name, claimant_id))
    conn.close()


def test_check_names_two_claimants_whose_names_differ_only_by_capitals(project_path):
    with Store.open(project_path) as store:
        first = store.ensure_claimant("Ministério da Saúde")
        second = store.ensure_claimant("Another name")
        assert check_project(store) == []
    _rename_behind_the_stores_back(project_path, second.id, "MINISTÉRIO DA SAÚDE")
    with Store.open(project_path, create=False) as store:
        (problem,) = check_project(store)
    assert first.id in problem and second.id in problem
    assert "'MINISTÉRIO DA SAÚDE'" in problem and "'Ministério da Saúde'" in problem


def test_merging_two_claimants_alike_new_from_one_colleague_file_adds_one(project_path, tmp_path):
    with Store.open(project_path) as store:
        claim, spans = _two_appearances(store)
    colleague_path = tmp_path / "colleague.claimdesk"
    with Store.open(project_path, create=False) as mine:
        copy_project(mine.conn, colleague_path)
    with Store.open(colleague_path, create=False) as colleague:
        colleague.name_claimant(claim, spans[0], "Gobierno")
        colleague.name_claimant(claim, spans[1], "Other name")
        renamed = colleague.appearance_claimant(claim, spans[1])
    _rename_behind_the_stores_back(colleague_path, renamed.id, "GOBIERNO")
    with Store.open(project_path, create=False) as mine:
        merge_project(mine, colleague_path)
        (claimant,) = mine.claimants()
        assert claimant.name in ("Gobierno", "GOBIERNO")
        assert mine.appearance_claimant(claim, spans[0]) == claimant
        assert mine.appearance_claimant(claim, spans[1]) == claimant
        assert check_project(mine) == []
