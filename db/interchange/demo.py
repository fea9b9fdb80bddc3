"""The demo project: three short invented reports of one flood that disagree on the facts.

Built from text in resources/demo/ (articles and a list of annotations located by their
quoted text), so the demo stays readable and reviewable in the repository. Each language
of the default scheme has its own telling of the story (resources/demo/<code>/, English at
the top); a spec names tags and verdicts by their English names, the scheme's identity.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from claimdesk.db.records.default_scheme import scheme_language
from claimdesk.db.storage.clock import stable_id
from claimdesk.db.storage.store import Store

from .article_files import parse_article_text

DEMO_FOLDER = "demo"


def build_demo_project(path: Path, language: str = "en") -> None:
    """Write a fresh demo project at `path` (which must not exist yet) in `language`."""
    language = scheme_language(language)
    folder = resources.files("claimdesk.resources").joinpath(DEMO_FOLDER)
    if language != "en":
        folder = folder.joinpath(language)
    spec = json.loads(folder.joinpath("annotations.json").read_text(encoding="utf-8"))
    with Store.open(path, language=language) as store, store.transaction():
        store.set_setting("name", spec.get("name", "Demo: the Vellmar Bay flood"))
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
        tags = {name: stable_id("tag", name) for name in {i["tag"] for i in spec["annotations"]}}
        verdicts = {name: stable_id("verdict", name) for name in _verdict_names(spec)}
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


def _verdict_names(spec: dict[str, Any]) -> set[str]:
    return {item["verdict"] for item in spec["annotations"] if "verdict" in item}
