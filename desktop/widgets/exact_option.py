"""The Exact option beside every field that finds or filters: one label, one tooltip, and
the choice remembered per place between runs (the app's settings), so a new pane's find
bar, the reopened Find in all articles and each panel start as they were left.

Off, accents and case are ignored ("Rodriguez" finds "Rodríguez"); on, the text is
matched as written (`db.analysis.text_folding.Needle`). The label has no Alt key: several
Exact boxes are on screen at once, so one letter would only move the focus between them
(and every letter of "Exact" is already a menu's or another control's); Tab reaches it
from its field and Space toggles it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from claimdesk.desktop.i18n import translate
from claimdesk.desktop.settings import AppSettings


def exact_box(parent: QWidget, place: str) -> QCheckBox:
    """An Exact check box for `place` ("find", "articles", "annotations", "claims",
    "search"), checked as it was last left there in this window's settings."""
    box = QCheckBox(translate("ExactOption", "Exact"), parent)
    box.setObjectName(f"exact-{place}")
    box.setToolTip(
        translate(
            "ExactOption", "Match case and accents exactly (off: “Rodriguez” finds “Rodríguez”)"
        )
    )
    settings = _settings_of(parent)
    if settings is not None:
        box.setChecked(settings.exact(place))
        box.toggled.connect(lambda on: settings.set_exact(place, on))
    return box


def _settings_of(widget: QWidget | None) -> AppSettings | None:
    """The settings of the window `widget` is in (none for a widget shown on its own)."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, AppSettings):
            return settings
        widget = widget.parentWidget()
    return None
