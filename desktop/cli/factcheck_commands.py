"""Earlier fact-checks: `import-factchecks` (ClaimReview JSON-LD, Google Fact Check Tools
JSON) into a project or a shared archive, `archive new` (a shared archive file) and
`match` (which claims and annotations were checked before, and why)."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path

from claimdesk.db import ClaimdeskError, Store
from claimdesk.db.factchecks.matching import Match, add_to_archive, match_everywhere
from claimdesk.db.factchecks.published import not_its_own
from claimdesk.db.factchecks.reading import read_fact_checks
from claimdesk.db.factchecks.shared import reading_shared, shared_archive_path
from claimdesk.db.storage.archive_file import create_archive, open_archive
from claimdesk.db.storage.reading import open_to_read
from claimdesk.db.storage.store_base import StoreBase

from . import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser(
        "import-factchecks",
        usage="claimdesk import-factchecks (PROJECT | --archive ARCHIVE) FILE [FILE ...]",
        help="add earlier fact-checks (ClaimReview JSON-LD or a DataFeed of them, or Google"
        " Fact Check Tools claims:search JSON) to the project's archive, or to a shared one",
    )
    importer.add_argument("paths", type=Path, nargs="+", metavar="PROJECT_OR_FILE")
    importer.add_argument(
        "--archive", type=Path, metavar="ARCHIVE", help="add to this shared archive file instead"
    )
    importer.set_defaults(handler=run_import)

    archive = subparsers.add_parser(
        "archive", help="a shared fact-check archive file that every project can match against"
    )
    actions = archive.add_subparsers(dest="archive_action", required=True)
    new = actions.add_parser("new", help="make a new, empty shared archive file")
    new.add_argument("file", type=Path, metavar="FILE")
    new.set_defaults(handler=run_archive_new)

    match = subparsers.add_parser(
        "match", help="earlier fact-checks that match each claim and annotation, with why"
    )
    match.add_argument("project", type=Path)
    match.add_argument(
        "--archive",
        type=Path,
        metavar="FILE",
        help="also match against this shared archive (read only; default: the project's)",
    )
    match.add_argument("--limit", type=int, default=5, metavar="N", help="matches per claim")
    match.add_argument("--json", action="store_true", help="print JSON instead of text")
    match.set_defaults(handler=run_match)


def run_archive_new(args: argparse.Namespace) -> int:
    create_archive(args.file)
    print(f"{args.file}: a new fact-check archive (claimdesk import-factchecks --archive adds)")
    return 0


def run_import(args: argparse.Namespace) -> int:
    if args.archive is None and len(args.paths) < 2:
        raise CliError("import-factchecks: give the project, then the files to import")
    files = args.paths if args.archive is not None else args.paths[1:]
    failed = 0
    with _destination(args) as store:
        for path in files:
            try:
                checks = read_fact_checks(path)
            except ClaimdeskError as error:
                print(f"claimdesk: {' '.join(str(error).split())}", file=sys.stderr)
                failed += 1
                continue
            added = add_to_archive(store, checks)
            print(f"{path}: {added} fact-checks added ({len(checks) - added} already there)")
    return 1 if failed else 0


def _destination(args: argparse.Namespace) -> AbstractContextManager[StoreBase]:
    if args.archive is not None:
        return open_archive(args.archive, write=True)
    return Store.open(args.paths[0], create=False)


def run_match(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store, ExitStack() as held:
        path = args.archive or shared_archive_path(store)
        try:
            shared = held.enter_context(reading_shared(path))
        except ClaimdeskError as error:
            if args.archive is not None:
                raise
            print(f"claimdesk: the shared archive is left out: {error}", file=sys.stderr)
            shared = None
        wanted = [("claim", c.id, c.wording) for c in store.claims() if c.wording.strip()]
        wanted += [("annotation", a.id, a.quote) for a in store.annotations()]
        found = [
            (kind, record_id, text, match_everywhere(store, shared, text, max(args.limit, 1)))
            for kind, record_id, text in wanted
        ]
        found = [  # a claim is never checked before by its own published fact-check
            (kind, record_id, text, not_its_own(m, record_id) if kind == "claim" else m)
            for kind, record_id, text, m in found
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
                  f"{', ' + check.date if check.date else ''}): {check.claim}"
                  f"{f'  [{match.archive}]' if match.archive else ''}\n"
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
        "archive": match.archive,
    }
