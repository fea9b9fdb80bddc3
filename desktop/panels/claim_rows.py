"""The claims panel's rows: one per claim (its wording, who said it, its rating, how often
it is seen, in red when its appearances contradict each other, whether it was checked
before), its appearances beneath, and which of them the filter's words leave shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from claimdesk.db.analysis.text_folding import Needle
from claimdesk.db.claims.claim_overview import ClaimOverview
from claimdesk.db.claims.claimants import Claimant
from claimdesk.db.factchecks.checked_before import claim_text
from claimdesk.db.factchecks.matching import Match
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.i18n.locale_format import count as locale_count
from claimdesk.desktop.widgets.plain_text import plain_tooltip
from claimdesk.desktop.widgets.readable_colours import disagreeing_colour

from .checked_before_view import best_line
from .claimant_field import appearance_place, claim_claimant
from .contradiction_text import contradiction_text

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2
CHECKED_COLUMN = 3


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
    item = QTreeWidgetItem([shown, overview.verdict_name or "—", locale_count(count), ""])
    item.setData(0, CLAIM_ROLE, claim.id)
    tip = [wording, translate_n("ClaimsPanel", "%n appearances", count)]
    tip += [f"⚠ {contradiction_text(reason)}" for reason in overview.contradictions]
    item.setToolTip(0, plain_tooltip("\n".join(tip)))
    if overview.has_contradiction:
        # a red that reads on the palette in use (the light one was 2.5:1 on dark)
        item.setForeground(0, QBrush(disagreeing_colour(QGuiApplication.palette())))
    for appearance in overview.appearances:
        who = claimants.get((claim.id, appearance.annotation.id))
        where = appearance_place(appearance, who.name if who else "")
        quote = " ".join(appearance.annotation.quote.split())
        child = QTreeWidgetItem([f"{where} — “{quote}”", "", "", ""])
        child.setData(0, ANNOTATION_ROLE, appearance.annotation.id)
        child.setToolTip(0, plain_tooltip(f"{appearance.article_title}\n“{quote}”"))
        item.addChild(child)
    return item


def claim_match_text(overview: ClaimOverview) -> str:
    """What the claim is matched against earlier fact-checks by."""
    quotes = [appearance.annotation.quote for appearance in overview.appearances]
    return claim_text(overview.claim.wording, quotes)


def show_checked_before(item: QTreeWidgetItem, matches: list[Match] | None) -> None:
    """Mark the claim's row when earlier fact-checks match it: how many, and the best one's
    rating and publisher in its tooltip (nothing while none match, or none are known yet)."""
    if not matches:
        item.setText(CHECKED_COLUMN, "")
        item.setToolTip(CHECKED_COLUMN, "")
        return
    item.setText(CHECKED_COLUMN, f"↺ {locale_count(len(matches))}")
    tip = translate_n("ClaimsPanel", "Checked before: %n earlier fact-checks match", len(matches))
    item.setToolTip(CHECKED_COLUMN, plain_tooltip(f"{tip}\n{best_line(matches[0])}"))


def claim_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The claims' rows (their children are the appearances)."""
    return _present(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))


def hide_unmatched(tree: QTreeWidget, words: str, *, exact: bool = False) -> None:
    """Hide the claims whose row and appearances do not hold `words` (accents and case
    ignored, unless `exact`); show them all for no words."""
    needle = Needle(words.strip(), exact=exact)
    for item in claim_items(tree):
        haystack = " ".join([item.text(0)] + [child.text(0) for child in _children(item)])
        item.setHidden(bool(needle) and not needle.found_in(haystack))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return _present(item.child(i) for i in range(item.childCount()))


def _present(items: Iterable[QTreeWidgetItem | None]) -> list[QTreeWidgetItem]:
    """Qt answers None only for an index past the end, which these loops never ask for."""
    return [item for item in items if item is not None]
