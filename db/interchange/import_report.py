"""What an annotation import tells the user: its report (added, re-anchored, orphaned,
new tags and verdicts, what the reader left out), or, for a strict import, the tags and
verdicts the scheme lacks. Apart from the import so the desktop can show a report without
loading the importer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.db.interchange.bounded_read import shown_path
from claimdesk.db.messages import message, message_n
from claimdesk.db.storage.errors import ValidationError


class SchemeLacksError(ValidationError):
    """A strict import met tags or verdicts the project's scheme does not have.

    The desktop app catches it to ask whether to add them (`tags`, `verdicts`) and import.
    """

    def __init__(self, message: str, *, tags: Iterable[str] = (), verdicts: Iterable[str] = ()):
        super().__init__(message)
        self.tags = list(tags)
        self.verdicts = list(verdicts)


@dataclass(frozen=True, slots=True)
class Reanchored:
    annotation_id: str
    old: tuple[int, int]
    new: tuple[int, int]
    exact: bool


@dataclass(frozen=True, slots=True)
class Orphan:
    """A record that could not be placed; `where` names it in the file."""

    where: str
    record_id: str | None
    reason: str


@dataclass(slots=True)
class AnnotationImportReport:
    path: Path
    format: str
    articles_added: int = 0
    added: int = 0
    unchanged: int = 0
    links_added: int = 0
    claims_added: int = 0
    reviews_added: int = 0
    reanchored: list[Reanchored] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)
    new_verdicts: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    """What the reader changed or left out of the file, one sentence each."""
    untagged: int = 0
    """Annotations the file gave no tag, imported under `untagged_tag`."""
    untagged_tag: str = ""

    def summary(self) -> str:
        lines: list[str] = [
            message(
                "{file} ({format}): {added} annotations added, {unchanged} already present,"
                " {reanchored} re-anchored, {orphaned} orphaned; {articles} articles,"
                " {links} links, {claims} claims added",
                file=shown_path(self.path.name),
                format=self.format,
                added=self.added,
                unchanged=self.unchanged,
                reanchored=len(self.reanchored),
                orphaned=len(self.orphans),
                articles=self.articles_added,
                links=self.links_added,
                claims=self.claims_added,
            )
        ]
        if self.new_tags:
            lines.append(message("new tags: {names}", names=", ".join(self.new_tags)))
        if self.new_verdicts:
            lines.append(message("new verdicts: {names}", names=", ".join(self.new_verdicts)))
        lines.extend(self.remarks)
        lines.extend(self.untagged_lines())
        lines.extend(
            message("orphan: {where}: {reason}", where=o.where, reason=o.reason)
            for o in self.orphans
        )
        return "\n".join(lines)

    def untagged_lines(self) -> list[str]:
        """The line saying how many annotations came without a tag, and under which."""
        if not self.untagged:
            return []
        return [
            message_n(
                "%n annotation had no tag; imported under “{tag}”",
                "%n annotations had no tag; imported under “{tag}”",
                self.untagged,
                tag=self.untagged_tag,
            )
        ]
