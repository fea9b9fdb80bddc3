"""A full disk or a read-only target: the export fails with one clear error naming the
target, leaves no partial file (an earlier export there stays whole), and the project is
untouched."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimdesk.db import ClaimdeskError, Store
from claimdesk.db.interchange.export import FORMATS, export_project
from claimdesk.db.interchange.formats import common

from .processes import ROOT, as_ordinary_user

TEXT = "Officials said 400 were freed. Rights groups counted 56 releases on Tuesday.\n" * 200
SUFFIXES = {"brat": "", "sqlite": ".claimdesk", "labelstudio": ".json", "w3c": ".jsonld"}
TEXT_FORMATS = [name for name in FORMATS if name != "sqlite"]
EXPORT_KILLS = int(os.environ.get("CLAIMDESK_EXPORT_KILLS", "8"))


@pytest.fixture
def project(store: Store, ana) -> Store:
    verdict = store.verdicts()[0].id
    for number in range(3):
        article = store.add_article(f"{number}. {TEXT}", title=f"Report {number}")
        made = [
            store.add_annotation(article.id, start, start + 30, store.tags()[0].id, ana.id).id
            for start in range(0, 2000, 100)
        ]
        for member in made:  # rated claims, so ClaimReview has something to write
            store.add_claim(ana.id, [member], wording="400 freed", verdict_id=verdict)
    store.set_setting("claimreview_url_base", "https://checks.example/")  # Google requires it
    return store


def fill_disk_after(monkeypatch, limit: int) -> None:
    """Writes fail with ENOSPC once `limit` characters went out, as on a full disk."""
    written = [0]

    def count(size: int) -> None:
        written[0] += size
        if written[0] > limit:
            raise OSError(errno.ENOSPC, "No space left on device")

    class FullDisk:
        def __init__(self, handle):
            self._handle = handle

        def write(self, text):
            count(len(text))
            return self._handle.write(text)

        def __getattr__(self, name):
            return getattr(self._handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self._handle.__exit__(*exc)

    real_open, real_write_text = open, Path.write_text
    monkeypatch.setattr(common, "open", lambda *a, **k: FullDisk(real_open(*a, **k)), raising=False)

    def write_text(path, text, *args, **kwargs):
        count(len(text))
        return real_write_text(path, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", write_text)


def fingerprint(store: Store) -> str:
    """Every row of the project (its bytes may move between file and log: no change)."""
    return hashlib.sha256("\n".join(store.conn.iterdump()).encode()).hexdigest()


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_a_full_disk_mid_export_leaves_no_partial_file_and_says_so(
    project: Store, tmp_path: Path, monkeypatch, fmt: str
):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"project{SUFFIXES.get(fmt, '.' + fmt)}"
    before = fingerprint(project)
    fill_disk_after(monkeypatch, limit=2_000)
    with pytest.raises(ClaimdeskError, match="No space left on device") as raised:
        export_project(project, fmt, out)
    assert str(out) in str(raised.value)
    assert list(folder.iterdir()) == []  # neither the target nor a temporary file
    assert fingerprint(project) == before


def test_a_full_disk_leaves_the_previous_export_whole(project: Store, tmp_path: Path, monkeypatch):
    out = tmp_path / "project.jsonl"
    export_project(project, "jsonl", out)
    previous = out.read_bytes()
    project.add_article("A new report arrived.", title="New")
    fill_disk_after(monkeypatch, limit=20_000)
    with pytest.raises(ClaimdeskError, match="nothing was exported"):
        export_project(project, "jsonl", out)
    assert out.read_bytes() == previous
    assert sorted(path.name for path in tmp_path.iterdir() if "project.jsonl" in path.name) == [
        "project.jsonl"
    ]


EXPORT_INTO_READ_ONLY_FOLDER = """
import sys
from claimdesk.desktop.cli import main
sys.exit(main(["export", sys.argv[1], "-f", sys.argv[2], "-o", sys.argv[3]]))
"""


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite", "brat"])
def test_exporting_into_a_read_only_folder_exits_1_with_one_line(
    project: Store, tmp_path: Path, fmt: str
):
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / f"project{SUFFIXES.get(fmt, '.' + fmt)}"
    before = fingerprint(project)
    folder.chmod(0o555)
    try:
        result = as_ordinary_user(EXPORT_INTO_READ_ONLY_FOLDER, str(project.path), fmt, str(out))
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"claimdesk: {out}: cannot be written (Permission denied)")
    assert list(folder.iterdir()) == []
    assert fingerprint(project) == before


# A process killed half-way through an export (SIGKILL: nothing of it runs after).

EXPORT_AND_DIE = """
import os, shutil, signal, sys
from claimdesk.desktop.cli import main
from claimdesk.db.interchange.formats import output_files
from claimdesk.db.storage.project_file import ProjectConnection


def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


moment = sys.argv[1]
if moment == "copying":
    ProjectConnection.backup = die
elif moment == "between renames":  # where the system cannot swap two folders in one step
    output_files._exchange = lambda first, second: False
    real_rename, renames = os.rename, []

    def rename(source, target):
        renames.append(source)
        if len(renames) == 2:
            die()
        real_rename(source, target)

    os.rename = rename
elif moment == "after the swap":
    shutil.rmtree = die
sys.exit(main(sys.argv[2:]))
"""


def export_killed(moment: str, project: Path, fmt: str, out: Path) -> None:
    """`claimdesk export`, SIGKILLed at `moment` of its work."""
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_AND_DIE, moment, "export", project, "-f", fmt, "-o", out],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr


def brat_files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_hidden_files_of_killed_sqlite_exports_are_removed_by_the_next_export(
    project: Store, tmp_path: Path
):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "copy.claimdesk"
    for _ in range(3):
        export_killed("copying", project.path, "sqlite", out)
        assert [path.name for path in folder.iterdir()] != []  # a kill leaves its temporary
    export_project(project, "sqlite", out)
    assert [path.name for path in folder.iterdir()] == ["copy.claimdesk"]


@pytest.mark.parametrize("moment", ["between renames", "after the swap"])
def test_a_brat_export_killed_while_replacing_the_old_one_never_leaves_none(
    project: Store, tmp_path: Path, moment: str
):
    folder = tmp_path / "exports"
    out = folder / "brat"
    export_project(project, "brat", out)
    old = brat_files(out)
    project.add_article("A new report arrived.", title="New")
    export_killed(moment, project.path, "brat", out)
    export_project(project, "jsonl", folder / "other.jsonl")  # any later export tidies up
    assert sorted(path.name for path in folder.iterdir()) == ["brat", "other.jsonl"]
    assert len(brat_files(out)) in (len(old), len(old) + 2)  # the old export or the new one
    assert set(old) <= set(brat_files(out))


def test_brat_exports_killed_at_random_moments_always_leave_a_whole_export(
    project: Store, tmp_path: Path
):
    folder = tmp_path / "exports"
    out = folder / "brat"
    export_project(project, "brat", out)
    whole = brat_files(out)
    rng = random.Random(17)
    command = ["export", str(project.path), "-f", "brat", "-o", str(out)]
    for _ in range(EXPORT_KILLS):
        process = subprocess.Popen(
            [sys.executable, "-m", "claimdesk.desktop.cli", *command],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 1.2))  # a random moment: start-up, writing or renaming
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert brat_files(out) == whole
    export_project(project, "brat", out)
    assert [path.name for path in folder.iterdir()] == ["brat"]
