"""An article pane's single keys are the ones the action registry declares: pressing each
registered key does the action, so changing a key in the registry changes the pane."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from claimdesk.desktop.actions.action_types import Scope
from claimdesk.desktop.actions.actions import action, in_scope
from claimdesk.desktop.workspace.article_view import ArticleView, HighlightSpan

TEXT = "About 50 people, says the UN; 56, says Foro Penal."
FIRST, SECOND = TEXT.index("50"), TEXT.index("56")


@pytest.fixture
def view(qtbot):
    view = ArticleView()
    view.resize(600, 300)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_text(
        TEXT,
        [
            HighlightSpan("a", FIRST, FIRST + 2, "#ffd54f"),
            HighlightSpan("b", SECOND, SECOND + 2, "#ffd54f"),
        ],
    )
    return view


def press(qtbot, view: ArticleView, key: str) -> None:
    """Press `key`, given as the registry writes it ("Shift+N", "Del")."""
    combination = QKeySequence(key)[0]
    qtbot.keyClick(view, combination.key(), combination.keyboardModifiers())


def test_every_registered_next_and_previous_key_moves_between_annotations(qtbot, view):
    for key in action("pane.next").keys:
        view.set_current_annotation("a")
        press(qtbot, view, key)
        assert view.current_annotation() == "b", key
    for key in action("pane.previous").keys:
        view.set_current_annotation("b")
        press(qtbot, view, key)
        assert view.current_annotation() == "a", key


def test_every_registered_tag_key_tags_with_the_tag_of_its_place(qtbot, view):
    for place, key in enumerate(action("pane.tag").keys):
        with qtbot.waitSignal(view.tag_key_pressed) as pressed:
            press(qtbot, view, key)
        assert pressed.args == [place]


@pytest.mark.parametrize(
    ("action_id", "signal", "args"),
    [
        ("pane.delete", "delete_requested", ["a"]),
        ("pane.open", "open_requested", ["a"]),
        ("pane.link", "link_key_pressed", []),
    ],
)
def test_every_registered_key_of_an_action_on_the_current_annotation_asks_for_it(
    qtbot, view, action_id, signal, args
):
    for key in action(action_id).keys:
        view.set_current_annotation("a")
        with qtbot.waitSignal(getattr(view, signal)) as asked:
            press(qtbot, view, key)
        assert asked.args == args, key


def test_escape_clears_the_selection(qtbot, view):
    for key in action("pane.escape").keys:
        view.select_range(0, 5)
        press(qtbot, view, key)
        assert view.selected_range() is None


def test_a_pane_handles_no_key_the_registry_does_not_give_it(qtbot, view):
    assert "X" not in in_scope(Scope.PANE)
    with (
        qtbot.assertNotEmitted(view.tag_key_pressed),
        qtbot.assertNotEmitted(view.link_key_pressed),
    ):
        press(qtbot, view, "X")
