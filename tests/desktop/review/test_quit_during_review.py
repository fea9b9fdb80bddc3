"""Quitting during a review, then opening the project again, shows the panes as they
were before the review (issue 20 walkthrough: both panes reopened on the same article,
the review's side-by-side pair being remembered as if the reader had chosen it)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from . import test_review_mode

bo_annotated = test_review_mode.bo_annotations  # Ana's and Bo's annotations of Report A


def _titles(window) -> list[str]:
    return [pane.title_label.text() for pane in window.workspace.panes]


def test_the_panes_before_the_review_come_back_after_quitting_during_it(
    qtbot, window, bo_annotated
):
    assert _titles(window) == ["Report A", "Report B"]
    bo = window.session.store.annotator_by_name("Bo")
    window.review.start(bo.id)
    assert _titles(window) == ["Report A", "Report A"]  # the review's pair
    project = window.session.path
    window.close()  # quitting
    QApplication.processEvents()
    assert window.open_project(project, "Ana")
    assert _titles(window) == ["Report A", "Report B"]
    assert not window.review.active
