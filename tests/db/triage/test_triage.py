"""Claim triage: sentences ranked by the kinds of claim fact-checkers check, with why."""

from __future__ import annotations

import pytest

from claimdesk.db.analysis.suggestions import dismiss_suggestion
from claimdesk.db.triage.project_triage import triage_article
from claimdesk.db.triage.sentences import sentences
from claimdesk.db.triage.triage import assess, rank_sentences


def kinds(sentence: str) -> list[str]:
    return [reason.kind for reason in assess(sentence)[1]]


@pytest.mark.parametrize(
    "sentence, kind, evidence",
    [
        ("Unemployment fell to 3.9 percent last month.", "quantity or statistic", "3.9 percent"),
        ("El paro juvenil bajó al 27% en un año.", "quantity or statistic", "27%"),
        ("Crime is higher than ever in our cities.", "comparison", "higher than"),
        ("La deuda es hoy menor que hace diez años.", "comparison", "menor"),
        ("The plant closed because of the tariffs.", "cause", "because of"),
        ("Las exportaciones cayeron por culpa de la sequía.", "cause", "por culpa de"),
        ("Prices are expected to rise in spring.", "prediction", "are expected to"),
        ("El Gobierno prevé que los precios bajen.", "prediction", "prevé"),
        ("Under the new law, smoking in bars is banned.", "rule or law", "law"),
        ("La nueva norma prohíbe fumar en las terrazas.", "rule or law", "norma"),
        (
            "Exports stalled, the Central Bank said on Friday.",
            "attributed to a named source",
            "Central Bank … said",
        ),
        (
            "Our mayor, Ana Ruiz, believes that the tariffs cost us jobs.",
            "attributed to a named source",
            "Ana Ruiz … believes that",
        ),
        (
            "El paro se estancó, según el Banco de España.",
            "attributed to a named source",
            "Banco … según",
        ),
    ],
)
def test_each_kind_of_claim_is_named_with_the_words_that_show_it(sentence, kind, evidence):
    reasons = {reason.kind: reason.evidence for reason in assess(sentence)[1]}
    assert reasons.get(kind, "").startswith(evidence.split(" … ")[0])


def test_a_date_is_not_a_statistic():
    assert "quantity or statistic" not in kinds("The talks began on 3 January 2026 in Caracas.")
    assert "quantity or statistic" not in kinds("Published 2026-01-17 by the ministry.")


def test_questions_opinions_and_fragments_rank_below_claims():
    text = (
        "What are we going to do about it? I think our best days are ahead. Thank you. "
        "Unemployment fell to 3.9 percent last month, the lowest rate in two decades."
    )
    ranked = rank_sentences("a", text)
    assert ranked[0].sentence.startswith("Unemployment fell")
    assert [c.score > 0 for c in ranked] == [True, False, False, False]


def test_the_same_text_always_ranks_the_same_way():
    text = "Prices rose 4%. Wages rose 4%. The minister said so. It rained."
    assert rank_sentences("a", text) == rank_sentences("a", text)
    assert [c.sentence for c in rank_sentences("a", text)][:2] == [
        "Prices rose 4%.",
        "Wages rose 4%.",
    ]


def test_sentences_keep_titles_initials_and_spanish_marks_whole():
    text = "Mr. J. Smith said 3.5 million. ¿Es cierto? La Sra. Pérez lo negó.\nNext line"
    assert [text[s:e] for s, e in sentences(text)] == [
        "Mr. J. Smith said 3.5 million.",
        "¿Es cierto?",
        "La Sra. Pérez lo negó.",
        "Next line",
    ]


def test_an_annotated_or_dismissed_sentence_is_no_longer_suggested(store, ana):
    text = "Crime doubled since 2019, the mayor said. Exports fell 12% because of the drought."
    article = store.add_article(text)
    first, second = triage_article(store, article.id)
    store.add_annotation(article.id, first.start, first.start + 5, store.tags()[0].id, ana.id)
    assert triage_article(store, article.id) == [second]
    dismiss_suggestion(store, second.key, ana.id)
    assert triage_article(store, article.id) == []


@pytest.mark.parametrize(
    ("language", "pledge", "claim"),
    [
        (
            "en",
            "When I'm president, we will rebuild our military and we will win again.",
            "The new tariffs will cost the average family 1,200 dollars a year.",
        ),
        (
            "en",
            "We must keep this country safe, and we will defeat terrorism.",
            "Wages have fallen for the last seven years because of this administration.",
        ),
        (
            "es",
            "El próximo año vamos a bajar los impuestos a todas las familias.",
            "El Banco Central prevé que la inflación bajará el próximo año.",
        ),
        (
            "pt",
            "No próximo ano vamos mudar este país, e temos que fazer isso juntos.",
            "O desemprego vai cair para 6% no próximo ano, segundo o Banco Central.",
        ),
        (
            "fr",
            "L'année prochaine, nous allons rendre aux Français leur fierté.",
            "La réforme fera baisser le chômage de deux points, selon l'Insee.",
        ),
    ],
)
def test_a_speakers_pledges_and_calls_to_action_rank_below_a_checkable_claim(
    language, pledge, claim
):
    assert assess(pledge, language=language)[0] <= 0
    assert assess(claim, language=language)[0] > 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "You have two minutes to respond. I spent 48 hours on it."
            " The trade deficit hit $800bn last year.",
        ),
        ("es", "Tienen dos minutos para responder. El déficit llegó a 800.000 millones de euros."),
        ("pt", "Vocês têm dois minutos para responder. O déficit chegou a 800 bilhões de reais."),
        ("fr", "Vous avez deux minutes pour répondre. Le déficit a atteint 800 milliards d'euros."),
    ],
)
def test_a_statistic_ranks_above_a_small_count_or_a_span_of_minutes(language, text):
    ranked = rank_sentences("a", text, language=language)
    assert ranked[0].sentence.startswith(
        ("The trade deficit", "El déficit", "O déficit", "Le déficit")
    )
    assert all(c.score > 0 for c in ranked)  # each still a figure, only weaker
