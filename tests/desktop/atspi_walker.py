"""Start Claimdesk and read its window as Orca does, through AT-SPI; print what was found.

Run by the system's python3 (Debian's python3-pyatspi), inside a session D-Bus
(dbus-run-session) with DISPLAY set: `python3 atspi_walker.py TEXT COMMAND...` starts
COMMAND, waits until the window exposes an article containing TEXT, then prints one JSON
object: the focusable controls without a name, how many focusable controls there are,
and the article text, caret and description that were found. `test_atspi` runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi

ATTEMPTS = 150
"""Looks at the desktop, a fifth of a second apart, before giving up on the window."""

NAMED_ELSEWHERE = {
    pyatspi.ROLE_TABLE_CELL,  # a cell is read as its text with its column header
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_COLUMN_HEADER,
    pyatspi.ROLE_ROW_HEADER,
}


def main(text: str, command: list[str]) -> int:
    env = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app = subprocess.Popen(command, env=env)
    try:
        found = _wait_for_article(app.pid, text)
        print(json.dumps(found))
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
    for node in _walk(application):
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        role = node.getRole()
        if states.contains(pyatspi.STATE_FOCUSABLE) and role not in NAMED_ELSEWHERE:
            focusable += 1
            if not (node.name or "").strip() and not _labelled(node):
                unnamed.append(f"{node.getRoleName()} in {_path(node)}")
        if role in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_DOCUMENT_TEXT):
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
    return {"unnamed": unnamed, "focusable": focusable, "articles": articles}


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
    sys.exit(main(sys.argv[1], sys.argv[2:]))
