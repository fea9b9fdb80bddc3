"""Turning annotations into what an article view draws (colour, style) and hover text."""

from __future__ import annotations

from claimdesk.db.records.model import Annotation
from claimdesk.db.records.span_rows import SpanRow
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.i18n.locale_format import count
from claimdesk.desktop.session import ProjectSession

from .article_view import HighlightSpan

FALLBACK_COLOR = "#999999"


def span_for(session: ProjectSession, annotation: Annotation) -> HighlightSpan:
    tag = session.tag(annotation.tag_id)
    return HighlightSpan(
        annotation_id=annotation.id,
        start=annotation.start,
        end=annotation.end,
        color=tag.color if tag else FALLBACK_COLOR,
    )


def spans_from_rows(session: ProjectSession, rows: list[SpanRow]) -> list[HighlightSpan]:
    """What `span_for` makes, from (id, start, end, tag_id) rows: each tag looked up once."""
    colors: dict[str, str] = {}
    spans = []
    for annotation_id, start, end, tag_id in rows:
        color = colors.get(tag_id)
        if color is None:
            tag = session.tag(tag_id)
            color = colors[tag_id] = tag.color if tag else FALLBACK_COLOR
        spans.append(HighlightSpan(annotation_id, start, end, color))
    return spans


def describe(session: ProjectSession, annotation: Annotation) -> str:
    """One annotation as plain text lines: tag, annotator, verdict, note."""
    tag = session.tag(annotation.tag_id)
    tag_name = tag.name if tag else translate("spans", "(unknown tag)")
    parts = [tag_name, session.annotator_name(annotation.annotator_id)]
    verdict = session.verdict(annotation.verdict_id)
    if verdict is not None:
        parts.append(verdict.name)
    if annotation.confidence is not None:
        percent = round(annotation.confidence * 100)
        parts.append(translate("spans", "{percent}% confident").format(percent=count(percent)))
    lines = [" · ".join(parts)]
    if annotation.note:
        note = annotation.note if len(annotation.note) <= 200 else annotation.note[:199] + "…"
        lines.append(note)
    return "\n".join(lines)
