"""What the Linux download registers with the desktop: `.claimdesk` files are one type, the
desktop entry opens that type, and install.sh puts the entry, icon and type where the desktop
looks (in the user's home only), and takes them away again."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from claimdesk.db import PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parents[1]
MIME_XML = ROOT / "packaging" / "linux" / "claimdesk-mime.xml"
NS = {"mime": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def unpacked_download(tmp_path: Path) -> Path:
    """The archive's layout as build.sh lays it out, with a stand-in for the program."""
    folder = tmp_path / "claimdesk-0.1.0-linux-x86_64"
    (folder / "share").mkdir(parents=True)
    for source in (
        ROOT / "resources" / "claimdesk.desktop",
        ROOT / "resources" / "icons" / "claimdesk.svg",
        MIME_XML,
    ):
        shutil.copy(source, folder / "share")
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", folder)
    program = folder / "claimdesk"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    return folder


def run_install(folder: Path, home: Path, *arguments: str) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    subprocess.run(["sh", str(folder / "install.sh"), *arguments], env=env, check=True, timeout=60)


def test_a_claimdesk_file_is_the_type_the_desktop_entry_opens():
    mime_type = ElementTree.parse(MIME_XML).getroot().find("mime:mime-type", NS)
    assert mime_type is not None
    assert mime_type.find("mime:glob", NS).get("pattern") == f"*{PROJECT_SUFFIX}"
    entry = desktop_entry(ROOT / "resources" / "claimdesk.desktop")
    assert entry["MimeType"].rstrip(";").split(";") == [mime_type.get("type")]
    assert entry["Exec"].endswith(" %f")  # the double-clicked file is handed to the app


def test_install_registers_the_entry_icon_type_and_command_in_the_home_folder(tmp_path):
    folder, home = unpacked_download(tmp_path), tmp_path / "home"
    run_install(folder, home)
    data = home / ".local" / "share"
    entry = desktop_entry(data / "applications" / "claimdesk.desktop")
    assert entry["Exec"] == f'"{folder}/claimdesk" %f'
    assert entry["TryExec"] == f"{folder}/claimdesk"
    assert (data / "mime" / "packages" / "claimdesk.xml").read_bytes() == MIME_XML.read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "claimdesk.svg").is_file()
    assert (home / ".local" / "bin" / "claimdesk").resolve() == folder / "claimdesk"


def test_uninstall_removes_what_install_added_and_keeps_the_folder(tmp_path):
    folder, home = unpacked_download(tmp_path), tmp_path / "home"
    run_install(folder, home)
    run_install(folder, home, "--uninstall")
    left = [path for path in home.rglob("*") if path.is_file() or path.is_symlink()]
    assert [path for path in left if "claimdesk" in path.name] == []
    assert (folder / "claimdesk").is_file()


def test_the_bundle_notices_list_python_and_qt_with_its_lgpl_texts(tmp_path):
    notices = tmp_path / "licences"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "notices.py"), str(notices)],
        check=True,
        timeout=120,
    )
    lines = (notices / "THIRD-PARTY.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Python ") and lines[0].endswith(": PSF-2.0")
    qt = [line for line in lines if line.startswith("PySide6_Essentials ")]
    assert len(qt) == 1 and "LGPL-3.0-only" in qt[0]
    texts = {path.name for path in (notices / "PySide6_Essentials").iterdir()}
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "QT.txt"} <= texts
