"""A screen reader names every field, list, table and box of the window's panels and of
review mode: each has an accessible name, its own or its label's (a buddy)."""

from __future__ import annotations

from claimdesk.desktop.panels.timeline_panel import TimelinePanel
from claimdesk.desktop.review.review_panel import ReviewPanel
from claimdesk.desktop.review.review_start_dialog import StartReviewDialog
from tests.desktop.widgets.test_accessible_names import unnamed_inputs


def test_every_input_of_the_panels_has_a_name_a_screen_reader_reads(qtbot, window):
    store = window.session.store
    article = store.articles()[0]
    statistic = store.tag_by_name("Statistic").id
    annotation = store.add_annotation(article.id, 0, 4, statistic, window.session.annotator.id)
    window.inspector.show_annotation(annotation.id)  # its fields, not the empty page
    panels = [
        window.article_list,
        window.claims_panel,
        window.suggestions_panel,
        window.inspector,
        window.annotation_table,
        TimelinePanel(window.session, window),
    ]
    for panel in panels:
        assert unnamed_inputs(panel) == [], type(panel).__name__


def test_every_input_of_review_mode_has_a_name_a_screen_reader_reads(qtbot):
    panel = ReviewPanel()
    dialog = StartReviewDialog([("a1", "Bo", 3)])
    for widget in (panel, dialog):
        qtbot.addWidget(widget)
        assert unnamed_inputs(widget) == [], type(widget).__name__
