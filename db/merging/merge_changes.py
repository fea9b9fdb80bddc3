"""What a merge changed of your work, and of records both sides changed, told as people say it.

A merge keeps the newer version of each record. When the incoming version replaces one of
your annotations or claims (its annotator is you), or a record changed here too (a
conflict), each changed field becomes a `MergedChange`: "Jon deleted your annotation
“56 prisoners”", "Jon changed the verdict of your annotation “…” from False to
Misleading". Rejecting one (`restore_mine`) writes your version back as a new edit, with a
fresh `modified`, so it also wins the next merge; `restore_theirs` undoes that.

Who made an edit is not stored per edit. "Jon" is the best the incoming file can tell:
the annotator, other than you, who owns its most recently modified record (annotation,
link, claim or review) or was most recently recorded in it (someone who only deleted or
edited your work still has their annotator record there, made when they opened the
file). `MergedChange.author` holds that name; the summary says it is a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypedDict

from claimdesk.db.records.annotations import Removal
from claimdesk.db.storage import attachments
from claimdesk.db.storage.incoming import latest_colleague
from claimdesk.db.storage.store import Store
from claimdesk.db.storage.store_base import load_list
from claimdesk.db.storage.table import Db, Table

REVIEWABLE = {
    "annotations": ("deleted", "tag_id", "verdict_id", "confidence", "note", "evidence"),
    "claims": ("deleted", "wording", "verdict_id", "explanation", "evidence"),
}
"""The fields of yours a colleague's merge can change, in the order they are reported."""

_FIELD_NAMES = {
    "tag_id": "tag",
    "verdict_id": "verdict",
    "confidence": "confidence",
    "note": "note",
    "evidence": "evidence",
    "wording": "wording",
    "explanation": "explanation",
}
_KIND = {
    "annotations": "annotation",
    "claims": "claim",
    "links": "link",
    "claim_members": "claim appearance",
    "reviews": "review",
    "tags": "tag",
    "verdicts": "verdict",
    "articles": "article",
    "annotators": "annotator",
}
LABEL_CHARS = 60


@dataclass(frozen=True)
class MergedChange:
    """One field of one record that the incoming file changed."""

    table: str
    record_id: str
    field: str  # a column of REVIEWABLE, or "" for a conflict on another table
    label: str  # the quote, wording or name the record is known by
    before: Any  # your value, as stored
    after: Any  # theirs, as stored
    before_text: str
    after_text: str
    author: str
    yours: bool  # the record's annotator is you
    conflict: bool  # this project had changed it too (since it was made)
    annotation_id: str = ""  # the annotation to show for it, if any
    removal: Removal | None = None  # for a deleted annotation: what went with it

    @property
    def key(self) -> str:
        return f"{self.table}:{self.record_id}:{self.field}"

    @property
    def restorable(self) -> bool:
        return self.table in REVIEWABLE

    def line(self) -> str:
        """One plain line: who did what to which record (and that it was changed here too)."""
        whose = "your" if self.yours else "the"
        kind = _KIND[self.table]
        label = f"“{self.label}”"
        if not self.field:
            text = f"{self.author}'s newer version of the {kind} {label} was kept"
        elif self.field == "deleted":
            verb = "deleted" if self.after else "brought back"
            text = f"{self.author} {verb} {whose} {kind} {label}"
        else:
            text = (
                f"{self.author} changed the {_FIELD_NAMES[self.field]} of {whose} {kind} {label}"
                f" from {self.before_text} to {self.after_text}"
            )
        if self.conflict:
            text += " (changed here too; theirs is newer)"
        return text


def incoming_author(db: Db, me: str | None) -> str:
    """The incoming file's most recent annotator other than you (see module doc)."""
    return latest_colleague(db, me) or "Your colleague"


Touched = tuple[str, dict[str, Any], dict[str, Any], bool]
"""(table, this project's row, the row kept, whether it had been changed here too)."""


def describe(
    db: Db,
    touched: list[Touched],
    me: str | None,
    author: str,
    taken: dict[str, Removal],
) -> list[MergedChange]:
    """The changes to report, read after the merge wrote its rows (names resolve then)."""
    names = {
        record_id: name
        for table in ("tags", "verdicts")
        for record_id, name in Table(db, table).rows("id, name")
    }
    changes: list[MergedChange] = []
    for table, mine, theirs, conflict in touched:
        yours = me is not None and mine.get("annotator_id") == me
        common = {
            "table": table,
            "record_id": mine["id"],
            "label": _label(db, table, mine),
            "author": author,
            "yours": yours,
            "conflict": conflict,
            "annotation_id": _shown_annotation(db, table, mine),
        }
        fields = REVIEWABLE.get(table)
        if fields is None:
            changes.append(MergedChange(field="", before=None, after=None, **_texts(), **common))
            continue
        if mine["deleted"] != theirs["deleted"]:
            fields = ("deleted",)
        for field in fields:
            before, after = mine[field], theirs[field]
            if before == after:
                continue
            changes.append(
                MergedChange(
                    field=field,
                    before=before,
                    after=after,
                    **_texts(_shown(field, before, names), _shown(field, after, names)),
                    removal=taken.get(mine["id"]) if field == "deleted" else None,
                    **common,
                )
            )
    return changes


class _Texts(TypedDict):
    before_text: str
    after_text: str


def _texts(before: str = "", after: str = "") -> _Texts:
    return {"before_text": before, "after_text": after}


def _shown(field: str, value: Any, names: dict[str, str]) -> str:
    if field in ("tag_id", "verdict_id"):
        return "none" if value is None else names.get(value, "an unknown one")
    if field == "confidence":
        return "none" if value is None else f"{value:.0%}"
    if field == "evidence":
        links = load_list(value)
        return "none" if not links else _quoted(", ".join(links))
    return _quoted(str(value)) if value else "nothing"


def _quoted(text: str) -> str:
    return f"“{one_line(text)}”"


def one_line(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(db: Db, table: str, row: dict[str, Any]) -> str:
    if table == "annotations":
        return one_line(row["quote"])
    if table == "claims":
        return one_line(row["wording"])
    if table in ("tags", "verdicts", "annotators"):
        return one_line(row["name"])
    if table == "articles":
        return one_line(row["title"])
    quote = Table(db, "annotations").value(_shown_annotation(db, table, row), "quote")
    return row["id"] if quote is None else one_line(quote)


def _shown_annotation(db: Db, table: str, row: dict[str, Any]) -> str:
    """The annotation a record is best shown by: itself, its source, a claim's first."""
    shown: str
    if table in ("annotations",):
        shown = row["id"]
        return shown
    for column in ("annotation_id", "source_id"):
        if column in row:
            shown = row[column]
            return shown
    if table == "claims":
        return attachments.first_appearance(db, row["id"]) or ""
    return ""


def taken_along(db: Db, annotation_ids: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Before the merge writes: the live links and claim memberships of these annotations
    (those the merge then tombstones went with the deletion, and come back with yours)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for annotation_id in annotation_ids:
        found[annotation_id] = [
            ("links", link_id) for link_id in attachments.live_link_ids(db, annotation_id)
        ] + [
            ("claim_members", member_id, claim_id)
            for member_id, claim_id in attachments.live_appearances(db, annotation_id)
        ]
    return found


def removals(db: Db, before: dict[str, list[tuple[str, ...]]]) -> dict[str, Removal]:
    """After the merge wrote: what each deleted annotation took along, as a `Removal`."""
    result = {}
    for annotation_id, rows in before.items():
        links, members, claims = [], [], []
        for entry in rows:
            table, row_id = entry[0], entry[1]
            if not _deleted(db, table, row_id):
                continue
            if table == "links":
                if not attachments.deleted_other_ends(db, row_id, annotation_id):
                    # its other end is live: it comes back with yours
                    links.append(row_id)
            else:
                members.append(row_id)
                if _deleted(db, "claims", entry[2]) and entry[2] not in claims:
                    claims.append(entry[2])
        result[annotation_id] = Removal(annotation_id, tuple(links), tuple(members), tuple(claims))
    return result


def _deleted(db: Db, table: str, row_id: str) -> bool:
    return bool(Table(db, table).value(row_id, "deleted"))


def restore_mine(store: Store, change: MergedChange) -> None:
    """Reject a colleague's change: your version, written now as a new edit."""
    _put(store, change, change.before)


def restore_theirs(store: Store, change: MergedChange) -> None:
    """Undo of `restore_mine`: their version again, also as a new edit."""
    _put(store, change, change.after)


def _put(store: Store, change: MergedChange, value: Any) -> None:
    if not change.restorable:
        raise ValueError(f"a change to a {_KIND[change.table]} cannot be restored")
    if change.field == "deleted":
        if change.table == "annotations":
            if value:
                store.delete_annotation(change.record_id)
            else:
                store.restore_annotation(change.removal or Removal(change.record_id, ()))
        elif value:
            store.delete_claim(change.record_id)
        else:
            store.restore_claim(change.record_id)
        return
    if change.field == "evidence":
        value = list(load_list(value))
    update = store.update_annotation if change.table == "annotations" else store.update_claim
    update(change.record_id, **{change.field: value})
