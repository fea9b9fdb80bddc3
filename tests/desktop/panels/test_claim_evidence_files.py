"""Evidence files on a claim, in the claims panel: attached, listed, undone."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.conftest import link_with_keys

from .test_claims_panel import wait_for_claims

PNG = b"\x89PNG\r\n\x1a\nscreenshot of the post"


def test_a_screenshot_attached_to_the_selected_claim_is_listed_and_undoable(
    qtbot, window, two_figures, tmp_path: Path
):
    view_a, view_b, first, second = two_figures
    link_with_keys(qtbot, window, view_a, view_b, first, second, 0)
    panel = window.claims_panel
    [row] = wait_for_claims(qtbot, panel, 1)
    panel.tree.setCurrentItem(row)
    files = panel.claim_files
    (tmp_path / "post.png").write_bytes(PNG)
    files.attach_file(tmp_path / "post.png")
    with qtbot.waitSignal(files.task.finished, timeout=10_000):
        pass  # read in the background
    assert [files.list.item(i).text() for i in range(files.list.count())] == ["post.png · 1 kB"]
    (evidence,) = files.files()
    assert evidence.claim_id == panel.current_claim_id() and evidence.media_type == "image/png"
    window.session.undo_stack.undo()
    assert files.list.count() == 0


def test_with_no_claim_selected_the_claims_files_offer_nothing_to_press(qtbot, window):
    """Attach, Open and Remove looked pressable before any claim was chosen (seen after a
    restart under Xvfb); they wait for a claim, and Open and Remove for a file."""
    window.panels.use("reviewing")
    files = window.claims_panel.claim_files
    qtbot.waitUntil(files.isVisible)
    buttons = (files.attach_button, files.open_button, files.remove_button)
    assert [button.isEnabled() for button in buttons] == [False, False, False]
