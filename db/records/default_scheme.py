"""The default tags and verdict scale a new project starts with, in the project's language.

The English scheme (resources/default_scheme.json) is the identity: every entry's id is
derived from its English name, whatever language it is shown in, so that a project made in
Spanish and one made in English still merge without duplicating their tags. Each other
language (resources/schemes/<code>.json) gives a name and a description per English name.
"""

from __future__ import annotations

import json
from typing import Any

from claimdesk.db.messages import message
from claimdesk.db.storage.errors import ValidationError

SCHEME_LANGUAGES = ("en", "es", "pt", "fr", "ar")
"""English, Spanish, Brazilian Portuguese, French and Arabic."""


def scheme_language(code: str) -> str:
    """The scheme language for a locale-like code ("es", "pt_BR", "fr-CA"); refused plainly
    when Claimdesk has no scheme in that language."""
    base = code.replace("-", "_").split("_")[0].lower()
    if base not in SCHEME_LANGUAGES:
        raise ValidationError(
            message(
                "no default scheme in “{code}”; available: {names}",
                code=code,
                names=", ".join(SCHEME_LANGUAGES),
            )
        )
    return base


def default_scheme(language: str = "en") -> dict[str, list[dict[str, Any]]]:
    """The default tags and verdicts, each with its English `key` and shown `name`."""
    scheme: dict[str, list[dict[str, Any]]] = _resource_json("default_scheme.json")
    names: dict[str, dict[str, dict[str, str]]] = {"tags": {}, "verdicts": {}}
    if scheme_language(language) != "en":
        names = _resource_json(f"schemes/{scheme_language(language)}.json")
    for kind in ("tags", "verdicts"):
        for entry in scheme[kind]:
            entry["key"] = entry["name"]
            entry.update(names[kind].get(entry["key"], {}))
    return scheme


def _resource_json(name: str) -> Any:
    from importlib import resources  # 4 ms to import, and only new projects need it

    folder = resources.files("claimdesk.resources")
    return json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
