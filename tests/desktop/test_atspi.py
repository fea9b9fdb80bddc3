"""The window as Orca reads it (issue 24): through AT-SPI, on a real accessibility bus,
every focusable control has a name; the article pane exposes the article's text, its
caret and the annotation under the caret, counting characters as Orca does (not Qt's
UTF-16 units) after an emoji; and a change is heard as Orca hears it (the
object:announcement event).

Needs Debian's at-spi2-core and python3-pyatspi (for the system's python3), Xvfb and
dbus-run-session; `.ci/run` installs them where it can, and without them this skips.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.db import Store
from tests.desktop.conftest import REPORT_A, REPORT_B

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walker.py")
ARTICLE_START = "Foro Penal confirmed 56"


def _missing() -> str:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return f"no {SYSTEM_PYTHON}"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (apt-get install at-spi2-core python3-pyatspi)"
    return ""


@pytest.fixture
def display():
    """A display of our own (Xvfb picks a free number and says which)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait()


ATSPI = pytest.mark.skipif(bool(_missing()), reason=_missing() or "available")
BEFORE_THE_CLAIM = "👍🏽 é ٥٦ "
"""Two code points as one emoji (four UTF-16 units), a precomposed letter, Arabic-Indic
digits: after these Qt's units and a screen reader's characters differ by two."""


def _read_window(tmp_path: Path, display: str, project: Path, plan: dict) -> dict:
    """Run the app on `project` and the walker with `plan`; what the walker found."""
    app = [sys.executable, "-m", "claimdesk.desktop.cli", "--annotator", "Ana", "--language", "en"]
    env = dict(
        os.environ,
        DISPLAY=display,
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # settings of its own
        QT_QPA_PLATFORM="xcb",
    )
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), json.dumps(plan)]
    walk = subprocess.Popen(
        [*command, *app, str(project)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # the bus, the app and the walker end together
    )
    try:
        stdout, stderr = walk.communicate(timeout=120)
    finally:
        if walk.poll() is None:
            os.killpg(walk.pid, signal.SIGKILL)
            walk.wait()
    assert walk.returncode == 0, stderr[-2000:]
    seen = json.loads(stdout.strip().splitlines()[-1])
    assert "error" not in seen, seen
    return seen


@ATSPI
def test_a_screen_reader_finds_a_name_on_every_control_and_reads_the_article(
    tmp_path: Path, display: str
):
    project = tmp_path / "read aloud.claimdesk"
    with Store.open(project) as store:
        store.add_article(REPORT_A, title="Report A", outlet="Wire", date="2026-01-14")
        report_b = store.add_article(REPORT_B, title="Report B", outlet="Daily", date="2026-01-17")
        maria = store.ensure_annotator("Maria")
        tag = store.tags()[0]
        store.add_annotation(report_b.id, 0, len("Foro Penal"), tag.id, maria.id)
    seen = _read_window(tmp_path, display, project, {"article": ARTICLE_START})
    assert seen["focusable"] > 10  # the panes, the tag toolbar, the docked panels
    assert seen["unnamed"] == []
    article = seen["articles"][0]
    assert article["name"] and article["text"] == REPORT_B
    assert article["caret"] == 0  # on the annotation Maria made: it is described
    assert article["description"] == f"{tag.name}, by Maria: Foro Penal"


@ATSPI
def test_after_an_emoji_a_screen_reader_reads_the_caret_and_text_in_characters(
    tmp_path: Path, display: str
):
    text = BEFORE_THE_CLAIM + REPORT_B
    claim = text.index("56")
    project = tmp_path / "emoji.claimdesk"
    with Store.open(project) as store:
        article = store.add_article(text, title="Report B", outlet="Daily", date="2026-01-17")
        tag = store.tags()[0]
        maria = store.ensure_annotator("Maria")
        store.add_annotation(article.id, claim, claim + len("56 releases"), tag.id, maria.id)
    plan = {"article": ARTICLE_START, "caret": claim}
    seen = _read_window(tmp_path, display, project, plan)["at_caret"]
    assert seen["caret"] == claim
    assert seen["description"] == f"{tag.name}, by Maria: 56 releases"
    assert seen["count"] == len(text)
    assert seen["characters"] == [ord(character) for character in text]
    assert seen["from_caret"] == text[claim:]
    assert seen["word"][0].strip() == "56" and seen["word"][1] == claim
    assert seen["selection"] == [claim, len(text)]
    attributes, start, end = seen["attributes"]  # Qt's bridge renames them AT-SPI's way
    assert [start, end] == [claim, claim + len("56 releases")]  # the annotation's run
    red, green, blue = (int(tag.color[i : i + 2], 16) for i in (1, 3, 5))
    assert f"bg-color:{red},{green},{blue}" in attributes  # its highlight
    assert {"weight:400", "style:normal"} <= set(attributes)
    assert any(item.startswith("family-name:") for item in attributes)
    assert any(item.startswith("size:") for item in attributes)


@ATSPI
def test_a_screen_reader_hears_a_tag_added_a_link_made_and_a_deletion(tmp_path: Path, display: str):
    project = tmp_path / "heard.claimdesk"
    with Store.open(project) as store:
        store.add_article(REPORT_A, title="Report A", outlet="Wire", date="2026-01-14")
        report_b = store.add_article(REPORT_B, title="Report B", outlet="Daily", date="2026-01-17")
        tag = store.tags()[0]
        maria = store.ensure_annotator("Maria")
        store.add_annotation(report_b.id, 0, len("Foro Penal"), tag.id, maria.id)
    officials = REPORT_A.index("Officials")
    plan = {
        "article": ARTICLE_START,
        "steps": [
            {"in": "Officials said", "select": [officials, officials + 9], "keys": ["1"]},
            {"in": "Officials said", "caret": officials + 1, "keys": ["l"]},
            {"in": ARTICLE_START, "caret": 1, "keys": ["l", "1", "Return"]},
            {"in": "Officials said", "caret": officials + 1, "keys": ["Delete"]},
        ],
        "hear": [
            f"Done: Tag as {tag.name}",
            "Linking from",
            "Done: Link as",
            "Done: Delete annotation",
        ],
    }
    heard = _read_window(tmp_path, display, project, plan)["heard"]
    assert len(heard) == 4, heard
    assert heard[0] == f"Done: Tag as {tag.name}"
    assert heard[1].startswith("Linking from ")  # L: what to do next (the banner)
    assert heard[2].startswith("Done: Link as ")  # as the relation chosen with 1
    assert heard[3] == "Done: Delete annotation"
