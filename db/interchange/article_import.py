"""Importing article files and pasted text into a project, one outcome per input.

A bad file never stops the others: each file is read fully before anything is written,
and each article goes in with one transaction, so the project is never half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.db.messages import message, said
from claimdesk.db.records.article_sources import ArticleSource, Provenance, save_article_source
from claimdesk.db.records.model import Article
from claimdesk.db.rules import file_values
from claimdesk.db.storage.errors import DuplicateArticleError, ImportFailure, ValidationError
from claimdesk.db.storage.store import Store

from .article_files import ArticleDraft, parse_article_text, read_article_file
from .bounded_read import shown_path
from .sources import ocr as tesseract_ocr
from .sources.archive_import import archive_drafts
from .sources.files import read_source_file, source_format
from .sources.mhtml import is_mhtml, read_mhtml_file
from .sources.pacing import Pacing, ReadCancelled
from .sources.pdf import NoTextLayer
from .sources.web_archive import is_archive

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
STEPS_PER_FILE = 100


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one input: added, already present, or refused (with the reason)."""

    path: Path
    article: Article | None = None
    """The article this input added; None when it was a duplicate or refused."""
    duplicate_of: Article | None = None
    error: str = ""
    warnings: tuple[str, ...] = ()
    place: str = ""
    """Where in the file, when it held several articles (a web archive's page)."""
    ocr_possible: bool = False
    """Refused as a scan with no text, and Tesseract is installed: OCR could read it."""

    @property
    def article_added(self) -> bool:
        return self.article is not None

    def message(self) -> str:
        """One line for the user, or "" when the file simply went in."""
        if self.error:
            return self.error
        if self.duplicate_of is not None:
            where = self.place or shown_path(self.path)
            return message(
                "{where}: already in the project as “{title}”",
                where=where,
                title=self.duplicate_of.title,
            )
        return self.warnings[0] if len(self.warnings) == 1 else "; ".join(self.warnings)


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def added(self) -> list[Article]:
        return [outcome.article for outcome in self.outcomes if outcome.article is not None]

    @property
    def failed(self) -> list[ImportOutcome]:
        return [outcome for outcome in self.outcomes if outcome.error]


def import_articles(
    store: Store,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    archive_pages: dict[Path, set[int]] | None = None,
    ocr: bool = False,
    ocr_language: str = "",
) -> ImportReport:
    """Import every file; stops between files, or between a long PDF's pages, when
    `cancelled()` turns true (the file being read is then left out whole). Progress counts
    STEPS_PER_FILE for each file, moved by a PDF's pages as they are read.

    A web archive brings in the pages `archive_pages` names for it (numbers from
    `web_archive.list_pages`), or all its HTML pages. `ocr` reads a PDF's pages without
    text by OCR, where Tesseract is installed (`sources.ocr`); images are always read so.
    OCR reads `ocr_language` (an interface or article language) where Tesseract has it."""
    paths = list(paths)
    report = ImportReport()
    total = len(paths) * STEPS_PER_FILE
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if is_archive(path):
            chosen = (archive_pages or {}).get(path)
            report.outcomes.extend(_import_archive(store, path, chosen, cancelled))
        else:
            pacing = Pacing(_within_file(progress, index, total), cancelled)
            try:
                report.outcomes.append(
                    import_article_file(store, path, pacing, ocr=ocr, ocr_language=ocr_language)
                )
            except ReadCancelled:
                report.cancelled = True
                break
        if progress is not None:
            progress((index + 1) * STEPS_PER_FILE, total)
    report.cancelled = report.cancelled or bool(cancelled and cancelled())
    return report


def _within_file(progress: Progress | None, index: int, total: int) -> Progress | None:
    """A long document's pages move the bar across its file's share of the import."""
    if progress is None:
        return None
    return lambda done, pages: progress(
        index * STEPS_PER_FILE + done * STEPS_PER_FILE // max(pages, 1), total
    )


def import_article_file(
    store: Store,
    path: Path,
    pacing: Pacing | None = None,
    *,
    ocr: bool = False,
    ocr_language: str = "",
) -> ImportOutcome:
    """One document: text, Markdown, a saved web page (HTML or MHTML), or a format
    `sources` reads."""
    try:
        if is_mhtml(path):
            draft = read_mhtml_file(path)
        else:
            found = source_format(path)
            if found:
                draft = read_source_file(path, found, pacing, ocr=ocr, ocr_language=ocr_language)
            else:
                draft = read_article_file(path)
    except NoTextLayer as error:
        return ImportOutcome(
            path, error=said(error), ocr_possible=tesseract_ocr.tesseract() is not None
        )
    except ImportFailure as error:
        return ImportOutcome(path, error=said(error))
    return _store_draft(store, path, draft)


def _import_archive(
    store: Store, path: Path, chosen: set[int] | None, cancelled: Cancelled | None
) -> list[ImportOutcome]:
    """Every chosen page is read before any is stored: a damaged archive adds nothing."""
    outcomes = []
    try:
        drafts = list(archive_drafts(path, chosen, cancelled))
    except ImportFailure as error:
        return [ImportOutcome(path, error=said(error))]
    for place, draft in drafts:
        if isinstance(draft, ImportFailure):
            outcomes.append(ImportOutcome(path, error=said(draft), place=place))
        else:
            outcomes.append(_store_draft(store, path, draft, place))
    return outcomes


def import_pasted_text(store: Store, text: str, *, title: str = "") -> Article:
    """Pasted text takes the same path as a file (and its size limit); a duplicate raises
    DuplicateArticleError."""
    file_values.article_text(text, message("the pasted text"))
    draft = parse_article_text(text)
    return store.add_article(
        draft.text, title=title or draft.title, date=draft.date, source="pasted text"
    )


def _store_draft(store: Store, path: Path, draft: ArticleDraft, place: str = "") -> ImportOutcome:
    """The article and its source in one transaction: both go in, or neither."""
    try:
        with store.transaction():
            article = store.add_article(
                draft.text,
                title=draft.title,
                outlet=draft.outlet,
                author=draft.author,
                date=draft.date,
                url=draft.url,
                source=draft.source,
                language=draft.language,
            )
            if draft.segments or draft.provenance != Provenance():
                save_article_source(
                    store, article.id, ArticleSource(draft.provenance, draft.segments)
                )
    except DuplicateArticleError as error:
        existing = store.article(error.existing_id)
        return ImportOutcome(path, duplicate_of=existing, warnings=draft.warnings, place=place)
    except ValidationError as error:
        return ImportOutcome(
            path,
            error=message("{where}: {error}", where=place or shown_path(path), error=error),
            place=place,
        )
    return ImportOutcome(path, article=article, warnings=draft.warnings, place=place)
