"""`claimdesk import --ocr-language CODE` reads OCR in Tesseract's language data the user
names (refused in one line, the project not even made, when it is missing); without it,
the system locale's languages where installed, else English."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.db.interchange.sources import ocr
from claimdesk.db.interchange.sources.ocr_languages import system_codes
from claimdesk.desktop.cli import main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"


def _has(language: str) -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return language in listed.stdout.split()


@pytest.fixture
def packs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract with English, Spanish and both Chinese scripts."""
    monkeypatch.setattr(ocr, "tesseract", lambda: "/usr/bin/tesseract")
    installed = frozenset({"eng", "spa", "chi_sim", "chi_tra", "osd"})
    monkeypatch.setattr(ocr, "installed_languages", lambda: installed)


def test_a_language_whose_data_is_missing_is_refused_in_one_line_before_the_project_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], packs: None
):
    project = tmp_path / "p.claimdesk"
    scan = FIXTURES / "scanned.pdf"
    assert main(["import", str(project), str(scan), "--ocr-language", "deu"]) == 1
    assert capsys.readouterr().err == (
        "claimdesk: --ocr-language: Tesseract has no 'deu' language data (its package is"
        " usually tesseract-ocr-deu); installed: chi_sim, chi_tra, eng, spa\n"
    )
    assert not project.exists()


def test_a_language_asked_for_without_tesseract_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    project = tmp_path / "p.claimdesk"
    assert (
        main(["import", str(project), str(FIXTURES / "statement.png"), "--ocr-language", "spa"])
        == 1
    )
    err = capsys.readouterr().err
    assert err == "claimdesk: --ocr-language: OCR needs Tesseract, which is not installed\n"
    assert not project.exists()


def test_what_is_no_language_code_is_refused_saying_what_one_looks_like(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], packs: None
):
    project = tmp_path / "p.claimdesk"
    assert (
        main(
            ["import", str(project), str(FIXTURES / "statement.png"), "--ocr-language", "Spanish!"]
        )
        == 1
    )
    assert capsys.readouterr().err == (
        "claimdesk: --ocr-language: 'Spanish!' is not a Tesseract language code such as eng,"
        " spa or chi_sim (several joined by +, as spa+eng)\n"
    )


@pytest.mark.parametrize(
    ("environ", "codes"),
    [
        ({"LANG": "es_ES.UTF-8"}, "spa"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, "chi_sim+chi_tra"),
        ({"LANG": "de_DE.UTF-8"}, "eng"),  # German data not installed
        ({"LANG": "C.UTF-8"}, "eng"),
        ({}, "eng"),
    ],
)
def test_without_a_language_the_system_locale_chooses_among_the_installed_ones(
    packs: None, environ: dict[str, str], codes: str
):
    assert system_codes(environ) == codes


@pytest.mark.skipif(not _has("spa"), reason="Tesseract's Spanish data is not installed")
def test_a_spanish_statement_is_read_in_spanish_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # the system's language is not Spanish
    project = tmp_path / "p.claimdesk"
    image = FIXTURES / "declaracion.png"
    assert main(["import", str(project), str(image), "--ocr-language", "spa"]) == 0
    with Store.open(project, create=False) as store:
        (article,) = store.articles()
        assert store.article_text(article.id) == (
            "El año pasado la economía creció un 2,5 por ciento."
        )


@pytest.mark.skipif(not _has("spa"), reason="Tesseract's Spanish data is not installed")
def test_on_a_spanish_system_the_import_reads_spanish_without_being_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    project = tmp_path / "p.claimdesk"
    assert main(["import", str(project), str(FIXTURES / "declaracion.png")]) == 0
    with Store.open(project, create=False) as store:
        (article,) = store.articles()
        assert store.article_text(article.id) == (
            "El año pasado la economía creció un 2,5 por ciento."
        )
