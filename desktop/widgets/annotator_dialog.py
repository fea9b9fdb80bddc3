"""The first-start question: who is annotating on this machine."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QInputDialog, QWidget

from claimdesk.desktop.i18n import translate


def ask_annotator_name(parent: QWidget | None = None, current: str = "") -> str | None:
    """Ask once; the name is recorded with every annotation the person makes."""
    suggestion = current or _login_name()
    name, accepted = QInputDialog.getText(
        parent,
        translate("annotator_dialog", "Who is annotating?"),
        translate(
            "annotator_dialog",
            "Your name is recorded with every annotation you make,\n"
            "so a colleague reviewing your work can tell whose tags are whose.",
        ),
        text=suggestion,
    )
    name = " ".join(name.split())
    return name if accepted and name else None


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
