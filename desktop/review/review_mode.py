"""Review mode: go through a colleague's annotations and accept or reject each one.

While it is on, the workspace draws two layers (the mode review sets on it:
`review_highlights`), the Review dock lists the colleague's annotations, and single keys
decide: A accepts and moves on, R rejects (with an optional comment), E accepts and opens
the annotation in the inspector, J / K move to the next / previous row. The keys are
window actions enabled only in review mode, so they never fire while typing in a field.
Decisions are undoable commands (`ReviewDecision`) that go through the store and
`session.announce`.

Below the colleague's annotations the list holds what merges changed of your work and you
have not yet decided on, read from the project (`review_changes`): A keeps their change,
R restores your version as a new edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from claimdesk.db import NotFoundError
from claimdesk.db.records.model import Annotator
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import Change

from .review_alignment import align_beside
from .review_changes import ChangeDecision, ChangeDecisions
from .review_decision import ReviewDecision
from .review_highlights import ReviewHighlights
from .review_layers import SIDE_BY_SIDE

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow

    from .review_panel import ReviewPanel


def _enable_keys(window: MainWindow, enabled: bool) -> None:
    """The Review menu's keys (declared in `actions`) work only while reviewing."""
    window.action_set.set_reviewing(enabled)


class ReviewMode(QObject):
    """One project's review mode; lives as long as the session (its parent)."""

    def __init__(self, window: MainWindow):
        session = window.open_session()
        super().__init__(session)
        self.window = window
        self.session = session
        self.workspace = window.open_workspace()
        self.active = False
        self.colleague: Annotator | None = None
        self.layout = SIDE_BY_SIDE
        self.panel: ReviewPanel | None = None
        self.highlights: ReviewHighlights | None = None
        self._dock: QDockWidget | None = None
        self._saved: tuple[list[str], bool] = ([], False)
        self._shown = ""
        self.merged = ChangeDecisions(self.session)
        self.session.changed.connect(self._on_changed)
        self.session.closing.connect(self._on_closing)

    # Starting and stopping

    def choose_and_start(self) -> None:
        store, me = self.session.store, self.session.annotator
        colleagues = [
            (person.id, person.name, len(store.annotations(annotator_ids=[person.id])))
            for person in store.annotators()
            if person.id != me.id
        ]
        self.merged.load()
        colleagues = [entry for entry in colleagues if entry[2] or self.merged.shown]
        if not colleagues:
            from PySide6.QtWidgets import QMessageBox  # loaded on first use, not at start

            QMessageBox.information(
                self.window,
                translate("ReviewMode", "Start review"),
                translate(
                    "ReviewMode",
                    "No one else has annotations in this project yet. Bring a colleague's work"
                    " in with File → Merge a colleague's project… first.",
                ),
            )
            return
        from .review_start_dialog import StartReviewDialog  # a dialog: loaded when asked for

        dialog = StartReviewDialog(colleagues, self.window, self.layout)
        if dialog.exec() == StartReviewDialog.DialogCode.Accepted:
            self.start(dialog.colleague_id(), dialog.layout_choice())
        self._refocus()

    def start(self, colleague_id: str, layout: str = SIDE_BY_SIDE) -> None:
        if self.active:
            self.stop()
        workspace = self.workspace
        self.colleague = self.session.store.annotator(colleague_id)
        self.layout = layout
        self._saved = (
            [pane.article_id for pane in workspace.panes],
            workspace.sync_scrolling,
        )
        self.highlights = ReviewHighlights(self.session, workspace, self.colleague, layout)
        self._ensure_panel()
        self.merged.load()
        self._load_rows()
        self.active = True
        first = self._panel.next_unreviewed("") or (
            self._panel.model.rows[0].annotation_id if self._panel.model.rows else ""
        )
        shown = (workspace.active_pane() or workspace.panes[0]).article_id
        article = self._article_of(first) or shown
        self._arrange_panes(article)
        self._shown = workspace.panes[0].article_id
        workspace.set_mode(self.highlights)
        workspace.panes_changed.connect(self._keep_panes_together)
        workspace.current_annotation_changed.connect(self._follow_caret)
        _enable_keys(self.window, True)
        self._review_dock.show()
        self._review_dock.raise_()
        if first:
            self.go_to(first)
        self.window.statusBar().showMessage(
            translate(
                "ReviewMode",
                "Reviewing {colleague}'s annotations: A accept, R reject, "
                "E edit and accept, J / K next / previous",
            ).format(colleague=self._colleague.name),
            8000,
        )

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        workspace = self.workspace
        workspace.panes_changed.disconnect(self._keep_panes_together)
        workspace.current_annotation_changed.disconnect(self._follow_caret)
        _enable_keys(self.window, False)
        workspace.set_mode(None, redraw=False)  # the panes are shown again just below
        articles, sync = self._saved
        self._set_pane_count(max(1, len(articles)))
        workspace.sync_scrolling = sync
        for pane, article_id in zip(workspace.panes, articles, strict=False):
            if article_id or pane.article_id:
                workspace.show_article(pane, article_id or pane.article_id)
        self._review_dock.hide()

    def _on_closing(self) -> None:
        """The project is closing: its widgets go with it, only the keys need switching off."""
        self.active = False
        _enable_keys(self.window, False)

    # What exists once review has started (the code below runs only after `start`)

    @property
    def _panel(self) -> ReviewPanel:
        assert self.panel is not None, "built by the first start"
        return self.panel

    @property
    def _review_dock(self) -> QDockWidget:
        assert self._dock is not None, "built by the first start"
        return self._dock

    @property
    def _highlights(self) -> ReviewHighlights:
        assert self.highlights is not None, "set by start"
        return self.highlights

    @property
    def _colleague(self) -> Annotator:
        assert self.colleague is not None, "set by start"
        return self.colleague

    # Decisions and moving

    def current(self) -> str:
        return self.panel.current_annotation() if self.panel is not None else ""

    def accept(self) -> None:
        annotation_id = self._current_or_say()
        if annotation_id in self.merged.shown:
            self._decide_change(annotation_id, "accepted")
        elif annotation_id:
            self.session.push(ReviewDecision(self.session, annotation_id, "accepted"))
            self._go_to_next_unreviewed(annotation_id)

    def reject(self) -> None:
        annotation_id = self._current_or_say()
        if annotation_id in self.merged.shown:
            self._decide_change(annotation_id, "rejected")
            return
        if not annotation_id:
            return
        from PySide6.QtWidgets import QInputDialog  # loaded on first use, not at start

        comment, accepted = QInputDialog.getText(
            self.window,
            translate("ReviewMode", "Reject annotation"),
            translate("ReviewMode", "Why? (optional; Enter to reject without a comment)"),
        )
        self._refocus()
        if accepted:
            self.session.push(ReviewDecision(self.session, annotation_id, "rejected", comment))
            self._go_to_next_unreviewed(annotation_id)

    def edit(self) -> None:
        annotation_id = self._current_or_say()
        if annotation_id in self.merged.shown:
            self._decide_change(annotation_id, "accepted")
            queued = self.merged.get(annotation_id)
            if queued is not None and queued.change.annotation_id:
                self.workspace.open_in_inspector(queued.change.annotation_id)
        elif annotation_id:
            self.session.push(ReviewDecision(self.session, annotation_id, "accepted"))
            self.workspace.open_in_inspector(annotation_id)

    def _decide_change(self, key: str, decision: str) -> None:
        """Keep a colleague's change to your work, or restore your version (undoable)."""
        previous = self.merged.get(key)
        if previous is None:
            return
        self.session.push(ChangeDecision(self.session, previous, decision))
        self._go_to_next_unreviewed(key)

    def next(self) -> None:
        self.go_to(self._panel.step(1))

    def previous(self) -> None:
        self.go_to(self._panel.step(-1))

    def go_to(self, annotation_id: str) -> None:
        """Select an annotation in the panel (if its filter shows it) and in the text."""
        if annotation_id:
            if not self._panel.select(annotation_id):
                self._panel.show_all()  # the filter hid it: show everything rather than lose it
                self._panel.select(annotation_id)
            self.reveal(annotation_id)

    def reveal(self, annotation_id: str) -> None:
        """Show the annotation in the pane that draws its layer, without taking focus."""
        queued = self.merged.get(annotation_id)
        if queued is not None:
            annotation_id = queued.change.annotation_id
        try:
            annotation = self.session.store.annotation(annotation_id)
        except NotFoundError:
            return
        panes = self.workspace.panes
        if self.layout == SIDE_BY_SIDE and len(panes) >= 2:
            target = panes[1] if annotation.annotator_id == self._colleague.id else panes[0]
        else:
            target = panes[0]
        if target.article_id != annotation.article_id:
            self.workspace.show_article(target, annotation.article_id)
        target.view.set_current_annotation(annotation_id)
        for other in panes[:2] if self.layout == SIDE_BY_SIDE else ():
            if other is not target and other.article_id == target.article_id:
                align_beside(self.workspace, target.view, other.view)

    def _go_to_next_unreviewed(self, after: str) -> None:
        following = self._panel.next_unreviewed(after)
        if following:
            self.go_to(following)
        else:
            self.window.statusBar().showMessage(
                translate("ReviewMode", "All of {colleague}'s annotations are reviewed").format(
                    colleague=self._colleague.name
                ),
                8000,
            )

    def _refocus(self) -> None:
        """Back to the window after a dialog (without a window manager nothing else does),
        with the Review list focused so A, R, E, J and K act on it at once."""
        self.window.activateWindow()
        if self.active:
            self._panel.table.setFocus()

    def _current_or_say(self) -> str:
        annotation_id = self.current()
        if not annotation_id:
            self.window.statusBar().showMessage(
                translate("ReviewMode", "Choose an annotation in the Review list"), 4000
            )
        return annotation_id

    # Panes

    def _arrange_panes(self, article_id: str | None) -> None:
        self._set_pane_count(2 if self.layout == SIDE_BY_SIDE else 1)
        self.workspace.sync_scrolling = self.layout == SIDE_BY_SIDE
        if article_id:
            for pane in self.workspace.panes:
                if pane.article_id != article_id:
                    self.workspace.show_article(pane, article_id)

    def _set_pane_count(self, count: int) -> None:
        workspace = self.workspace
        while len(workspace.panes) > count:
            workspace.close_pane(workspace.panes[-1])
        while len(workspace.panes) < count and workspace.add_pane() is not None:
            pass

    def _keep_panes_together(self) -> None:
        """Side by side, both panes show one article: follow whichever pane moved."""
        panes = self.workspace.panes
        if self.layout != SIDE_BY_SIDE or len(panes) < 2:
            return
        left, right = panes[0], panes[1]
        if left.article_id and right.article_id and left.article_id != right.article_id:
            moved, other = (right, left) if right.article_id != self._shown else (left, right)
            self._shown = moved.article_id
            self.workspace.show_article(other, moved.article_id)
        else:
            self._shown = left.article_id

    def _follow_caret(self, annotation_id: str) -> None:
        if annotation_id and self._panel.model.row_for(annotation_id) is not None:
            self._panel.select(annotation_id)

    # The panel

    def _ensure_panel(self) -> None:
        if self._dock is not None:
            return
        from .review_panel import ReviewPanel  # the Review menu is built at start, not this

        self.panel = ReviewPanel(self.window)
        self._panel.annotation_selected.connect(self.reveal)
        self._dock = self.window.add_project_dock(
            translate("ReviewMode", "Review"),
            self.panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
            beside_table=True,
            name="review",  # the saved layout finds it whatever the language
        )

    def _load_rows(self) -> None:
        from .review_rows import heading, review_rows  # needs the panel: loaded with it

        self._panel.heading.setText(
            heading(self.session.annotator, self._colleague, self.layout, bool(self.merged.shown))
        )
        self._panel.set_rows(review_rows(self.session, self._highlights, self.merged))

    def _article_of(self, annotation_id: str) -> str | None:
        row = self._panel.model.row_for(annotation_id) if annotation_id else None
        return row.article_id if row else None

    # Refreshing from changes

    def _on_changed(self, change: Change) -> None:
        if not self.active:
            return
        self._refresh(change)
        for key, decision in self.merged.decisions().items():
            self._panel.model.set_decision(key, decision, "")

    def _refresh(self, change: Change) -> None:
        if change.everything or change.scheme:
            self._highlights.forget()
            self.merged.load(keep_shown=True)  # a merge, here or elsewhere, may have queued more
            self._load_rows()
            self.workspace.refresh_panes()
            return
        if change.articles and change.annotations:
            changed = False
            for article_id in change.articles:
                if self._highlights.differences_changed(article_id):
                    changed = True
                    for pane in self.workspace.panes:
                        if pane.article_id == article_id:
                            self.workspace.show_article(pane, article_id)
            if changed or self._touches_colleague(change.annotations):
                self._load_rows()
        elif change.reviews:
            me = self.session.annotator.id
            for annotation_id in change.annotations:
                review = self.session.store.review(annotation_id, me)
                self._panel.model.set_decision(
                    annotation_id,
                    review.decision if review else "",
                    review.comment if review else "",
                )

    def _touches_colleague(self, annotation_ids: frozenset[str]) -> bool:
        for annotation_id in annotation_ids:
            try:
                if self.session.store.annotation(annotation_id).annotator_id == self._colleague.id:
                    return True
            except NotFoundError:
                continue
        return False
