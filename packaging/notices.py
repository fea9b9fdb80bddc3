"""Writes a bundle's third-party list and licence texts; build-linux.sh runs it in the build
environment, whose installed packages are the ones the bundle is made of.

    python packaging/notices.py OUT_FOLDER [--leave-out NAME ...]

OUT_FOLDER gets THIRD-PARTY.txt (one 'name version: licence' line each, as the app shows
them) and a folder per component with its licence files. Python and Qt come first: the
interpreter is shipped too, and Qt is LGPL, so its licence texts and a note on replacing its
libraries go in as well.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sysconfig
from pathlib import Path

from claimdesk.desktop.licences import NOTICES_FILE, Component, installed_components

HERE = Path(__file__).resolve().parent
QT_TEXTS = tuple(HERE / "licences" / name for name in ("LGPL-3.0.txt", "GPL-3.0.txt", "QT.txt"))
QT_PACKAGES = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
QT_LIBRARIES = {"pyside6-essentials": ", with the Qt libraries"}


def components(leave_out: set[str]) -> list[Component]:
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    python = Component(
        "Python",
        platform.python_version(),
        "PSF-2.0",
        (python_licence,) if python_licence.is_file() else (),
    )
    found = []
    for component in installed_components(also=["PySide6-Essentials"]):
        key = component.name.lower().replace("_", "-")
        if key in leave_out:
            continue
        if key in QT_PACKAGES:
            component = Component(
                f"{component.name} (Qt for Python{QT_LIBRARIES.get(key, '')})",
                component.version,
                component.licence,
                component.files + QT_TEXTS,
            )
        found.append(component)
    return [python, *found]


def write(folder: Path, found: list[Component]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [component.line() for component in found]
    (folder / NOTICES_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    for component in found:
        target = folder / component.name.split(" ")[0]
        target.mkdir(exist_ok=True)
        for path in component.files:
            shutil.copyfile(path, target / path.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--leave-out", action="append", default=[], metavar="NAME")
    args = parser.parse_args()
    leave_out = {name.lower().replace("_", "-") for name in args.leave_out}
    write(args.folder, components(leave_out))


if __name__ == "__main__":
    main()
