"""In another language the menus, the toolbar and the Help dialog speak it: the action
registry's texts are marked where declared and translated where shown.

A stand-in translator writes every string of the registry's context in capitals, so the
test does not wait for the translators' files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from claimdesk.desktop.actions.actions import ACTIONS, MENUS, action
from claimdesk.desktop.actions.shortcuts import help_rows

from ..conftest import open_window


class Capitals(QTranslator):
    """Translates the registry's strings (context "Actions") into capitals."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "Actions" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def in_capitals(qapp):
    translator = Capitals()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def capital_window(qtbot, tmp_path: Path, app_settings, in_capitals):
    yield from open_window(qtbot, tmp_path / "new.claimdesk", app_settings)


def test_the_menu_bar_and_its_items_are_in_the_interface_language(capital_window):
    bar = capital_window.menuBar().actions()
    assert [top.text() for top in bar] == [title.upper() for title in MENUS]
    file_menu = [item.text() for item in bar[0].menu().actions() if not item.isSeparator()]
    assert file_menu[:3] == ["&NEW PROJECT…", "&OPEN PROJECT…", "OPEN &RECENT"]
    assert capital_window.action_set["view.only_mine"].text() == "SHOW ONLY &MY ANNOTATIONS"


def test_the_toolbar_link_button_and_its_tooltip_are_in_the_interface_language(
    capital_window,
):
    link = action("claims.link")
    toolbar = capital_window.tag_toolbar.actions()
    [button] = [item for item in toolbar if item.toolTip() == link.tooltip.upper()]
    assert button.text() == "LINK…"


def test_the_help_rows_say_what_keys_do_and_where_in_the_interface_language(in_capitals):
    rows = help_rows()
    assert ("N", "NEXT ANNOTATION", "IN AN ARTICLE PANE") in rows
    assert ("F1", "THIS LIST", "ANYWHERE") in rows
    assert all(what == what.upper() and where == where.upper() for _, what, where in rows)


def test_the_registry_keeps_its_english_source_texts_and_shows_them_translated(in_capitals):
    new_project = action("file.new")
    assert new_project.text == "&New project…"
    assert new_project.shown_text() == "&NEW PROJECT…"
    assert all(item.help_text() == item.help_text().upper() for item in ACTIONS)
