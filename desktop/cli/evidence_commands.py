"""Evidence subcommands: attach a file to an annotation or a claim, list what is attached."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.operations.evidence import attach_evidence
from claimdesk.db.records.evidence_files import (
    EvidenceFile,
    all_evidence,
    purge_removed_evidence,
    size_warning,
)
from claimdesk.db.rules.limits import EVIDENCE_FILE_BYTES, describe_bytes
from claimdesk.db.storage.reading import open_to_read

from . import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    limit = describe_bytes(EVIDENCE_FILE_BYTES)
    attach = subparsers.add_parser(
        "attach",
        help=f"keep a file (PDF, screenshot, archive; at most {limit}) inside the project"
        " as evidence on an annotation",
    )
    attach.add_argument("project", type=Path)
    attach.add_argument("annotation_id", metavar="ANNOTATION_ID")
    attach.add_argument("file", type=Path)
    attach.add_argument(
        "--claim", action="store_true", help="ANNOTATION_ID is a claim's id: attach to the claim"
    )
    attach.set_defaults(handler=run_attach)

    evidence = subparsers.add_parser("evidence", help="list the evidence files kept in a project")
    evidence.add_argument("project", type=Path)
    evidence.add_argument("--json", action="store_true", help="print JSON instead of text")
    evidence.set_defaults(handler=run_evidence)

    purge = subparsers.add_parser(
        "purge-evidence",
        help="forget removed evidence files and their bytes, shrinking the project file"
        " (close the project in the window first: its undo could otherwise bring one back)",
    )
    purge.add_argument("project", type=Path)
    purge.set_defaults(handler=run_purge)


def run_attach(args: argparse.Namespace) -> int:
    if not args.annotator:
        raise CliError("say who attaches it: --annotator NAME or $CLAIMDESK_ANNOTATOR")
    with Store.open(args.project, create=False) as store:
        annotator = store.ensure_annotator(args.annotator)
        target = {"claim_id" if args.claim else "annotation_id": args.annotation_id}
        applied = attach_evidence(store, args.file, annotator.id, **target)
        warning = size_warning(store)
    print(applied.record_id)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def run_evidence(args: argparse.Namespace) -> int:
    with open_to_read(args.project) as store:
        files = all_evidence(store)
        names = {a.id: a.name for a in store.annotators()}
    if args.json:
        listed = [{**_fields(e), "added_by": names.get(e.annotator_id, "")} for e in files]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_line(e, names) for e in files) or "No evidence files.")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with Store.open(args.project, create=False) as store:
        purged = purge_removed_evidence(store)
    noun = "file" if purged.files == 1 else "files"
    print(f"Purged {purged.files} removed evidence {noun} ({purged.bytes / 1024:,.0f} kB)")
    return 0


def _fields(evidence: EvidenceFile) -> dict[str, object]:
    fields = asdict(evidence)
    del fields["deleted"]
    return fields


def _line(evidence: EvidenceFile, names: dict[str, str]) -> str:
    on = (
        f"annotation {evidence.annotation_id}"
        if evidence.annotation_id
        else f"claim {evidence.claim_id}"
    )
    who = names.get(evidence.annotator_id, "?")
    return (
        f"{evidence.file_name}  {evidence.media_type}  {evidence.size:,} bytes  on {on}"
        f"  added {evidence.created} by {who}  sha256 {evidence.sha256}"
    )
