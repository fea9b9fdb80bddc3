"""Source subcommands: `archive-pages` lists a web archive's HTML pages to choose from;
`import --ocr-language` chooses Tesseract's language data."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimdesk.db.interchange.sources.ocr_languages import checked_codes, system_codes
from claimdesk.db.interchange.sources.web_archive import is_archive, list_pages
from claimdesk.db.storage.errors import ImportFailure

from . import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    pages = subparsers.add_parser(
        "archive-pages",
        help="list the HTML pages captured in a web archive (.warc, .warc.gz, .wacz):"
        " number, capture time, URL; import some with `import --page N`",
    )
    pages.add_argument("archive", type=Path)
    pages.add_argument("--json", action="store_true", help="print JSON instead of a table")
    pages.set_defaults(handler=run_archive_pages)


def run_archive_pages(args: argparse.Namespace) -> int:
    if not is_archive(args.archive):
        raise CliError(f"{args.archive}: not a web archive (.warc, .warc.gz or .wacz)")
    pages = list_pages(args.archive)
    if args.json:
        rows = [{"page": p.number, "captured": p.captured, "url": p.url} for p in pages]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for page in pages:
        print(f"{page.number}\t{page.captured}\t{page.url}")
    return 0


def add_ocr_language(importer: argparse.ArgumentParser) -> None:
    importer.add_argument(
        "--ocr-language",
        metavar="CODE",
        help="Tesseract's language data for OCR (of scanned PDFs and images), such as spa,"
        " or spa+eng for a page in both; implies --ocr. Default: the installed languages"
        " of the system's locale, else eng",
    )


def ocr_language(args: argparse.Namespace) -> str:
    """`--ocr-language`, refused in one line when Tesseract lacks its data; without it,
    the system locale's languages where installed, else English."""
    if args.ocr_language is None:
        return system_codes()
    try:
        return checked_codes(args.ocr_language)
    except ImportFailure as error:
        raise CliError(f"--ocr-language: {error}") from None
