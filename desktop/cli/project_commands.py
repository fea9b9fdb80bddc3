"""Project subcommands: new, import, articles, info, check."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.merging.merge_queue import pending_counts
from claimdesk.db.records.summary import summarise_project
from claimdesk.db.rules.check import check_project
from claimdesk.db.rules.wording import counted
from claimdesk.db.storage.reading import open_to_read

from . import source_commands


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser("new", help="create an empty project")
    new.add_argument("project", type=Path)
    new.add_argument(
        "--language",
        dest="scheme_language",
        default="en",
        metavar="CODE",
        help="the default tags' and verdicts' language: en, es, pt, fr or ar (default: en)",
    )
    new.set_defaults(handler=run_new)

    importer = subparsers.add_parser(
        "import",
        help="import article files (.txt, .md, .html, .mhtml, .pdf, .docx, .odt, .srt, .vtt,"
        " .warc, .warc.gz, .wacz; images by OCR); creates the project if missing",
    )
    importer.add_argument("project", type=Path)
    importer.add_argument("files", type=Path, nargs="+", metavar="FILE")
    importer.add_argument(
        "--page",
        type=int,
        action="append",
        metavar="N",
        help="from a web archive, import only page N (see `archive-pages`); repeatable",
    )
    importer.add_argument(
        "--ocr",
        action="store_true",
        help="read a scanned PDF's pages by OCR, where Tesseract is installed (check the text)",
    )
    source_commands.add_ocr_language(importer)
    importer.set_defaults(handler=run_import)

    articles = subparsers.add_parser("articles", help="list the project's articles")
    articles.add_argument("project", type=Path)
    articles.add_argument("--json", action="store_true", help="print JSON instead of a table")
    articles.set_defaults(handler=run_articles)

    info = subparsers.add_parser(
        "info", help="count articles, annotations, links and claims per article, tag, annotator"
    )
    info.add_argument("project", type=Path)
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.set_defaults(handler=run_info)

    check = subparsers.add_parser(
        "check", help="verify SQLite integrity and Claimdesk's invariants (read-only)"
    )
    check.add_argument("project", type=Path)
    check.set_defaults(handler=run_check)


def run_new(args: argparse.Namespace) -> int:
    with Store.open(args.project, language=args.scheme_language):
        pass
    print(args.project)
    return 0


def run_import(args: argparse.Namespace) -> int:
    language = source_commands.ocr_language(args)  # refused before the project is made
    ocr = args.ocr or args.ocr_language is not None
    with Store.open(args.project) as store:
        chosen = {path: set(args.page) for path in args.files} if args.page else None
        report = import_articles(
            store, args.files, archive_pages=chosen, ocr=ocr, ocr_language=language
        )
    for outcome in report.outcomes:
        if outcome.article_added and outcome.article is not None:
            print(f"{outcome.article.id}\t{outcome.article.title}")
        message = outcome.message()
        if message:
            print(f"claimdesk: {message}", file=sys.stderr)
    return 1 if report.failed else 0


def run_articles(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        articles = store.articles()
        languages = store.article_languages([a.id for a in articles])
    if args.json:
        rows = [
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "author": a.author,
                "date": a.date,
                "url": a.url,
                "language": languages[a.id],
                "length": a.length,
                "annotations": a.annotation_count,
            }
            for a in articles
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for a in articles:
        print(f"{a.id}\t{a.date or '-':10}\t{a.annotation_count:5d}\t{a.outlet or '-'}\t{a.title}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        summary = summarise_project(store)
        to_review = pending_counts(store)
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"Project: {summary.name or args.project.name}")
    counts = (
        (summary.articles, "article"),
        (summary.annotations, "annotation"),
        (summary.links, "link"),
        (summary.claims, "claim"),
        (summary.reviews, "review"),
        (summary.annotators, "annotator"),
    )
    print(", ".join(counted(number, noun) for number, noun in counts))
    for name, count in to_review:
        print(f"{counted(count, 'change')} by colleagues to review for {name}"
              " (Review → Start review)")  # fmt: skip
    _print_counts("Per article", [(title, n) for _, title, n in summary.per_article])
    _print_counts("Per tag", summary.per_tag)
    _print_counts("Per annotator", summary.per_annotator)
    _print_counts("Links per relation", summary.per_relation)
    return 0


def _print_counts(heading: str, rows: list[tuple[str, int]]) -> None:
    print(f"\n{heading}:")
    for name, count in rows:
        print(f"  {count:7d}  {name}")
    if not rows:
        print("        -")


def run_check(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        problems = check_project(store)
    for problem in problems:
        print(problem)
    if problems:
        print(f"claimdesk: {args.project}: {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"{args.project}: OK")
    return 0
