"""Importing articles: every accepted encoding and shape, and every refusal, per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.db import ClaimdeskError, DuplicateArticleError, Store, ValidationError
from claimdesk.db.interchange.article_files import MAX_FILE_BYTES
from claimdesk.db.interchange.article_import import import_articles, import_pasted_text

MIXED_SCRIPTS = "Fact 👩🏽‍⚖️ checks: café (cafe\u0301) and مرحبا بالعالم said שלום.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_importing_the_seed_reports_reads_their_dates_and_keeps_the_date_line_out(
    store: Store, seed_paths: list[Path]
):
    report = import_articles(store, seed_paths)
    assert [o.message() for o in report.outcomes] == ["", ""]
    dates = sorted(article.date for article in report.added)
    assert dates == ["2026-01-14", "2026-01-17"]
    for article in report.added:
        assert not article.text.lstrip().startswith("date")
        assert article.text in seed_paths[0].read_text() + seed_paths[1].read_text()


def test_utf8_with_and_without_bom_and_utf16_give_the_same_text(store: Store, tmp_path: Path):
    text = "date 2026-02-01\n" + MIXED_SCRIPTS
    paths = [
        write(tmp_path, "plain.txt", text.encode("utf-8")),
        write(tmp_path, "bom.txt", text.encode("utf-8-sig")),
        write(tmp_path, "le.txt", text.encode("utf-16")),
        write(tmp_path, "be.txt", b"\xfe\xff" + text.encode("utf-16-be")),
    ]
    report = import_articles(store, paths)
    first = report.outcomes[0].article
    assert first is not None and first.text == MIXED_SCRIPTS and first.date == "2026-02-01"
    assert all(o.duplicate_of is not None for o in report.outcomes[1:])


def test_a_legacy_encoding_is_detected_and_warned_about(store: Store, tmp_path: Path):
    text = "Le président a déclaré que les élèves étaient à l'école. " * 5
    report = import_articles(store, [write(tmp_path, "latin.txt", text.encode("cp1252"))])
    (outcome,) = report.outcomes
    assert outcome.article is not None and outcome.article.text == text
    assert "not UTF-8" in outcome.message()


def test_line_endings_are_normalised_and_every_other_character_kept(store: Store, tmp_path: Path):
    raw = "Line one\r\nLine two\rLine three\u200b\u202e with\tcontrol\n"
    report = import_articles(store, [write(tmp_path, "crlf.txt", raw.encode())])
    article = report.added[0]
    assert article.text == "Line one\nLine two\nLine three\u200b\u202e with\tcontrol\n"


def test_markdown_heading_becomes_the_title(store: Store, tmp_path: Path):
    path = write(tmp_path, "story.md", b"# Dam held, says mayor\n\nThe mayor said so.\n")
    article = import_articles(store, [path]).added[0]
    assert article.title == "Dam held, says mayor"
    assert article.text.startswith("# Dam held")


def test_a_saved_web_page_gives_main_text_and_metadata_without_markup(store: Store, tmp_path: Path):
    body = "<p>" + "The council said 1,200 residents left their homes overnight. " * 8 + "</p>"
    html = (
        "<html><head><title>Flood - Gazette</title><meta name='author' content='Jo Bloggs'>"
        "<meta property='og:site_name' content='Harbour Gazette'>"
        "<link rel='canonical' href='https://example.org/flood'>"
        "<script>alert('x')</script></head><body><nav>Home | Sport</nav><article>"
        f"<h1>Flood forces evacuation</h1>{body}<p>&lt;b&gt;not bold&lt;/b&gt;</p>"
        "</article></body></html>"
    )
    article = import_articles(store, [write(tmp_path, "page.html", html.encode())]).added[0]
    assert "1,200 residents" in article.text
    assert "<b>not bold</b>" in article.text
    assert "alert(" not in article.text and "<p>" not in article.text
    assert article.author == "Jo Bloggs"
    assert article.outlet == "Harbour Gazette"
    assert article.url == "https://example.org/flood"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
        ("bad16.txt", b"\xff\xfe\x00\xd8", "UTF-16"),
        ("only-date.txt", b"date 2026-01-01\n", "no text"),
    ],
)
def test_a_bad_file_gets_one_line_naming_it_and_the_others_still_go_in(
    store: Store, tmp_path: Path, name: str, data: bytes, reason: str
):
    good = write(tmp_path, "good.txt", b"A good report.\n")
    bad = write(tmp_path, name, data)
    report = import_articles(store, [bad, good])
    assert str(bad) in report.outcomes[0].message()
    assert reason in report.outcomes[0].message()
    assert [a.title for a in report.added] == ["A good report."]
    assert len(store.articles()) == 1


def test_missing_files_folders_and_oversized_files_are_refused(store: Store, tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    report = import_articles(store, [tmp_path / "nope.txt", tmp_path, big])
    messages = [o.message() for o in report.outcomes]
    assert "no such file" in messages[0]
    assert "folder" in messages[1]
    assert "limit" in messages[2]
    assert store.articles() == []


def test_reimporting_identical_text_is_reported_not_duplicated(store: Store, tmp_path: Path):
    path = write(tmp_path, "a.txt", b"Same words.\n")
    first = import_articles(store, [path]).added[0]
    again = import_articles(store, [path]).outcomes[0]
    assert again.duplicate_of == first and not again.article_added
    assert "already in the project" in again.message()
    assert len(store.articles()) == 1


def test_pasted_text_takes_the_file_path_rules(store: Store):
    article = import_pasted_text(store, "date 2026-05-05\r\nPasted 👍 words\r\n")
    assert article.date == "2026-05-05" and article.text == "Pasted 👍 words\n"
    assert article.title == "Pasted 👍 words"
    with pytest.raises(DuplicateArticleError):
        import_pasted_text(store, "Pasted 👍 words\n")


def test_pasted_text_over_the_article_limit_or_with_a_nul_is_refused(store: Store):
    with pytest.raises(ValidationError, match="over the 10 MB limit for one article"):
        import_pasted_text(store, "x" * (10 * 1_048_576 + 1))
    with pytest.raises(ClaimdeskError, match="NUL"):
        import_pasted_text(store, "Pasted\x00 words\n")
    assert store.articles() == []


def test_cancelling_stops_between_files(store: Store, tmp_path: Path):
    paths = [write(tmp_path, f"{n}.txt", f"Report {n}\n".encode()) for n in range(5)]
    seen: list[int] = []
    report = import_articles(
        store,
        paths,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 2,
    )
    assert report.cancelled and len(report.added) == 2 and len(store.articles()) == 2


def test_metadata_is_editable_after_import_but_the_text_is_not(store: Store):
    article = import_pasted_text(store, "Body text.\n")
    updated = store.update_article(article.id, title="New", outlet="Wire", date="2026-01-02")
    assert (updated.title, updated.outlet, updated.date) == ("New", "Wire", "2026-01-02")
    assert updated.text == article.text and updated.sha256 == article.sha256
    with pytest.raises(Exception, match="text"):
        store.update_article(article.id, text="changed")
