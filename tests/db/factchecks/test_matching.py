"""Checked before? Earlier fact-checks matching a claim, best first, with the reason shown."""

from __future__ import annotations

import pytest

from claimdesk.db.factchecks.matching import add_to_archive, figures, match_claim
from claimdesk.db.factchecks.records import FactCheck

ARCHIVE = [
    FactCheck("Venezuela released 400 political prisoners in one day", "Government of Venezuela",
              "Misleading", "Cotejo", "https://a.example/1"),
    FactCheck("Venezuela has no political prisoners", "Diosdado Cabello", "False", "EsPaja",
              "https://a.example/2"),
    FactCheck("El desempleo bajó al 12% en 2025", "Ministerio de Trabajo", "Falso", "Maldita",
              "https://a.example/3"),
    FactCheck("Crime in Caracas fell by half last year", "Alcaldía de Caracas", "Mixed", "Cotejo",
              "https://a.example/4"),
]  # fmt: skip


@pytest.fixture
def archived(store):
    add_to_archive(store, ARCHIVE)
    return store


def test_a_paraphrased_claim_finds_its_fact_check_first_with_why(archived):
    [best, *_] = match_claim(archived, "The government said it freed 400 political detainees")
    assert best.fact_check.url == "https://a.example/1"
    assert "same figure: 400" in best.reasons
    assert any(reason.startswith("shared words: ") for reason in best.reasons)


def test_accents_and_case_do_not_hide_a_match_in_spanish(archived):
    [best, *_] = match_claim(archived, "Según el ministerio, el DESEMPLEO bajo al 12 %")
    assert best.fact_check.url == "https://a.example/3"


def test_a_shared_name_counts_beside_the_words(archived):
    matches = match_claim(archived, "Cabello insists there are no prisoners held for politics")
    assert matches[0].fact_check.url == "https://a.example/2"
    assert "same name: cabello" in matches[0].reasons


def test_a_claim_about_nothing_in_the_archive_matches_nothing(archived):
    assert match_claim(archived, "Penguins prefer cold water") == []
    assert match_claim(archived, "the and of") == []


def test_figures_ignore_thousands_separators_in_either_language():
    assert figures("2,000 murders; 2.000 asesinatos; 3.5 percent") == {"2000", "3.5"}
