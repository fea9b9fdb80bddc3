"""A store that cannot write (full disk, I/O error) costs the user one message, nothing more:
no step on the undo stack, nothing half-done on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from .conftest import REPORT_A, pane_showing, select_with_keyboard


def fill_the_disk(store) -> None:
    """Test set-up only: the file may not grow by one more page, as on a full disk."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_tagging_on_a_full_disk_says_so_and_leaves_nothing_to_undo(qtbot, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    view = pane_showing(window, "Report A").view
    store = window.session.store
    for n in range(40):  # use up the free pages first, so the next tag needs a new one
        store.add_article(f"Filler {n} " + "x" * 3000, title=f"Filler {n}")
    fill_the_disk(store)
    before = window.session.undo_stack.count()
    select_with_keyboard(qtbot, view, REPORT_A.index("about 50"), 2)
    for _ in range(30):  # until a tag needs a page the file cannot have
        qtbot.keyClick(view, "2")
        if shown:
            break
        view.set_caret(REPORT_A.index("about 50"))
        select_with_keyboard(qtbot, view, REPORT_A.index("about 50"), 2)
    assert shown and "full" in shown[0]
    assert window.session.undo_stack.count() - before == len(store.annotations())
    window.session.undo_stack.undo()
    assert len(shown) == 1  # undoing the last real step raises nothing more


def test_an_undo_the_store_could_not_carry_out_leaves_the_step_to_undo_again(
    qtbot, window, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    view = pane_showing(window, "Report A").view
    select_with_keyboard(qtbot, view, REPORT_A.index("about 50"), 2)
    qtbot.keyClick(view, "2")
    session, store = window.session, window.session.store
    stack = session.undo_stack
    [annotation] = store.annotations()

    def disk_error(*args, **kwargs):
        raise OSError("the disk could not be written")

    monkeypatch.setattr(store, "delete_annotation", disk_error)
    stack.undo()
    qtbot.waitUntil(lambda: stack.canUndo() and not stack.canRedo())
    assert shown and "disk" in shown[0]
    assert store.annotations() == [annotation]
    monkeypatch.undo()  # the disk is back: the same Ctrl+Z now works
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    stack.undo()
    assert store.annotations() == []
    assert len(shown) == 1


def test_a_redo_the_store_could_not_carry_out_leaves_the_step_to_redo_again(
    qtbot, window, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    view = pane_showing(window, "Report A").view
    select_with_keyboard(qtbot, view, REPORT_A.index("about 50"), 2)
    qtbot.keyClick(view, "2")
    session, store = window.session, window.session.store
    stack = session.undo_stack
    stack.undo()
    assert store.annotations() == []

    def disk_error(*args, **kwargs):
        raise OSError("the disk could not be written")

    monkeypatch.setattr(store, "restore_annotation", disk_error)
    stack.redo()
    qtbot.waitUntil(lambda: stack.canRedo())
    assert shown and "disk" in shown[0]
    assert store.annotations() == []
