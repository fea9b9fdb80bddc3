"""Start Claimdesk and read its window as Orca does, through AT-SPI; print what was found.

Run by the system's python3 (Debian's python3-pyatspi), inside a session D-Bus
(dbus-run-session) with DISPLAY set: `python3 atspi_walker.py PLAN COMMAND...` starts
COMMAND, waits until the window exposes an article containing PLAN's "article" text, then
prints one JSON object: the focusable controls without a name, how many focusable
controls there are, and the article text, caret and description that were found.

PLAN (JSON) may also ask, as a screen reader would:
- "caret": put the caret at this character offset and read back what Orca reads there
  (the caret, the description, the characters, a range, the word, a selection);
- "steps": in the article pane showing each step's "in" text, put the caret or select,
  press keys; then report what was announced ("heard"), listening as Orca does until
  every "hear" text arrived.
`test_atspi` runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

ATTEMPTS = 150
"""Looks at the desktop, a fifth of a second apart, before giving up on the window."""

NAMED_ELSEWHERE = {
    pyatspi.ROLE_TABLE_CELL,  # a cell is read as its text with its column header
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_COLUMN_HEADER,
    pyatspi.ROLE_ROW_HEADER,
}
TEXT_ROLES = (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_DOCUMENT_TEXT)
HEARD_EVENTS = ("object:announcement",)
"""What Orca speaks without a focus change: Qt sends each announcement as this event."""


def main(plan: dict, command: list[str]) -> int:
    env = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    heard: list[str] = []
    if plan.get("steps"):
        for event in HEARD_EVENTS:
            pyatspi.Registry.registerEventListener(lambda e: heard.append(str(e.any_data)), event)
    app = subprocess.Popen(command, env=env)
    try:
        found = _wait_for_article(app.pid, plan["article"])
        if found.get("articles") and plan.get("caret") is not None:
            found["at_caret"] = _read_at_caret(found.pop("node"), plan["caret"])
        elif found.get("articles") and plan.get("steps"):
            found["heard"] = _press_and_listen(app.pid, plan, heard)
        found.pop("node", None)
        print(json.dumps(found, ensure_ascii=False))
    finally:
        app.terminate()
        app.wait()
    return 0


def _wait_for_article(pid: int, text: str) -> dict:
    report: dict = {"error": "the app never appeared on the accessibility bus"}
    for _ in range(ATTEMPTS):
        window = _application(pid)
        if window is not None:
            report = _read(window, text)
            if report["articles"]:
                return report
        time.sleep(0.2)
    return report


def _application(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        try:
            child = desktop.getChildAtIndex(index)
            if child is not None and child.get_process_id() == pid:
                return child
        except Exception:  # an application leaving the bus as we look
            continue
    return None


def _read(application, text: str) -> dict:
    unnamed: list[str] = []
    focusable = 0
    articles: list[dict] = []
    report: dict = {}
    for node in _walk(application):
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        role = node.getRole()
        if states.contains(pyatspi.STATE_FOCUSABLE) and role not in NAMED_ELSEWHERE:
            focusable += 1
            if not (node.name or "").strip() and not _labelled(node):
                unnamed.append(f"{node.getRoleName()} in {_path(node)}")
        if role in TEXT_ROLES:
            try:
                readable = node.queryText()
            except NotImplementedError:
                continue
            whole = readable.getText(0, -1)
            if text in whole:
                caret, description = readable.caretOffset, node.description
                articles.append(
                    {"name": node.name, "text": whole, "caret": caret, "description": description}
                )
                report.setdefault("node", node)
    return {**report, "unnamed": unnamed, "focusable": focusable, "articles": articles}


def _read_at_caret(node, caret: int) -> dict:
    """Put the caret at `caret` (characters) and read what Orca reads there."""
    readable = node.queryText()
    readable.setCaretOffset(caret)
    described = _until(lambda: node.description or None) or ""
    count = readable.characterCount
    word = readable.getTextAtOffset(caret, pyatspi.TEXT_BOUNDARY_WORD_START)
    read = {"caret": readable.caretOffset, "description": described}
    attributes, start, end = readable.getAttributeRun(caret, False)
    read["attributes"] = [sorted(attributes), start, end]
    readable.addSelection(caret, count)
    return {
        **read,
        "count": count,
        "characters": [readable.getCharacterAtOffset(offset) for offset in range(count)],
        "from_caret": readable.getText(caret, -1),
        "word": [word[0], word[1], word[2]],
        "selection": list(readable.getSelection(0)),
    }


def _press_and_listen(pid: int, plan: dict, heard: list[str]) -> list[str]:
    """Take each of `plan["steps"]` in the article pane showing its "in" text: focus it,
    put the caret or select, press its keys; then hear until each of `plan["hear"]` was
    said (or a few seconds passed)."""
    for step in plan["steps"]:
        node = _read(_application(pid), step["in"])["node"]
        node.queryComponent().grabFocus()
        _until(lambda node=node: node.getState().contains(pyatspi.STATE_FOCUSED) or None)
        if "caret" in step:
            node.queryText().setCaretOffset(step["caret"])
        if "select" in step:
            node.queryText().addSelection(*step["select"])
        for key in step["keys"]:
            keysym = KEYSYMS.get(key, ord(key[0]))
            pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
            _until(lambda: None, attempts=3)  # let the window take the key
    _until(lambda: all(any(w in h for h in heard) for w in plan["hear"]) or None)
    return heard


KEYSYMS = {"Delete": 0xFFFF, "Return": 0xFF0D}
"""X keysyms of the named keys a plan presses; a printable key's is its Latin-1 code."""


def _until(found, attempts: int = 50):
    """Call `found` (running the event loop between) until it returns something."""
    context = GLib.MainContext.default()
    for _ in range(attempts):
        while context.iteration(False):
            pass
        value = found()
        if value is not None:
            return value
        time.sleep(0.1)
    return None


def _walk(node, depth: int = 0):
    yield node
    if depth > 40:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from _walk(child, depth + 1)


def _labelled(node) -> bool:
    return any(
        relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for relation in node.getRelationSet()
    )


def _path(node) -> str:
    names = []
    parent = node.parent
    while parent is not None and len(names) < 4:
        names.append(f"{parent.getRoleName()} {parent.name!r}")
        parent = parent.parent
    return " < ".join(names)


if __name__ == "__main__":
    sys.exit(main(json.loads(sys.argv[1]), sys.argv[2:]))
