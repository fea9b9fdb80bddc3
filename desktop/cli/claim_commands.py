"""Claim subcommands: list claims across articles, and suggest links between articles."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from claimdesk.db.analysis.suggestions import Suggestion, suggest_links
from claimdesk.db.claims.claim_overview import ClaimOverview, claim_overviews
from claimdesk.db.storage.reading import open_to_read


def register(subparsers: argparse._SubParsersAction) -> None:
    claims = subparsers.add_parser(
        "claims", help="list claims: wording, rating, where they appear, contradictions"
    )
    claims.add_argument("project", type=Path)
    claims.add_argument(
        "--contradicted", action="store_true", help="only claims whose appearances disagree"
    )
    claims.add_argument("--json", action="store_true", help="print JSON instead of text")
    claims.set_defaults(handler=run_claims)

    suggest = subparsers.add_parser(
        "suggest", help="propose links between articles (shared quotations, figures, sentences)"
    )
    suggest.add_argument("project", type=Path)
    suggest.add_argument("--limit", type=_positive, default=200, metavar="N")
    suggest.add_argument("--json", action="store_true", help="print JSON instead of text")
    suggest.set_defaults(handler=run_suggest)


def run_claims(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        overviews = claim_overviews(store, contradicted_only=args.contradicted)
    if args.json:
        print(json.dumps([claim_json(o) for o in overviews], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(claim_text(n, o) for n, o in enumerate(overviews, 1)) or "No claims.")
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        suggestions = suggest_links(store, limit=args.limit)
        titles = {a.id: (a.date, a.title) for a in store.articles()}
    if args.json:
        print(json.dumps([asdict(s) for s in suggestions], ensure_ascii=False, indent=2))
    else:
        lines = [suggestion_text(s, titles) for s in suggestions]
        print("\n\n".join(lines) or "No suggestions.")
    return 0


def claim_json(overview: ClaimOverview) -> dict:
    claim = overview.claim
    return {
        "id": claim.id,
        "wording": claim.wording,
        "rating": overview.verdict_name,
        "explanation": claim.explanation,
        "evidence": list(claim.evidence),
        "appearances": [
            {
                "annotation_id": a.annotation.id,
                "article_id": a.article_id,
                "article": a.article_title,
                "outlet": a.outlet,
                "date": a.date,
                "start": a.annotation.start,
                "end": a.annotation.end,
                "quote": a.annotation.quote,
                "figures": list(a.figures),
            }
            for a in overview.appearances
        ],
        "contradictions": [str(reason) for reason in overview.contradictions],
    }


def claim_text(number: int, overview: ClaimOverview) -> str:
    claim = overview.claim
    lines = [f"{number}. {claim.wording or '(no wording)'} [{overview.verdict_name or 'unrated'}]"]
    if claim.explanation:
        lines.append(f"   {claim.explanation}")
    lines += [f"   evidence: {url}" for url in claim.evidence]
    for a in overview.appearances:
        source = f"{a.outlet}: {a.article_title}" if a.outlet else a.article_title
        lines.append(f"   - {a.date or 'undated'}  {source}: “{a.annotation.quote}”")
    lines += [f"   ! {reason}" for reason in overview.contradictions]
    return "\n".join(lines)


def suggestion_text(suggestion: Suggestion, titles: dict[str, tuple[str, str]]) -> str:
    lines = [f"{suggestion.score:.2f}  {suggestion.kind}: {suggestion.reason}"]
    for span in (suggestion.source, suggestion.target):
        date, title = titles.get(span.article_id, ("", span.article_id))
        marked = " (annotated)" if span.annotation_id else ""
        lines.append(f"      {date or 'undated'}  {title}: “{span.text}”{marked}")
    lines.append(f"      key {suggestion.key}")
    return "\n".join(lines)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value
