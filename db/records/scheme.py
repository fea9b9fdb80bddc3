"""The tag scheme and the verdict scale of a project, editable but never silently lost."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.rules.values import color_problem, name_problem, shortcut_problem
from claimdesk.db.storage.clock import new_id, stable_id
from claimdesk.db.storage.errors import NotFoundError, ValidationError
from claimdesk.db.storage.store_base import StoreBase

from .default_scheme import default_scheme
from .model import Tag, Verdict

TAG_COLUMNS = "id, name, color, shortcut, description, position, created, modified, deleted"
VERDICT_COLUMNS = "id, name, color, description, position, value, created, modified, deleted"
TAG_FIELDS = ("name", "color", "shortcut", "description", "position")
VERDICT_FIELDS = ("name", "color", "description", "position", "value")


# The columns of TAG_COLUMNS and VERDICT_COLUMNS, `deleted` last (0 or 1).
TagRow = tuple[str, str, str, str, str, int, str, str, int]
VerdictRow = tuple[str, str, str, str, int, int | None, str, str, int]


def _tag(row: TagRow) -> Tag:
    return Tag(*row[:-1], deleted=bool(row[-1]))


def _verdict(row: VerdictRow) -> Verdict:
    return Verdict(*row[:-1], deleted=bool(row[-1]))


def _check_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """Tidy the name, then hold name, colour and key to the rules merge and check apply."""
    if "name" in changes:
        changes["name"] = " ".join(str(changes["name"]).split())
    for column, rule in (
        ("name", name_problem),
        ("color", color_problem),
        ("shortcut", shortcut_problem),
    ):
        problem = rule(changes[column]) if column in changes else None
        if problem is not None:
            raise ValidationError(problem)
    return changes


def _checked_changes(kind: str, allowed: Iterable[str], changes: dict[str, Any]) -> dict[str, Any]:
    """`changes` to a tag or verdict, refused whole if it names a field the kind lacks."""
    unknown = set(changes) - set(allowed)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise ValidationError(
            message("tags have no field {names}", names=names)
            if kind == "tag"
            else message("verdicts have no field {names}", names=names)
        )
    return _check_fields(dict(changes))


def _refuse_taken(
    kind: str, name: str, found: Tag | Verdict | None, own_id: str | None = None
) -> None:
    """One live tag (or verdict) per name, compared without regard to case, as merge holds."""
    if found is not None and found.id != own_id:
        raise ValidationError(
            message("a tag named “{name}” already exists", name=name)
            if kind == "tag"
            else message("a verdict named “{name}” already exists", name=name)
        )


class SchemeStore(StoreBase):
    def _next_position(self, table: str) -> int:
        return (self._one(f"SELECT max(position) FROM [{table}]")[0] or 0) + 1

    def _reorder(self, table: str, ids: list[str]) -> None:
        with self.transaction():
            for position, record_id in enumerate(ids):
                self._update(table, record_id, {"position": position})

    def install_default_scheme(self, language: str = "en") -> None:
        """Give a new project the default tags and verdicts in `language`, with ids shared
        by all projects (whatever their language): colleagues' projects merge without
        duplicating the scheme."""
        scheme = default_scheme(language)
        with self.transaction():
            for position, tag in enumerate(scheme["tags"]):
                self.add_tag(
                    tag["name"],
                    tag["color"],
                    shortcut=tag.get("shortcut", ""),
                    description=tag.get("description", ""),
                    position=position,
                    tag_id=stable_id("tag", tag["key"]),
                )
            for position, verdict in enumerate(scheme["verdicts"]):
                self.add_verdict(
                    verdict["name"],
                    verdict["color"],
                    description=verdict.get("description", ""),
                    value=verdict.get("value"),
                    position=position,
                    verdict_id=stable_id("verdict", verdict["key"]),
                )

    # Tags

    def tags(self, *, include_deleted: bool = False) -> list[Tag]:
        where = "" if include_deleted else "WHERE deleted = 0"
        rows = self._rows(f"SELECT {TAG_COLUMNS} FROM tags {where} ORDER BY position, name")
        return [_tag(row) for row in rows]

    def tag(self, tag_id: str) -> Tag:
        row = self._row(f"SELECT {TAG_COLUMNS} FROM tags WHERE id = ?", (tag_id,))
        if row is None:
            raise NotFoundError(message("no tag with id {tag_id}", tag_id=tag_id))
        return _tag(row)

    def tag_by_name(self, name: str) -> Tag | None:
        """The live tag with this name, compared without regard to case."""
        row = self._row(
            f"SELECT {TAG_COLUMNS} FROM tags WHERE deleted = 0 AND lower(name) = lower(?)",
            (" ".join(name.split()),),
        )
        return _tag(row) if row else None

    def add_tag(
        self,
        name: str,
        color: str,
        *,
        shortcut: str = "",
        description: str = "",
        position: int | None = None,
        tag_id: str | None = None,
    ) -> Tag:
        fields = _check_fields({"name": name, "color": color, "shortcut": shortcut})
        _refuse_taken("tag", fields["name"], self.tag_by_name(fields["name"]))
        if position is None:
            position = self._next_position("tags")
        record = {
            **fields,
            "id": tag_id or new_id(),
            "description": description,
            "position": position,
            "deleted": 0,
        }
        with self.transaction():
            self._insert("tags", record)
        return self.tag(record["id"])

    def update_tag(self, tag_id: str, **changes: Any) -> Tag:
        changes = _checked_changes("tag", TAG_FIELDS, changes)
        if "name" in changes:
            _refuse_taken("tag", changes["name"], self.tag_by_name(changes["name"]), tag_id)
        with self.transaction():
            self._update("tags", tag_id, changes)
        return self.tag(tag_id)

    def tag_usage(self, tag_id: str) -> int:
        """How many live annotations use the tag: asked before a tag is removed."""
        return self._count(
            "SELECT count(*) FROM annotations WHERE tag_id = ? AND deleted = 0", (tag_id,)
        )

    def delete_tag(self, tag_id: str) -> None:
        """Tombstone the tag. Its annotations keep pointing at it, so undo restores all."""
        with self.transaction():
            self._set_deleted("tags", tag_id, True)

    def restore_tag(self, tag_id: str) -> None:
        with self.transaction():
            self._set_deleted("tags", tag_id, False)

    def reorder_tags(self, tag_ids: list[str]) -> None:
        self._reorder("tags", tag_ids)

    # Verdicts

    def reorder_verdicts(self, verdict_ids: list[str]) -> None:
        self._reorder("verdicts", verdict_ids)

    def verdicts(self, *, include_deleted: bool = False) -> list[Verdict]:
        where = "" if include_deleted else "WHERE deleted = 0"
        rows = self._rows(f"SELECT {VERDICT_COLUMNS} FROM verdicts {where} ORDER BY position, name")
        return [_verdict(row) for row in rows]

    def verdict(self, verdict_id: str) -> Verdict:
        row = self._row(f"SELECT {VERDICT_COLUMNS} FROM verdicts WHERE id = ?", (verdict_id,))
        if row is None:
            raise NotFoundError(message("no verdict with id {verdict_id}", verdict_id=verdict_id))
        return _verdict(row)

    def verdict_by_name(self, name: str) -> Verdict | None:
        row = self._row(
            f"SELECT {VERDICT_COLUMNS} FROM verdicts WHERE deleted = 0 AND lower(name) = lower(?)",
            (" ".join(name.split()),),
        )
        return _verdict(row) if row else None

    def add_verdict(
        self,
        name: str,
        color: str,
        *,
        description: str = "",
        value: int | None = None,
        position: int | None = None,
        verdict_id: str | None = None,
    ) -> Verdict:
        fields = _check_fields({"name": name, "color": color})
        _refuse_taken("verdict", fields["name"], self.verdict_by_name(fields["name"]))
        if position is None:
            position = self._next_position("verdicts")
        record = {
            **fields,
            "id": verdict_id or new_id(),
            "description": description,
            "value": value,
            "position": position,
            "deleted": 0,
        }
        with self.transaction():
            self._insert("verdicts", record)
        return self.verdict(record["id"])

    def update_verdict(self, verdict_id: str, **changes: Any) -> Verdict:
        changes = _checked_changes("verdict", VERDICT_FIELDS, changes)
        if "name" in changes:
            found = self.verdict_by_name(changes["name"])
            _refuse_taken("verdict", changes["name"], found, verdict_id)
        with self.transaction():
            self._update("verdicts", verdict_id, changes)
        return self.verdict(verdict_id)

    def verdict_usage(self, verdict_id: str) -> int:
        return self._count(
            "SELECT (SELECT count(*) FROM annotations WHERE verdict_id = ?1 AND deleted = 0)"
            " + (SELECT count(*) FROM claims WHERE verdict_id = ?1 AND deleted = 0)",
            (verdict_id,),
        )

    def delete_verdict(self, verdict_id: str) -> None:
        with self.transaction():
            self._set_deleted("verdicts", verdict_id, True)

    def restore_verdict(self, verdict_id: str) -> None:
        with self.transaction():
            self._set_deleted("verdicts", verdict_id, False)
