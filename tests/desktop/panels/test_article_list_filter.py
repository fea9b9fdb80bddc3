"""The article list's filter finds what you mean ("Rodriguez" finds "Rodríguez"), and
with Exact on matches case and accents as typed, as the find bar does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from claimdesk.desktop.session import Change


def titles_shown(window) -> list[str]:
    proxy = window.article_list.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_typing_a_name_without_accents_finds_it_and_exact_needs_the_accents(qtbot, window):
    store = window.session.store
    store.add_article("Text.", title="Rodríguez speaks", outlet="El País")
    window.session.announce(Change.all())
    articles = window.article_list
    qtbot.waitUntil(lambda: "Rodríguez speaks" in titles_shown(window))
    articles.filter_box.setFocus()
    qtbot.keyClicks(articles.filter_box, "rodriguez")
    assert titles_shown(window) == ["Rodríguez speaks"]
    qtbot.mouseClick(articles.exact, Qt.MouseButton.LeftButton)  # Exact: no match
    assert titles_shown(window) == []
    articles.filter_box.setText("Rodríguez")
    assert titles_shown(window) == ["Rodríguez speaks"]
    articles.filter_box.setText("PAÍS")  # exact: case counts too
    assert titles_shown(window) == []
    articles.exact.setChecked(False)
    assert titles_shown(window) == ["Rodríguez speaks"]
