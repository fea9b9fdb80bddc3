"""The project file's schema: numbered migrations keyed on `PRAGMA user_version`.

A migration is a list of SQL statements run in one transaction together with the bump of
`user_version`. Never edit a released migration; append a new one.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x436C4D64  # "ClMd": lets `file` and Claimdesk recognise a project
# Queue an article for the search index once. Not INSERT OR IGNORE: an upsert's own conflict
# clause (merge writes articles with one) overrides those of the triggers it fires.
_QUEUE = (
    "INSERT INTO article_search_queue SELECT {row}.rowid WHERE NOT EXISTS"
    " (SELECT 1 FROM article_search_queue WHERE article_rowid = {row}.rowid)"
)
_STAMPS = "created TEXT NOT NULL, modified TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the first schema.
    (
        "CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE annotators (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
        " created TEXT NOT NULL, modified TEXT NOT NULL)",
        "CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
        " outlet TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',"
        " date TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',"
        " source TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, sha256 TEXT NOT NULL,"
        f" length INTEGER NOT NULL, {_STAMPS})",
        "CREATE INDEX articles_sha256 ON articles (sha256)",
        "CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL,"
        " shortcut TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
        f" position INTEGER NOT NULL, {_STAMPS})",
        "CREATE TABLE verdicts (id TEXT PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL,"
        " description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL, value INTEGER,"
        f" {_STAMPS})",
        "CREATE TABLE annotations (id TEXT PRIMARY KEY,"
        " article_id TEXT NOT NULL REFERENCES articles (id),"
        " annotator_id TEXT NOT NULL REFERENCES annotators (id),"
        " start INTEGER NOT NULL, end INTEGER NOT NULL, quote TEXT NOT NULL,"
        " prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
        " tag_id TEXT NOT NULL REFERENCES tags (id), verdict_id TEXT REFERENCES verdicts (id),"
        " confidence REAL, note TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '[]',"
        f" {_STAMPS}, CHECK (start >= 0 AND end > start))",
        "CREATE INDEX annotations_article ON annotations (article_id, start)",
        "CREATE TABLE links (id TEXT PRIMARY KEY,"
        " source_id TEXT NOT NULL REFERENCES annotations (id),"
        " target_id TEXT NOT NULL REFERENCES annotations (id), relation TEXT NOT NULL,"
        " annotator_id TEXT NOT NULL REFERENCES annotators (id), note TEXT NOT NULL DEFAULT '',"
        f" {_STAMPS}, CHECK (source_id <> target_id),"
        " CHECK (relation IN ('same_claim', 'supports', 'contradicts', 'related')))",
        "CREATE INDEX links_source ON links (source_id)",
        "CREATE INDEX links_target ON links (target_id)",
        "CREATE TABLE claims (id TEXT PRIMARY KEY, wording TEXT NOT NULL DEFAULT '',"
        " verdict_id TEXT REFERENCES verdicts (id), explanation TEXT NOT NULL DEFAULT '',"
        " evidence TEXT NOT NULL DEFAULT '[]',"
        f" annotator_id TEXT NOT NULL REFERENCES annotators (id), {_STAMPS})",
        "CREATE TABLE claim_members (id TEXT PRIMARY KEY,"
        " claim_id TEXT NOT NULL REFERENCES claims (id),"
        f" annotation_id TEXT NOT NULL REFERENCES annotations (id), {_STAMPS})",
        "CREATE INDEX claim_members_claim ON claim_members (claim_id)",
        "CREATE INDEX claim_members_annotation ON claim_members (annotation_id)",
        "CREATE TABLE reviews (id TEXT PRIMARY KEY,"
        " annotation_id TEXT NOT NULL REFERENCES annotations (id),"
        " reviewer_id TEXT NOT NULL REFERENCES annotators (id), decision TEXT NOT NULL,"
        f" comment TEXT NOT NULL DEFAULT '', {_STAMPS},"
        " CHECK (decision IN ('accepted', 'rejected')))",
        "CREATE UNIQUE INDEX reviews_annotation_reviewer ON reviews (annotation_id, reviewer_id)",
    ),
    # 2: live-annotation counts per article from the index alone (article list, status bar).
    ("CREATE INDEX annotations_article_live ON annotations (article_id, deleted)",),
    # 3: candidate links a fact-checker dismissed, by their stable key, so they stay away.
    (
        "CREATE TABLE dismissed_suggestions (key TEXT PRIMARY KEY,"
        " annotator_id TEXT NOT NULL REFERENCES annotators (id), created TEXT NOT NULL)",
    ),
    # 4: what merges changed of an annotator's work, kept until they review it (`merge_queue`).
    # Local to this file: merge never carries it to or from a colleague. `mine` and `theirs`
    # hold a field's values as the record stores them (text, number or null), so no type.
    (
        "CREATE TABLE merged_changes (id INTEGER PRIMARY KEY,"
        " annotator_id TEXT NOT NULL REFERENCES annotators (id), merged TEXT NOT NULL,"
        " colleague TEXT NOT NULL, record_table TEXT NOT NULL, record_id TEXT NOT NULL,"
        " field TEXT NOT NULL, label TEXT NOT NULL, mine, theirs, mine_text TEXT NOT NULL,"
        " theirs_text TEXT NOT NULL, yours INTEGER NOT NULL, conflict INTEGER NOT NULL,"
        " annotation_id TEXT NOT NULL DEFAULT '', taken_along TEXT NOT NULL DEFAULT '',"
        " decision TEXT NOT NULL DEFAULT 'pending', decided TEXT,"
        " CHECK (record_table IN ('annotations', 'claims')),"
        " CHECK (decision IN ('pending', 'kept', 'restored')))",
        "CREATE INDEX merged_changes_queue ON merged_changes (annotator_id, decision)",
        "CREATE INDEX merged_changes_record ON merged_changes (record_id, field)",
    ),
    # 5: where an imported article came from (provenance, editable) and where its pages or
    # transcript cues start, as a JSON list of code-point starts fixed at import.
    (
        "CREATE TABLE article_sources (article_id TEXT PRIMARY KEY REFERENCES articles (id),"
        " file_name TEXT NOT NULL DEFAULT '', file_sha256 TEXT NOT NULL DEFAULT '',"
        " original_url TEXT NOT NULL DEFAULT '', retrieved TEXT NOT NULL DEFAULT '',"
        " archive_url TEXT NOT NULL DEFAULT '', segments TEXT NOT NULL DEFAULT '[]',"
        " modified TEXT NOT NULL)",
    ),
    # 6: who made a claim where it appears (its claimant): a reusable list of people and
    # organisations, named by each appearance (`claims.claimants`). Merged like other records.
    (
        "CREATE TABLE claimants (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        f" kind TEXT NOT NULL DEFAULT 'organization', {_STAMPS},"
        " CHECK (kind IN ('person', 'organization')))",
        "ALTER TABLE claim_members ADD COLUMN claimant_id TEXT REFERENCES claimants (id)",
    ),
    # 7: a claim's "figures differ" warning a fact-checker judged no contradiction, with the
    # reason, kept for the warning as it read then (`claims.figure_notes`). Local to this
    # file, as dismissed suggestions are.
    (
        "CREATE TABLE claim_figure_notes (claim_id TEXT PRIMARY KEY REFERENCES claims (id),"
        " warning TEXT NOT NULL, reason TEXT NOT NULL,"
        " annotator_id TEXT NOT NULL REFERENCES annotators (id), created TEXT NOT NULL)",
    ),
    # 8: full-text search over live articles (`search_index`), folding case and accents,
    # and an archive of earlier fact-checks (`fact_check_store`).
    # With trusted_schema OFF a trigger may not write an FTS5 table, so triggers only queue
    # the rowids of changed articles and the index catches up before it answers; this
    # migration queues every article, so opening an existing project stays instant.
    (
        "CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text,"
        " tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE TABLE article_search_queue (article_rowid INTEGER PRIMARY KEY)",
        "CREATE TRIGGER article_search_added AFTER INSERT ON articles BEGIN"
        f" {_QUEUE.format(row='new')}; END",
        "CREATE TRIGGER article_search_changed AFTER UPDATE OF title, text, deleted ON articles"
        f" BEGIN {_QUEUE.format(row='old')}; {_QUEUE.format(row='new')}; END",
        "CREATE TRIGGER article_search_removed AFTER DELETE ON articles BEGIN"
        f" {_QUEUE.format(row='old')}; END",
        "INSERT INTO article_search_queue SELECT rowid FROM articles",
        # Earlier fact-checks (ClaimReview, Google Fact Check Tools) to match claims against;
        # written once by an import, with their full-text rows in the same transaction.
        "CREATE TABLE fact_checks (id TEXT PRIMARY KEY, claim TEXT NOT NULL,"
        " claimant TEXT NOT NULL DEFAULT '', rating TEXT NOT NULL DEFAULT '',"
        " publisher TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',"
        " date TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',"
        " created TEXT NOT NULL, UNIQUE (url, claim))",
        "CREATE VIRTUAL TABLE fact_check_search USING fts5(fact_check_id UNINDEXED, claim,"
        " claimant, tokenize = 'unicode61 remove_diacritics 2')",
        # How many checks hold each word: matching looks for candidates by a claim's rarest.
        "CREATE TABLE fact_check_words (word TEXT PRIMARY KEY, checks INTEGER NOT NULL)"
        " WITHOUT ROWID",
    ),
    # 9: files kept as evidence on an annotation or a claim (`records.evidence_files`):
    # each file's bytes stored once, keyed by their SHA-256, and one row per attachment
    # (a tombstone when removed, so merges carry the removal and undo revives it).
    (
        "CREATE TABLE evidence_blobs (sha256 TEXT PRIMARY KEY, content BLOB NOT NULL,"
        " size INTEGER NOT NULL, media_type TEXT NOT NULL, created TEXT NOT NULL)",
        "CREATE TABLE evidence_files (id TEXT PRIMARY KEY,"
        " annotation_id TEXT REFERENCES annotations (id), claim_id TEXT REFERENCES claims (id),"
        " sha256 TEXT NOT NULL REFERENCES evidence_blobs (sha256), file_name TEXT NOT NULL,"
        f" annotator_id TEXT NOT NULL REFERENCES annotators (id), {_STAMPS},"
        " CHECK ((annotation_id IS NULL) <> (claim_id IS NULL)))",
        "CREATE INDEX evidence_files_annotation ON evidence_files (annotation_id)",
        "CREATE INDEX evidence_files_claim ON evidence_files (claim_id)",
    ),
    # 10: the language an article is read in (figures, dates, triage): told from its words
    # at import or set in Article details (`records.articles`); empty in a file from
    # before, where it is told from the words when read.
    ("ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT ''",),
    # 11: who made a claim, named on the claim itself over whom its appearances name
    # (`claims.claimants`); empty in a file from before, where the appearances decide.
    ("ALTER TABLE claims ADD COLUMN claimant_id TEXT REFERENCES claimants (id)",),
    # 12: each annotator dismisses a suggestion for themselves, so under blind annotation a
    # colleague's dismissal does not hide it from me (`analysis.suggestions`); the
    # dismissals kept so far stay with the annotator who made them.
    (
        "CREATE TABLE dismissed_before AS SELECT key, annotator_id, created"
        " FROM dismissed_suggestions",
        "DROP TABLE dismissed_suggestions",
        "CREATE TABLE dismissed_suggestions (key TEXT NOT NULL,"
        " annotator_id TEXT NOT NULL REFERENCES annotators (id), created TEXT NOT NULL,"
        " PRIMARY KEY (key, annotator_id))",
        "INSERT INTO dismissed_suggestions SELECT key, annotator_id, created FROM dismissed_before",
        "DROP TABLE dismissed_before",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the file up to `target`; return the version it had before."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            if number == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a full disk may have ended the transaction already
                conn.execute("ROLLBACK")
            raise
    return version


def expected_objects(version: int = SCHEMA_VERSION) -> dict[tuple[str, str], str]:
    """The schema objects (type, name) → SQL that a file of `version` must hold exactly."""
    if version not in _expected:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        migrate(conn, version)
        _expected[version] = _objects(conn)
        conn.close()
    return _expected[version]


_expected: dict[int, dict[tuple[str, str], str]] = {}


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every schema object but SQLite's own: tables and indexes named `sqlite_` exactly
    (automatic indexes, `sqlite_stat1`); a trigger or view counts whatever its name, as
    `_` alone would match any character (`sqlite1wipe`)."""
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master"
        " WHERE type IN ('trigger', 'view') OR name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    return {(kind, name): sql for kind, name, sql in rows}


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """What in the file's schema differs from the one this version writes (empty if none).

    Checked before any row is read, so a hostile file's triggers, views or altered tables
    are refused rather than run.
    """
    found = _objects(conn)
    expected = expected_objects(version)
    problems = []
    for key, sql in sorted(found.items()):
        kind, name = key
        if key not in expected:
            problems.append(f"unexpected {kind} {name!r}")
        elif expected[key] != sql:
            problems.append(f"{kind} {name!r} has a different definition")
    for kind, name in sorted(expected.keys() - found.keys()):
        problems.append(f"missing {kind} {name!r}")
    return problems
