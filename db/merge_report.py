"""What a merge did: counts per table, and the changes people need to hear about."""

from __future__ import annotations

from dataclasses import dataclass, field

from .merge_changes import MergedChange

TABLES: tuple[str, ...] = (
    "annotators",
    "articles",
    "tags",
    "verdicts",
    "annotations",
    "links",
    "claims",
    "claim_members",
    "reviews",
)


@dataclass
class MergeReport:
    """What a merge did, per table, and which records both sides had changed."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    changes: list[MergedChange] = field(default_factory=list)
    """Fields of your records the other file changed, and of records both sides changed."""
    author: str = ""
    """Who the other file's edits are put down to (a guess: see `merge_changes`)."""
    cancelled: bool = False

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())

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

    def summary(self) -> str:
        if self.cancelled:
            return "Merge cancelled; the project was not changed."
        lines = []
        for table in TABLES:
            added, updated = self.added[table], self.updated[table]
            if added or updated:
                name = table.replace("_", " ")
                lines.append(f"{name}: {added} added, {updated} updated")
        if not lines:
            lines.append("Nothing to merge: the project already holds everything in that file.")
        lines += self.change_lines()
        return "\n".join(lines)
