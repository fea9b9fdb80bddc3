"""The project's scheme as one import meets it: annotators, tags and verdicts named in the
file mapped to the project's (case aside), new ones added, or in a strict import collected
and refused all at once. Apart from placing records so the naming rules read on their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from claimdesk.db.messages import message
from claimdesk.db.rules.values import name_key
from claimdesk.db.storage.errors import ClaimdeskError, ValidationError
from claimdesk.db.storage.store import Store

from .import_report import AnnotationImportReport, SchemeLacksError

UNKNOWN_ANNOTATOR = "Unknown annotator"
UNTAGGED = "Untagged"
"""The tag of an imported annotation its file gives none (Hypothesis' untagged notes),
unless the import names another; added to the scheme by the scheme's own rules."""
NEW_TAG_COLORS = ("#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#6d597a", "#b56576", "#355070")
NEW_VERDICT_COLOR = "#9e9e9e"

_P = ParamSpec("_P")
_T = TypeVar("_T")


class ImportScheme:
    """Names in the file → project ids, cached for the import's length."""

    def __init__(self, store: Store, report: AnnotationImportReport, strict: bool):
        self.store = store
        self.report = report
        self.strict = strict
        self.annotators: dict[str, str] = {}
        self.tags: dict[str, str] = {}
        self.verdicts: dict[str, str | None] = {}
        self.lacking: dict[tuple[str, str], str] = {}
        """(kind, name) the scheme lacks → where it is first used (strict imports only)."""

    def annotator(self, name: str) -> str:
        name = " ".join(name.split()) or UNKNOWN_ANNOTATOR
        if name not in self.annotators:
            self.annotators[name] = self.store.ensure_annotator(name).id
        return self.annotators[name]

    def tag(self, name: str, where: str) -> str:
        key = name_key(name)
        if key in self.tags:
            return self.tags[key]
        tag = self.store.tag_by_name(name)
        if tag is None:
            if self.strict:
                self.lacking.setdefault(("tag", name), where)
                return ""
            color = NEW_TAG_COLORS[len(self.report.new_tags) % len(NEW_TAG_COLORS)]
            tag = store_call(where, self.store.add_tag, name, color)
            self.report.new_tags.append(tag.name)
        self.tags[key] = tag.id
        return tag.id

    def verdict(self, name: str | None, where: str) -> str | None:
        if not name:
            return None
        key = name_key(str(name))
        if key in self.verdicts:
            return self.verdicts[key]
        verdict = self.store.verdict_by_name(str(name))
        if verdict is None:
            if self.strict:
                self.lacking.setdefault(("verdict", str(name)), where)
                return None
            verdict = store_call(where, self.store.add_verdict, str(name), NEW_VERDICT_COLOR)
            self.report.new_verdicts.append(verdict.name)
        self.verdicts[key] = verdict.id
        return verdict.id

    def refuse_what_it_lacks(self) -> None:
        """In a strict import, name every tag and verdict the scheme lacks, all at once."""
        if not self.lacking:
            return
        nouns = {"tag": "the project's scheme", "verdict": "the project's scale"}
        raise SchemeLacksError(
            "\n".join(
                f"{where}: the {kind} “{name}” is not in {nouns[kind]}"
                for (kind, name), where in self.lacking.items()
            ),
            tags=[name for kind, name in self.lacking if kind == "tag"],
            verdicts=[name for kind, name in self.lacking if kind == "verdict"],
        )


def store_call(where: str, method: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """Run a store call, naming the record in any error it raises."""
    try:
        return method(*args, **kwargs)
    except ClaimdeskError as error:
        raise ValidationError(message("{where}: {error}", where=where, error=error)) from None
