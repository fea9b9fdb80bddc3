"""The claims panel's rows: one per claim (its wording, who said it, its rating, how often
it is seen, in red when its appearances contradict each other), its appearances beneath,
and which of them the filter's words leave shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from claimdesk.db.analysis.text_folding import fold
from claimdesk.db.claims.claim_overview import ClaimOverview
from claimdesk.db.claims.claimants import Claimant
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.widgets.plain_text import plain_tooltip

from .claimant_field import appearance_place, claim_claimant

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2
CONTRADICTION_COLOUR = "#c62828"


def claim_item(
    overview: ClaimOverview, claimants: Mapping[tuple[str, str], Claimant]
) -> QTreeWidgetItem:
    """The claim's row, with a child row per appearance."""
    claim = overview.claim
    wording = claim.wording or translate("ClaimsPanel", "(no wording yet)")
    marker = "⚠ " if overview.has_contradiction else ""
    count = len(overview.appearances)
    said = claim_claimant(overview, claimants)
    shown = f"{marker}{wording}" + (f" — {said}" if said else "")
    item = QTreeWidgetItem([shown, overview.verdict_name or "—", str(count)])
    item.setData(0, CLAIM_ROLE, claim.id)
    tip = [wording, translate_n("ClaimsPanel", "%n appearances", count)]
    tip += [f"⚠ {reason}" for reason in overview.contradictions]
    item.setToolTip(0, plain_tooltip("\n".join(tip)))
    if overview.has_contradiction:
        item.setForeground(0, QBrush(QColor(CONTRADICTION_COLOUR)))
    for appearance in overview.appearances:
        who = claimants.get((claim.id, appearance.annotation.id))
        where = appearance_place(appearance, who.name if who else "")
        quote = " ".join(appearance.annotation.quote.split())
        child = QTreeWidgetItem([f"{where} — “{quote}”", "", ""])
        child.setData(0, ANNOTATION_ROLE, appearance.annotation.id)
        child.setToolTip(0, plain_tooltip(f"{appearance.article_title}\n“{quote}”"))
        item.addChild(child)
    return item


def claim_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The claims' rows (their children are the appearances)."""
    return _present(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))


def hide_unmatched(tree: QTreeWidget, words: str) -> None:
    """Hide the claims whose row and appearances do not hold `words` (accents and case
    ignored); show them all for no words."""
    needle = fold(words.strip())
    for item in claim_items(tree):
        haystack = " ".join([item.text(0)] + [child.text(0) for child in _children(item)])
        item.setHidden(bool(needle) and needle not in fold(haystack))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return _present(item.child(i) for i in range(item.childCount()))


def _present(items: Iterable[QTreeWidgetItem | None]) -> list[QTreeWidgetItem]:
    """Qt answers None only for an index past the end, which these loops never ask for."""
    return [item for item in items if item is not None]
