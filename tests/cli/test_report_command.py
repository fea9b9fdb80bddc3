"""`claimdesk report` end to end: the page, Markdown and PDF from the command line, a page
per claim, and a browser's and a PDF reader's view of what was published."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimdesk.db import Store
from claimdesk.desktop.cli import main
from tests.db.report.seed_project import WORDING, released_prisoners, second_claim


@pytest.fixture
def seeded(tmp_path: Path, seed_paths: list[Path]) -> Path:
    project = tmp_path / "seeds.claimdesk"
    with Store.open(project) as store:
        released_prisoners(store, seed_paths)
        second_claim(store, "Multiple Americans were released")
    return project


def test_report_writes_a_page_and_says_what_it_published(seeded, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", str(seeded), "-o", str(out), "--organization", "Desk"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"published 2 claims (2 ratings) to {out}")
    assert "--split" in said, "a page with two ClaimReviews points to one page per claim"
    assert WORDING in out.read_text(encoding="utf-8")


def test_report_split_writes_one_page_per_chosen_claim(seeded, tmp_path):
    out = tmp_path / "pages"
    assert main(["report", str(seeded), "-o", str(out), "--split", "--claim", "2"]) == 0
    assert [path.name for path in out.iterdir()] == ["02-multiple-americans-were-released.html"]


def test_report_refuses_an_unknown_claim_in_one_line(seeded, tmp_path, capsys):
    assert main(["report", str(seeded), "-o", str(tmp_path / "r.html"), "--claim", "9"]) == 1
    assert capsys.readouterr().err == (
        "claimdesk: no claim '9' to report: give an id or a number from `claimdesk claims` (1–2)\n"
    )


def test_the_pdf_holds_every_claim(seeded, tmp_path):
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF's text")
    out = tmp_path / "report.pdf"
    assert main(["report", str(seeded), "-o", str(out)]) == 0
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(out).pages).split())
    for wording in (WORDING, "Multiple Americans were released"):
        assert wording in text
    assert "MOSTLY FALSE" in text and "had confirmed 56 prisoners" in text


def test_the_page_renders_in_a_browser_and_is_not_blank(seeded, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it where it can)")
    out = tmp_path / "report.html"
    assert main(["report", str(seeded), "-o", str(out)]) == 0
    shot = tmp_path / "shot.png"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--window-size=1000,1400", f"--screenshot={shot}", out.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull()
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)]  # fmt: skip
    assert len({colour.rgb() for colour in samples}) > 20, "text, the rating colour, the chart"
    assert sum(1 for colour in samples if colour.lightness() < 100) > 500, "text is drawn"


def test_a_hostile_note_is_printed_as_text_in_the_pdf(seeded, tmp_path):
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF's text")
    hostile = '<img src="file:///etc/hostname"><b>bold?</b>'
    with Store.open(seeded, create=False) as store:
        store.update_claim(store.claims()[0].id, explanation=hostile)
    out = tmp_path / "report.pdf"
    assert main(["report", str(seeded), "-o", str(out)]) == 0
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert hostile in text
    images = sum(len(page.images) for page in reader.pages)
    assert images == 1, "the timeline chart only: the note's <img> loaded nothing"


def test_report_language_option_words_the_page_in_spanish(seeded, tmp_path):
    out = tmp_path / "informe.html"
    assert main(["report", str(seeded), "-o", str(out), "--language", "es"]) == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="es" dir="ltr">' in html and "Nuestra calificación" in html
