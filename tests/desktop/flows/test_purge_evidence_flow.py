"""File → Purge removed evidence files…: says how many files and bytes would go and that
the undo history is cleared, then purges in the background, clears the undo history and
says what went; with nothing removed, says so and changes nothing."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from claimdesk.db.operations.evidence import attach_evidence_bytes, remove_evidence
from claimdesk.db.records.evidence_files import all_evidence, removed_evidence
from claimdesk.desktop.flows import purge_flow
from tests.desktop.driver import Desk

PDF = b"%PDF-1.7\n" + bytes(200_000) + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\nscreenshot"


def test_purging_from_the_file_menu_says_what_goes_and_clears_the_undo_history(
    desk: Desk, monkeypatch
):
    store = desk.window.session.store
    ana = store.ensure_annotator("Ana").id
    article = store.add_article("The minister said 40% more.", title="Speech")
    span = store.add_annotation(article.id, 18, 21, store.tags()[0].id, ana).id
    pdf = attach_evidence_bytes(store, PDF, "report.pdf", ana, annotation_id=span)
    attach_evidence_bytes(store, PNG, "shot.png", ana, annotation_id=span)
    remove_evidence(store, pdf.record_id)
    desk.window.session.undo_stack.push(QUndoCommand("an earlier step"))
    asked: list[str] = []
    monkeypatch.setattr(purge_flow, "ask", lambda parent, title, text: asked.append(text) or True)
    desk.choose("File", "Purge removed evidence files")
    desk.qtbot.waitUntil(lambda: desk.status_bar()[0].startswith("Purged 1 removed evidence"))
    [question] = asked
    assert question.startswith("1 removed evidence") and "(195.33 KiB)" in question
    assert "undo history is cleared" in question
    assert desk.window.session.undo_stack.count() == 0
    assert [e.file_name for e in all_evidence(store)] == ["shot.png"]
    assert removed_evidence(store).files == 0


def test_with_nothing_removed_purging_says_so(desk: Desk, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(purge_flow, "show_message", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(purge_flow, "ask", lambda *a: (_ for _ in ()).throw(AssertionError()))
    desk.choose("File", "Purge removed evidence files")
    assert said == ["No removed evidence files to purge."]
