"""Reviewing side by side: the reviewer's pane shows the passage the colleague's pane
shows, line for line (seen under Xvfb: the left pane stood 8-16 lines away from the
annotation under review in a long seed report)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from claimdesk.desktop.review.review_layers import SIDE_BY_SIDE
from claimdesk.desktop.session import Change


def test_the_reviewers_pane_shows_the_colleagues_passage_at_the_same_height(qtbot, seed_window):
    window = seed_window
    store = window.session.store
    ana, ben = window.session.annotator, store.ensure_annotator("Ben")
    article = max(store.articles(), key=lambda a: len(store.article_text(a.id)))
    text = store.article_text(article.id)
    statistic = store.tag_by_name("Statistic").id

    def add(who, words: str) -> str:
        start = text.index(words)
        return store.add_annotation(article.id, start, start + len(words), statistic, who.id).id

    add(ana, "about 50 people")
    add(ben, "more than 800 political prisoners")
    late = add(ben, "Relatives of those still behind bars")
    window.session.announce(Change.all())
    window.review.start(ben.id, SIDE_BY_SIDE)
    window.review.go_to(late)
    left, right = window.workspace.panes
    qtbot.waitUntil(lambda: right.view.current_annotation() == late)
    position = right.view.textCursor().position()
    same_place = QTextCursor(left.view.document())
    same_place.setPosition(position)
    line = left.view.fontMetrics().lineSpacing()

    def gap() -> int:
        return abs(left.view.cursorRect(same_place).top() - right.view.cursorRect().top())

    qtbot.waitUntil(lambda: gap() < line)
