"""brat standoff: `<article id>.txt` and `<article id>.ann` per article, in a folder or a .zip.

Entities are `T` lines (type names with spaces and punctuation turned into underscores),
verdicts `A` attributes, links within one article `R` relations; `annotation.conf`
declares them. One `T` stands for each distinct span and type, however many annotators
marked it (brat tools refuse duplicate entities); its `#` AnnotatorNotes line names them
(`Ana, Ben`), with each one's verdict when they differ and their notes after ` | `
(`Ben: old figure`). brat forbids an entity fragment to cross a line break, so such a span
is written as several `start end;start end` fragments.

brat reads `.txt` with universal newlines, so `\\r\\n` and `\\r` arrive as `\\n`: the text
is written that way (`\\n` only) and offsets after each `\\r\\n` move back by one, or
every span after the first Windows line break would miss its text. Offsets are code
points, as brat's Python tools count them. Writer only.
"""

from __future__ import annotations

import re
import zipfile
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.db.messages import message, message_n
from claimdesk.db.records.model import RELATIONS
from claimdesk.db.storage.errors import ValidationError

from .common import Ticker, atomic_path

if TYPE_CHECKING:
    from claimdesk.db.interchange.export import ExportData
    from claimdesk.db.interchange.exported import ExportedAnnotation
    from claimdesk.db.records.model import Article

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
        documents[article.id] = standoff(data, article)
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
        raise ValidationError(
            message("{out} exists and is not a folder; choose a new folder name", out=out)
        )
    if not out.is_dir():
        return
    names = {entry.name for entry in out.iterdir()}
    stems = {name.rsplit(".", 1)[0] for name in names - {"annotation.conf"}}
    corpus = (
        {"annotation.conf"} | {f"{stem}.txt" for stem in stems} | {f"{stem}.ann" for stem in stems}
    )
    if names and (names != corpus or not all((out / name).is_file() for name in names)):
        raise ValidationError(
            message(
                "{out} is a folder that is not a brat export; choose an empty or new folder",
                out=out,
            )
        )


def brat_text(text: str) -> tuple[str, Callable[[int], int]]:
    """The text as brat reads it (universal newlines: `\\r\\n` and `\\r` become `\\n`) and
    the map from an offset in `text` to the same place in it."""
    if "\r" not in text:
        return text, int
    dropped = [match.start() for match in re.finditer("\r\n", text)]
    return (
        text.replace("\r\n", "\n").replace("\r", "\n"),
        lambda offset: offset - bisect_left(dropped, offset),
    )


@dataclass(slots=True)
class _Entity:
    """One `T` line: a distinct (type, fragments) and the annotations that marked it."""

    number: str
    kind: str
    pieces: tuple[tuple[int, int], ...]
    marks: list[ExportedAnnotation] = field(default_factory=list)


def standoff(data: ExportData, article: Article) -> tuple[str, str]:
    """The .txt and .ann texts of one article."""
    text, offset = brat_text(article.text)
    entities: dict[tuple[str, tuple[tuple[int, int], ...]], _Entity] = {}
    number_of: dict[str, str] = {}
    for a in data.by_article.get(article.id, ()):
        pieces = tuple(fragments(text, offset(a.start), offset(a.end)))
        if not pieces:
            data.left_out.append(
                message("annotation {id} covers only line breaks; left out of brat", id=a.id)
            )
            continue
        key = (type_name(data.tag_name(a)), pieces)
        entity = entities.setdefault(key, _Entity(f"T{len(entities) + 1}", *key))
        entity.marks.append(a)
        number_of[a.id] = entity.number
    lines = []
    attributes = 0
    for note, entity in enumerate(entities.values(), start=1):
        spans = ";".join(f"{start} {end}" for start, end in entity.pieces)
        quote = " ".join(text[start:end] for start, end in entity.pieces)
        lines.append(f"{entity.number}\t{entity.kind} {spans}\t{quote}")
        verdicts = dict.fromkeys(data.verdict_name(a.verdict_id) for a in entity.marks)
        verdicts.pop(None, None)
        for verdict in verdicts:
            attributes += 1
            lines.append(f"A{attributes}\tVerdict {entity.number} {type_name(str(verdict))}")
        lines.append(f"#{note}\tAnnotatorNotes {entity.number}\t{_who(data, entity, verdicts)}")
    relations = dict.fromkeys(
        (link.relation, number_of[link.source_id], number_of[link.target_id])
        for link in data.links_by_source_article.get(article.id, ())
        if link.source_id in number_of and link.target_id in number_of
    )
    looped = [key for key in relations if key[1] == key[2]]
    if looped:
        data.left_out.append(
            message_n(
                "%n link joins two annotations of the same span and type; left out of brat",
                "%n links join two annotations of the same span and type; left out of brat",
                len(looped),
            )
        )
    kept = [key for key in relations if key[1] != key[2]]
    lines.extend(
        f"R{index}\t{relation} Arg1:{source} Arg2:{target}"
        for index, (relation, source, target) in enumerate(kept, start=1)
    )
    return text, "".join(line + "\n" for line in lines)


def _who(data: ExportData, entity: _Entity, verdicts: dict[str | None, None]) -> str:
    """The AnnotatorNotes text: who marked the entity (with their verdicts when they
    differ), then their notes."""
    names: dict[str, str] = {}
    said = []
    for a in entity.marks:
        name = " ".join(data.annotator_names.get(a.annotator_id, "").split()) or "?"
        verdict = data.verdict_name(a.verdict_id)
        names.setdefault(name, f"{name} ({verdict})" if len(verdicts) > 1 and verdict else name)
        if a.note.strip():
            said.append(f"{name}: {' '.join(a.note.split())}")
    return " | ".join([", ".join(names.values()), *said])


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
