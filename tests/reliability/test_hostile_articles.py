"""Article content is only ever text: markup is shown literally, invisible and bidi control
characters keep exact offsets, a 1 MB line opens, and an oversized file is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt

from claimdesk.db import Store
from claimdesk.db.interchange.article_files import MAX_FILE_BYTES
from claimdesk.db.interchange.article_import import import_article_file
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

TITLE = '<b>x</b><img src="file:///etc/passwd">'
OUTLET = "<i>Wire</i>"
NOTE = "<script>alert(1)</script>"
TRICKY = "Zero\u200bwidth, \u202eevil\u202c and \u2066isolated\u2069: 400 freed.\n"


def open_window(qtbot, tmp_path: Path, project: Path) -> MainWindow:
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_project(project, "Ana")
    qtbot.waitExposed(window)
    return window


def test_markup_in_titles_outlets_and_notes_is_shown_as_literal_text(qtbot, tmp_path: Path):
    project = tmp_path / "hostile.claimdesk"
    with Store.open(project) as store:
        article = store.add_article("Officials said 400 were freed.", title=TITLE, outlet=OUTLET)
        store.add_annotation(
            article.id, 15, 18, store.tags()[0].id, store.ensure_annotator("Ana").id, note=NOTE
        )
    window = open_window(qtbot, tmp_path, project)
    try:
        pane = window.workspace.panes[0]
        for label in (pane.title_label, pane.meta_label):
            assert label.textFormat() == Qt.TextFormat.PlainText
        assert pane.title_label.text() == TITLE
        assert OUTLET in pane.meta_label.text()

        articles = window.article_list.model
        first = articles.index(0, 0)
        assert articles.data(first) == TITLE
        tooltip = articles.data(first, Qt.ItemDataRole.ToolTipRole)
        assert "&lt;img" in tooltip and "<img" not in tooltip  # escaped, so shown literally

        table = window.annotation_table.model
        window.annotation_table.refresh()  # the table fills when first shown
        qtbot.waitUntil(lambda: table.rowCount() == 1)
        notes = [
            table.data(table.index(row, column), Qt.ItemDataRole.ToolTipRole)
            for row in range(table.rowCount())
            for column in range(table.columnCount())
        ]
        shown = [text for text in notes if text and "script" in text]
        assert shown and all("&lt;script&gt;" in text for text in shown)
        assert not any(QtGui.Qt.mightBeRichText(text) and "<script" in text for text in shown)
    finally:
        window.close_project()


def test_zero_width_and_bidi_controls_survive_import_with_code_point_offsets(
    store: Store, ana, tmp_path: Path
):
    path = tmp_path / "tricky.txt"
    path.write_text(TRICKY, encoding="utf-8")
    outcome = import_article_file(store, path)
    assert outcome.article is not None and outcome.article.text == TRICKY
    start = TRICKY.index("400")
    annotation = store.add_annotation(
        outcome.article.id, start, start + 3, store.tags()[0].id, ana.id
    )
    assert annotation.quote == "400"
    assert store.article_text(outcome.article.id)[start : start + 3] == "400"


def test_a_one_megabyte_single_line_imports_and_opens_in_a_pane(qtbot, tmp_path: Path):
    line = ("All quiet on the border; 400 freed. " * 30_000)[:1_048_576]
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    project = tmp_path / "long.claimdesk"
    with Store.open(project) as store:
        outcome = import_article_file(store, path)
        assert outcome.article is not None and outcome.article.length == len(line)
    window = open_window(qtbot, tmp_path, project)
    try:
        assert window.workspace.panes[0].view.text() == line
    finally:
        window.close_project()


def test_a_fifty_megabyte_file_is_refused_with_the_limit_named(store: Store, tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1_048_576)  # sparse: no 50 MB written to make the test
    outcome = import_article_file(store, path)
    limit = MAX_FILE_BYTES // 1_048_576
    assert outcome.article is None
    assert outcome.error == f"{path}: 50.0 MB is over the {limit} MB limit for one article"
    assert store.articles() == []
