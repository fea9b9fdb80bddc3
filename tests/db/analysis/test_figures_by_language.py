"""A report's figures are read the way its own language writes them, so that a Spanish,
Portuguese or French report's numbers and dates compare with each other and with English."""

import pytest

from claimdesk.db.analysis.figures import figures_in, find_figures
from claimdesk.db.analysis.language import detect_language


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        ("es", "cuatro estadounidenses liberados", ("4",)),
        ("es", "más de 100 presos políticos", ("100",)),
        ("es", "alrededor de 50 personas", ("50",)),
        ("es", "1.200 soldados y 1,5 millones de votantes", ("1200", "1500000")),
        ("es", "un crecimiento del 3,5 por ciento", ("3.5%",)),
        ("es", "treinta y dos, veintidós y dos mil quinientos", ("32", "22", "2500")),
        ("es", "mil personas, cien mil y mil millones", ("1000", "100000", "1000000000")),
        ("es", "un millón de votos, pero una persona", ("1000000",)),
        ("es", "el 14 de enero de 2026 y el 3 de febrero", ("2026-01-14", "--02-03")),
        ("es", "liberados el 17/01/2026", ("2026-01-17",)),
        ("es", "miles de manifestantes", ("thousands",)),
        ("es", "1,200 detenidos, como escriben en México", ("1200",)),
        ("pt", "mais de 100 presos e cerca de 50 soltos", ("100", "50")),
        ("pt", "vinte e dois, duas mil e 1.200,50", ("22", "2000", "1200.5")),
        ("pt", "em 14 de janeiro de 2026 e 3 de março", ("2026-01-14", "--03-03")),
        ("fr", "plus de 100 prisonniers, environ 50 libérés", ("100", "50")),
        ("fr", "quatre-vingt-dix, soixante et onze, vingt et un", ("90", "71", "21")),
        ("fr", "deux cents, 1 200 et 3,5 %", ("200", "1200", "3.5%")),
        ("fr", "le 1er janvier 2026 puis le 14 juillet", ("2026-01-01", "--07-14")),
        ("fr", "mille manifestants et des centaines de blessés", ("1000", "hundreds")),
        ("en", "three hundred and five, then five and six", ("305", "5", "6")),
    ],
)
def test_figures_are_read_in_the_reports_language(language, text, figures):
    assert figures_in(text, language) == figures


def test_a_hedge_is_kept_for_display_in_each_language():
    hedges = {
        "es": "Según la ONU, más de 400 presos",
        "pt": "Segundo a ONU, por volta de 400 presos",
        "fr": "Selon l'ONU, près de 400 prisonniers",
    }
    found = {language: find_figures(text, language)[0] for language, text in hedges.items()}
    assert {language: figure.qualifier for language, figure in found.items()} == {
        "es": "más de",
        "pt": "por volta de",
        "fr": "près de",
    }
    assert {figure.value for figure in found.values()} == {"400"}
    text = hedges["es"]
    assert text[found["es"].start : found["es"].end] == "más de 400"


def test_the_same_figure_reads_alike_across_languages():
    english = figures_in("About 1,200 prisoners were freed on January 14, 2026", "en")
    spanish = figures_in("Unos 1.200 presos fueron liberados el 14 de enero de 2026", "es")
    french = figures_in("Quelque 1 200 prisonniers libérés le 14 janvier 2026", "fr")
    assert english == spanish == french == ("1200", "2026-01-14")


def test_a_text_with_no_language_given_is_read_in_its_own():
    spanish = "El gobierno dijo que liberó a cuatrocientos presos, pero Foro Penal contó 56."
    assert figures_in(spanish, None) == ("400", "56")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The government said it had released the prisoners, according to the UN.", "en"),
        ("El gobierno dijo que liberó a los presos, según la ONU y Foro Penal.", "es"),
        ("O governo disse que libertou os presos, segundo a ONU, mas não todos.", "pt"),
        ("Le gouvernement a déclaré que les prisonniers ont été libérés selon l'ONU.", "fr"),
        ("56", "en"),
        ("", "en"),
    ],
)
def test_the_language_of_a_report_is_told_from_its_words(text, language):
    assert detect_language(text) == language
