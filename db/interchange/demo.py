"""The demo project: three short invented reports of one flood that disagree on the facts.

Built from text in resources/demo/ (articles and a list of annotations located by their
quoted text), so the demo stays readable and reviewable in the repository.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from claimdesk.db.storage.store import Store

from .article_files import parse_article_text

DEMO_FOLDER = "demo"


def build_demo_project(path: Path) -> None:
    """Write a fresh demo project at `path` (which must not exist yet)."""
    folder = resources.files("claimdesk.resources").joinpath(DEMO_FOLDER)
    spec = json.loads(folder.joinpath("annotations.json").read_text(encoding="utf-8"))
    with Store.open(path) as store, store.transaction():
        store.set_setting("name", "Demo: the Vellmar Bay flood")
        annotator = store.ensure_annotator(spec["annotator"])
        articles = {}
        for key, entry in spec["articles"].items():
            draft = parse_article_text(folder.joinpath(entry["file"]).read_text(encoding="utf-8"))
            articles[key] = store.add_article(
                draft.text,
                title=draft.title,
                date=draft.date,
                outlet=entry.get("outlet", ""),
                author=entry.get("author", ""),
                source=entry["file"],
            )
        tags = {tag.name: tag.id for tag in store.tags()}
        verdicts = {verdict.name: verdict.id for verdict in store.verdicts()}
        annotations = {}
        for item in spec["annotations"]:
            article = articles[item["article"]]
            start = article.text.index(item["quote"])
            annotations[item["key"]] = store.add_annotation(
                article.id,
                start,
                start + len(item["quote"]),
                tags[item["tag"]],
                annotator.id,
                verdict_id=verdicts.get(item.get("verdict", "")),
                note=item.get("note", ""),
            ).id
        for link in spec["links"]:
            store.add_link(
                annotations[link["source"]],
                annotations[link["target"]],
                link["relation"],
                annotator.id,
            )
        for claim in spec["claims"]:
            store.add_claim(
                annotator.id,
                [annotations[key] for key in claim["members"]],
                wording=claim["wording"],
                explanation=claim.get("explanation", ""),
            )
