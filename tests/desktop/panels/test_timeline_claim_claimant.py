"""Claims → Story timeline says who made the claim on every row: an appearance naming no
claimant shows the claimant the claim itself names (it showed "—"), one naming its own
keeps it."""

from __future__ import annotations

from claimdesk.desktop.commands.claimant_commands import name_claim_claimant, name_claimant
from claimdesk.desktop.panels.timeline_panel import TimelinePanel

from .test_claims_panel import wait_for_claims
from .test_timeline_panel import _figures_claim, _rows


def test_naming_the_claims_claimant_fills_the_rows_naming_nobody(qtbot, window):
    claim = _figures_claim(window)
    [row] = wait_for_claims(qtbot, window.claims_panel, 1)
    window.claims_panel.tree.setCurrentItem(row)
    window.action_set["claims.timeline"].trigger()
    panel = window.findChild(TimelinePanel)
    session = window.session
    first = session.store.claim(claim).annotation_ids[0]
    session.push(name_claimant(session, claim, first, "The UN", "organization"))
    session.push(name_claim_claimant(session, claim, "Venezuelan government", "organization"))
    assert [r[2] for r in _rows(panel)] == ["The UN", "Venezuelan government"]
    session.undo_stack.undo()
    assert [r[2] for r in _rows(panel)] == ["The UN", "—"]
