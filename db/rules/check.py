"""`claimdesk check`: SQLite's own integrity check plus Claimdesk's invariants.

The invariants are what every other part relies on: every value of its column's type,
offsets inside the article text, the stored quote equal to the text at those offsets,
every reference resolving, and no live link or claim membership pointing at a deleted
annotation.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing

from claimdesk.db.claims.claimants import Claimant
from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import article_source_problems
from claimdesk.db.records.evidence_carry import evidence_problems
from claimdesk.db.rules.spans import anchor_problem
from claimdesk.db.storage import check_rows
from claimdesk.db.storage.store import Store

from .file_values import utf8_problem
from .limits import ARTICLE_BYTES, LINKS_PER_ANNOTATION, describe_bytes
from .value_check import record_value_problems
from .values import name_key

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
    problems += _claimants_named_alike(store)
    return problems[:MAX_PROBLEMS]


def _claimants_named_alike(store: Store) -> list[str]:
    """Listed claimants whose names differ only by case or accented capitals (a file from
    before names were told apart so): the store and merge take them for one."""
    first: dict[str, Claimant] = {}
    problems = []
    for claimant in store.claimants():
        other = first.setdefault(name_key(claimant.name), claimant)
        if other is not claimant:
            problems.append(
                f"claimant {claimant.id}: named {claimant.name!r}, as claimant {other.id}"
                f" ({other.name!r}) is, case aside"
            )
    return problems


def _sqlite_integrity(store: Store) -> list[str]:
    messages = check_rows.integrity_messages(store)
    problems: list[str] = [
        message("SQLite integrity: {problem}", problem=said) for said in messages if said != "ok"
    ]
    for table, rowid, parent in check_rows.foreign_key_violations(store):
        problems.append(
            message(
                "{table} row {rowid}: refers to a missing {parent} record",
                table=table,
                rowid=rowid,
                parent=parent,
            )
        )
    return problems


def _value_types(store: Store) -> list[str]:
    """Values SQLite stored with another type than declared (a blob in a text column...).

    SQLite keeps whatever a file's author put there; the app reads these columns as
    their declared type, so a stray blob or number is reported, not trusted.
    """
    return [
        message("{table} {record!r}: {reason}", table=table, record=record, reason=reason)
        for table, record, reason in check_rows.wrongly_typed(store, MAX_PROBLEMS)
    ]


def _invalid_text(store: Store) -> list[str]:
    """Text values that are not valid UTF-8 or hold a NUL character.

    SQLite stores whatever bytes a file's author wrote into a text column; reading them
    as text then fails (or cuts the value at the NUL) in every command that shows them.
    They are read here as bytes so that the check itself never fails on them.
    """
    problems: list[str] = []
    with closing(check_rows.text_values_as_bytes(store)) as rows:
        for table, columns, (record, *values) in rows:
            for column, value in zip(columns, values, strict=True):
                reason = _text_fault(value)
                if reason:
                    problems.append(
                        message(
                            "{table} {record}: {column} {reason}",
                            table=table,
                            record=_shown(record),
                            column=column,
                            reason=reason,
                        )
                    )
            if len(problems) >= MAX_PROBLEMS:
                return problems
    return problems


def _text_fault(value: object) -> str:
    if not isinstance(value, bytes):
        return ""
    if b"\x00" in value:
        return "contains a NUL character"
    return utf8_problem(value) or ""


_shown = check_rows.decoded


def _dangling_references(store: Store) -> list[str]:
    return _reference_problems(
        check_rows.dangling_references(store, check_rows.declared_references(store), MAX_PROBLEMS),
        lambda **found: message("{table} {id}: {column} {ref} does not exist", **found),
    )


def _live_records_pointing_at_deleted(store: Store) -> list[str]:
    return _reference_problems(
        check_rows.live_pointing_at_deleted(store, _LIVE_POINTING_AT_DELETED, MAX_PROBLEMS),
        lambda **found: message("{table} {id}: live, but its {column} {ref} is deleted", **found),
    )


def _reference_problems(found: check_rows.ReferenceRows, said: Callable[..., str]) -> list[str]:
    """One line per row found, for each (table, column → parent) reference."""
    return [
        said(table=table, id=id_, column=column, ref=ref)
        for (table, column, _), rows in found
        for id_, ref in rows
    ]


def _annotation_offsets(store: Store) -> list[str]:
    problems: list[str] = []
    current_article, text = None, ""
    for article_id, annotation_id, start, end, quote in check_rows.annotation_anchors(store):
        if article_id != current_article:
            current_article = article_id
            text = check_rows.article_text(store, article_id)
        problem = anchor_problem(text, start, end, quote)
        if problem is not None:
            problems.append(
                message(
                    "annotation {annotation_id}: {problem}",
                    annotation_id=annotation_id,
                    problem=problem,
                )
            )
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def _over_limits(store: Store) -> list[str]:
    """Records past the limits every import holds (a file made elsewhere, or merged from
    one, may hold them): the window is not built to show them."""
    problems: list[str] = [
        message(
            "article {article_id}: its text is over the {limit} limit",
            article_id=article_id,
            limit=describe_bytes(ARTICLE_BYTES),
        )
        for article_id in check_rows.articles_over_bytes(store, ARTICLE_BYTES, MAX_PROBLEMS)
    ]
    problems += [
        message(
            "annotation {annotation_id}: {count:,} live links, over the limit of {limit:,}",
            annotation_id=annotation_id,
            count=count,
            limit=LINKS_PER_ANNOTATION,
        )
        for annotation_id, count in check_rows.annotations_over_links(
            store, LINKS_PER_ANNOTATION, MAX_PROBLEMS
        )
    ]
    return problems
