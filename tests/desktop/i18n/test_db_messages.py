"""What the project's rules say (a refused file, a broken rule, an import's remarks) reaches
the window in the user's language, with the file names and counts in it, while `str()`, the
logs and the command line keep reading English."""

from __future__ import annotations

import pickle
import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from claimdesk.db import NotAProjectError, Store, ValidationError
from claimdesk.db.interchange.import_report import AnnotationImportReport
from claimdesk.db.messages import CONTEXT, message, message_n
from claimdesk.db.rules import file_values
from claimdesk.desktop.i18n.catalog import Message, extract_db, lrelease
from claimdesk.desktop.i18n.db_messages import message_text
from claimdesk.desktop.widgets.plain_text import error_text

NO_SUCH_FILE = "{path}: no such file"
UNTAGGED = (
    "%n annotation had no tag; imported under “{tag}”",
    "%n annotations had no tag; imported under “{tag}”",
)
SPANISH = {
    NO_SUCH_FILE: "{path}: el archivo no existe",
    "{file}: {error}": "{file}: {error}",
    "the file is empty": "el archivo está vacío",
    UNTAGGED[1]: (
        "%n anotación no tenía etiqueta; importada como «{tag}»",
        "%n anotaciones no tenían etiqueta; importadas como «{tag}»",
    ),
}


def _ts(translations: dict[str, str | tuple[str, str]]) -> str:
    """A Spanish `.ts` holding `translations` in the context of db messages."""
    rows = []
    for source, translated in translations.items():
        if isinstance(translated, tuple):
            forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translated)
            rows.append(
                f'<message numerus="yes"><source>{escape(source)}</source>'
                f"<translation>{forms}</translation></message>"
            )
        else:
            rows.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(translated)}</translation></message>"
            )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
        f"<context><name>{CONTEXT}</name>{''.join(rows)}</context></TS>"
    )


@pytest.fixture
def translated(qapp: QApplication, tmp_path: Path) -> Iterator:
    """Install a Spanish translator of some db messages for one test."""
    installed: list[QTranslator] = []

    def install(translations: dict[str, str | tuple[str, str]]) -> None:
        ts, qm = tmp_path / f"es{len(installed)}.ts", tmp_path / f"es{len(installed)}.qm"
        ts.write_text(_ts(translations), encoding="utf-8")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def spanish(translated) -> None:
    translated(SPANISH)


def _refusal(tmp_path: Path) -> NotAProjectError:
    with pytest.raises(NotAProjectError) as refused:
        Store.open(tmp_path / "informe.claimdesk", create=False)
    return refused.value


def test_a_refused_project_reads_english_in_the_log_and_the_command_line(tmp_path):
    error = _refusal(tmp_path)

    assert str(error) == f"{tmp_path / 'informe.claimdesk'}: no such file"


def test_a_refused_project_is_shown_in_spanish_with_its_file_name(spanish, tmp_path):
    error = _refusal(tmp_path)

    assert error_text(error) == f"{tmp_path / 'informe.claimdesk'}: el archivo no existe"
    assert str(error).endswith(": no such file")  # the error itself stays English


def test_a_message_inside_a_message_is_translated_too(spanish):
    said = message("{file}: {error}", file="notas.txt", error=message("the file is empty"))

    assert message_text(said) == "notas.txt: el archivo está vacío"
    assert said == "notas.txt: the file is empty"


def test_a_count_takes_the_plural_form_of_the_language_shown(spanish):
    report = AnnotationImportReport(path=Path("notas.jsonl"), format="jsonl")
    report.untagged_tag = "Sin etiqueta"
    report.untagged = 1
    (one,) = report.untagged_lines()
    report.untagged = 3
    (three,) = report.untagged_lines()

    assert message_text(one) == "1 anotación no tenía etiqueta; importada como «Sin etiqueta»"
    assert message_text(three) == "3 anotaciones no tenían etiqueta; importadas como «Sin etiqueta»"
    assert one == "1 annotation had no tag; imported under “Sin etiqueta”"
    assert three == "3 annotations had no tag; imported under “Sin etiqueta”"


def test_a_message_with_no_translation_is_shown_in_english(spanish):
    untranslated = message("{where}: the article has no {field}", where="línea 3", field="text")
    counted = message_n("%n claim is not in W3C; use JSONL", "%n claims are not in W3C", 1)

    assert message_text(untranslated) == "línea 3: the article has no text"
    assert message_text(counted) == "1 claim is not in W3C; use JSONL"
    assert message_text(message_n("%n link", "%n links", 1_200)) == "1,200 links"


def test_counts_in_a_message_are_written_as_the_language_writes_numbers(qapp):
    default = QLocale()
    with pytest.raises(ValidationError) as refused:
        file_values.checked("x" * 12_000, "notas.jsonl, línea 3", "title", 10_000)
    QLocale.setDefault(QLocale("es"))
    try:
        shown = message_text(refused.value)
    finally:
        QLocale.setDefault(default)

    assert shown == 'notas.jsonl, línea 3: "title" is 12.000 characters, over the limit of 10.000'
    assert "12,000 characters" in str(refused.value)


def test_a_translation_that_lost_a_field_falls_back_to_english(translated):
    translated({NO_SUCH_FILE: "{ruta}: el archivo no existe"})

    assert message_text(message(NO_SUCH_FILE, path="a.claimdesk")) == "a.claimdesk: no such file"


def test_a_message_is_english_text_that_keeps_its_template_and_fields():
    said = message("{path}: holds over {limit:,} fact-checks", path="f.json", limit=50_000)

    assert said == "f.json: holds over 50,000 fact-checks"
    assert isinstance(said, str)
    assert (said.template, said.fields) == (
        "{path}: holds over {limit:,} fact-checks",
        {"path": "f.json", "limit": 50_000},
    )
    assert pickle.loads(pickle.dumps(NotAProjectError(said))).args[0].fields == said.fields


def test_the_catalog_lists_the_messages_db_says_for_translators():
    found = extract_db()

    assert Message(CONTEXT, NO_SUCH_FILE) in found
    assert Message(CONTEXT, "its HTML part is empty") in found  # messages.message(...)
    counted = next(m for m in found if m.source == UNTAGGED[1])
    assert counted.plural
    assert counted.english == UNTAGGED


def test_the_catalog_refuses_a_message_whose_text_is_not_literal(tmp_path):
    (tmp_path / "rule.py").write_text("problem = message(template, where=where)\n")

    with pytest.raises(ValueError, match="needs literal text"):
        extract_db(tmp_path)


def test_a_page_number_in_a_message_is_written_in_the_languages_digits_ungrouped(qapp):
    """An Arabic report line had Arabic-Indic counts beside a Latin page number."""
    default = QLocale()
    QLocale.setDefault(QLocale("ar"))
    try:
        shown = message_text(message("at page {page} of {pages:,}", page=1200, pages=3400))
    finally:
        QLocale.setDefault(default)

    assert shown == "at page ١٢٠٠ of ٣٬٤٠٠"
