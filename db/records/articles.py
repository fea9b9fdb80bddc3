"""Articles: imported once, their text never changes (every offset depends on it)."""

from __future__ import annotations

from typing import Any

from claimdesk.db.analysis.language import (
    SAMPLE_CHARACTERS,
    article_language,
    detect_language,
    language_problem,
)
from claimdesk.db.messages import message
from claimdesk.db.rules import file_values
from claimdesk.db.storage.clock import new_id
from claimdesk.db.storage.errors import DuplicateArticleError, NotFoundError, ValidationError
from claimdesk.db.storage.store_base import StoreBase

from .model import Article, ArticleHeading, ArticleSummary

ARTICLE_COLUMNS = (
    "id, title, outlet, author, date, url, source, text, sha256, created, modified, language,"
    " deleted"
)
EDITABLE_METADATA = ("title", "outlet", "author", "date", "url", "language")
TITLE_CHARS = 80
_WHERE = message("the article")


def text_sha256(text: str) -> str:
    import hashlib  # here: only importing needs it, and a start saves the import (3 ms)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_title(text: str) -> str:
    """The first non-empty line, shortened at a word boundary: a title a reader recognises."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            if len(line) <= TITLE_CHARS:
                return line
            cut = line[:TITLE_CHARS].rsplit(" ", 1)[0] or line[:TITLE_CHARS]
            return cut + "…"
    return "Untitled article"


def require_live_article(store: StoreBase, article_id: str) -> None:
    """The rule: only a live article can be annotated or linked. A tombstoned one (deleted,
    or an undone import) still has its row, so reading its text alone would let work land
    on an article no view lists, which `claimdesk check` then reports.

    Used by the store (annotations, links) and the importers; raises NotFoundError."""
    row = store._row("SELECT title, deleted FROM articles WHERE id = ?", (article_id,))
    if row is None:
        raise NotFoundError(message("no article with id {article_id}", article_id=article_id))
    if row[1]:
        raise NotFoundError(
            message(
                "the article “{title}” is deleted: it cannot be annotated or linked", title=row[0]
            )
        )


# The columns of ARTICLE_COLUMNS, `deleted` last (0 or 1).
ArticleRow = tuple[str, str, str, str, str, str, str, str, str, str, str, str, int]
_TOLD: dict[str, str] = {}
"""Languages told from the text of articles stored without one (a project from before),
by id: an article's text never changes, so each is told once per run, not per refresh."""
_TOLD_KEPT = 10_000


def _article(row: ArticleRow) -> Article:
    return Article(*row[:-1], deleted=bool(row[-1]))


class ArticleStore(StoreBase):
    def add_article(
        self,
        text: str,
        *,
        title: str = "",
        outlet: str = "",
        author: str = "",
        date: str = "",
        url: str = "",
        source: str = "",
        article_id: str | None = None,
        language: str = "",
    ) -> Article:
        """Store a new article in `language` (empty: the one its words are in); identical
        text already present raises DuplicateArticleError. Every importer comes here."""
        text = file_values.article_text(text, _WHERE)
        _refuse_language(language)
        digest = text_sha256(text)
        existing = self.find_article_by_hash(digest)
        if existing is not None:
            raise DuplicateArticleError(
                message(
                    "the same text is already in the project as “{title}”", title=existing.title
                ),
                existing.id,
            )
        record: dict[str, Any] = {
            "id": article_id or new_id(),
            "title": " ".join(title.split()) or default_title(text),
            "outlet": outlet.strip(),
            "author": author.strip(),
            "date": date.strip(),
            "url": url.strip(),
            "source": source,
            "text": text,
            "sha256": digest,
            "length": len(text),
            "language": language or detect_language(text),
            "deleted": 0,
        }
        file_values.record_texts("articles", record, _WHERE)
        with self.transaction():
            self._insert("articles", record)
        return self.article(record["id"])

    def article(self, article_id: str) -> Article:
        row = self._row(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(message("no article with id {article_id}", article_id=article_id))
        return _article(row)

    def find_article_by_hash(self, digest: str) -> Article | None:
        """The live article whose text has this SHA-256, if any."""
        row = self._row(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE sha256 = ? AND deleted = 0 LIMIT 1",
            (digest,),
        )
        return _article(row) if row else None

    def articles(self) -> list[ArticleSummary]:
        """Live articles in import order, with their live annotation counts."""
        rows = self._rows(
            "SELECT a.id, a.title, a.outlet, a.author, a.date, a.url, a.length,"
            " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.deleted = 0)"
            " FROM articles a WHERE a.deleted = 0 ORDER BY a.created, a.rowid"
        )
        return [ArticleSummary(*row) for row in rows]

    def article_headings(self) -> list[ArticleHeading]:
        """Live articles in import order, named only: `articles()` without the counts,
        which cost a scan of every annotation."""
        rows = self._rows(
            "SELECT id, title, outlet, date FROM articles WHERE deleted = 0 ORDER BY created, rowid"
        )
        return [ArticleHeading(*row) for row in rows]

    def annotation_counts(self, article_ids: list[str]) -> dict[str, int]:
        """Live annotations per article, for refreshing a few rows of a list cheaply.

        One count per article: each is a range of the (article_id, deleted) index, twice as
        quick as one grouped query over an IN list (0.4 ms for 10,000 annotations)."""
        return {
            article_id: self._count(
                "SELECT count(*) FROM annotations WHERE article_id = ? AND deleted = 0",
                (article_id,),
            )
            for article_id in dict.fromkeys(article_ids)
        }

    def project_counts(self) -> tuple[int, int]:
        """(live articles, live annotations): what the status bar shows."""
        articles = self._count("SELECT count(*) FROM articles WHERE deleted = 0")
        annotations = self._count("SELECT count(*) FROM annotations WHERE deleted = 0")
        return articles, annotations

    def update_article(self, article_id: str, **changes: Any) -> Article:
        """Edit metadata (title, outlet, author, date, url, language); the text itself is
        immutable."""
        unknown = set(changes) - set(EDITABLE_METADATA)
        if unknown:
            raise ValidationError(
                message("cannot change {names} of an article", names=", ".join(sorted(unknown)))
            )
        cleaned = {key: " ".join(str(value).split()) for key, value in changes.items()}
        _refuse_language(cleaned.get("language", ""))
        if "title" in cleaned and not cleaned["title"]:
            cleaned["title"] = default_title(self.article(article_id).text)
        file_values.record_texts("articles", cleaned, _WHERE)
        with self.transaction():
            self._update("articles", article_id, cleaned)
        return self.article(article_id)

    def article_languages(self, article_ids: list[str]) -> dict[str, str]:
        """The language each article is read in (`language.article_language`): what every
        reader of figures, dates and claims asks, never telling a stored one again."""
        found: dict[str, str] = {}
        for start in range(0, len(article_ids), 500):
            chunk = list(dict.fromkeys(article_ids[start : start + 500]))
            marks = ", ".join("?" * len(chunk))
            for article_id, stored in self._rows(
                f"SELECT id, language FROM articles WHERE id IN ({marks})", chunk
            ):
                if stored:
                    found[article_id] = article_language(stored, "")
                elif article_id in _TOLD:
                    found[article_id] = _TOLD[article_id]
            untold = [article_id for article_id in chunk if article_id not in found]
            if not untold:
                continue
            # Only the openings of articles stored without a language and not told yet this
            # run are read: a refresh of an older project reads no text once each is told.
            for article_id, opening in self._rows(
                f"SELECT id, substr(text, 1, {SAMPLE_CHARACTERS}) FROM articles"
                f" WHERE id IN ({', '.join('?' * len(untold))})",
                untold,
            ):
                told = detect_language(opening)
                if len(_TOLD) >= _TOLD_KEPT:
                    _TOLD.clear()
                _TOLD[article_id] = told
                found[article_id] = told
        return found

    def article_language(self, article_id: str) -> str:
        """`article_languages` for one article (English for an id there is none of)."""
        return self.article_languages([article_id]).get(article_id, "en")

    def delete_article(self, article_id: str) -> None:
        with self.transaction():
            self._set_deleted("articles", article_id, True)

    def restore_article(self, article_id: str) -> None:
        with self.transaction():
            self._set_deleted("articles", article_id, False)


def _refuse_language(language: str) -> None:
    problem = language_problem(language)
    if problem is not None:
        raise ValidationError(f"{_WHERE}: {problem}")
