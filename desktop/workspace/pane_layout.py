"""Laying several articles out side by side: one pane each, reusing the panes open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .article_pane import ArticlePane

if TYPE_CHECKING:
    from .workspace import Workspace

MAX_PANES = 6


def panes_for(workspace: Workspace, article_ids: list[str]) -> dict[str, ArticlePane]:
    """A pane for each article: panes already showing one keep it, others are reused,
    and panes are added while there is room."""
    wanted = article_ids[:MAX_PANES]
    kept: dict[str, ArticlePane] = {}
    free = []  # panes showing none of the articles, or one another pane already shows
    for shown in workspace.panes:
        if shown.article_id in wanted and shown.article_id not in kept:
            kept[shown.article_id] = shown
        else:
            free.append(shown)
    placed = {}
    for article_id in wanted:
        pane = kept.get(article_id)
        if pane is None:
            pane = free.pop(0) if free else workspace.add_pane(article_id)
            if pane is None:
                break
            workspace.show_article(pane, article_id)
        placed[article_id] = pane
    return placed
