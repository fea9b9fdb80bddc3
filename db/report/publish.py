"""`claimdesk report`: write the report as one page, or one page per claim (`split`).

A split report is a folder holding one page per claim, named by its number and wording,
so that each page carries exactly one ClaimReview (as Google asks for rich results).
Pages appear only once complete (`formats.common.atomic_path`); a cancel leaves nothing.
The PDF, which needs Qt to lay out, is written by the desktop through `write_pages`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from claimdesk.db.factchecks.published import archive_published
from claimdesk.db.interchange.formats.common import (
    CancelCheck,
    Progress,
    Ticker,
    atomic_file,
    atomic_path,
)
from claimdesk.db.messages import message, message_n
from claimdesk.db.report.content import Report, gather
from claimdesk.db.report.render import SUFFIXES, Layout
from claimdesk.db.storage.errors import ValidationError
from claimdesk.db.storage.store import Store

PageWriter = Callable[[Report, Path], None]
"""Writes one page of a report to a path (the PDF writer is one)."""


@dataclass(frozen=True, slots=True)
class Published:
    files: tuple[Path, ...]
    claims: int
    reviews: int
    notes: tuple[str, ...]

    def lines(self) -> tuple[str, ...]:
        """What was published, then the notes: one message each, for the window to show in
        its language (`message_text`)."""
        where: str = ", ".join(str(path) for path in self.files[:3])
        if len(self.files) > 3:
            more = len(self.files) - 3
            where = message_n("{files} and %n more", "{files} and %n more", more, files=where)
        published = message(
            "published {claims} ({ratings}) to {where}",
            claims=message_n("%n claim", "%n claims", self.claims),
            ratings=message_n("%n rating", "%n ratings", self.reviews),
            where=where,
        )
        return (published, *self.notes)

    def summary(self) -> str:
        """The lines in English, one a line (the command line's)."""
        return "\n".join(self.lines())


def publish_report(
    store: Store,
    out: Path,
    fmt: str = "html",
    *,
    chosen: Iterable[str] = (),
    split: bool = False,
    template: Path | None = None,
    settings: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Published:
    """Write the HTML or Markdown report (see `write_pages` for other writers)."""
    if fmt == "pdf":
        raise ValidationError(message("a PDF report is written by the desktop (it needs Qt)"))

    layout = Layout(fmt, template)

    def write_text(page: Report, path: Path) -> None:
        text = layout.render(page)
        with atomic_file(path, newline="\n") as handle:
            handle.write(text)

    report = gather(store, chosen=chosen, settings=settings)
    published = write_pages(
        report, out, fmt, write_text, split=split, progress=progress, cancelled=cancelled
    )
    return archived(store, report, published)


def archived(store: Store, report: Report, published: Published) -> Published:
    """The published rated claims join the fact-check archives (`factchecks.published`)."""
    reviewed = [(claim.id, claim.review) for claim in report.claims if claim.review is not None]
    notes = archive_published(store, reviewed)
    return replace(published, notes=(*published.notes, *notes))


def write_pages(
    report: Report,
    out: Path,
    fmt: str,
    write: PageWriter,
    *,
    split: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Published:
    """Write `report` to `out` as one page, or (`split`) as a folder of one page per claim."""
    if not report.claims:
        raise ValidationError(message("no claim to report: make a claim from an annotation first"))
    ticker = Ticker(len(report.claims), progress, cancelled)
    ticker.check()
    notes = list(report.notes)
    if not split:
        write(report, Path(out))
        ticker.tick(len(report.claims))
        if fmt == "html" and len(report.reviews) > 1:
            notes.append(
                message_n(
                    "this page holds %n ClaimReview; search engines show rich results for pages"
                    " with one (--split writes one page per claim)",
                    "this page holds %n ClaimReviews; search engines show rich results for pages"
                    " with one (--split writes one page per claim)",
                    len(report.reviews),
                )
            )
        files = [Path(out)]
    else:
        files = []
        with atomic_path(Path(out), directory=True) as folder:
            for claim in report.claims:
                name = page_name(claim.number, claim.wording) + SUFFIXES[fmt]
                write(replace(report, claims=(claim,)), folder / name)
                files.append(Path(out) / name)
                ticker.tick()
    unrated = sum(1 for claim in report.claims if claim.review is None)
    if unrated:
        notes.append(
            message_n(
                "%n claim not yet rated: published without ClaimReview",
                "%n claims not yet rated: published without ClaimReview",
                unrated,
            )
        )
    return Published(tuple(files), len(report.claims), len(report.reviews), tuple(notes))


def page_name(number: int, wording: str) -> str:
    """`03-released-prisoners`: the claim's number, then a few words of it, file-safe."""
    words = re.findall(r"\w+", wording.lower())[:6]
    slug = "-".join(words)[:60].strip("-")
    return f"{number:02d}-{slug}" if slug else f"{number:02d}"
