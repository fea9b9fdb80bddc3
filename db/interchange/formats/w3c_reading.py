"""Reading W3C Web Annotation files, apart from writing them because it takes more than
Claimdesk writes (see `w3c` for the format).

A target given by a TextQuoteSelector alone is placed by its quote (an orphan when it
cannot be); a body without `purpose` is a comment (Hypothesis' text), tags beyond the first
go into the note, and an annotation with no tag gets the import's tag for untagged ones
(`ImportedAnnotation.tag` is empty); a target with no selector (Hypothesis' page note) is
no span: left out, with a remark; a creator given as text is that name; a `source` that an
entry of the file's `articles` names (Claimdesk's own: an original URL or `ni:` file hash,
`w3c.source_iri`) is that article — where several share it (two captures of one page),
the one whose text holds the quote there; another URL names the project article with
that URL; a FragmentSelector's page or time range
is checked against where the quote lands (`sources.fragments`). A collection whose pages
are linked rather than in the file, or that holds fewer annotations than its `total`, is
refused: nothing is fetched, and a partial read must not pass for a whole one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimdesk.db.interchange.bounded_read import shown_path
from claimdesk.db.interchange.sources.fragments import Fragment, read_fragment
from claimdesk.db.messages import message, message_n
from claimdesk.db.records.model import RELATIONS
from claimdesk.db.rules import file_values as values
from claimdesk.db.rules.limits import (
    ID_CHARS,
    NAME_CHARS,
    NOTE_CHARS,
    QUOTE_CHARS,
    TITLE_CHARS,
    URL_CHARS,
)
from claimdesk.db.storage.errors import ValidationError

from .common import ImportBundle, ImportedAnnotation, ImportedLink, imported_article
from .json_input import parse_json, read_dataset_text
from .w3c import URN


def read(path: Path) -> ImportBundle:
    """Parse an AnnotationCollection, an AnnotationPage, a list or a single Annotation."""
    name = shown_path(path.name)
    document = parse_json(read_dataset_text(path), name)
    items, articles = _items(document, name)
    bundle = ImportBundle()
    page_notes = 0
    named: dict[str, list[tuple[str, str]]] = {}
    for index, record in enumerate(articles):
        where = message("{name}, article {number}", name=name, number=index + 1)
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValidationError(
                message("{where}: an article needs an id and a text", where=where)
            )
        article_id = _strip_urn(values.text(record.get("id"), where, "id", ID_CHARS + len(URN)))
        text = values.article_text(record["text"], where)
        bundle.articles.append(imported_article(article_id, text, record, where))
        source = values.text(record.get("source"), where, "source", URL_CHARS)
        if source:
            named.setdefault(source, []).append((article_id, text))
    for index, item in enumerate(items):
        where = message("{name}, item {number}", name=name, number=index + 1)
        if not isinstance(item, dict) or "Annotation" not in _as_list(item.get("type")):
            raise ValidationError(
                message("{where}: not a W3C Annotation (type must be Annotation)", where=where)
            )
        if "linking" in _as_list(item.get("motivation")):
            bundle.links.append(_link(item, where))
        elif _is_page_note(item):
            page_notes += 1
        else:
            annotation = _annotation(item, where, bundle.remarks)
            if annotation.article_id in named:
                annotation.article_id = _named_article(annotation, named[annotation.article_id])
            bundle.annotations.append(annotation)
    if page_notes:
        bundle.remarks.append(
            message_n(
                "%n page note left out: it targets a whole page, not a span",
                "%n page notes left out: they target a whole page, not a span",
                page_notes,
            )
        )
    return bundle


def _named_article(annotation: ImportedAnnotation, articles: list[tuple[str, str]]) -> str:
    """The article of the file's list a target's `source` names: where several share it,
    the one with the quote at the annotation's place, else anywhere, else the first."""
    quote = annotation.text
    if len(articles) > 1 and quote:
        for article_id, text in articles:
            if text[annotation.start : annotation.end] == quote:
                return article_id
        for article_id, text in articles:
            if quote in text:
                return article_id
    return articles[0][0]


def _is_page_note(item: dict[str, Any]) -> bool:
    """Whether every target names a source with no selector (Hypothesis' page notes)."""
    targets = _as_list(item.get("target"))
    return bool(targets) and all(
        isinstance(target, dict) and "source" in target and not target.get("selector")
        for target in targets
    )


def _items(document: Any, name: str) -> tuple[list[Any], list[Any]]:
    if isinstance(document, list):
        return document, []
    if not isinstance(document, dict):
        raise ValidationError(message("{name}: expected a W3C AnnotationCollection", name=name))
    kinds = _as_list(document.get("type"))
    articles = _as_list(document.get("articles"))
    if "Annotation" in kinds:
        return [document], articles
    if "AnnotationPage" in kinds:
        _refuse_linked_page(document.get("next"), name)
        return _as_list(document.get("items")), articles
    if "AnnotationCollection" in kinds:
        items: list[Any] = []
        page = document.get("first")
        while page is not None:
            _refuse_linked_page(page, name)
            items.extend(_as_list(page.get("items")))
            page = page.get("next")
        total = document.get("total")
        if type(total) is int and total > len(items):
            raise ValidationError(
                message(
                    "{name}: the collection holds {count} of its {total} annotations; "
                    "export it again with every annotation in the file",
                    name=name,
                    count=len(items),
                    total=total,
                )
            )
        return items, articles
    raise ValidationError(
        message("{name}: expected a W3C AnnotationCollection, page or annotation", name=name)
    )


def _refuse_linked_page(page: Any, name: str) -> None:
    """A page named by its URL or id only lives elsewhere, and nothing is fetched."""
    if page is not None and not isinstance(page, dict):
        raise ValidationError(
            message(
                "{name}: the collection's pages are not in the file (it links to "
                "{names}); Claimdesk fetches nothing: save every page into one file",
                name=name,
                names=" ".join(str(page).split())[:200],
            )
        )


def _annotation(item: dict[str, Any], where: str, remarks: list[str]) -> ImportedAnnotation:
    target = item.get("target")
    if isinstance(target, list) and len(target) == 1:
        target = target[0]
    if not isinstance(target, dict) or "source" not in target:
        raise ValidationError(
            message("{where}: the target must name a source article and a selector", where=where)
        )
    selectors = {
        selector.get("type"): selector
        for selector in _as_list(target.get("selector"))
        if isinstance(selector, dict)
    }
    position = selectors.get("TextPositionSelector")
    quote = selectors.get("TextQuoteSelector")
    if position is None and quote is None:
        raise ValidationError(
            message("{where}: no TextPositionSelector or TextQuoteSelector", where=where)
        )
    fragment = read_fragment(selectors.get("FragmentSelector") or {})
    if isinstance(fragment, str):
        remarks.append(message("{where}: {fragment}; ignored", where=where, fragment=fragment))
    start, end = (position.get("start"), position.get("end")) if position else (-1, -1)
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError(
            message("{where}: selector start and end must be whole numbers", where=where)
        )
    bodies = _bodies(item, where)
    tags = [tag for tag in bodies.get("tagging") or bodies.get("classifying") or [] if tag.strip()]
    creator = item.get("creator")
    creator = creator[0] if isinstance(creator, list) and creator else creator
    comments = [comment for comment in bodies.get("commenting", []) if comment.strip()]
    if len(tags) > 1:  # one tag per annotation: the others are kept in the note
        comments.append("Also tagged: " + ", ".join(tags[1:]))
    note = "\n\n".join(comments)
    return ImportedAnnotation(
        id=_id(item.get("id"), where),
        article_id=_strip_urn(values.text(target["source"], where, "source", URL_CHARS)),
        start=start,
        end=end,
        text=values.quote(quote.get("exact"), where, "exact", QUOTE_CHARS) if quote else None,
        prefix=values.text(quote.get("prefix"), where, "prefix", QUOTE_CHARS) if quote else "",
        suffix=values.text(quote.get("suffix"), where, "suffix", QUOTE_CHARS) if quote else "",
        tag=values.checked(tags[0], where, "tagging", NAME_CHARS) if tags else "",
        annotator=_creator_name(creator, where),
        verdict=values.checked(bodies["assessing"][0], where, "assessing", NAME_CHARS)
        if bodies.get("assessing")
        else None,
        note=values.checked(note, where, "commenting", NOTE_CHARS),
        evidence=values.evidence(bodies.get("linking", []), where, "linking"),
        created=values.text(item.get("created"), where, "created", TITLE_CHARS) or None,
        modified=values.text(item.get("modified"), where, "modified", TITLE_CHARS) or None,
        where=where,
        fragment=fragment if isinstance(fragment, Fragment) else None,
    )


def _bodies(item: dict[str, Any], where: str) -> dict[str, list[str]]:
    """Each body's value, by purpose. A body without one is a comment: Hypothesis writes
    its annotation's text so (its tags have purpose `tagging`), as does `bodyValue`."""
    bodies: dict[str, list[str]] = {}
    if "bodyValue" in item:
        bodies["commenting"] = [values.text(item["bodyValue"], where, "bodyValue", NOTE_CHARS)]
    for body in _as_list(item.get("body")):
        if isinstance(body, dict) and "value" in body:
            purpose = values.text(
                body.get("purpose"), where, "purpose", NAME_CHARS, default="commenting"
            )
            value = values.text(body["value"], where, "value", NOTE_CHARS)
            bodies.setdefault(purpose, []).append(value)
    return bodies


def _id(value: Any, where: str) -> str | None:
    return _strip_urn(values.text(value, where, "id", ID_CHARS + len(URN))) or None


def _link(item: dict[str, Any], where: str) -> ImportedLink:
    targets: list[Any] = [
        target.get("id") if isinstance(target, dict) else target
        for target in _as_list(item.get("target"))
    ]
    if len(targets) != 2 or not all(isinstance(target, str) for target in targets):
        raise ValidationError(
            message("{where}: a linking annotation needs exactly two targets", where=where)
        )
    bodies = _bodies(item, where)
    relations = [
        value
        for value in bodies.get("classifying", []) + bodies.get("tagging", [])
        if value in RELATIONS
    ]
    creator = item.get("creator")
    creator = creator[0] if isinstance(creator, list) and creator else creator
    note = "\n\n".join(bodies.get("commenting", []))
    return ImportedLink(
        id=_id(item.get("id"), where),
        source=_strip_urn(values.checked(targets[0], where, "target", ID_CHARS + len(URN))),
        target=_strip_urn(values.checked(targets[1], where, "target", ID_CHARS + len(URN))),
        relation=relations[0] if relations else "related",
        annotator=_creator_name(creator, where),
        note=values.checked(note, where, "commenting", NOTE_CHARS),
        where=where,
    )


def _creator_name(creator: Any, where: str) -> str:
    """The creator's name or nickname; a creator given as text (Hypothesis' account id,
    `acct:ana@hypothes.is`) is that text."""
    if isinstance(creator, dict):
        name = creator.get("name") or creator.get("nickname")
        return values.text(name, where, "creator", NAME_CHARS)
    if isinstance(creator, str):
        return values.text(creator, where, "creator", NAME_CHARS)
    return ""


def _strip_urn(value: str) -> str:
    return value[len(URN) :] if value.startswith(URN) else value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
