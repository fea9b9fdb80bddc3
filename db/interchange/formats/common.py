"""What every format shares: atomic output, progress and cancelling, and the imported records.

Readers turn a file into an `ImportBundle` of plain records (names, not ids); the importer
alone decides how they meet the project. Writers never leave a half-written file behind.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from claimdesk.db.analysis.language import LANGUAGES
from claimdesk.db.interchange.sources.carried_source import carried_source
from claimdesk.db.messages import message
from claimdesk.db.records.article_sources import ArticleSource
from claimdesk.db.rules import file_values as values
from claimdesk.db.rules.limits import TITLE_CHARS, URL_CHARS
from claimdesk.db.storage.errors import ClaimdeskError

from .output_files import clean_leftovers, new_temporary, replace_directory

if TYPE_CHECKING:
    from claimdesk.db.interchange.sources.fragments import Fragment

Progress = Callable[[int, int], None]
"""Called with (done, total) as records are written or read."""
CancelCheck = Callable[[], bool]
"""Returns True once the user has asked to stop."""


_UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z")


class Cancelled(ClaimdeskError):
    """The user stopped an export or import; nothing was written."""


class Ticker:
    """Counts work done, reports it now and then, and stops the work when cancelled."""

    def __init__(
        self, total: int, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ):
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._step = max(1, total // 200)
        self._next = 0

    def tick(self, count: int = 1) -> None:
        self.done += count
        if self.done >= self._next:
            self._next = self.done + self._step
            self.check()
            if self._progress is not None:
                self._progress(min(self.done, self.total), self.total)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(message("cancelled; nothing was written"))


@contextmanager
def atomic_file(
    out: Path, *, newline: str | None = None, encoding: str = "utf-8"
) -> Iterator[TextIO]:
    """A text file that appears at `out` only once it is complete.

    Written to a temporary file in the same folder (so the rename cannot cross devices),
    then renamed over `out`; on any error, or a cancel, the temporary file is removed.
    """
    with (
        atomic_path(out) as temporary,
        open(temporary, "w", encoding=encoding, newline=newline) as handle,
    ):
        yield handle


@contextmanager
def atomic_binary_file(out: Path) -> Iterator[BinaryIO]:
    """A binary file (a ZIP) that appears at `out` only once it is complete, as `atomic_file`."""
    with atomic_path(out) as temporary, open(temporary, "wb") as handle:
        yield handle


@contextmanager
def atomic_path(out: Path, *, directory: bool = False) -> Iterator[Path]:
    """A temporary path beside `out` (a file, or a folder) that replaces `out` on success."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out.parent)
    temporary = new_temporary(out, directory=directory)
    try:
        yield temporary
        if directory:
            replace_directory(temporary, out)
        else:
            os.replace(temporary, out)
    except BaseException:
        if temporary.is_dir():
            shutil.rmtree(temporary, ignore_errors=True)
        else:
            temporary.unlink(missing_ok=True)
        raise


def w3c_time(stamp: str) -> str:
    """An xsd:dateTime in UTC with a Z, as the Web Annotation model asks for."""
    if _UTC_STAMP.fullmatch(stamp):  # what `clock.now` writes: already right
        return stamp
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    pattern = "%Y-%m-%dT%H:%M:%S.%fZ" if moment.microsecond else "%Y-%m-%dT%H:%M:%SZ"
    return moment.strftime(pattern)


@dataclass(slots=True)
class ImportedArticle:
    id: str
    text: str | None
    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    where: str = ""
    source: ArticleSource | None = None
    """Its provenance and page or cue starts, where the file carries them."""
    language: str = ""
    """As the file names it, when Claimdesk reads that language; else told from the text."""


def imported_article(
    article_id: str, text: str | None, fields: dict[str, Any], where: str
) -> ImportedArticle:
    """An article whose title, outlet, author, date and url come from `fields`, checked the
    same way by every reader that carries them."""
    return ImportedArticle(
        id=article_id,
        text=text,
        title=values.text(fields.get("title"), where, "title", TITLE_CHARS),
        outlet=values.text(fields.get("outlet"), where, "outlet", TITLE_CHARS),
        author=values.text(fields.get("author"), where, "author", TITLE_CHARS),
        date=values.text(fields.get("date"), where, "date", TITLE_CHARS),
        url=values.text(fields.get("url"), where, "url", URL_CHARS),
        where=where,
        source=carried_source(fields, text, where),
        language=language if (language := fields.get("language")) in LANGUAGES else "",
    )


@dataclass(slots=True)
class ImportedReview:
    decision: str
    reviewer: str
    comment: str = ""
    modified: str | None = None


@dataclass(slots=True)
class ImportedAnnotation:
    """One span as a file describes it; `where` names the line or record for error messages."""

    id: str | None
    article_id: str
    start: int
    end: int
    text: str | None
    tag: str
    """The tag's name; empty when the file gives none (the import's untagged tag is used)."""
    annotator: str
    where: str
    verdict: str | None = None
    confidence: float | None = None
    note: str = ""
    evidence: tuple[str, ...] = ()
    prefix: str = ""
    suffix: str = ""
    created: str | None = None
    modified: str | None = None
    review: ImportedReview | None = None
    unit: str = "codepoints"
    """What `start`/`end` count: "codepoints", or "utf16" for tools that run in a browser."""
    fragment: Fragment | None = None
    """The page or time range a W3C FragmentSelector gave: checked, never trusted."""


@dataclass(slots=True)
class ImportedLink:
    id: str | None
    source: str
    target: str
    relation: str
    annotator: str
    where: str
    note: str = ""


@dataclass(slots=True)
class ImportedClaim:
    id: str
    wording: str
    where: str
    rating: str | None = None
    explanation: str = ""
    evidence: tuple[str, ...] = ()
    annotator: str = ""
    annotation_ids: tuple[str, ...] = ()
    claimant: tuple[str, str] | None = None
    """(name, kind) of whom the claim itself names as having made it."""
    appearance_claimants: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Annotation id → (name, kind) of whom that appearance names."""


@dataclass(slots=True)
class ImportBundle:
    """Everything one file holds, in the file's order."""

    articles: list[ImportedArticle] = field(default_factory=list)
    annotations: list[ImportedAnnotation] = field(default_factory=list)
    links: list[ImportedLink] = field(default_factory=list)
    claims: list[ImportedClaim] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    """What the reader changed or left out (one sentence each): a partial read is never silent."""
