"""The queries behind `claimdesk check`: the rows that break a rule, found by SQLite.

`db/rules/check.py` says what each rule is and how a problem reads; the SQL that finds the
offending rows stays here, beside the connection. Table and column names come from the
schema, never from a file, so they are quoted, not bound.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator

from .store_base import StoreBase
from .table import Connection, Db, Row, connection

_ALLOWED_TYPES = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer")}


def integrity_messages(db: Db) -> list[str]:
    """What SQLite's own integrity check says ("ok" when the file is sound)."""
    return [row[0] for row in connection(db).execute("PRAGMA integrity_check").fetchall()]


def foreign_key_violations(db: Db) -> list[tuple[str, int, str]]:
    """(table, rowid, parent table) of every row referring to a missing record."""
    return [row[:3] for row in connection(db).execute("PRAGMA foreign_key_check")]


def wrongly_typed(db: Db, limit: int) -> Iterator[tuple[str, object, str]]:
    """(table, key, "column is blob, not text") for values SQLite stored with another type
    than declared, at most `limit` per table."""
    conn = connection(db)
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        cases, key = [], "rowid"
        for _, column, kind, notnull, _, pk in conn.execute(f"PRAGMA table_info([{table}])"):
            key = f"[{column}]" if pk == 1 else key
            allowed = [*_ALLOWED_TYPES.get(kind.upper(), ()), *(() if notnull else ("null",))]
            if len(allowed) > (0 if notnull else 1):
                listed = ", ".join(f"'{name}'" for name in allowed)
                cases.append(
                    f"WHEN typeof([{column}]) NOT IN ({listed})"
                    f" THEN '{column} is ' || typeof([{column}]) || ', not {kind.lower()}'"
                )
        if not cases:
            continue
        wrong = f"CASE {' '.join(cases)} END"
        for record, reason in conn.execute(
            f"SELECT {key}, {wrong} FROM [{table}] WHERE {wrong} IS NOT NULL LIMIT {int(limit)}"
        ):
            yield table, record, reason


def text_values_as_bytes(db: Db) -> Generator[tuple[str, list[str], Row]]:
    """(table, its TEXT columns, (key, *values)) for every row, the values read as bytes
    (a blob as None) so that text that is not valid UTF-8 can be named, not fail the read.
    Names are shown decoded; stop iterating at any time to restore the connection."""
    conn = connection(db)
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, key, columns in _text_columns(conn):
            selected = ", ".join(  # a blob is `wrongly_typed`'s to name, not read here
                f"CASE WHEN typeof([{column}]) = 'text' THEN [{column}] END" for column in columns
            )
            for row in conn.execute(f"SELECT {key}, {selected} FROM [{table}]"):
                yield table, columns, row
    finally:
        conn.text_factory = previous


def _text_columns(conn: Connection) -> list[tuple[str, str, list[str]]]:
    """(table, its key column, its TEXT columns) for every table of the project."""
    found = []
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
        " ESCAPE '\\'"
    ).fetchall()
    for (table,) in tables:
        table = decoded(table)
        columns, key = [], "rowid"
        for _, column, kind, _, _, pk in conn.execute(f"PRAGMA table_info([{table}])"):
            column, kind = decoded(column), decoded(kind)
            key = f"[{column}]" if pk == 1 else key
            if kind.upper() == "TEXT":
                columns.append(column)
        if columns:
            found.append((table, key, columns))
    return found


def decoded(value: object) -> str:
    """A name or key read as bytes, shown as text."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


Reference = tuple[str, str, str]
"""(table, column, parent table): `column` holds the id of a `parent` record."""

ReferenceRows = list[tuple[Reference, list[tuple[str, str]]]]
"""Per reference, the (id, referenced id) of the rows found."""


def declared_references(store: StoreBase) -> tuple[Reference, ...]:
    """Every reference the schema declares, read with sqlite-utils' introspection, so a
    new reference in a migration is checked too (for the record tables: those with an
    `id`, which the problem lines name)."""
    db = store.db
    return tuple(
        (key.table, key.column, key.other_table)
        for table in db.table_names()
        if "id" in db.table(table).columns_dict
        for key in db.table(table).foreign_keys
        if key.other_column == "id" and key.column is not None  # compound keys: None
    )


def dangling_references(db: Db, references: Iterable[Reference], limit: int) -> ReferenceRows:
    """Rows whose reference names no record."""
    return _reference_rows(
        db, references, "LEFT JOIN", "t.{column} IS NOT NULL AND p.id IS NULL", limit
    )


def live_pointing_at_deleted(db: Db, references: Iterable[Reference], limit: int) -> ReferenceRows:
    """Live rows whose reference names a deleted record."""
    return _reference_rows(db, references, "JOIN", "t.deleted = 0 AND p.deleted = 1", limit)


def _reference_rows(
    db: Db, references: Iterable[Reference], join: str, condition: str, limit: int
) -> ReferenceRows:
    conn = connection(db)
    found: ReferenceRows = []
    for table, column, parent in references:
        where = condition.format(column=column)
        rows = conn.execute(
            f"SELECT t.id, t.{column} FROM {table} t {join} {parent} p ON p.id = t.{column}"
            f" WHERE {where} LIMIT {int(limit)}"
        ).fetchall()
        found.append(((table, column, parent), rows))
    return found


def annotation_anchors(db: Db) -> Iterator[tuple[str, str, int, int, str]]:
    """(article_id, annotation id, start, end, quote) of every annotation, by article."""
    conn = connection(db)
    rows = conn.execute(
        "SELECT a.id, a.start, a.end, a.quote, a.article_id FROM annotations a"
        " ORDER BY a.article_id, a.start"
    )
    for annotation_id, start, end, quote, article_id in rows:
        yield article_id, annotation_id, start, end, quote


def article_text(db: Db, article_id: str) -> str:
    """The article's text, or "" when there is no such article."""
    row = connection(db).execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else ""


def articles_over_bytes(db: Db, most_bytes: int, limit: int) -> list[str]:
    """Ids of articles whose text is longer than `most_bytes` in UTF-8."""
    return [
        row[0]
        for row in connection(db).execute(
            f"SELECT id FROM articles WHERE length(CAST(text AS BLOB)) > {int(most_bytes)}"
            f" LIMIT {int(limit)}"
        )
    ]


def annotations_over_links(db: Db, most_links: int, limit: int) -> list[tuple[str, int]]:
    """(annotation id, live links) of annotations with more than `most_links` live links."""
    conn = connection(db)
    return conn.execute(
        "SELECT id, count(*) FROM (SELECT source_id AS id FROM links WHERE deleted = 0"
        " UNION ALL SELECT target_id FROM links WHERE deleted = 0)"
        f" GROUP BY id HAVING count(*) > {int(most_links)} LIMIT {int(limit)}"
    ).fetchall()
