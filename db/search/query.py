"""A user's search, read into an FTS5 expression that cannot fail to parse.

The user writes words (all must appear), "quoted phrases", prefixes (`claim*`), `OR`
between alternatives and `-word` (or `NOT word`) for words to leave out. Every word is
folded and split exactly as the index's tokenizer does, then quoted, so no text a user
types reaches FTS5's own syntax: what is wrong with a search is one line from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdesk.db.messages import message
from claimdesk.db.storage.errors import ValidationError

from .folding import TOKEN, fold

MAX_CLAUSES = 64
MAX_LENGTH = 2000

_PIECE = re.compile(r'(-?)"([^"]*)("?)(\*?)|(\S+)')


class SearchQueryError(ValidationError):
    """The search cannot be understood; the message says why in one line."""


@dataclass(frozen=True)
class Clause:
    """A word or phrase: its folded tokens in order; `prefix` lets the last one go on;
    `written` holds the same tokens as typed, for Exact (case and accents as written)."""

    tokens: tuple[str, ...]
    prefix: bool = False
    written: tuple[str, ...] = ()

    def fts(self) -> str:
        return f'"{" ".join(self.tokens)}"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Query:
    """What to find: groups that must all match (each, any of its clauses), and what not."""

    groups: tuple[tuple[Clause, ...], ...]
    excluded: tuple[Clause, ...]

    def fts(self, *, leave_out: bool = True) -> str:
        """The FTS5 expression; without `leave_out`, the words to leave out are not in it
        (Exact leaves out only what is written so, which the index cannot tell)."""
        wanted = " AND ".join("(" + " OR ".join(c.fts() for c in g) + ")" for g in self.groups)
        if not self.excluded or not leave_out:
            return wanted
        return f"{wanted} NOT ({' OR '.join(c.fts() for c in self.excluded)})"

    def clauses(self) -> tuple[Clause, ...]:
        """The clauses a hit in the text can show (those to find, not those left out)."""
        return tuple(clause for group in self.groups for clause in group)


def parse_query(text: str) -> Query:
    """The query a user typed; raises SearchQueryError naming what cannot be understood."""
    if len(text) > MAX_LENGTH:
        raise SearchQueryError(
            message("the search is too long (at most {limit} characters)", limit=MAX_LENGTH)
        )
    groups: list[list[Clause]] = []
    excluded: list[Clause] = []
    join_next = negate_next = False
    for piece in _PIECE.finditer(text):
        minus, phrase, closed, star, word = piece.groups()
        if word in ("OR", "AND", "NOT"):
            if word == "OR":
                if not groups or join_next:
                    raise SearchQueryError(message("OR needs something to find on each side"))
                join_next = True
            negate_next = word == "NOT"
            continue
        if word is None and not closed:
            raise SearchQueryError(message('the search has an unclosed quote (")'))
        if word is not None:
            minus = "-" if word.startswith("-") else ""
            phrase, star = word[len(minus) :], "*" if word.endswith("*") else ""
        folded = fold(phrase)  # the same length: a token is at the same place in `phrase`
        spans = [token.span() for token in TOKEN.finditer(folded)]
        if not spans:
            continue
        clause = Clause(
            tuple(folded[a:b] for a, b in spans),
            prefix=bool(star),
            written=tuple(phrase[a:b] for a, b in spans),
        )
        if minus or negate_next:
            excluded.append(clause)
        elif join_next:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        join_next = negate_next = False
        if len(excluded) + sum(map(len, groups)) > MAX_CLAUSES:
            raise SearchQueryError(
                message("the search has too many words (at most {limit})", limit=MAX_CLAUSES)
            )
    if join_next:
        raise SearchQueryError(message("OR needs something to find on each side"))
    if not groups:
        raise SearchQueryError(
            message("nothing to find: give at least one word (words after - or NOT are left out)")
        )
    return Query(tuple(map(tuple, groups)), tuple(excluded))
