"""A "figures differ" warning judged no contradiction (issue 20: AP's "one" released on
Monday, besides "four" on Tuesday, against "at least three"): kept with its reason, the
claim no longer counted contradicted for it, undoable, and shown again if the appearances
change what it says."""

from __future__ import annotations

import pytest

from claimdesk.db import NotFoundError, ValidationError
from claimdesk.db.claims.claim_links import claim_for_annotations
from claimdesk.db.claims.claim_overview import claim_overview, claim_overviews
from claimdesk.db.claims.figure_notes import (
    dismiss_figures_warning,
    figure_notes,
    restore_figures_warning,
)

from .test_claim_overview import annotate, seed_articles

REASON = "AP counts four plus one more: at least three is not contradicted"


@pytest.fixture
def three_and_four(store, ana, seed_paths):
    by_date = seed_articles(store, seed_paths)
    three = annotate(store, ana, by_date["2026-01-17"], "At least three Americans")
    one = annotate(store, ana, by_date["2026-01-14"], "one was quietly released Monday")
    claim, _ = claim_for_annotations(store, [three.id, one.id], ana.id)
    return claim, by_date


def test_a_judged_warning_leaves_the_claim_uncontradicted_with_the_reason_kept(
    store, ana, three_and_four
):
    claim, _ = three_and_four
    before = claim_overview(store, claim.id)
    assert before.has_contradiction and before.figures_warning.startswith("figures differ")
    assert dismiss_figures_warning(store, claim.id, before.figures_warning, REASON, ana.id) is None
    after = claim_overview(store, claim.id)
    assert not after.has_contradiction
    assert after.figures_note is not None and after.figures_note.reason == REASON
    assert claim_overviews(store, contradicted_only=True) == []
    restore_figures_warning(store, claim.id)  # undo
    assert claim_overview(store, claim.id).has_contradiction
    assert figure_notes(store) == {}


def test_the_warning_comes_back_when_new_appearances_change_it(store, ana, three_and_four):
    claim, by_date = three_and_four
    warning = claim_overview(store, claim.id).figures_warning
    dismiss_figures_warning(store, claim.id, warning, REASON, ana.id)
    other = annotate(store, ana, by_date["2026-01-14"], "56")
    store.add_claim_member(claim.id, other.id)
    again = claim_overview(store, claim.id)
    assert again.has_contradiction and again.figures_note is None


def test_a_note_needs_a_reason_a_warning_and_a_claim(store, ana, three_and_four):
    claim, _ = three_and_four
    warning = claim_overview(store, claim.id).figures_warning
    with pytest.raises(ValidationError, match="say why"):
        dismiss_figures_warning(store, claim.id, warning, "   ", ana.id)
    with pytest.raises(ValidationError, match="do not differ"):
        dismiss_figures_warning(store, claim.id, "", REASON, ana.id)
    with pytest.raises(NotFoundError):
        dismiss_figures_warning(store, "no-such-claim", warning, REASON, ana.id)
    assert figure_notes(store) == {}
