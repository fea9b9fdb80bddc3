"""Which rows of a colleague's file differ from the project, and which of them could break
a value rule: found in one SQL pass over the attached file.

Every incoming row is held to every rule before anything is written (`merging.merge_checks`
says the rules in Python, with the messages). Checking 100,000 annotations there row by row
was over half of a merge, so this pass marks each differing row suspect unless SQL can see
that its values keep the rules: types, `deleted`, text limits, time stamps, confidence,
evidence, relation, decision. (References and spans, cheaper over sets and cached texts,
`merge_checks.RowChecks.suspects` looks at in Python.) Merge runs the full Python checks
only on suspect rows. The SQL may mark a good row suspect (a leap day, a non-empty evidence
list: Python then accepts it), never pass a bad one: on a table without a pre-check here
(names, colours, keys, article texts: small tables) every row is suspect.

A row that SQLite holds as text but that is not valid UTF-8 fails the read itself
(`incoming.fetch`); so a value read here has no lone surrogate, and "storable text" is,
in SQL, within its length and free of NUL.
"""

from __future__ import annotations

from collections.abc import Callable

from claimdesk.db.records.model import DECISIONS, RELATIONS
from claimdesk.db.rules.values import TEXT_LIMITS, rule_columns

from .incoming import OTHER, fetch, mapped_value
from .table import Column, Db, Row, connection

_STAMP_SHAPES = tuple(
    f"[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T{hour}:[0-5][0-9]:[0-5][0-9]"
    ".[0-9][0-9][0-9][0-9][0-9][0-9]Z"
    for hour in ("[0-1][0-9]", "2[0-3]")
)
_DAYS = ", ".join(
    f"'{month:02}-{day:02}'"
    for month, days in enumerate((31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1)
    for day in range(1, days + 1)
)
"""Every month and day of a year as 'MM-DD', but 29 February (left to Python, which
knows leap years): one lookup in SQL where comparing month and day took many."""


def differing_rows(
    db: Db,
    table: str,
    columns: list[Column],
    references: dict[str, str],
    maps: set[str],
) -> list[Row]:
    """The incoming rows of `table` not already in the project exactly as they are, in the
    file's order, their references (`references`: column -> table) read through the id
    maps published (`incoming.publish_map`) for the tables in `maps`. Each row is followed
    by the name of its first column holding a value of the wrong type (or NULL), then by
    1 if it is suspect, 0 if its values keep the rules checked here.

    Comparing through the maps keeps a re-merge between colleagues who imported the same
    articles each on their own (matched by text hash) from reading every annotation into
    Python: 100,000 of them took 2 s to find unchanged, now ~0.2 s as with shared ids.
    """
    conn = connection(db)
    mapped = {
        column: mapped_value(column, target)
        for column, target in references.items()
        if target in maps
    }
    values = [mapped.get(column.name, f"o.[{column.name}]") for column in columns]
    same = " AND ".join(
        f"m.[{column.name}] IS {value}" for column, value in zip(columns, values, strict=True)
    )
    keeps = _keeps_rules(table, columns, mapped)
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


def _keeps_rules(table: str, columns: list[Column], mapped: dict[str, str]) -> str:
    """SQL true only for an incoming row `o` whose values certainly keep the rules."""
    rules = _TABLE_RULES.get(table)
    if rules is None or rule_columns(table) != _FIELD_RULES_MIRRORED.get(table, ()):
        return "0"  # no pre-check, or `values` has a rule this one does not mirror yet
    names = {column.name for column in columns}
    found = [rule(mapped) for rule in rules]
    if "deleted" in names:
        found.append("o.deleted IN (0, 1)")
    found += [
        f"length(o.[{column}]) <= {limit} AND instr(o.[{column}], char(0)) = 0"
        for column, limit in TEXT_LIMITS.get(table, ())
    ]
    found += [_stamp(f"o.[{column}]") for column in ("created", "modified") if column in names]
    return " AND ".join(f"({rule})" for rule in found) or "1"


def _stamp(value: str) -> str:
    """A time as Claimdesk writes it (see `values.is_valid_timestamp`), on a real day."""
    shapes = " OR ".join(f"{value} GLOB '{shape}'" for shape in _STAMP_SHAPES)
    return f"({shapes}) AND {value} >= '0001' AND substr({value}, 6, 5) IN ({_DAYS})"


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


_FIELD_RULES_MIRRORED = {"annotations": ("confidence",)}
"""The columns `values.record_problem` judges that `_TABLE_RULES` says in SQL: a rule added
there and not here leaves every row of its table to Python."""

_TABLE_RULES: dict[str, tuple[Callable[[dict[str, str]], str], ...]] = {
    "annotations": (
        lambda mapped: (
            "o.confidence IS NULL OR typeof(o.confidence) IN ('integer', 'real')"
            " AND o.confidence BETWEEN 0 AND 1"
        ),
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
limits, time stamps) in SQL over the row `o` and its mapped references.
Names, colours, keys and article texts (annotators, tags, verdicts, articles: small
tables) are checked in Python for every differing row."""
