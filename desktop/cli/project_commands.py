"""Project subcommands: new, import, articles, info, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from claimdesk.db import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser("new", help="create an empty project")
    new.add_argument("project", type=Path)
    new.set_defaults(handler=run_new)


def run_new(args: argparse.Namespace) -> int:
    with Store.open(args.project):
        pass
    print(args.project)
    return 0
