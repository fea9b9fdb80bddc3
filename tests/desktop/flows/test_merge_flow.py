"""File → Merge a colleague's project…: their work arrives, a bad file changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from claimdesk.db import Store
from claimdesk.desktop.flows import merge_flow
from tests.desktop.conftest import REPORT_A, REPORT_B


def colleague_project(path: Path, name: str = "Bo") -> Path:
    """A colleague's own project with the same article and two annotations of theirs."""
    with Store.open(path) as store:
        article = store.add_article(REPORT_A, title="Report A")
        person = store.ensure_annotator(name)
        tags = store.tags()
        store.add_annotation(article.id, 4, 6, tags[0].id, person.id, note="check")
        store.add_annotation(article.id, 13, 21, tags[1].id, person.id)
    return path


def choose_and_confirm(monkeypatch, path: Path, messages: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda *a, kind=kind, **k: messages.append(f"{kind}: {a[2]}")
        )
    monkeypatch.setattr(
        merge_flow, "show_summary", lambda window, text: messages.append(f"information: {text}")
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer_yes_or_keep(box, messages))


def answer_yes_or_keep(box: QMessageBox, messages: list[str]) -> None:
    """Boxes in plain text: a question is answered Yes, any other message is kept."""
    if box.icon() == QMessageBox.Icon.Question:
        box.button(QMessageBox.StandardButton.Yes).click()
    else:
        messages.append(f"{box.icon().name.lower()}: {box.text()}")


def spans_shown(window) -> set[str]:
    return {span.annotation_id for pane in window.workspace.panes for span in pane.view.spans()}


def test_merging_a_colleagues_file_brings_their_annotations_into_every_view(
    qtbot, window, tmp_path, monkeypatch
):
    view = window.workspace.panes[0].view
    view.select_range(0, 3)
    qtbot.keyClick(view, Qt.Key.Key_1)  # something on the undo stack
    messages: list[str] = []
    choose_and_confirm(monkeypatch, colleague_project(tmp_path / "bo.claimdesk"), messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    store = window.session.store
    bo = store.annotator_by_name("Bo")
    theirs = store.annotations(annotator_ids=[bo.id])
    assert [a.note for a in theirs] == ["check", ""]
    assert "annotations: 2 added" in messages[0] and "information" in messages[0]
    assert {a.id for a in theirs} <= spans_shown(window)
    table = window.annotation_table.model
    qtbot.waitUntil(lambda: {a.id for a in theirs} <= {row.annotation_id for row in table.rows})
    assert not window.session.undo_stack.canUndo()  # a merge cannot be undone
    backup = merge_flow.backup_path(window.session.path)
    with Store.open(backup, create=False, readonly=True) as before:
        assert before.annotator_by_name("Bo") is None and len(before.annotations()) == 1


def test_merging_the_same_file_again_reports_nothing_new(qtbot, window, tmp_path, monkeypatch):
    messages: list[str] = []
    choose_and_confirm(monkeypatch, colleague_project(tmp_path / "bo.claimdesk"), messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=10_000)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert "Nothing new" in messages[1]


def test_a_text_file_named_like_a_project_is_refused_and_the_project_is_untouched(
    qtbot, window, tmp_path, monkeypatch
):
    fake = tmp_path / "notes.claimdesk"
    fake.write_text("These are my notes, not a project.\n", encoding="utf-8")
    before = window.session.store.annotations(include_deleted=True)
    messages: list[str] = []
    choose_and_confirm(monkeypatch, fake, messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0].startswith("critical: ") and str(fake) in messages[0]
    assert window.session.store.annotations(include_deleted=True) == before
    assert len(window.session.store.articles()) == 2


def test_a_file_from_a_newer_claimdesk_is_refused_with_a_clear_message(
    qtbot, window, tmp_path, monkeypatch
):
    newer = colleague_project(tmp_path / "newer.claimdesk")
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    messages: list[str] = []
    choose_and_confirm(monkeypatch, newer, messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "critical" in messages[0] and "newer Claimdesk" in messages[0]
    assert window.session.store.annotator_by_name("Bo") is None


def test_declining_the_confirmation_merges_nothing(qtbot, window, tmp_path, monkeypatch):
    path = colleague_project(tmp_path / "bo.claimdesk")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = []

    def decline(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    monkeypatch.setattr(QMessageBox, "exec", decline)
    merge_flow.merge_colleague_project(window)
    assert "cannot be undone" in asked[0]
    assert window.session.store.annotator_by_name("Bo") is None


def jons_copy(window, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Ana's two annotations of Report B, then Jon's copy where he deleted one and changed
    the other's verdict."""
    store = window.session.store
    ana = window.session.annotator
    article = next(a for a in store.articles() if a.title == "Report B")
    tag = store.tags()[0].id
    false = store.verdict_by_name("False").id

    def add(words: str, **fields) -> str:
        start = REPORT_B.index(words)
        return store.add_annotation(article.id, start, start + len(words), tag, ana.id, **fields).id

    ids = {"56": add("56 releases"), "400": add("The government claims 400", verdict_id=false)}
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "jon.claimdesk"
    store.db.execute("VACUUM INTO ?", [str(path)])
    with Store.open(path) as jon:
        jon.ensure_annotator("Jon")
        jon.delete_annotation(ids["56"])
        jon.update_annotation(ids["400"], verdict_id=jon.verdict_by_name("Misleading").id)
    return path, ids


def test_the_summary_names_what_a_colleague_changed_of_your_work(
    qtbot, window, tmp_path, monkeypatch
):
    path, _ = jons_copy(window, tmp_path)
    messages: list[str] = []
    choose_and_confirm(monkeypatch, path, messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    tag = window.session.store.tags()[0].name
    assert f"Jon deleted your annotation “56 releases” ({tag}, in Report B)" in messages[0]
    assert (
        f"Jon changed the verdict of your annotation “The government claims 400” ({tag}, in"
        " Report B) from False to Misleading"
    ) in messages[0]
    assert "restores your version" in messages[0]


def test_a_claim_and_a_link_changed_on_both_sides_are_named_by_their_quotes_not_ids(
    qtbot, window, tmp_path, monkeypatch
):
    store = window.session.store
    ana = window.session.annotator
    article = next(a for a in store.articles() if a.title == "Report B")
    tag = store.tags()[0]
    start = REPORT_B.index("56 releases")
    first = store.add_annotation(article.id, start, start + 11, tag.id, ana.id)
    second = store.add_annotation(article.id, 0, 9, tag.id, ana.id)
    claim = store.add_claim(ana.id, [first.id])  # no wording yet
    link = store.add_link(second.id, first.id, "supports", ana.id)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "jon.claimdesk"
    store.db.execute("VACUUM INTO ?", [str(path)])
    store.update_claim(claim.id, explanation="mine")
    store.update_link(link.id, note="mine")
    with Store.open(path) as jon:  # Jon's edits are the newer
        jon.ensure_annotator("Jon")
        jon.update_claim(claim.id, explanation="theirs")
        jon.update_link(link.id, note="theirs")
    messages: list[str] = []
    choose_and_confirm(monkeypatch, path, messages)
    merge_flow.merge_colleague_project(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    summary = messages[0]
    assert (
        f"changed the explanation of your claim “56 releases” ({tag.name}, in Report B)"
        " from “mine” to “theirs”"
    ) in summary
    assert f"newer version of the link from “Foro Pena” ({tag.name}, in Report B)" in summary
    assert "“”" not in summary
    for record in (claim.id, link.id, first.id, second.id):
        assert record not in summary


def test_the_summary_is_shown_as_plain_text(qtbot, window):
    box = merge_flow.show_summary(window, 'Jon deleted your annotation “<img src="/etc/x">”')
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
