"""The rules a record's values must follow, one validator per rule.

Used by the store's setters, by merge (a colleague's file is untrusted) and by `check`. Each
validator returns None for a good value, else the problem as a short phrase; `record_problem`
applies the ones that concern a table's row. Values are shown cut short and escaped, so a
problem always fits on one line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol

from claimdesk.db.analysis.language import language_problem
from claimdesk.db.messages import message

from .limits import ID_CHARS, NAME_CHARS, NOTE_CHARS, QUOTE_CHARS, TITLE_CHARS, URL_CHARS

RECORD_TABLES: tuple[str, ...] = (
    "annotators",
    "articles",
    "tags",
    "verdicts",
    "annotations",
    "links",
    "claimants",
    "claims",
    "claim_members",
    "reviews",
)
"""The tables of records (each row has an id for life), parents before the rows naming them."""

TEXT_LIMITS: dict[str, tuple[tuple[str, int], ...]] = {
    "annotators": (("id", ID_CHARS), ("name", NAME_CHARS)),
    "articles": (
        ("id", ID_CHARS),
        ("title", TITLE_CHARS),
        ("outlet", TITLE_CHARS),
        ("author", TITLE_CHARS),
        ("date", TITLE_CHARS),
        ("url", URL_CHARS),
        ("source", URL_CHARS),
    ),
    "tags": (("id", ID_CHARS), ("name", NAME_CHARS), ("description", NOTE_CHARS)),
    "verdicts": (("id", ID_CHARS), ("name", NAME_CHARS), ("description", NOTE_CHARS)),
    "annotations": (
        ("id", ID_CHARS),
        ("quote", QUOTE_CHARS),
        ("prefix", QUOTE_CHARS),
        ("suffix", QUOTE_CHARS),
        ("note", NOTE_CHARS),
    ),
    "links": (("id", ID_CHARS), ("note", NOTE_CHARS)),
    "claims": (("id", ID_CHARS), ("wording", NOTE_CHARS), ("explanation", NOTE_CHARS)),
    "claimants": (("id", ID_CHARS), ("name", NAME_CHARS)),
    "claim_members": (("id", ID_CHARS),),
    "reviews": (("id", ID_CHARS), ("comment", NOTE_CHARS)),
}
"""The most characters a record's free text may hold, per table and column: what the
importers hold a file's values to, so merge holds a colleague's file to the same. (An
article's text has its own rule, `file_values.article_text`; evidence, `file_values.evidence`;
ids a record refers to are checked as the ids of the records they name.)"""

SHORTCUT_KEYS = tuple("123456789")
"""The keys a tag can have: a digit, pressed in an article pane."""

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
"""The shape `clock.format_time` writes; stamps compare as text, so only this shape orders."""


def shown(value: object, limit: int = 40) -> str:
    """A value quoted for a one-line message: escaped, and cut at `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def is_valid_timestamp(value: object) -> bool:
    """A UTC time as the store writes it (`2026-01-31T09:15:00.000000Z`), a real date.

    The cheap tests of length and separators come first: merge asks this of two stamps
    per incoming row (the regular expression alone cost 0.2 s per 100,000 rows).
    """
    if (
        type(value) is not str
        or len(value) != 27
        or value[10] != "T"
        or value[19] != "."
        or value[26] != "Z"
        or _TIMESTAMP.fullmatch(value) is None
    ):
        return False
    try:
        datetime.fromisoformat(value[:26])
    except ValueError:
        return False
    return True


def timestamp_problem(column: str, value: object) -> str | None:
    if is_valid_timestamp(value):
        return None
    return message(
        "{column} {value} is not a time as Claimdesk writes it (ISO 8601, UTC)",
        column=column,
        value=shown(value),
    )


def confidence_problem(value: object) -> str | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0.0 <= value <= 1.0
    ):
        return message("confidence {value} is not between 0 and 1", value=shown(value))
    return None


def name_problem(value: object) -> str | None:
    if not isinstance(value, str) or not value or value != " ".join(value.split()):
        return message("name {value} is empty or has stray spaces", value=shown(value))
    return None


def color_problem(value: object) -> str | None:
    if not isinstance(value, str) or _COLOR.fullmatch(value) is None:
        return message("colour {value} is not of the form #rrggbb", value=shown(value))
    return None


def shortcut_problem(value: object) -> str | None:
    if value != "" and value not in SHORTCUT_KEYS:
        return message("key {value} is not one digit from 1 to 9", value=shown(value))
    return None


_FIELD_RULES = {
    "annotators": (("name", name_problem),),
    "articles": (("language", language_problem),),
    "annotations": (("confidence", confidence_problem),),
    "tags": (("name", name_problem), ("color", color_problem), ("shortcut", shortcut_problem)),
    "verdicts": (("name", name_problem), ("color", color_problem)),
    "claimants": (("name", name_problem),),
}


def rule_columns(table: str) -> tuple[str, ...]:
    """The columns of `table` whose values `record_problem` judges, besides the stamps
    (what a check written elsewhere, as merge's SQL pre-check, must mirror)."""
    return tuple(column for column, _ in _FIELD_RULES.get(table, ()))


class Fields(Protocol):
    """A record read by column name: a dict, or merge's view of a row through its layout."""

    def __getitem__(self, column: str, /) -> Any: ...

    def __contains__(self, column: str, /) -> bool: ...


def record_problem(table: str, record: Fields) -> str | None:
    """The first rule this row of `table` breaks, or None (names, colours, keys, stamps)."""
    for column, rule in _FIELD_RULES.get(table, ()):
        problem = rule(record[column])
        if problem is not None:
            return problem
    for column in ("created", "modified"):
        if column in record and not is_valid_timestamp(record[column]):
            return timestamp_problem(column, record[column])
    return None


def name_key(name: str) -> str:
    """Tag and verdict names are told apart without regard to case."""
    return " ".join(name.split()).casefold()


def duplicate_names(rows: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(id, id of the earlier holder) for each live (id, name) whose name is already taken."""
    holders: dict[str, str] = {}
    found = []
    for record_id, name in rows:
        holder = holders.setdefault(name_key(name), record_id)
        if holder != record_id:
            found.append((record_id, holder))
    return found
