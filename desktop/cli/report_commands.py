"""`claimdesk report`: publish the project's claims as a fact-check page (HTML), Markdown,
or a PDF. The PDF is laid out by Qt, loaded only for that format and run offscreen."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path

from claimdesk.db.report.labels import LANGUAGES
from claimdesk.db.report.publish import Published, publish_report
from claimdesk.db.report.render import FORMATS
from claimdesk.db.storage.reading import open_to_read


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser(
        "report",
        help="publish claims as a fact-check page: wording, claimant, rating, appearances,"
        " timeline, ClaimReview",
    )
    report.add_argument("project", type=Path)
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the page to write (with --split, a folder of pages)",
    )
    report.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="html (default, or from the output's suffix), md or pdf",
    )
    report.add_argument(
        "--claim",
        action="append",
        default=[],
        metavar="ID_OR_NUMBER",
        help="only this claim (repeatable); numbers as `claimdesk claims` lists them",
    )
    report.add_argument("--split", action="store_true", help="one page per claim")
    report.add_argument(
        "--template",
        type=Path,
        metavar="FILE",
        help="a Jinja2 template to lay the report out instead of the default",
    )
    report.add_argument("--organization", help="the publisher named on the page and in ClaimReview")
    report.add_argument("--url-base", help="each ClaimReview's url: this, then the claim id")
    report.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the page's language (headings, dates); default: the project's",
    )
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    fmt = args.format or _format_of(args.output)
    settings = {
        "organization": args.organization or "",
        "claimreview_url_base": args.url_base or "",
        "language": args.language or "",
    }
    publish: Callable[..., Published] = partial(publish_report, fmt=fmt)
    if fmt == "pdf":
        from claimdesk.desktop.report_pdf import publish_pdf  # Qt, for this format only

        publish = publish_pdf
    with open_to_read(args.project) as store:
        published = publish(
            store,
            args.output,
            chosen=args.claim,
            split=args.split,
            template=args.template,
            settings=settings,
        )
    print(published.summary())
    return 0


def _format_of(output: Path) -> str:
    suffix = output.suffix.lower().lstrip(".")
    return {"md": "md", "markdown": "md", "pdf": "pdf"}.get(suffix, "html")
