"""The report's PDF keeps each piece of project text in its own direction: an English claim
quoted in an Arabic PDF ends with its own full stop, not with one thrown to its other end
(Qt's text engine ignores <bdi>; the PDF isolates project text with Unicode FSI/PDI)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from claimdesk.db import Store
from claimdesk.db.report.content import gather
from claimdesk.db.report.render import Layout
from claimdesk.desktop.report_pdf import pdf_document
from tests.db.report.seed_project import released_prisoners

ENDING = "political prisoners."


def _x_of(document: QTextDocument, phrase: str, offset: int) -> float:
    """Where, across the line, the cursor before character `offset` of `phrase` stands."""
    block = document.begin()
    while block.isValid() and phrase not in block.text():
        block = block.next()
    assert block.isValid(), phrase
    at = block.text().index(phrase) + offset
    layout = block.layout()
    line = layout.lineForTextPosition(at)
    x, _ = line.cursorToX(at)
    return x


def test_an_english_claim_in_an_arabic_pdf_keeps_its_full_stop_at_its_end(
    store: Store, seed_paths, qapp
):
    claim = released_prisoners(store, seed_paths)
    store.update_claim(claim, wording="Venezuela has released hundreds of political prisoners.")
    store.set_setting("language", "ar")
    document = pdf_document(gather(store), Layout("pdf"))
    document.setTextWidth(2000)  # one line: positions compare along it
    document.size()
    stop = ENDING.index(".")
    # Left to right inside the English: the stop comes after the "s" of "prisoners".
    assert _x_of(document, ENDING, stop) > _x_of(document, ENDING, stop - 1)
