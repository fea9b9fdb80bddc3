"""Evidence files in the inspector: attached, listed, opened from a safe copy, removed."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from claimdesk.desktop.session import Change

PDF = b"%PDF-1.4\nthe ministry's figures\n%%EOF\n"


def _inspected(window) -> str:
    store = window.session.store
    article = next(a for a in store.articles() if a.title == "Report A")
    annotation = store.add_annotation(
        article.id, 0, 3, store.tags()[0].id, window.session.annotator.id
    )
    window.session.announce(Change(everything=True))
    window.inspector.show_annotation(annotation.id)
    return annotation.id


def _labels(panel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_attach_lists_the_file_and_undo_takes_it_away(qtbot, window, tmp_path: Path, monkeypatch):
    _inspected(window)
    panel = window.inspector.evidence_files
    assert panel.isVisibleTo(window.inspector) and _labels(panel) == []
    (tmp_path / "figures.pdf").write_bytes(PDF)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "figures.pdf"), "")
    )
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    wait_for_reading(qtbot, panel)
    assert _labels(panel) == ["figures.pdf · 1 kB"]
    window.session.undo_stack.undo()
    assert _labels(panel) == []
    window.session.undo_stack.redo()
    assert _labels(panel) == ["figures.pdf · 1 kB"]
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert _labels(panel) == [] and not panel.open_button.isEnabled()


def test_open_hands_a_private_copy_with_a_safe_name_to_the_viewer(
    qtbot, window, tmp_path: Path, monkeypatch
):
    _inspected(window)
    panel = window.inspector.evidence_files
    source = tmp_path / "run me.desktop"
    source.write_bytes(b"[Desktop Entry]\nExec=rm -rf ~\n")
    panel.attach_file(source)
    wait_for_reading(qtbot, panel)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    (copy,) = map(Path, opened)
    assert copy.name == "run me.txt"
    assert copy.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700


def test_a_file_over_the_limit_is_refused_in_one_message(
    qtbot, window, tmp_path: Path, monkeypatch, boxes
):
    _inspected(window)
    import claimdesk.db.operations.evidence as operations

    monkeypatch.setattr(operations, "EVIDENCE_FILE_BYTES", 100)
    (tmp_path / "big.zip").write_bytes(b"PK\x03\x04" + bytes(500))
    window.inspector.evidence_files.attach_file(tmp_path / "big.zip")
    wait_for_reading(qtbot, window.inspector.evidence_files)
    (message,) = boxes.shown
    assert "big.zip" in message and "limit" in message
    assert _labels(window.inspector.evidence_files) == []


def wait_for_reading(qtbot, panel) -> None:
    """The chosen file is read in the background; the attach follows on the UI thread."""
    with qtbot.waitSignal(panel.task.finished, timeout=10_000):
        pass


def _drop(panel, urls) -> bool:
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls(urls)
    at = panel.list.geometry().center()
    enter = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(panel, enter)
    drop = QDropEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(panel, drop)
    return enter.isAccepted()


def test_files_dropped_on_the_list_are_attached_as_one_undo_step(qtbot, window, tmp_path: Path):
    from PySide6.QtCore import QUrl

    _inspected(window)
    panel = window.inspector.evidence_files
    (tmp_path / "figures.pdf").write_bytes(PDF)
    (tmp_path / "post.txt").write_bytes(b"the post, as saved")
    urls = [QUrl.fromLocalFile(str(tmp_path / name)) for name in ("figures.pdf", "post.txt")]
    assert _drop(panel, urls)
    wait_for_reading(qtbot, panel)
    assert _labels(panel) == ["figures.pdf · 1 kB", "post.txt · 1 kB"]
    window.session.undo_stack.undo()
    assert _labels(panel) == []


def test_a_web_address_dropped_on_the_list_becomes_evidence_url(qtbot, window):
    from PySide6.QtCore import QUrl

    annotation_id = _inspected(window)
    panel = window.inspector.evidence_files
    assert _drop(panel, [QUrl("https://stats.example/q3.pdf")])
    assert window.session.store.annotation(annotation_id).evidence == (
        "https://stats.example/q3.pdf",
    )
    window.session.undo_stack.undo()
    assert window.session.store.annotation(annotation_id).evidence == ()
