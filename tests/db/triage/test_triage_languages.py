"""Triage in Portuguese and French, as outlets in those languages write: each kind of claim
named with the words that show it, and each article read in its own language."""

from __future__ import annotations

import pytest

from claimdesk.db.operations.articles import edit_article
from claimdesk.db.triage.project_triage import triage_article
from claimdesk.db.triage.sentences import sentences
from claimdesk.db.triage.triage import assess, rank_sentences

PORTUGUESE = [
    (
        "O desemprego caiu para 7,8% no trimestre, o menor índice desde 2015.",
        "quantity or statistic",
        "7,8%",
    ),
    ("Mais de três milhões de brasileiros deixaram a pobreza.", "quantity or statistic", "milhões"),
    ("A inflação de alimentos é maior do que a do ano passado.", "comparison", "maior"),
    ("As exportações de soja caíram por causa da seca no Sul.", "cause", "por causa d"),
    ("O Banco Central prevê que os juros voltem a subir.", "prediction", "prevê"),
    ("O governo vai aumentar o salário mínimo em janeiro.", "prediction", "vai aumentar"),
    ("A nova lei proíbe o uso de celulares nas escolas.", "rule or law", "lei"),
    ("O Supremo Tribunal Federal julgou a ação inconstitucional.", "rule or law", "Tribunal"),
    (
        "A produção industrial recuou, segundo o Instituto Brasileiro de Geografia.",
        "attributed to a named source",
        "Instituto Brasileiro de Geografia … segundo",
    ),
    (
        "O ministro Fernando Haddad afirmou que o déficit será zerado.",
        "attributed to a named source",
        "Fernando Haddad … afirmou",
    ),
]
FRENCH = [
    ("Le chômage a reculé à 7,3 % au troisième trimestre.", "quantity or statistic", "7,3 %"),
    ("Des milliers de manifestants ont défilé à Paris.", "quantity or statistic", "milliers"),
    ("La dette publique est plus élevée que jamais.", "comparison", "plus élevée que"),
    ("Le nombre de faillites a augmenté par rapport à l'an dernier.", "comparison", "a augmenté"),
    ("Les vendanges ont été retardées à cause de la pluie.", "cause", "à cause de"),
    ("Selon l'Insee, la croissance devrait ralentir l'an prochain.", "prediction", "devrait"),
    ("Le gouvernement augmentera les retraites en janvier.", "prediction", "augmentera"),
    ("La loi interdit la publicité pour le tabac.", "rule or law", "loi"),
    (
        "Le Conseil constitutionnel a censuré l'article 3 du décret.",
        "rule or law",
        "constitutionnel",
    ),
    (
        "Les ventes ont chuté, a déclaré Bruno Le Maire jeudi.",
        "attributed to a named source",
        "Bruno Le Maire … a déclaré",
    ),
    (
        "L'inflation a ralenti en mars, d'après la Banque de France.",
        "attributed to a named source",
        "Banque … d'après",
    ),
]


@pytest.mark.parametrize(
    ("language", "sentence", "kind", "evidence"),
    [("pt", *case) for case in PORTUGUESE] + [("fr", *case) for case in FRENCH],
)
def test_each_kind_of_claim_is_named_in_portuguese_and_french(language, sentence, kind, evidence):
    reasons = {reason.kind: reason.evidence for reason in assess(sentence, language=language)[1]}
    assert reasons.get(kind, "").startswith(evidence.split(" … ")[0]), reasons


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "Eu acho que o país merece um debate mais sereno."),
        ("pt", "Quem vai pagar a conta da festa?"),
        ("fr", "Je pense que nos meilleurs jours sont devant nous."),
        ("fr", "« Qui va payer la facture ? »"),
    ],
)
def test_opinions_and_questions_count_against_in_portuguese_and_french(language, sentence):
    assert assess(sentence, language=language)[0] <= 0


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "As negociações começaram em 3 de janeiro de 2026 em Brasília."),
        ("fr", "Les négociations ont commencé le 1er janvier 2026 à Genève."),
    ],
)
def test_a_date_is_not_a_statistic_in_portuguese_and_french(language, sentence):
    kinds = [reason.kind for reason in assess(sentence, language=language)[1]]
    assert "quantity or statistic" not in kinds


def test_an_article_without_a_language_given_is_read_in_the_one_its_words_are_in():
    text = (
        "Le gouvernement a promis de nouvelles aides. Selon le ministère, la facture "
        "atteindra 12 milliards d'euros. « C'est un jour historique », a déclaré la ministre."
    )
    top = rank_sentences("a", text)[0]
    assert top.sentence.startswith("Selon le ministère")
    assert "prediction" in [reason.kind for reason in top.reasons]


def test_french_quotes_and_titles_do_not_split_a_sentence():
    text = "M. Dupont l'a dit. « Élevé, le prix a doublé. » Ça continue."
    assert [text[s:e] for s, e in sentences(text)] == [
        "M. Dupont l'a dit.",
        "« Élevé, le prix a doublé. »",
        "Ça continue.",
    ]


def test_triage_reads_each_article_in_the_language_set_for_it(store):
    article = store.add_article("A nova lei proíbe o uso de celulares nas escolas públicas.")
    assert store.article(article.id).language == "pt"
    (found,) = triage_article(store, article.id)
    assert [reason.kind for reason in found.reasons] == ["rule or law"]
    edit_article(store, article.id, language="en")
    assert triage_article(store, article.id) == []
