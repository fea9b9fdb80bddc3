"""The `claimdesk` command: no arguments starts the desktop app; subcommands work headless.

Each group of subcommands lives in a module of its own that exposes `register(subparsers)`;
a subcommand's handler takes the parsed arguments and returns an exit code. Errors the
user can act on are `CliError` or `ClaimdeskError`: one line on stderr, exit 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from claimdesk.db import ClaimdeskError

ANNOTATOR_VARIABLE = "CLAIMDESK_ANNOTATOR"
COMMANDS = frozenset(
    {
        "new", "import", "articles", "info", "check",  # project_commands
        "merge", "agreement",  # merge_commands
        "export", "import-annotations",  # dataset_commands
        "claims", "suggest",  # claim_commands
    }
)  # fmt: skip
"""Every subcommand's name. Starting the app needs only these: the command modules load
the dataset formats, merge and agreement (about 35 ms), so they load for a command only.
A test holds this set equal to what the modules register."""


class CliError(Exception):
    """A problem with the user's request, reported as one line and exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdesk",
        description="Annotate, link and rate claims across news reports; offline.",
        epilog="With no command, opens PROJECT (or a copy of the demo project) in the app.",
    )
    parser.add_argument(
        "--annotator",
        default=os.environ.get(ANNOTATOR_VARIABLE),
        help=f"who is annotating (default: ${ANNOTATOR_VARIABLE}, else asked once)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    from . import claim_commands, dataset_commands, merge_commands, project_commands

    for module in (project_commands, merge_commands, dataset_commands, claim_commands):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in COMMANDS for arg in argv if not arg.startswith("-")):
        return _start_app(argv)
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except (CliError, ClaimdeskError) as error:
        print(f"claimdesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("claimdesk: interrupted", file=sys.stderr)
        return 130


def _start_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="claimdesk", parents=[], add_help=False)
    parser.add_argument("project", nargs="?", type=Path)
    parser.add_argument("--annotator", default=os.environ.get(ANNOTATOR_VARIABLE))
    parser.add_argument("-h", "--help", action="store_true")
    args, unknown = parser.parse_known_args(argv)
    if args.help:
        build_parser().print_help()
        return 0
    if unknown:
        build_parser().error(f"unrecognised arguments: {' '.join(unknown)}")
    from claimdesk.desktop.app import run_app  # Qt is loaded only when the window is wanted

    return run_app(args.project, annotator=args.annotator)
