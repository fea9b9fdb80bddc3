"""brat standoff: `<article id>.txt` and `<article id>.ann` per article, in a folder or a .zip.

Entities are `T` lines (type names with spaces and punctuation turned into underscores),
verdicts `A` attributes, notes `#` AnnotatorNotes and links within one article `R`
relations; `annotation.conf` declares them. brat forbids an entity fragment to cross a
line break, so such a span is written as several `start end;start end` fragments.
Offsets are code points, as brat's Python tools count them. Writer only.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..model import RELATIONS
from .common import Ticker, atomic_path

if TYPE_CHECKING:
    from ..export import ExportData
    from ..model import Article

SUFFIX = ""
_NOT_A_NAME = re.compile(r"[^0-9A-Za-z_-]+")
_LINE_BREAKS = re.compile(r"[\n\r\u0085\u2028\u2029]+")


def type_name(name: str) -> str:
    """A brat type name: letters, digits, `_` and `-` only."""
    return _NOT_A_NAME.sub("_", name.strip()).strip("_") or "_"


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of text[start:end] between line breaks (brat's fragments)."""
    pieces = []
    cursor = start
    for match in _LINE_BREAKS.finditer(text, start, end):
        if match.start() > cursor:
            pieces.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def write(data: ExportData, out: Path, ticker: Ticker) -> list[Path]:
    if out.suffix.lower() != ".zip":
        check_replaceable(out)
    documents = {}
    for article in data.articles:
        documents[article.id] = (article.text, standoff(data, article))
        ticker.tick(1 + len(data.by_article.get(article.id, ())))
    conf = annotation_conf(data)
    if out.suffix.lower() == ".zip":
        with (
            atomic_path(out) as temporary,
            zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr("annotation.conf", conf)
            for article_id, (text, ann) in documents.items():
                archive.writestr(f"{article_id}.txt", text)
                archive.writestr(f"{article_id}.ann", ann)
        return [out]
    with atomic_path(out, directory=True) as folder:
        (folder / "annotation.conf").write_text(conf, encoding="utf-8", newline="\n")
        for article_id, (text, ann) in documents.items():
            (folder / f"{article_id}.txt").write_text(text, encoding="utf-8", newline="")
            (folder / f"{article_id}.ann").write_text(ann, encoding="utf-8", newline="\n")
    return [out]


def check_replaceable(out: Path) -> None:
    """Refuse a target that is a file, or a folder that is not a brat corpus (an
    `annotation.conf` with `.txt`/`.ann` pairs): the old folder is replaced whole, and
    must never be someone's documents."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ValidationError(f"{out} exists and is not a folder; choose a new folder name")
    if not out.is_dir():
        return
    names = {entry.name for entry in out.iterdir()}
    stems = {name.rsplit(".", 1)[0] for name in names - {"annotation.conf"}}
    corpus = (
        {"annotation.conf"} | {f"{stem}.txt" for stem in stems} | {f"{stem}.ann" for stem in stems}
    )
    if names and (names != corpus or not all((out / name).is_file() for name in names)):
        raise ValidationError(
            f"{out} is a folder that is not a brat export; choose an empty or new folder"
        )


def standoff(data: ExportData, article: Article) -> str:
    """The .ann text of one article."""
    text = article.text
    lines = []
    entity: dict[str, str] = {}
    attributes = notes = 0
    for a in data.by_article.get(article.id, ()):
        pieces = fragments(text, a.start, a.end)
        if not pieces:
            data.left_out.append(f"annotation {a.id} covers only line breaks; left out of brat")
            continue
        number = f"T{len(entity) + 1}"
        entity[a.id] = number
        spans = ";".join(f"{start} {end}" for start, end in pieces)
        quote = " ".join(text[start:end] for start, end in pieces)
        lines.append(f"{number}\t{type_name(data.tag_name(a))} {spans}\t{quote}")
        verdict = data.verdict_name(a.verdict_id)
        if verdict:
            attributes += 1
            lines.append(f"A{attributes}\tVerdict {number} {type_name(verdict)}")
        if a.note:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes {number}\t{' '.join(a.note.split())}")
    relation = 0
    for link in data.links_by_source_article.get(article.id, ()):
        if link.source_id in entity and link.target_id in entity:
            relation += 1
            lines.append(
                f"R{relation}\t{link.relation} Arg1:{entity[link.source_id]}"
                f" Arg2:{entity[link.target_id]}"
            )
    return "".join(line + "\n" for line in lines)


def annotation_conf(data: ExportData) -> str:
    """brat's configuration for these entity, relation and attribute types."""
    tags = sorted({type_name(tag.name) for tag in data.tags.values()})
    verdicts = [type_name(v.name) for v in data.verdicts.values() if not v.deleted]
    any_entity = "|".join(tags)
    lines = ["[entities]", *tags, "", "[relations]"]
    lines.extend(f"{name}\tArg1:{any_entity}, Arg2:{any_entity}" for name in RELATIONS)
    lines += ["", "[attributes]", f"Verdict\tArg:<ENTITY>, Value:{'|'.join(verdicts)}", ""]
    lines += ["[events]", ""]
    return "\n".join(lines)
