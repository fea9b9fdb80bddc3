"""Starting fast: the first frame shows the project's articles; the panels in the docks are
built right after it, or the first time they are shown or needed, and then work as usual."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from claimdesk.db import Store
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings
from claimdesk.desktop.widgets.search_dialog import SearchAllDialog

from .conftest import REPORT_A, REPORT_B

PANEL_MODULES = [
    "claimdesk.desktop.panels.claims_panel",
    "claimdesk.desktop.panels.suggestions_panel",
    "claimdesk.desktop.panels.inspector",
    "claimdesk.desktop.panels.annotation_table",
    "claimdesk.desktop.review.review_panel",
    "claimdesk.desktop.flows.project_flows",
    "claimdesk.desktop.widgets.search_dialog",
    "claimdesk.desktop.actions.help_dialog",
    "claimdesk.desktop.widgets.relation_dialog",
    "claimdesk.desktop.commands.article_commands",  # asks before deleting an article
    "claimdesk.desktop.review.review_start_dialog",
    "claimdesk.db.analysis.suggestions",
    "claimdesk.db.claims.claim_overview",
]


@pytest.fixture
def claimed_project(tmp_path: Path) -> Path:
    """Reports A and B, with one claim made of a figure in each."""
    project = tmp_path / "claimed.claimdesk"
    with Store.open(project) as store:
        ana = store.ensure_annotator("Ana")
        a = store.add_article(REPORT_A, title="Report A", outlet="Wire", date="2026-01-14")
        b = store.add_article(REPORT_B, title="Report B", outlet="Daily", date="2026-01-17")
        tag_id = store.tags()[0].id
        first = REPORT_A.index("about 50")
        second = REPORT_B.index("56")
        members = [
            store.add_annotation(a.id, first, first + 8, tag_id, ana.id).id,
            store.add_annotation(b.id, second, second + 2, tag_id, ana.id).id,
        ]
        store.add_claim(ana.id, members, wording="About 50 released")
    return project


def shown_window(qtbot, app_settings, project: Path, *, before_first_frame=None) -> MainWindow:
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    assert window.open_project(project, "Ana")
    if before_first_frame is not None:
        before_first_frame(window)
    qtbot.waitExposed(window)
    return window


def menu_action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise LookupError(text)


def test_opening_a_project_at_start_imports_none_of_the_panels_or_dialogs(tmp_path: Path):
    script = f"""
import os, sys
from pathlib import Path
from claimdesk.desktop.app import create_application
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings
app = create_application()
window = MainWindow(AppSettings(Path(sys.argv[1]) / "settings.ini"))
window.show()
assert window.open_project(Path(sys.argv[1]) / "new.claimdesk", "Ana")
print([name for name in {PANEL_MODULES!r} if name in sys.modules])
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_project_opens_with_its_articles_in_the_panes_and_no_panel_built_yet(
    qtbot, app_settings, claimed_project
):
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(claimed_project, "Ana")
    texts = sorted(pane.view.toPlainText() for pane in window.workspace.panes)
    assert texts == sorted([REPORT_A, REPORT_B])
    assert not any(dock.built for dock in window.docks.deferred)


def test_the_docks_a_start_shows_fill_in_after_the_first_frame(
    qtbot, app_settings, claimed_project
):
    window = shown_window(qtbot, app_settings, claimed_project)
    shown = [window.docks.dock("inspector"), window.docks.dock("annotations")]  # annotating's
    qtbot.waitUntil(lambda: all(dock.built for dock in shown))
    assert not window.docks.dock("claims").built  # folded into the side bar
    assert not window.docks.dock("suggestions").built
    assert not window.windowIcon().isNull()
    window.action_set["view.layout_reviewing"].trigger()
    qtbot.waitUntil(lambda: window.docks.dock("claims").built)
    assert not window.docks.dock("suggestions").built  # still folded in the side bar
    qtbot.waitUntil(lambda: window.claims_panel.tree.topLevelItemCount() == 1)


def test_opening_suggestions_from_the_side_bar_builds_the_panel_and_it_searches(qtbot, seed_window):
    dock = seed_window.docks.dock("suggestions")
    qtbot.waitUntil(lambda: seed_window.docks.dock("inspector").built)  # the first frame is done
    assert not dock.built
    dock.toggleViewAction().trigger()  # what its side bar button does
    qtbot.waitUntil(lambda: dock.built)
    panel = seed_window.suggestions_panel
    assert panel.active
    qtbot.waitUntil(lambda: panel.list.count() >= 1, timeout=20_000)


def test_f8_builds_the_hidden_claims_panel_and_goes_to_the_first_claim(
    qtbot, app_settings, claimed_project
):
    window = shown_window(
        qtbot,
        app_settings,
        claimed_project,
        before_first_frame=lambda w: w.docks.dock("claims").hide(),
    )
    qtbot.waitUntil(lambda: window.docks.dock("inspector").built)  # the first frame is done
    assert not window.docks.dock("claims").built
    window.activateWindow()
    window.workspace.panes[0].view.setFocus()
    qtbot.keyClick(window.workspace.panes[0].view, Qt.Key.Key_F8)
    assert window.docks.dock("claims").built and window.docks.dock("claims").isVisible()
    panel = window.claims_panel
    assert panel.tree.currentItem() is panel.tree.topLevelItem(0)


def test_the_claims_menu_and_search_work_on_panels_not_built_yet(
    qtbot, app_settings, claimed_project
):
    def hide_docks(window):
        for dock in window.docks.deferred:
            dock.hide()

    window = shown_window(qtbot, app_settings, claimed_project, before_first_frame=hide_docks)
    assert not any(dock.built for dock in window.docks.deferred)
    menu_action(window, "Only contradicted claims").trigger()
    assert window.claims_panel.contradicted_only.isChecked()
    menu_action(window, "Suggested links").trigger()
    assert window.docks.dock("suggestions").built and window.docks.dock("suggestions").isVisible()
    menu_action(window, "Next claim").trigger()
    menu_action(window, "Find in all articles…").trigger()
    dialog = window.findChild(SearchAllDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_caret_moves_before_the_inspector_is_built_show_up_when_it_is(
    qtbot, app_settings, claimed_project
):
    window = shown_window(
        qtbot,
        app_settings,
        claimed_project,
        before_first_frame=lambda w: (
            w.docks.dock("inspector").hide(),
            w.docks.dock("annotations").hide(),
        ),
    )
    first = window.session.store.annotations()[0].id
    window.workspace.current_annotation_changed.emit(first)
    assert not window.docks.dock("inspector").built
    assert window.inspector.annotation_id == first
    assert window.annotation_table.selected_annotation() == first


def test_the_app_collects_garbage_again_once_its_window_is_shown(
    qtbot, app_settings, claimed_project, monkeypatch
):
    """Building the window runs no cyclic collection (its objects all live on); the
    running app does, so memory freed in cycles while annotating comes back."""
    from PySide6.QtWidgets import QApplication

    from claimdesk.desktop import app as app_module

    seen: list[tuple[str, bool]] = []
    build = app_module.MainWindow

    def watched(settings: AppSettings) -> MainWindow:
        window = build(settings)
        qtbot.addWidget(window)
        seen.append(("building", gc.isenabled()))
        return window

    monkeypatch.setattr(app_module, "MainWindow", watched)
    monkeypatch.setattr(QApplication, "exec", lambda app: seen.append(("running", gc.isenabled())))
    app_module.run_app(claimed_project, annotator="Ana", settings=app_settings)
    assert seen == [("building", False), ("running", True)]
    assert gc.isenabled()


# The window first, then the project (issue 20: start faster)


def test_a_start_shows_the_window_before_it_opens_the_project(
    qtbot, app_settings, claimed_project, monkeypatch
):
    """What `claimdesk PROJECT` shows when its event loop starts: the window, saying the
    project is opening, with no project read yet; the project opens on the next turns."""
    from PySide6.QtWidgets import QApplication

    from claimdesk.desktop import app as app_module

    windows: list[MainWindow] = []
    build = app_module.MainWindow

    def kept(settings: AppSettings) -> MainWindow:
        windows.append(build(settings))
        qtbot.addWidget(windows[-1])
        return windows[-1]

    seen: list[tuple[bool, bool, str]] = []
    monkeypatch.setattr(app_module, "MainWindow", kept)
    monkeypatch.setattr(
        QApplication,
        "exec",
        lambda app: seen.append(
            (
                windows[0].isVisible(),
                windows[0].session is None,
                windows[0].statusBar().currentMessage(),
            )
        ),
    )
    app_module.run_app(claimed_project, annotator="Ana", settings=app_settings)
    assert seen == [(True, True, "Opening claimed.claimdesk…")]
    window = windows[0]
    qtbot.waitUntil(lambda: window.session is not None)
    assert sorted(pane.view.toPlainText() for pane in window.workspace.panes) == sorted(
        [REPORT_A, REPORT_B]
    )
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: window.docks.dock("inspector").built)
    window.close_project()


def opened_when_shown(qtbot, app_settings, project: Path, *, typed=None) -> MainWindow:
    """A window started as `claimdesk` starts it: shown, then opening `project`; `typed`
    runs while it opens (before its first frame)."""
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.open_when_shown(project, "Ana")
    window.show()
    window.activateWindow()
    if typed is not None:
        typed(window)
    qtbot.waitUntil(lambda: not window.opening)
    return window


def test_keys_typed_while_the_project_opens_reach_the_pane_in_order(
    qtbot, app_settings, claimed_project
):
    from PySide6.QtTest import QTest

    def type_find_penal(window: MainWindow) -> None:
        assert window.session is None  # still opening
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find
        QTest.keyClicks(window, "Penal")

    window = opened_when_shown(qtbot, app_settings, claimed_project, typed=type_find_penal)
    pane = window.workspace.active_pane()
    assert pane is not None and pane.find_bar.isVisible()
    assert pane.find_bar.field.text() == "Penal"
    assert pane.find_bar.field.hasFocus()
    window.close_project()


def test_a_start_brings_back_the_panes_caret_and_claim_as_left(
    qtbot, app_settings, claimed_project
):
    window = opened_when_shown(qtbot, app_settings, claimed_project)
    window.action_set["view.layout_reviewing"].trigger()
    claims = window.claims_panel
    qtbot.waitUntil(lambda: claims.tree.topLevelItemCount() == 1)
    claims.tree.setCurrentItem(claims.tree.topLevelItem(0))
    chosen = claims.current_claim_id()
    window.workspace.panes[1].view.set_caret(12)
    articles = [pane.article_id for pane in window.workspace.panes]
    docked = window.docks.dock("inspector").height()
    window.close()

    again = opened_when_shown(qtbot, app_settings, claimed_project)
    assert [pane.article_id for pane in again.workspace.panes] == articles
    assert again.workspace.panes[1].view.caret_offset() == 12
    qtbot.waitUntil(lambda: again.docks.dock("inspector").built)
    # The docks as high as left, the panes the rest (they had 136 of 774 pixels when the
    # docks' sizes were restored around panes not yet shown).
    assert abs(again.docks.dock("inspector").height() - docked) <= 2
    assert again.workspace.height() > again.height() / 2
    assert again.panels.name == "reviewing"
    qtbot.waitUntil(lambda: again.docks.dock("claims").built)
    assert again.claims_panel.current_claim_id() == chosen
    again.close_project()


def test_a_start_on_a_file_that_is_not_a_project_says_so_and_shows_no_project(
    qtbot, app_settings, tmp_path: Path, boxes
):
    notes = tmp_path / "notes.claimdesk"
    notes.write_text("not a project\n", encoding="utf-8")
    window = opened_when_shown(qtbot, app_settings, notes)
    assert window.session is None
    [shown] = boxes.shown
    assert shown.startswith("critical: ") and "notes.claimdesk" in shown
    assert "\n" not in shown
    assert window.statusBar().currentMessage() == ""
    assert window.windowTitle() == "Claimdesk"
    assert "No project is open" in window.centralWidget().text()
    assert notes.read_text(encoding="utf-8") == "not a project\n"


def test_the_first_frame_is_painted_before_the_store_or_qts_enums_load(
    tmp_path: Path, claimed_project
):
    """What the first frame waits for: neither the store and its records nor PySide's
    `Qt` namespace (15-40 ms to build its enums); both load after it, with the project."""
    script = """
import sys
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from claimdesk.desktop.cli import main
from claimdesk.desktop.main_window import MainWindow

class FirstPaint(QObject):
    def eventFilter(self, window, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            loaded = "claimdesk.db.storage.store" in sys.modules
            print("FIRST", "Qt" in QtCore.__dict__, loaded, window.session is None)
            QApplication.instance().quit()
        return False

show = MainWindow.show
MainWindow.show = lambda window: (window.installEventFilter(FirstPaint(window)), show(window))
main([sys.argv[1], "--annotator", "Ana"])
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(claimed_project)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path),
        },
    )
    [first] = [line for line in done.stdout.splitlines() if line.startswith("FIRST")]
    assert first == "FIRST False False True"


def test_a_start_whose_window_is_not_painted_opens_its_project_anyway(
    qtbot, app_settings, claimed_project
):
    """Shown minimised or on another desktop, a window may get no paint for a while."""
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.open_when_shown(claimed_project, "Ana")  # and never shown, so never painted
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert [pane.view.toPlainText() for pane in window.workspace.panes] != ["", ""]
    window.close_project()
