"""Team subcommands: merge a colleague's project, measure agreement between annotators."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.analysis.agreement import AgreementResult, compute_agreement
from claimdesk.db.merging.merge import merge_project
from claimdesk.db.merging.merge_queue import pending
from claimdesk.db.rules.wording import counted


def register(subparsers: argparse._SubParsersAction) -> None:
    merge = subparsers.add_parser(
        "merge", help="bring a colleague's project into PROJECT (newer edits win)"
    )
    merge.add_argument("project", type=Path)
    merge.add_argument("other", type=Path, metavar="OTHER", help="the colleague's project file")
    merge.add_argument(
        "--annotator",
        default=argparse.SUPPRESS,  # else the one given before the command, or the variable
        metavar="NAME",
        help="you: what the other file changed of your work is named and kept for your review",
    )
    merge.set_defaults(handler=run_merge)

    agreement = subparsers.add_parser(
        "agreement", help="span F1, Cohen's kappa and Krippendorff's alpha between annotators"
    )
    agreement.add_argument("project", type=Path)
    agreement.add_argument(
        "--annotator",
        dest="annotators",
        action="append",
        metavar="NAME",
        help="compare this annotator (repeat; default: everyone with annotations)",
    )
    agreement.add_argument("--json", action="store_true", help="print JSON instead of a table")
    agreement.set_defaults(handler=run_agreement)


def run_merge(args: argparse.Namespace) -> int:
    """Merge; with --annotator (or $CLAIMDESK_ANNOTATOR), also name what the other file
    changed of that person's work, and keep it for their review mode."""
    with Store.open(args.project, create=False) as store:
        me = store.annotator_by_name(args.annotator) if args.annotator else None
        report = merge_project(store, args.other, me=me.id if me else None)
        waiting = len(pending(store, me.id)) if me else 0
    print(report.summary())
    if args.annotator and me is None:
        print(f"No annotator named {args.annotator!r} in this project: no work was named yours.")
    if waiting:
        assert me is not None, "only your changes wait"
        print(
            f"{counted(waiting, 'change')} to {me.name}'s work to review:"
            " open the project and choose Review → Start review."
        )
    return 0


def run_agreement(args: argparse.Namespace) -> int:
    from . import CliError

    with Store.open(args.project, create=False, readonly=True) as store:
        ids = None
        if args.annotators:
            ids = []
            for name in args.annotators:
                person = store.annotator_by_name(name)
                if person is None:
                    raise CliError(f"{args.project}: no annotator named {name!r}")
                ids.append(person.id)
        result = compute_agreement(store, ids)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_table(result))
    return 0


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_table(result: AgreementResult) -> str:
    """One line per tag and pair; undefined figures read n/a."""
    lines = [
        f"Annotators: {', '.join(result.annotators)}; articles annotated by all: {result.articles}",
        "",
        f"{'tag':24} {'pair':24} {'kappa':>7} {'F1 exact':>9} {'F1 overlap':>11} {'alpha':>7}",
    ]
    for tag in result.tags:
        for index, pair in enumerate(tag.pairs):
            alpha = _number(tag.krippendorff_alpha) if index == 0 else ""
            lines.append(
                f"{tag.tag[:24]:24} {' / '.join(pair.annotators)[:24]:24}"
                f" {_number(pair.cohen_kappa):>7} {_number(pair.f1_exact):>9}"
                f" {_number(pair.f1_overlap):>11} {alpha:>7}"
            )
    for pair in result.micro:
        lines.append(
            f"{'all tags (micro)':24} {' / '.join(pair.annotators)[:24]:24} {'':>7}"
            f" {_number(pair.f1_exact):>9} {_number(pair.f1_overlap):>11} {'':>7}"
        )
    return "\n".join(lines)
