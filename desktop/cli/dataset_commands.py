"""Dataset subcommands: export a project to a dataset format, import annotations back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.analysis.offset_units import EXPORT_OFFSET_FORMATS, UNITS
from claimdesk.db.interchange.annotation_import import READERS, import_annotations
from claimdesk.db.interchange.export import FORMATS, export_project
from claimdesk.db.interchange.formats.claimreview import ALLOW_MISSING_URL
from claimdesk.db.storage.reading import open_to_read


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="write the project (or part of it) as JSONL, CSV, W3C, ClaimReview, Label Studio,"
        " doccano, INCEpTION (UIMA CAS XMI), brat or a SQLite copy",
    )
    export.add_argument("project", type=Path)
    export.add_argument("--format", "-f", required=True, choices=list(FORMATS))
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    export.add_argument(
        "--annotator",
        dest="annotators",
        action="append",
        default=[],
        metavar="NAME",
        help="only this annotator's work (repeatable)",
    )
    export.add_argument(
        "--tag",
        dest="tags",
        action="append",
        default=[],
        metavar="TAG",
        help="only annotations with this tag (repeatable)",
    )
    export.add_argument(
        "--article",
        dest="articles",
        action="append",
        default=[],
        metavar="ID",
        help="only this article, by id or title (repeatable)",
    )
    export.add_argument(
        "--organization",
        metavar="NAME",
        help="ClaimReview: the fact-checking organization (default: project setting)",
    )
    export.add_argument(
        "--url-base",
        metavar="URL",
        help="ClaimReview: each review's url is URL + claim id (default: project setting)",
    )
    export.add_argument(
        "--allow-missing-url",
        action="store_true",
        help="ClaimReview: write reviews without the url Google requires instead of refusing",
    )
    export.add_argument(
        "--offsets",
        choices=UNITS,
        help=f"{', '.join(EXPORT_OFFSET_FORMATS)}: the unit of span offsets (default: what the"
        " tool reads: utf16 for doccano, whose browser counts UTF-16 units; codepoints for jsonl"
        " and labelstudio, as Python and spaCy count)",
    )
    export.set_defaults(handler=run_export)

    importer = subparsers.add_parser(
        "import-annotations",
        help="import annotations (with their articles, links, claims) from JSONL (doccano's"
        " too), W3C, Label Studio or INCEpTION; all or nothing",
    )
    importer.add_argument("project", type=Path)
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--format", "-f", choices=list(READERS), help="default: guessed")
    importer.add_argument(
        "--strict", action="store_true", help="refuse tags and verdicts the scheme lacks"
    )
    importer.add_argument(
        "--offsets",
        choices=UNITS,
        help="jsonl and labelstudio: the unit of the file's offsets (default: what its tool"
        " counts: utf16 for doccano and Label Studio, codepoints for Claimdesk's annotations)",
    )
    importer.add_argument(
        "--text-field",
        metavar="NAME",
        help="Label Studio: the task data field holding the text (default: found)",
    )
    importer.add_argument(
        "--untagged-tag",
        metavar="TAG",
        help="the tag of annotations the file gives none, such as Hypothesis notes without"
        " tags (default: Untagged; added to the scheme unless --strict)",
    )
    importer.set_defaults(handler=run_import_annotations)


def run_export(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        report = export_project(
            store,
            args.format,
            args.output,
            annotators=args.annotators,
            tags=args.tags,
            articles=args.articles,
            settings={
                "organization": args.organization or "",
                "claimreview_url_base": args.url_base or "",
                ALLOW_MISSING_URL: "yes" if args.allow_missing_url else "",
            },
            offsets=args.offsets,
        )
    print(report.summary())
    return 0


def run_import_annotations(args: argparse.Namespace) -> int:
    with Store.open(args.project) as store:
        report = import_annotations(
            store,
            args.file,
            args.format,
            strict=args.strict,
            offsets=args.offsets,
            text_field=args.text_field,
            untagged_tag=args.untagged_tag,
        )
    print(report.summary())
    if report.orphans:
        print(
            f"claimdesk: {len(report.orphans)} annotation(s) could not be placed; see above",
            file=sys.stderr,
        )
    return 0
