"""Where an annotation may lie: a non-empty span of code points inside its article's text,
whose stored quote is the text there. One rule, used by the store, the annotation importer,
merge and `check`, each naming the record it judges."""

from __future__ import annotations

from claimdesk.db.messages import message


def span_problem(text_length: int, start: object, end: object) -> str | None:
    """Why `start`–`end` cannot be a span of a text `text_length` long, or None."""
    if type(start) is not int or type(end) is not int:
        return message("bad offsets {start!r}–{end!r}", start=start, end=end)
    if not 0 <= start < end <= text_length:
        return message(
            "span {start}–{end} is outside the article (0–{text_length}) or empty",
            start=start,
            end=end,
            text_length=text_length,
        )
    return None


def anchor_problem(text: str, start: object, end: object, quote: object) -> str | None:
    """Why an annotation at `start`–`end` quoting `quote` does not lie on `text`, or None."""
    problem = span_problem(len(text), start, end)
    if problem is not None:
        return problem
    assert isinstance(start, int) and isinstance(end, int), "span_problem checked them"
    if text[start:end] != quote:
        return message(
            "its quote differs from the article text at {start}–{end}", start=start, end=end
        )
    return None
