"""Importing PDFs, Word files and transcripts: exact text, page and cue anchors, provenance."""

from __future__ import annotations

import hashlib
from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.db.records.article_sources import Segment, article_source
from tests.fixtures.sources.pdf_writer import write_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sources"

BUDGET_PAGE_1 = (
    "Budget statement 2024\n"
    "The government said public spending on schools rose by 4.2 per cent in 2023, the"
    " largest rise in a decade.\n"
    "Critics noted that the figure counts capital projects approved but not yet built.\n"
    "Main measures\n"
    "• Teachers' pay up 5 per cent\n"
    "• Free school meals for 300,000 more pupils\n"
)


def imported(store: Store, name: str):
    (outcome,) = import_articles(store, [FIXTURES / name]).outcomes
    assert outcome.message() == ""
    assert outcome.article is not None
    return outcome.article, article_source(store, outcome.article.id)


def page_texts(text: str, segments: tuple[Segment, ...]) -> list[str]:
    ends = [segment.start for segment in segments[1:]] + [len(text)]
    return [text[segment.start : end] for segment, end in zip(segments, ends, strict=True)]


def test_a_word_processors_pdf_keeps_its_pages_and_leaves_out_the_running_header_and_footer(
    store: Store,
):
    article, source = imported(store, "budget.pdf")
    assert page_texts(article.text, source.segments) == [
        BUDGET_PAGE_1 + "Area 2024 (bn)\nSchools 61.6\nHealth 164.9\n\n",
        "Health\nWaiting lists fell for the third month in a row, the minister said.\n\n",
        "Housing\nThree hundred thousand homes a year will be built by 2029.",
    ]
    assert [segment.page for segment in source.segments] == [1, 2, 3]
    assert "Ministry of Finance" not in article.text and "Published" not in article.text
    assert article.title == "Budget statement 2024"


def test_words_hyphenated_at_a_line_end_are_joined_and_real_compounds_keep_their_hyphen(
    store: Store,
):
    article, source = imported(store, "hyphenated.pdf")
    assert article.text == (
        "The minister claimed that unemployment fell to its lowest level since\n2008.\n\n"
        "Official statistics, however, show a rise in long-term unemployment. Long-term"
        " figures are revised every quarter."
    )
    assert source.segment_at(article.text.index("long-term")) == Segment(77, page=2)
    assert source.segment_at(0) == Segment(0, page=1)


def test_an_imported_document_records_its_file_name_and_sha256(store: Store):
    _, source = imported(store, "budget.pdf")
    digest = hashlib.sha256((FIXTURES / "budget.pdf").read_bytes()).hexdigest()
    assert (source.provenance.file_name, source.provenance.file_sha256) == ("budget.pdf", digest)


def test_a_word_document_gives_its_headings_lists_and_table_rows_as_text(store: Store):
    article, source = imported(store, "budget.docx")
    assert article.text == (
        BUDGET_PAGE_1 + "Area\t2024 (bn)\nSchools\t61.6\nHealth\t164.9\n"
        "Health\nWaiting lists fell for the third month in a row, the minister said.\n"
        "Housing\nThree hundred thousand homes a year will be built by 2029."
    )
    assert source.segments == () and source.provenance.file_name == "budget.docx"


def test_an_opendocument_text_reads_as_its_word_export_does(store: Store):
    article, source = imported(store, "budget.odt")
    (docx,) = import_articles(store, [FIXTURES / "budget.docx"]).outcomes
    assert docx.duplicate_of is not None and docx.duplicate_of.id == article.id
    assert source.provenance.file_name == "budget.odt"


def test_subrip_cues_keep_their_time_ranges(store: Store):
    article, source = imported(store, "speech.srt")
    assert article.text == (
        "Good evening. Crime fell by ten per cent last year.\nThat is not what the police say."
    )
    assert source.segments == (
        Segment(0, begin_ms=1000, end_ms=4500),
        Segment(52, begin_ms=5000, end_ms=7250),
    )
    assert source.segments[1].label() == "00:00:05.000–00:00:07.250"


def test_webvtt_cues_name_their_speakers_from_voice_tags_and_drop_markup(store: Store):
    article, source = imported(store, "speech.vtt")
    assert article.text == (
        "Jane Smith: Crime fell by ten per cent last year.\n"
        "John Doe: That is not what the police say.\n"
        "Thank you."
    )
    assert source.segments == (
        Segment(0, begin_ms=1000, end_ms=4500, speaker="Jane Smith"),
        Segment(50, begin_ms=5000, end_ms=7250, speaker="John Doe"),
        Segment(93, begin_ms=62000, end_ms=63000),
    )
    assert article.title == "speech"
    quote = article.text.index("not what")
    assert source.segment_at(quote).label() == "00:00:05.000–00:00:07.250 John Doe"


def test_a_hyphen_before_a_capital_or_after_a_number_at_a_line_end_stays(
    store: Store, tmp_path: Path
):
    path = tmp_path / "vote.pdf"
    lines = [("Figures for 2019-", 700), ("2020 were revised; the anti-", 686), ("European", 672)]
    write_pdf(path, [lines])
    (article,) = import_articles(store, [path]).added
    assert article.text == "Figures for 2019-\n2020 were revised; the anti-European"


def test_a_page_without_text_is_left_out_with_a_warning_and_the_others_keep_their_numbers(
    store: Store, tmp_path: Path
):
    path = tmp_path / "gap.pdf"
    write_pdf(path, [[("First page.", 700)], [], [("Third page.", 700)]])
    (outcome,) = import_articles(store, [path]).outcomes
    assert outcome.article is not None and outcome.article.text == "First page.\n\nThird page."
    assert [s.page for s in article_source(store, outcome.article.id).segments] == [1, 3]
    assert outcome.message() == f"{path}: no text on page 2 (scanned or blank pages are left out)"
