"""Claimdesk's version and licence, and the licences of the software it runs on.

`claimdesk --version` and Help → About read them here, with no Qt. A development install
reads the installed packages' metadata, following Claimdesk's requirements. A bundle keeps
no metadata of its dependencies, so its build writes the same list, with the licence texts,
into the bundle (`packaging/notices.py`), and a bundle reads that file instead.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

APP = "claimdesk"
APP_LICENCE = "MIT"
NOTICES_FOLDER = "licences"
NOTICES_FILE = "THIRD-PARTY.txt"
"""In a bundle: `<bundle data>/licences/THIRD-PARTY.txt`, one component a line, beside a
folder of licence texts per component."""

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA = re.compile(r"\bextra\s*==")
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    """One piece of third-party software and the licence it is distributed under."""

    name: str
    version: str
    licence: str
    files: tuple[Path, ...] = ()

    def line(self) -> str:
        return f"{self.name} {self.version}: {self.licence}"


def app_version() -> str:
    try:
        return metadata.version(APP)
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def bundle_notices() -> Path | None:
    """The build-time list of a bundle; None when running from a Python installation."""
    data = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader only
    if data is None:
        return None
    path = Path(data) / NOTICES_FOLDER / NOTICES_FILE
    return path if path.is_file() else None


def third_party_lines() -> list[str]:
    """What the user is told: one 'name version: licence' line per component."""
    notices = bundle_notices()
    if notices is not None:
        text = notices.read_text(encoding="utf-8")
        return [line for line in text.splitlines() if line.strip()]
    return [component.line() for component in installed_components()]


def installed_components(also: Iterable[str] = ()) -> list[Component]:
    """Every installed distribution Claimdesk requires, directly or not, by name; `also`
    names more (a bundle's build puts in PySide6-Essentials for the PySide6 it requires)."""
    found: dict[str, Component] = {}
    pending = [*_requirements(APP), *also]
    while pending:
        name = pending.pop()
        key = _normalise(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional or platform-specific requirement not installed here
        found[key] = Component(
            dist.metadata["Name"] or name, dist.version, _licence(dist), _licence_files(dist)
        )
        pending.extend(_requirements(name))
    return sorted(found.values(), key=lambda component: _normalise(component.name))


def _requirements(name: str) -> list[str]:
    """Names of the distribution's requirements, leaving out those of extras."""
    try:
        requires = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []
    names = []
    for requirement in requires:
        match = _NAME.match(requirement)
        if match and not _EXTRA.search(requirement):
            names.append(match.group(1))
    return names


def _licence(dist: metadata.Distribution) -> str:
    fields = dist.metadata.json  # lower-case keys; a field the package leaves out is absent
    expression = fields.get("license_expression")
    if isinstance(expression, str) and expression:
        return expression
    declared = str(fields.get("license") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 80:
        return declared
    classifiers = fields.get("classifier") or []
    licences = [
        value.rsplit("::", 1)[-1].strip()
        for value in ([classifiers] if isinstance(classifiers, str) else classifiers)
        if value.startswith("License ::")
    ]
    return " / ".join(licences) or "see its licence file"


def _licence_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    files = [
        Path(str(dist.locate_file(entry)))
        for entry in dist.files or []
        if ".dist-info/" in str(entry).replace("\\", "/") and _LICENCE_FILE.search(str(entry))
    ]
    return tuple(path for path in files if path.is_file())


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
