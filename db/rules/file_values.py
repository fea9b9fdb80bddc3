"""Values given to a project, checked before anything is built from them.

A dataset file may put anything anywhere: a number where text belongs (`"text": 123`), a
lone surrogate (`"\\ud800"`, which SQLite cannot store), a NUL, a note of a gigabyte, a
string where a list belongs (evidence "http://x" iterated letter by letter). Each reader
passes every value through one of these, and so do the store's setters and merge, so a bad
one is refused with one line naming the record and the field, and what goes on is of the
right type and within the limits. (`values` holds the rules that return a problem phrase,
which `check` reports rather than raises.)
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.storage.errors import ValidationError

from .limits import ARTICLE_BYTES, EVIDENCE_ITEMS, RECORDS_PER_FILE, URL_CHARS, describe_bytes
from .values import TEXT_LIMITS


def text(value: Any, where: str, field: str, limit: int, *, default: str = "") -> str:
    """Text, or `default` when absent; numbers are taken as their text (ids often are)."""
    if type(value) is str:  # the usual case first: this runs for every field of a file
        return checked(value, where, field, limit)
    if value is None:
        return default
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValidationError(
            message(
                '{where}: "{field}" must be text, not {kind}',
                where=where,
                field=field,
                kind=_kind(value),
            )
        )
    return checked(value, where, field, limit)


def quote(value: Any, where: str, field: str, limit: int) -> str | None:
    """A quoted stretch of an article: text exactly as given, or None when absent."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            message(
                '{where}: "{field}" must be text, not {kind}',
                where=where,
                field=field,
                kind=_kind(value),
            )
        )
    return checked(value, where, field, limit)


def checked(value: str, where: str, field: str, limit: int) -> str:
    """`value` if it is storable text within `limit` characters; else one line saying why."""
    if len(value) > limit:
        raise ValidationError(
            message(
                '{where}: "{field}" is {count:,} characters, over the limit of {limit:,}',
                where=where,
                field=field,
                count=len(value),
                limit=limit,
            )
        )
    if "\x00" in value:
        raise ValidationError(
            message('{where}: "{field}" contains a NUL character', where=where, field=field)
        )
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(
            message(
                '{where}: "{field}" is not valid Unicode (a lone surrogate '
                "U+{code:04X} at character {start})",
                where=where,
                field=field,
                code=ord(value[error.start]),
                start=error.start,
            )
        ) from None
    return value


def article_text(value: Any, where: str, field: str = "text") -> str:
    """An article's text: present, not blank, within the article size limit."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            message('{where}: the article has no "{field}"', where=where, field=field)
        )
    if len(value) > ARTICLE_BYTES or len(value.encode("utf-8", "surrogatepass")) > ARTICLE_BYTES:
        raise ValidationError(
            message(
                "{where}: the article text is over the {limit} limit for one article",
                where=where,
                limit=describe_bytes(ARTICLE_BYTES),
            )
        )
    return checked(value, where, field, ARTICLE_BYTES)


def evidence(value: Any, where: str, field: str = "evidence") -> tuple[str, ...]:
    """Evidence: a list of links or citations; a single string is one piece of evidence
    (never its letters one by one)."""
    if value is None or value == "":
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise ValidationError(
            message(
                '{where}: "{field}" must be a list of links, not {kind}',
                where=where,
                field=field,
                kind=_kind(value),
            )
        )
    if len(items) > EVIDENCE_ITEMS:
        raise ValidationError(
            message(
                '{where}: "{field}" has {count:,} items, over the limit of {limit}',
                where=where,
                field=field,
                count=len(items),
                limit=EVIDENCE_ITEMS,
            )
        )
    return tuple(text(item, where, field, URL_CHARS) for item in items)


def record_texts(table: str, record: MutableMapping[str, Any], where: str) -> None:
    """Hold the free text a record is given (all of it, or the fields being changed) to
    `values.TEXT_LIMITS`, as merge holds a colleague's records: the store's setters use
    this, so no way into a project skips the limits."""
    for column, limit in TEXT_LIMITS[table]:
        if column in record:
            record[column] = text(record[column], where, column, limit)


def record_count(count: int, where: str) -> None:
    """At most RECORDS_PER_FILE articles, annotations, links and claims come from one file."""
    if count > RECORDS_PER_FILE:
        raise ValidationError(
            message(
                "{where}: {count:,} records (articles, annotations, links, claims), "
                "over the limit of {limit:,} per file",
                where=where,
                count=count,
                limit=RECORDS_PER_FILE,
            )
        )


def utf8_problem(value: bytes) -> str | None:
    """Why bytes SQLite holds as text cannot be read as text, or None: SQLite stores
    whatever a file's author wrote into a text column, valid UTF-8 or not."""
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as error:
        return message("is not valid UTF-8 (byte {start})", start=error.start)
    return None


def _kind(value: Any) -> str:
    kinds = {dict: message("an object"), list: message("a list"), bool: message("true or false")}
    return kinds.get(type(value), type(value).__name__)
