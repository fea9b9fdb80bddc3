"""A merged change as people say it, in the window's language: the merge summary and the
review of merged changes name each record by what it is (an annotation's quote, its tag
and article; a claim's wording, or the quote it first appears on; a tag's or an article's
name) and the colleague by name, never by an id.

The labels a merge stored (`MergedChange.label`) were read when it ran; the record as the
project holds it now is read first, and the stored label is the fallback.
"""

from __future__ import annotations

from claimdesk.db import NotFoundError
from claimdesk.db.merging.merge_changes import MergedChange, one_line
from claimdesk.db.records.model import Annotation
from claimdesk.desktop.i18n import mark, translate, translated
from claimdesk.desktop.session import ProjectSession

FIELDS = {
    "tag_id": mark("merged_change", "tag"),
    "verdict_id": mark("merged_change", "verdict"),
    "confidence": mark("merged_change", "confidence"),
    "note": mark("merged_change", "note"),
    "evidence": mark("merged_change", "evidence"),
    "wording": mark("merged_change", "wording"),
    "explanation": mark("merged_change", "explanation"),
}
VALUES = {
    "none": mark("merged_change", "none"),
    "nothing": mark("merged_change", "nothing"),
    "an unknown one": mark("merged_change", "an unknown one"),
}
"""The words a merge stores for a value that is not text (names and quotes stay as they are)."""
TITLE_CHARS = 40
"""An article's title in a line is cut here: an imported title is often a whole sentence."""


def change_line(session: ProjectSession, change: MergedChange, *, detail: bool = False) -> str:
    """One plain line: who did what to which record; with `detail`, also the annotation's
    tag and article (the summary has no columns for them)."""
    what = subject(session, change)
    if detail:
        where = annotation_place(session, change.annotation_id)
        what = f"{what} ({where})" if where else what
    who, known = change.author, FIELDS.get(change.field)
    field = translated("merged_change", known) if known else change.field
    if not change.field:
        text = translate("merged_change", "{who}'s newer version of {what} was kept")
    elif change.field == "deleted":
        text = (
            translate("merged_change", "{who} deleted {what}")
            if change.after
            else translate("merged_change", "{who} brought back {what}")
        )
    else:
        text = translate("merged_change", "{who} changed the {field} of {what} from {old} to {new}")
    line = text.format(
        who=who,
        what=what,
        field=field,
        old=_value(change.before_text),
        new=_value(change.after_text),
    )
    if change.conflict:
        line += " " + translate("merged_change", "(changed here too; theirs is newer)")
    return line


def subject(session: ProjectSession, change: MergedChange) -> str:
    """The record, named: “your annotation “56 releases””, “the link from “…””, …"""
    text = _quoted(record_text(session, change))
    table, yours = change.table, change.yours
    kinds = {
        "annotations": translate("merged_change", "your annotation {text}")
        if yours
        else translate("merged_change", "the annotation {text}"),
        "claims": translate("merged_change", "your claim {text}")
        if yours
        else translate("merged_change", "the claim {text}"),
        "links": translate("merged_change", "the link from {text}"),
        "claim_members": translate("merged_change", "the claim appearance of {text}"),
        "reviews": translate("merged_change", "the review of {text}"),
        "tags": translate("merged_change", "the tag {text}"),
        "verdicts": translate("merged_change", "the verdict {text}"),
        "articles": translate("merged_change", "the article {text}"),
        "annotators": translate("merged_change", "the annotator {text}"),
    }
    return kinds.get(table, "{text}").format(text=text).strip()


def record_text(session: ProjectSession, change: MergedChange) -> str:
    """What the record is known by: a claim's wording, else the quote of the annotation
    it is shown by, else the name or quote the merge stored; never an id."""
    if change.table == "claims":
        wording = _claim_wording(session, change.record_id)
        if wording.strip():
            return wording
    annotation = _annotation(session, change.annotation_id)
    if annotation is not None:
        return annotation.quote
    return change.label if change.label != change.record_id else ""


def annotation_place(session: ProjectSession, annotation_id: str) -> str:
    """“Statistic, in Report B”: the tag and article of the annotation shown, or ""."""
    annotation = _annotation(session, annotation_id)
    if annotation is None:
        return ""
    tag = session.tag(annotation.tag_id)
    return translate("merged_change", "{tag}, in {article}").format(
        tag=tag.name if tag else translate("merged_change", "unknown tag"),
        article=one_line(session.article_title(annotation.article_id), TITLE_CHARS),
    )


def annotation_tag(session: ProjectSession, annotation_id: str) -> str:
    """The name of the tag of the annotation shown, or "" when there is none."""
    annotation = _annotation(session, annotation_id)
    tag = session.tag(annotation.tag_id) if annotation else None
    return tag.name if tag else ""


def _annotation(session: ProjectSession, annotation_id: str) -> Annotation | None:
    if not annotation_id:
        return None
    try:
        return session.store.annotation(annotation_id)
    except NotFoundError:  # a record the merge named that the file no longer holds
        return None


def _claim_wording(session: ProjectSession, claim_id: str) -> str:
    try:
        return session.store.claim(claim_id).wording
    except NotFoundError:
        return ""


def _quoted(text: str) -> str:
    return f"“{one_line(text)}”" if text.strip() else ""


def _value(text: str) -> str:
    word = VALUES.get(text)
    return translated("merged_change", word) if word else text
