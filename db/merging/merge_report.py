"""What a merge did: counts per table, and the changes people need to hear about."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdesk.db.messages import Message, message
from claimdesk.db.rules.values import RECORD_TABLES as TABLES

from .merge_changes import MergedChange

_TABLE_NAMES: dict[str, Message] = {
    "annotators": message("annotators"),
    "articles": message("articles"),
    "tags": message("tags"),
    "verdicts": message("verdicts"),
    "annotations": message("annotations"),
    "links": message("links"),
    "claims": message("claims"),
    "claimants": message("claimants"),
    "claim_members": message("claim members"),
    "reviews": message("reviews"),
}
"""The tables as a merge report names them."""


@dataclass
class MergeReport:
    """What a merge did, per table, and which records both sides had changed."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    """Records new to the project, live as they arrived."""
    arrived_deleted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    """Records new to the project that came as tombstones: kept (a later merge must know
    them deleted) but nothing anyone sees was added."""
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    changes: list[MergedChange] = field(default_factory=list)
    """Fields of your records the other file changed, and of records both sides changed."""
    author: str = ""
    """Who the other file's edits are put down to (a guess: see `merge_changes`)."""
    cancelled: bool = False
    evidence_files: int = 0
    """Evidence files attached in the other file that arrived (live, bytes included)."""

    @property
    def changed(self) -> bool:
        return bool(self.evidence_files) or any(
            any(counts.values()) for counts in (self.added, self.arrived_deleted, self.updated)
        )

    @property
    def conflicts(self) -> list[MergedChange]:
        return [change for change in self.changes if change.conflict]

    @property
    def changes_to_yours(self) -> list[MergedChange]:
        return [change for change in self.changes if change.yours]

    def change_lines(self, limit: int | None = None) -> list[str]:
        """Plain lines: changes to your work, then other records both sides changed."""
        lines = []
        yours = self.changes_to_yours
        if yours:
            lines.append(
                f"Changes to your work ({self.author} is the most recent annotator in that"
                " file; who made each edit is not recorded):"
            )
            lines += [f"  {change.line()}" for change in yours[:limit]]
            if limit is not None and len(yours) > limit:
                lines.append(f"  … and {len(yours) - limit} more")
        others = [change for change in self.conflicts if not change.yours]
        if others:
            lines.append(f"Changed on both sides ({len(others)}); the newer version was kept:")
            lines += [f"  {change.line()}" for change in others[:limit]]
            if limit is not None and len(others) > limit:
                lines.append(f"  … and {len(others) - limit} more")
        return lines

    def count_lines(self) -> list[str]:
        """One plain line per table the merge wrote to: '{name}: 3 added, 1 updated'."""
        lines: list[str] = []
        for table in TABLES:
            added, deleted, updated = (
                self.added[table],
                self.arrived_deleted[table],
                self.updated[table],
            )
            if not (added or deleted or updated):
                continue
            name = _TABLE_NAMES.get(table, table)
            if deleted:
                line = message(
                    "{table}: {added} added, {updated} updated, {deleted} arrived deleted",
                    table=name,
                    added=added,
                    updated=updated,
                    deleted=deleted,
                )
            else:
                line = message(
                    "{table}: {added} added, {updated} updated",
                    table=name,
                    added=added,
                    updated=updated,
                )
            lines.append(line)
        if self.evidence_files:
            lines.append(message("evidence files: {count} added", count=self.evidence_files))
        return lines

    def summary(self) -> str:
        if self.cancelled:
            return message("Merge cancelled; the project was not changed.")
        lines = self.count_lines()
        if not lines:
            lines.append(
                message("Nothing to merge: the project already holds everything in that file.")
            )
        lines += self.change_lines()
        return "\n".join(lines)
