"""Which rows of a colleague's file differ from the project, and which of them could break
a rule: found in one SQL pass over the attached file.

Every incoming row is held to every rule before anything is written (`merging.merge_checks`
says the rules in Python, with the messages). Checking 100,000 annotations there row by row
was over half of a merge, so this pass marks each differing row `suspect` unless SQL can
see that it keeps every rule, and merge runs the Python checks only on those. The SQL here
may mark a good row suspect (a leap day, a non-empty evidence list: Python then accepts
it), never pass a bad one: on a table without a pre-check every row is suspect.

A row that SQLite holds as text but that is not valid UTF-8 fails the read itself
(`incoming.fetch`); so a value read here has no lone surrogate, and "storable text" is,
in SQL, within its length and free of NUL.
"""

from __future__ import annotations

from collections.abc import Callable

from claimdesk.db.records.model import DECISIONS, RELATIONS
from claimdesk.db.rules.values import TEXT_LIMITS

from .incoming import OTHER, fetch, mapped_value
from .table import Column, Connection, Row

_STAMP_SHAPE = (
    "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]"
    ".[0-9][0-9][0-9][0-9][0-9][0-9]Z"
)


def differing_rows(
    conn: Connection,
    table: str,
    columns: list[Column],
    references: dict[str, str],
    maps: set[str],
) -> list[Row]:
    """The incoming rows of `table` not already in the project exactly as they are, in the
    file's order, their references (`references`: column -> table) read through the id
    maps published (`incoming.publish_map`) for the tables in `maps`. Each row is followed
    by the name of its first column holding a value of the wrong type (or NULL), then by
    whether it is suspect (1) or keeps every rule (0).

    Comparing through the maps keeps a re-merge between colleagues who imported the same
    articles each on their own (matched by text hash) from reading every annotation into
    Python: 100,000 of them took 2 s to find unchanged, now ~0.2 s as with shared ids.
    """
    mapped = {
        column: mapped_value(column, target)
        for column, target in references.items()
        if target in maps
    }
    values = [mapped.get(column.name, f"o.[{column.name}]") for column in columns]
    same = " AND ".join(
        f"m.[{column.name}] IS {value}" for column, value in zip(columns, values, strict=True)
    )
    keeps = _keeps_rules(table, columns, references, mapped)
    return fetch(
        conn,
        table,
        f"SELECT {', '.join(values)}, {_type_check(columns)},"
        f" CASE WHEN {keeps} THEN 0 ELSE 1 END FROM {OTHER}.[{table}] o WHERE NOT EXISTS"
        f" (SELECT 1 FROM main.[{table}] m WHERE m.id = o.id AND {same}) ORDER BY o.rowid",
    )


def _type_check(columns: list[Column]) -> str:
    cases = []
    for column in columns:
        allowed = {"TEXT": "'text'", "INTEGER": "'integer'", "REAL": "'real', 'integer'"}[
            column.kind
        ]
        allowed += ", 'null'" if column.nullable else ""
        cases.append(f"WHEN typeof(o.[{column.name}]) NOT IN ({allowed}) THEN '{column.name}'")
    cases.append("WHEN o.id = '' THEN 'id'")
    return f"CASE {' '.join(cases)} END"


def _keeps_rules(
    table: str, columns: list[Column], references: dict[str, str], mapped: dict[str, str]
) -> str:
    """SQL true only for an incoming row `o` that certainly keeps every rule of `table`."""
    rules = _TABLE_RULES.get(table)
    if rules is None:
        return "0"
    names = {column.name for column in columns}
    found = [rule(mapped) for rule in rules]
    if "deleted" in names:
        found.append("o.deleted IN (0, 1)")
    found += [
        f"length(o.[{column}]) <= {limit} AND instr(o.[{column}], char(0)) = 0"
        for column, limit in TEXT_LIMITS.get(table, ())
    ]
    found += [_resolves(column, target, mapped) for column, target in references.items()]
    found += [_stamp(f"o.[{column}]") for column in ("created", "modified") if column in names]
    return " AND ".join(f"({rule})" for rule in found) or "1"


def _resolves(column: str, target: str, mapped: dict[str, str]) -> str:
    """The reference names a record of the project (read through the id map) or of the
    incoming file: every incoming record is either added or matched to a local one."""
    local = mapped.get(column, f"o.[{column}]")
    return (
        f"o.[{column}] IS NULL"
        f" OR EXISTS (SELECT 1 FROM main.[{target}] WHERE id = {local})"
        f" OR EXISTS (SELECT 1 FROM {OTHER}.[{target}] WHERE id = o.[{column}])"
    )


def _stamp(value: str) -> str:
    """A time as Claimdesk writes it, on a day every calendar has (29 February is left
    to Python, which knows leap years)."""
    day, month = f"substr({value}, 9, 2)", f"substr({value}, 6, 2)"
    return (
        f"{value} GLOB '{_STAMP_SHAPE}' AND substr({value}, 1, 4) <> '0000'"
        f" AND {month} BETWEEN '01' AND '12' AND {day} BETWEEN '01' AND '31'"
        f" AND substr({value}, 12, 2) <= '23'"
        f" AND ({day} <= '28' OR {month} <> '02'"
        f" AND ({day} <= '30' OR {month} IN ('01', '03', '05', '07', '08', '10', '12')))"
    )


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def _article_text(mapped: dict[str, str]) -> str:
    """The text of an incoming annotation's article: the project's, else the file's."""
    local = mapped.get("article_id", "o.article_id")
    return (
        f"coalesce((SELECT text FROM main.articles WHERE id = {local}),"
        f" (SELECT text FROM {OTHER}.articles WHERE id = o.article_id))"
    )


def _span_matches(mapped: dict[str, str]) -> str:
    """0 <= start < end <= the text's length, and the quote is the text there (a quote of
    end - start characters equal to the text from start ends inside the text)."""
    return (
        "o.start >= 0 AND o.end > o.start AND length(o.quote) = o.end - o.start"
        f" AND substr({_article_text(mapped)}, o.start + 1, o.end - o.start) = o.quote"
    )


_TABLE_RULES: dict[str, tuple[Callable[[dict[str, str]], str], ...]] = {
    "annotations": (
        lambda mapped: (
            "o.confidence IS NULL OR typeof(o.confidence) IN ('integer', 'real')"
            " AND o.confidence BETWEEN 0 AND 1"
        ),
        _span_matches,
        lambda mapped: "o.evidence = '[]'",
    ),
    "links": (
        lambda mapped: f"o.relation IN ({_quoted(RELATIONS)})",
        lambda mapped: (
            f"{mapped.get('source_id', 'o.source_id')} <> {mapped.get('target_id', 'o.target_id')}"
        ),
    ),
    "claims": (lambda mapped: "o.evidence = '[]'",),
    "claim_members": (),
    "reviews": (lambda mapped: f"o.decision IN ({_quoted(DECISIONS)})",),
}
"""Per table with a pre-check, the rules beyond the common ones (types, deleted, text
limits, references, time stamps) in SQL over the row `o` and its mapped references.
Names, colours, keys and article texts (annotators, tags, verdicts, articles: small
tables) are checked in Python for every differing row."""
