"""The `claimdesk` command: no arguments starts the desktop app; subcommands work headless.

Each group of subcommands lives in a module of its own that exposes `register(subparsers)`;
a subcommand's handler takes the parsed arguments and returns an exit code. Errors the
user can act on are `CliError` or `ClaimdeskError`: one line on stderr, exit 1. So are a
project file SQLite cannot read and a file system error. A reader that stops reading
(`claimdesk articles p | head`) ends the command quietly, as it ends other Unix tools.
Anything else is a bug: one line saying so (exit 70); CLAIMDESK_TRACEBACK=1 shows it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from claimdesk.db import ClaimdeskError

ANNOTATOR_VARIABLE = "CLAIMDESK_ANNOTATOR"
TRACEBACK_VARIABLE = "CLAIMDESK_TRACEBACK"
BUG_STATUS = 70  # EX_SOFTWARE
BROKEN_PIPE_STATUS = 141  # what a shell reports for a tool ended by SIGPIPE
COMMANDS = frozenset(
    {
        "new", "import", "articles", "info", "check",  # project_commands
        "merge", "agreement",  # merge_commands
        "export", "import-annotations",  # dataset_commands
        "claims", "suggest",  # claim_commands
        "archive-pages",  # source_commands
        "report",  # report_commands
        "search", "triage",  # search_commands
        "import-factchecks", "match", "archive",  # factcheck_commands
        "attach", "evidence", "purge-evidence",  # evidence_commands
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
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the window's language: en, es, pt_BR, fr or ar (default: the setting, else"
        " the system's)",
    )
    parser.add_argument("--version", action="version", version=_version_line())
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    from . import (
        claim_commands,
        dataset_commands,
        evidence_commands,
        factcheck_commands,
        merge_commands,
        project_commands,
        report_commands,
        search_commands,
        source_commands,
    )

    for module in (
        project_commands,
        merge_commands,
        dataset_commands,
        claim_commands,
        report_commands,
        search_commands,
        factcheck_commands,
        source_commands,
        evidence_commands,
    ):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in COMMANDS for arg in argv if not arg.startswith("-")):
        return _start_app(argv)
    from claimdesk.db.storage.storage_errors import STORAGE_ERRORS  # sqlite3: not for the app

    args = build_parser().parse_args(argv)
    _never_fail_on_unencodable_text()
    try:
        status = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return status
    except BrokenPipeError:
        _discard_further_output()
        return BROKEN_PIPE_STATUS
    except (CliError, ClaimdeskError) as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except STORAGE_ERRORS as error:
        project = getattr(args, "project", None)
        return _fail(
            f"{project}: the project file cannot be read as it stands ({error});"
            " `claimdesk check` lists what is wrong"
        )
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return _fail(f"{where}{error.strerror or error}")
    except Exception as error:
        if os.environ.get(TRACEBACK_VARIABLE):
            raise
        return _fail(
            f"internal error ({type(error).__name__}: {error}); please report it"
            f" ({TRACEBACK_VARIABLE}=1 shows where)",
            BUG_STATUS,
        )


def _fail(message: str, status: int = 1) -> int:
    """One line on stderr, whatever the message holds (a file's text can hold newlines)."""
    line = " ".join(message.split())
    if len(line) > 1000:
        line = line[:999] + "…"
    with contextlib.suppress(BrokenPipeError):
        print(f"claimdesk: {line}", file=sys.stderr)
    return status


def _never_fail_on_unencodable_text() -> None:
    """A name or text that the terminal's encoding cannot show is escaped, not fatal."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _discard_further_output() -> None:
    """The reader is gone: what is still buffered would raise again at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _version_line() -> str:
    from claimdesk.desktop.licences import APP_LICENCE, app_version

    return f"claimdesk {app_version()} ({APP_LICENCE} licence)"


def _start_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="claimdesk", parents=[], add_help=False)
    parser.add_argument("project", nargs="?", type=Path)
    parser.add_argument("--annotator", default=os.environ.get(ANNOTATOR_VARIABLE))
    parser.add_argument("--language")
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("--version", action="store_true")
    args, unknown = parser.parse_known_args(argv)
    if args.help:
        build_parser().print_help()
        return 0
    if args.version:
        print(_version_line())
        return 0
    if unknown:
        build_parser().error(f"unrecognised arguments: {' '.join(unknown)}")
    from claimdesk.db.storage.bulk import cyclic_gc_paused

    with cyclic_gc_paused():  # the app's modules make many objects, and all live on
        from claimdesk.desktop.app import run_app  # Qt is loaded only when the window is wanted

    return run_app(args.project, annotator=args.annotator, language=args.language)
