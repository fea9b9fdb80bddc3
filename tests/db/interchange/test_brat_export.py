"""A brat export read the way brat reads it: the text with universal newlines, every `T`
line's fragments cut from that text, one entity per span and type, and who marked it."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.interchange.export import export_project

CRLF_TEXT = "Mayor: schools close.\r\nMinister: 40 % close.\rOld Mac line.\r\nLast line here."


def read_like_brat(folder: Path, article_id: str) -> tuple[str, list[list[str]]]:
    """The text as brat's server opens it (`open(path, 'r')`: universal newlines) and the
    .ann lines split on tabs."""
    with open(folder / f"{article_id}.txt", encoding="utf-8") as handle:
        text = handle.read()
    ann = (folder / f"{article_id}.ann").read_text(encoding="utf-8")
    return text, [line.split("\t") for line in ann.splitlines()]


def check_entities_match_text(text: str, lines: list[list[str]]) -> list[str]:
    """brat's check on load: each T line's text is its fragments of the text, joined by a
    space; a mismatch makes brat refuse the document."""
    problems = []
    for line in lines:
        if line[0].startswith("T"):
            fragments = [tuple(map(int, f.split())) for f in line[1].split(" ", 1)[1].split(";")]
            cut = " ".join(text[start:end] for start, end in fragments)
            if cut != line[2]:
                problems.append(f"{line[0]}: {cut!r} != {line[2]!r}")
    return problems


def _tag(store: Store, name: str) -> str:
    return next(tag.id for tag in store.tags() if tag.name == name)


def test_a_text_with_crlf_and_cr_line_breaks_is_read_by_brat_with_every_span_in_place(
    store, tmp_path
):
    ana = store.ensure_annotator("Ana")
    article = store.add_article(CRLF_TEXT, title="Line breaks")
    for quote in ("schools close", "40 % close", "Old Mac", "Last line", "close.\r\nMinister"):
        start = CRLF_TEXT.index(quote)
        store.add_annotation(
            article.id, start, start + len(quote), _tag(store, "Statistic"), ana.id
        )
    out = tmp_path / "brat"
    export_project(store, "brat", out)
    assert b"\r" not in (out / f"{article.id}.txt").read_bytes()
    text, lines = read_like_brat(out, article.id)
    assert text == CRLF_TEXT.replace("\r\n", "\n").replace("\r", "\n")
    assert check_entities_match_text(text, lines) == []
    quotes = sorted(line[2] for line in lines if line[0].startswith("T"))
    assert quotes == ["40 % close", "Last line", "Old Mac", "close. Minister", "schools close"]


def test_the_same_span_marked_by_two_annotators_is_one_entity_naming_both(store, tmp_path):
    ana = store.ensure_annotator("Ana")
    ben = store.ensure_annotator("Ben")
    text = "The mayor said 40 % of schools will close."
    article = store.add_article(text, title="Schools")
    start, end = text.index("40 %"), text.index(" will")
    false = next(v.id for v in store.verdicts() if v.name == "False")
    claim_tag, quote_tag = _tag(store, "Checkable claim"), _tag(store, "Quote")
    ana_claim = store.add_annotation(article.id, start, end, claim_tag, ana.id, verdict_id=false)
    ben_claim = store.add_annotation(
        article.id, start, end, claim_tag, ben.id, verdict_id=false, note="old figure"
    )
    store.add_annotation(article.id, start, end, quote_tag, ben.id)
    ana_mayor = store.add_annotation(article.id, 4, 9, _tag(store, "Attribution"), ana.id)
    ben_mayor = store.add_annotation(article.id, 4, 9, _tag(store, "Attribution"), ben.id)
    store.add_link(ana_claim.id, ana_mayor.id, "related", ana.id)
    store.add_link(ben_claim.id, ben_mayor.id, "related", ben.id)
    out = tmp_path / "brat"
    export_project(store, "brat", out)
    _, lines = read_like_brat(out, article.id)
    entities = {line[0]: line[1] for line in lines if line[0].startswith("T")}
    assert sorted(entities.values()) == sorted(
        [f"Checkable_claim {start} {end}", f"Quote {start} {end}", "Attribution 4 9"]
    ), "one T per distinct span and type"
    claim = next(t for t, kind in entities.items() if kind.startswith("Checkable_claim"))
    quote = next(t for t, kind in entities.items() if kind.startswith("Quote"))
    mayor = next(t for t, kind in entities.items() if kind.startswith("Attribution"))
    notes = {line[1]: line[2] for line in lines if line[0].startswith("#")}
    assert notes[f"AnnotatorNotes {claim}"] == "Ana, Ben | Ben: old figure"
    assert notes[f"AnnotatorNotes {quote}"] == "Ben"
    assert notes[f"AnnotatorNotes {mayor}"] == "Ana, Ben"
    attributes = [line[1] for line in lines if line[0].startswith("A")]
    assert attributes == [f"Verdict {claim} False"], "one verdict both gave, on the one T"
    relations = [line[1] for line in lines if line[0].startswith("R")]
    assert relations == [f"related Arg1:{claim} Arg2:{mayor}"]
    ids = [line[0] for line in lines]
    assert len(ids) == len(set(ids))
