"""`claimdesk check`: SQLite's own integrity check plus Claimdesk's invariants.

The invariants are what every other part relies on: every value of its column's type,
offsets inside the article text, the stored quote equal to the text at those offsets,
every reference resolving, and no live link or claim membership pointing at a deleted
annotation.
"""

from __future__ import annotations

from claimdesk.db.records.article_sources import article_source_problems
from claimdesk.db.records.evidence_carry import evidence_problems
from claimdesk.db.rules.spans import anchor_problem
from claimdesk.db.storage.store import Store

from .file_values import utf8_problem
from .limits import ARTICLE_BYTES, LINKS_PER_ANNOTATION, describe_bytes
from .value_check import record_value_problems

MAX_PROBLEMS = 200
"""A badly broken file could list millions; the first few hundred say enough."""

_LIVE_POINTING_AT_DELETED = (
    ("links", "source_id", "annotations"),
    ("links", "target_id", "annotations"),
    ("claim_members", "annotation_id", "annotations"),
    ("annotations", "article_id", "articles"),
)


def check_project(store: Store) -> list[str]:
    """Every problem found, one line each; an empty list means the file is sound."""
    problems = _sqlite_integrity(store)
    if problems:
        return problems  # the invariants cannot be trusted on a damaged file
    problems += _value_types(store)
    problems += _invalid_text(store)
    if problems:
        return problems[:MAX_PROBLEMS]  # the other checks compare values of these types
    problems += _dangling_references(store)
    problems += _live_records_pointing_at_deleted(store)
    problems += _annotation_offsets(store)
    problems += record_value_problems(store, MAX_PROBLEMS)
    problems += _over_limits(store)
    problems += article_source_problems(store)
    problems += evidence_problems(store)
    return problems[:MAX_PROBLEMS]


def _sqlite_integrity(store: Store) -> list[str]:
    rows = store.conn.execute("PRAGMA integrity_check").fetchall()
    problems = [f"SQLite integrity: {row[0]}" for row in rows if row[0] != "ok"]
    for table, rowid, parent, _ in store.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid}: refers to a missing {parent} record")
    return problems


_ALLOWED_TYPES = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer")}


def _value_types(store: Store) -> list[str]:
    """Values SQLite stored with another type than declared (a blob in a text column...).

    SQLite keeps whatever a file's author put there; the app reads these columns as
    their declared type, so a stray blob or number is reported, not trusted.
    """
    problems = []
    tables = [
        name
        for (name,) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        cases, key = [], "rowid"
        for _, column, kind, notnull, _, pk in store.conn.execute(f"PRAGMA table_info([{table}])"):
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
        for record, reason in store.conn.execute(
            f"SELECT {key}, {wrong} FROM [{table}] WHERE {wrong} IS NOT NULL LIMIT {MAX_PROBLEMS}"
        ):
            problems.append(f"{table} {record!r}: {reason}")
    return problems


def _invalid_text(store: Store) -> list[str]:
    """Text values that are not valid UTF-8 or hold a NUL character.

    SQLite stores whatever bytes a file's author wrote into a text column; reading them
    as text then fails (or cuts the value at the NUL) in every command that shows them.
    They are read here as bytes so that the check itself never fails on them.
    """
    conn = store.conn
    problems: list[str] = []
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, key, columns in _text_columns(store):
            selected = ", ".join(  # a blob is _value_types' to name, not read here
                f"CASE WHEN typeof([{column}]) = 'text' THEN [{column}] END" for column in columns
            )
            for record, *values in conn.execute(f"SELECT {key}, {selected} FROM [{table}]"):
                for column, value in zip(columns, values, strict=True):
                    reason = _text_fault(value)
                    if reason:
                        problems.append(f"{table} {_shown(record)}: {column} {reason}")
                if len(problems) >= MAX_PROBLEMS:
                    return problems
    finally:
        conn.text_factory = previous
    return problems


def _text_columns(store: Store) -> list[tuple[str, str, list[str]]]:
    """(table, its key column, its TEXT columns) for every table of the project."""
    found = []
    tables = store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
        " ESCAPE '\\'"
    ).fetchall()
    for (table,) in tables:
        table = _shown(table)
        columns, key = [], "rowid"
        for _, column, kind, _, _, pk in store.conn.execute(f"PRAGMA table_info([{table}])"):
            column, kind = _shown(column), _shown(kind)
            key = f"[{column}]" if pk == 1 else key
            if kind.upper() == "TEXT":
                columns.append(column)
        if columns:
            found.append((table, key, columns))
    return found


def _text_fault(value: object) -> str:
    if not isinstance(value, bytes):
        return ""
    if b"\x00" in value:
        return "contains a NUL character"
    return utf8_problem(value) or ""


def _shown(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _declared_references(store: Store) -> tuple[tuple[str, str, str], ...]:
    """Every (table, column → parent) reference the schema declares, read with
    sqlite-utils' introspection, so a new reference in a migration is checked too (for
    the record tables: those with an `id`, which the problem lines name)."""
    db = store.db
    return tuple(
        (key.table, key.column, key.other_table)
        for table in db.table_names()
        if "id" in db.table(table).columns_dict
        for key in db.table(table).foreign_keys
        if key.other_column == "id" and key.column is not None  # compound keys: None
    )


def _dangling_references(store: Store) -> list[str]:
    return _reference_problems(
        store,
        _declared_references(store),
        "LEFT JOIN",
        "t.{column} IS NOT NULL AND p.id IS NULL",
        "{table} {id}: {column} {ref} does not exist",
    )


def _live_records_pointing_at_deleted(store: Store) -> list[str]:
    return _reference_problems(
        store,
        _LIVE_POINTING_AT_DELETED,
        "JOIN",
        "t.deleted = 0 AND p.deleted = 1",
        "{table} {id}: live, but its {column} {ref} is deleted",
    )


def _reference_problems(
    store: Store,
    references: tuple[tuple[str, str, str], ...],
    join: str,
    condition: str,
    message: str,
) -> list[str]:
    """One line per row of each (table, column → parent) reference that meets `condition`."""
    problems = []
    for table, column, parent in references:
        where = condition.format(column=column)
        rows = store.conn.execute(
            f"SELECT t.id, t.{column} FROM {table} t {join} {parent} p ON p.id = t.{column}"
            f" WHERE {where} LIMIT {MAX_PROBLEMS}"
        )
        problems += [
            message.format(table=table, id=id_, column=column, ref=ref) for id_, ref in rows
        ]
    return problems


def _annotation_offsets(store: Store) -> list[str]:
    problems = []
    rows = store.conn.execute(
        "SELECT a.id, a.start, a.end, a.quote, a.article_id FROM annotations a"
        " ORDER BY a.article_id, a.start"
    )
    current_article, text = None, ""
    for annotation_id, start, end, quote, article_id in rows:
        if article_id != current_article:
            current_article = article_id
            row = store.conn.execute(
                "SELECT text FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            text = row[0] if row else ""
        problem = anchor_problem(text, start, end, quote)
        if problem is not None:
            problems.append(f"annotation {annotation_id}: {problem}")
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def _over_limits(store: Store) -> list[str]:
    """Records past the limits every import holds (a file made elsewhere, or merged from
    one, may hold them): the window is not built to show them."""
    problems = [
        f"article {article_id}: its text is over the {describe_bytes(ARTICLE_BYTES)} limit"
        for (article_id,) in store.conn.execute(
            f"SELECT id FROM articles WHERE length(CAST(text AS BLOB)) > {ARTICLE_BYTES}"
            f" LIMIT {MAX_PROBLEMS}"
        )
    ]
    problems += [
        f"annotation {annotation_id}: {count:,} live links, over the limit of"
        f" {LINKS_PER_ANNOTATION:,}"
        for annotation_id, count in store.conn.execute(
            "SELECT id, count(*) FROM (SELECT source_id AS id FROM links WHERE deleted = 0"
            " UNION ALL SELECT target_id FROM links WHERE deleted = 0)"
            f" GROUP BY id HAVING count(*) > {LINKS_PER_ANNOTATION} LIMIT {MAX_PROBLEMS}"
        )
    ]
    return problems
