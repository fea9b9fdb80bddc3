"""The report's timeline table says who made the claim on every row: an appearance naming
no claimant shows the claimant the claim itself names (it showed "—"); an appearance
naming its own keeps it."""

from __future__ import annotations

from claimdesk.db.operations.claims import name_claim_claimant
from claimdesk.db.report.content import gather

from .seed_project import released_prisoners


def test_naming_the_claims_claimant_fills_the_report_timeline(store, seed_paths):
    claim_id = released_prisoners(store, seed_paths)
    foro_penal = next(a for a in store.annotations() if "56" in a.quote)
    store.name_claimant(claim_id, foro_penal.id, "Foro Penal")
    name_claim_claimant(store, claim_id, "Venezuelan government")
    [claim] = gather(store).claims
    assert [(point.figure, point.claimant) for point in claim.timeline] == [
        ("56", "Foro Penal"),
        ("400", "Venezuelan government"),
        ("about 50", "Venezuelan government"),
        ("more than 100", "Venezuelan government"),
    ]
