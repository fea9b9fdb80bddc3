"""Earlier fact-checks: `import-factchecks` (ClaimReview JSON-LD, Google Fact Check Tools
JSON) and `match` (which claims and annotations were checked before, and why)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claimdesk.db import ClaimdeskError, Store
from claimdesk.db.factchecks.matching import Match, add_to_archive, match_claim
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.storage.reading import open_to_read


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser(
        "import-factchecks",
        help="add earlier fact-checks (ClaimReview JSON-LD or a DataFeed of them, or Google"
        " Fact Check Tools claims:search JSON) to the project's archive",
    )
    importer.add_argument("project", type=Path)
    importer.add_argument("files", type=Path, nargs="+", metavar="FILE")
    importer.set_defaults(handler=run_import)

    match = subparsers.add_parser(
        "match", help="earlier fact-checks that match each claim and annotation, with why"
    )
    match.add_argument("project", type=Path)
    match.add_argument("--limit", type=int, default=5, metavar="N", help="matches per claim")
    match.add_argument("--json", action="store_true", help="print JSON instead of text")
    match.set_defaults(handler=run_match)


def run_import(args: argparse.Namespace) -> int:
    failed = 0
    with Store.open(args.project, create=False) as store:
        for path in args.files:
            try:
                checks = read_fact_checks(path)
            except ClaimdeskError as error:
                print(f"claimdesk: {' '.join(str(error).split())}", file=sys.stderr)
                failed += 1
                continue
            added = add_to_archive(store, checks)
            print(f"{path}: {added} fact-checks added ({len(checks) - added} already there)")
    return 1 if failed else 0


def run_match(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        wanted = [("claim", c.id, c.wording) for c in store.claims() if c.wording.strip()]
        wanted += [("annotation", a.id, a.quote) for a in store.annotations()]
        found = [
            (kind, record_id, text, match_claim(store, text, max(args.limit, 1)))
            for kind, record_id, text in wanted
        ]
    found = [entry for entry in found if entry[3]]
    if args.json:
        print(json.dumps([{"kind": kind, "id": record_id, "text": text,
                           "matches": [_match_json(m) for m in matches]}
                          for kind, record_id, text, matches in found],
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    for kind, _record_id, text, matches in found:
        print(f"{kind}: “{' '.join(text.split())}”")
        for number, match in enumerate(matches, 1):
            check = match.fact_check
            print(f"  {number}. {check.rating or 'unrated'} ({check.publisher or '?'}"
                  f"{', ' + check.date if check.date else ''}): {check.claim}\n"
                  f"     {check.url}\n     {'; '.join(match.reasons)}")  # fmt: skip
        print()
    if not found:
        print("No earlier fact-check matches.")
    return 0


def _match_json(match: Match) -> dict:
    check = match.fact_check
    return {
        "claim": check.claim,
        "claimant": check.claimant,
        "rating": check.rating,
        "publisher": check.publisher,
        "url": check.url,
        "date": check.date,
        "language": check.language,
        "score": match.score,
        "reasons": list(match.reasons),
    }
