"""After publishing a report, an appearance of a published claim is not offered that
claim's own fact-check as "checked before", in the inspector's line nor in the Checked
before? dialog it opens; the other claim's check, worded alike, is still offered."""

from __future__ import annotations

from claimdesk.db.report.publish import publish_report
from claimdesk.desktop.panels.checked_before_cache import CheckedBefore
from claimdesk.desktop.widgets.checked_before_dialog import CheckedBeforeDialog

from .test_own_published_check import WORDINGS


def test_an_appearance_of_a_published_claim_is_offered_only_the_others_check(
    qtbot, window, tmp_path
):
    store = window.session.store
    ana = store.ensure_annotator("Ana")
    text = " ".join(f"{wording}." for wording in WORDINGS)
    article = store.add_article(text, title="Two claims")
    tag = store.tag_by_name("Statistic").id
    false = store.verdict_by_name("False").id
    spans = []
    for wording in WORDINGS:
        start = text.index(wording)
        span = store.add_annotation(article.id, start, start + len(wording), tag, ana.id).id
        store.add_claim(ana.id, [span], wording=wording, verdict_id=false)
        spans.append(span)
    publish_report(store, tmp_path / "r.html")
    CheckedBefore.of(window.session).check_archives()
    inspector = window.inspector
    inspector.show_annotation(spans[0])
    note = inspector.checked_before
    qtbot.waitUntil(lambda: note.isVisibleTo(inspector))
    assert WORDINGS[1] in note.best.accessibleName()
    assert note.more.text() == "Why…", "one check only: the other claim's"
    note.more.click()
    [dialog] = window.findChildren(CheckedBeforeDialog)
    assert dialog.list.count() == 1 and WORDINGS[1] in dialog.list.item(0).text()


def test_choosing_a_shared_archive_from_that_dialog_still_leaves_out_the_own_check(
    qtbot, window, tmp_path, monkeypatch
):
    """The dialog reopened after a shared archive was chosen in it had forgotten which
    claims the text is an appearance of, and offered the claim its own check again."""
    from PySide6.QtWidgets import QFileDialog

    from claimdesk.db.storage.archive_file import create_archive

    store = window.session.store
    ana = store.ensure_annotator("Ana")
    text = " ".join(f"{wording}." for wording in WORDINGS)
    article = store.add_article(text, title="Two claims")
    tag = store.tag_by_name("Statistic").id
    false = store.verdict_by_name("False").id
    spans = []
    for wording in WORDINGS:
        start = text.index(wording)
        span = store.add_annotation(article.id, start, start + len(wording), tag, ana.id).id
        store.add_claim(ana.id, [span], wording=wording, verdict_id=false)
        spans.append(span)
    publish_report(store, tmp_path / "r.html")
    CheckedBefore.of(window.session).check_archives()
    window.inspector.show_annotation(spans[0])
    note = window.inspector.checked_before
    qtbot.waitUntil(lambda: note.isVisibleTo(window.inspector))
    note.more.click()
    [first] = window.findChildren(CheckedBeforeDialog)
    shared = tmp_path / "newsroom.cdarchive"
    create_archive(shared)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shared), ""))
    first.choose_shared.emit()
    reopened = [d for d in window.findChildren(CheckedBeforeDialog) if d is not first]
    dialog = reopened[-1]
    assert dialog.list.count() == 1 and WORDINGS[1] in dialog.list.item(0).text()
