"""File → New shared fact-check archive… and File → Use a shared fact-check archive…: the
newsroom's archive file made or chosen from the menu, without importing anything, and the
project matching against it from then on."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from claimdesk.db.factchecks.shared import shared_archive_path
from claimdesk.db.storage.archive_file import create_archive, open_archive
from claimdesk.db.storage.fact_check_store import fact_check_count
from tests.desktop.driver import Desk


def test_a_new_shared_archive_made_from_the_file_menu_is_the_one_matched(
    desk: Desk, tmp_path, monkeypatch
):
    made = tmp_path / "newsroom"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(made), ""))
    desk.choose("File", "New shared fact-check archive")
    shared = tmp_path / "newsroom.cdarchive"
    with open_archive(shared) as archive:
        assert fact_check_count(archive) == 0
    assert shared_archive_path(desk.window.session.store) == shared.resolve()
    assert desk.status_bar()[0] == "Shared fact-check archive: newsroom.cdarchive"


def test_a_shared_archive_chosen_from_the_file_menu_is_the_one_matched(
    desk: Desk, tmp_path, monkeypatch
):
    chosen = tmp_path / "desk.cdarchive"
    create_archive(chosen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    desk.choose("File", "Use a shared fact-check archive")
    assert shared_archive_path(desk.window.session.store) == chosen.resolve()
