"""Every keyboard shortcut, in one list: the Help dialog shows it, tests check it is complete.

Single keys act only while an article pane has focus, never while typing in a field.
"""

from __future__ import annotations

PANE = "in an article pane"
WINDOW = "anywhere"
REVIEW = "in review mode, unless typing in a field"

SHORTCUTS: list[tuple[str, str, str]] = [
    ("1 … 9", "Tag the selection with the tag of that number", PANE),
    ("Shift+arrows, Ctrl+Shift+arrows", "Extend the selection by character, word", PANE),
    ("Arrows, Ctrl+arrows, Home, End, PgUp, PgDn", "Move the caret", PANE),
    ("N / P", "Next / previous annotation", PANE),
    ("C", "Cycle through the annotations under the caret", PANE),
    ("Enter", "Open the annotation at the caret in the inspector", PANE),
    ("Delete", "Delete the annotation at the caret (undoable)", PANE),
    (
        "L",
        "Start a link at the annotation at the caret; L again on (or a click on) the other end",
        PANE,
    ),
    ("1 … 4 in the link dialog", "Same claim / supports / contradicts / related", WINDOW),
    ("Ctrl+L", "Link the annotation at the caret (as L)", WINDOW),
    ("F8 / Shift+F8", "Next / previous claim, its appearances side by side", WINDOW),
    ("Ctrl+Shift+K", "Show only contradicted claims", WINDOW),
    ("Ctrl+Shift+L", "Suggested links (Enter accepts, Delete dismisses)", WINDOW),
    ("F2 / Delete in the links list", "Change the relation / delete the link", WINDOW),
    ("Escape", "Clear the selection, or cancel a link being made", PANE),
    ("Menu key, Shift+F10", "Context menu: tag, link, delete", PANE),
    ("Tab / Shift+Tab, F6 / Shift+F6", "Move focus to the next / previous pane", WINDOW),
    ("Ctrl+F", "Find in this article (F3 / Shift+F3: next / previous)", WINDOW),
    ("Ctrl+Shift+F", "Find in all articles", WINDOW),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo", WINDOW),
    ("Ctrl+T / Ctrl+W", "Add a pane / close the pane", WINDOW),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Zoom in / out / reset", WINDOW),
    ("Ctrl+I", "Import article files", WINDOW),
    ("Ctrl+E", "Export the project as a dataset", WINDOW),
    ("Ctrl+Shift+I", "Import annotations (JSONL, W3C, Label Studio)", WINDOW),
    ("Ctrl+Shift+V", "Paste the clipboard as a new article", WINDOW),
    ("Ctrl+Shift+T", "Edit the tag scheme and verdict scale", WINDOW),
    ("Ctrl+Shift+R", "Start reviewing a colleague's annotations", WINDOW),
    ("A", "Accept the colleague's annotation and go to the next unreviewed", REVIEW),
    ("R", "Reject it (a comment is optional: Enter without one)", REVIEW),
    ("E", "Accept it and open it in the inspector to edit", REVIEW),
    ("J / K", "Next / previous annotation in the Review list", REVIEW),
    ("Ctrl+N / Ctrl+O", "New project / open project", WINDOW),
    ("Ctrl+Shift+S", "Save a copy of the whole project, as it is now", WINDOW),
    ("F1", "This list", WINDOW),
]
