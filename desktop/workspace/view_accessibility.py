"""What a screen reader hears of an article view beyond its text and caret.

Qt already exposes the view's text and caret (its `QPlainTextEdit` accessible
interface); this adds the annotation under the caret, as the view's accessible
description ("Statistic, by Maria: 56 prisoners"), so that moving the caret into a
highlight says what it is. The view knows spans, not tags or people: the window hands
each pane `annotation_names` (`name_annotations_in_panes`), asked only when the
annotation under the caret changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from claimdesk.db import NotFoundError
from claimdesk.desktop.i18n import translate

from .span_placement import HighlightSpan

if TYPE_CHECKING:
    from claimdesk.desktop.session import ProjectSession

    from .workspace import Workspace

AnnotationNames = Callable[[str], tuple[str, str] | None]
"""An annotation's id → (its tag's name, its annotator's name); None when it is gone."""

QUOTE_LIMIT = 160
"""A longer quote is cut: the reader is on it and can read on with the caret."""


def no_names(annotation_id: str) -> tuple[str, str] | None:
    """Until the workspace names annotations, the view describes none."""
    return None


def annotation_names(session: ProjectSession) -> AnnotationNames:
    """Names from the open project (one read of the annotation, cached lookups after)."""

    def names(annotation_id: str) -> tuple[str, str] | None:
        try:
            annotation = session.store.annotation(annotation_id)
        except NotFoundError:
            return None
        tag = session.tag(annotation.tag_id)
        tag_name = tag.name if tag else translate("spans", "(unknown tag)")
        return tag_name, session.annotator_name(annotation.annotator_id)

    return names


def spoken_annotation(tag: str, annotator: str, quote: str) -> str:
    """One annotation as a sentence: its tag, who made it, what it covers."""
    quote = " ".join(quote.split())
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1] + "…"
    return translate("ArticleView", "{tag}, by {annotator}: {quote}").format(
        tag=tag, annotator=annotator, quote=quote
    )


def describe_caret(
    view: QWidget, names: AnnotationNames, span: HighlightSpan | None, text: str
) -> None:
    """Make `span` (the annotation under the caret, or None) the view's description; Qt
    tells assistive technology when it changes."""
    description = ""
    named = names(span.annotation_id) if span is not None else None
    if span is not None and named is not None:
        description = spoken_annotation(*named, text[span.start : span.end])
    if view.accessibleDescription() != description:
        view.setAccessibleDescription(description)


def name_annotations_in_panes(workspace: Workspace) -> None:
    """Every pane of `workspace`, now and as panes open, describes with project names."""
    names = annotation_names(workspace.session)

    def each_pane() -> None:
        for pane in workspace.panes:
            pane.view.set_annotation_names(names)

    workspace.panes_changed.connect(each_pane)
    each_pane()
