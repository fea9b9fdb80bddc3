"""A real main window on a fresh project, for tests that drive it as a user does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from claimdesk.db import Store
from claimdesk.db.interchange.article_import import import_articles
from claimdesk.desktop.i18n.language import install as install_language
from claimdesk.desktop.main_window import MainWindow
from claimdesk.desktop.settings import AppSettings

from .driver import Desk

REPORT_A = (
    "The UN counts about 50 people released. 👩🏽‍⚖️ Officials said more than 100 were freed.\n"
    "Café owners (cafe\u0301) cheered. قال المسؤول إن 400 أُطلق سراحهم.\n"
)
REPORT_B = "Foro Penal confirmed 56 releases. The government claims 400.\n"


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The window in English, as `claimdesk` starts it on an English system: its own
    singular and plural forms ("1 annotation", "2 annotations") included."""
    for translator in install_language(qapp, "en"):
        assert translator.parent() is qapp  # the application keeps it for the session


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, tmp_path: Path, app_settings: AppSettings):
    project = tmp_path / "window.claimdesk"
    with Store.open(project) as store:
        store.add_article(REPORT_A, title="Report A", outlet="Wire", date="2026-01-14")
        store.add_article(REPORT_B, title="Report B", outlet="Daily", date="2026-01-17")
    yield from open_window(qtbot, project, app_settings)


@pytest.fixture
def seed_window(qtbot, tmp_path: Path, app_settings, seed_paths):
    """The two seed reports, side by side, nothing annotated yet."""
    project = tmp_path / "seeds.claimdesk"
    with Store.open(project) as store:
        import_articles(store, seed_paths)
    yield from open_window(qtbot, project, app_settings)


@pytest.fixture
def desk(qtbot, window) -> Desk:
    """The window, driven as a user drives it."""
    return Desk(qtbot, window)


def open_window(qtbot, project: Path, app_settings: AppSettings):
    main = MainWindow(app_settings)
    qtbot.addWidget(main)
    main.resize(1300, 800)
    main.show()
    assert main.open_project(project, "Ana")
    qtbot.waitExposed(main)
    yield main
    main.close_project()


def pane_showing(window, title):
    return next(p for p in window.workspace.panes if p.title_label.text() == title)


def select_with_keyboard(qtbot, view, start: int, words: int):
    """Put the caret at code point `start`, then Ctrl+Shift+Right `words` times."""
    view.setFocus()
    view.set_caret(start)
    for _ in range(words):
        qtbot.keyClick(
            view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )


def tag(qtbot, view, text: str, phrase: str, words: int, digit=Qt.Key.Key_2) -> str:
    select_with_keyboard(qtbot, view, text.index(phrase), words)
    qtbot.keyClick(view, digit)
    return view.current_annotation() or view.annotations_at(text.index(phrase))[0].annotation_id


@pytest.fixture
def two_figures(qtbot, window):
    """“about 50” tagged in report A and “56” in report B, the caret on neither."""
    view_a = pane_showing(window, "Report A").view
    view_b = pane_showing(window, "Report B").view
    first = tag(qtbot, view_a, REPORT_A, "about 50", 2)
    second = tag(qtbot, view_b, REPORT_B, "56", 1)
    return view_a, view_b, first, second


def link_with_keys(qtbot, window, view_a, view_b, first: str, second: str, digit: int):
    view_a.setFocus()
    view_a.set_current_annotation(first)
    qtbot.keyClick(view_a, Qt.Key.Key_L)
    assert window.workspace.link_flow.pending
    view_b.setFocus()
    view_b.set_current_annotation(second)
    qtbot.keyClick(view_b, Qt.Key.Key_L)
    dialog = window.workspace.link_flow.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key(Qt.Key.Key_1 + digit))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not window.workspace.link_flow.pending


class Boxes:
    """Message boxes answered instead of shown: each one's kind (icon) and text are kept in
    `shown` ("critical: text"); a question is answered with `answer` ("Yes" or "No")."""

    def __init__(self):
        self.shown: list[str] = []
        self.boxes: list = []
        self.answer = "Yes"

    def exec(self, box) -> int:
        from PySide6.QtWidgets import QMessageBox

        kind = box.icon().name.lower()
        self.shown.append(f"{kind}: {box.text()}")
        self.boxes.append(box)
        if kind == "question":
            button = getattr(QMessageBox.StandardButton, self.answer)
            box.button(button).click()
            return int(button.value)
        return 0


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    from PySide6.QtWidgets import QMessageBox

    answered = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answered.exec(box))
    return answered
