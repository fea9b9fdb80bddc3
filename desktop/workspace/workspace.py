"""The side-by-side article panes: which article each shows, and keeping them in step.

The workspace holds the panes: adding, closing, reopening, moving and focusing them, the
article each shows, zoom and synchronised scrolling. Around it: `pane_edits` turns key
presses in a pane into commands (tag, delete), `pane_reveal` brings what the window asks
for into view (a passage, a claim's appearances side by side, a link), and
`pane_refresh` refreshes the panes from `session.changed`, touching only the annotations
a change names. What the panes draw and say on hover comes from its mode (`pane_modes`:
reading, or review's layers); the links drawn between panes are `pane_links`'.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from claimdesk.db import NotFoundError
from claimdesk.desktop.commands.scheme_commands import edit_article
from claimdesk.desktop.i18n import translate, translate_n
from claimdesk.desktop.session import ProjectSession

from . import pane_edits, pane_reveal
from .article_pane import ArticlePane
from .link_banner import LinkBanner
from .link_flow import LinkFlow
from .link_gutter import LinkSplitter
from .link_jump import LinkJumps
from .pane_history import ClosedPanes
from .pane_layout import MAX_PANES
from .pane_links import PaneLinks
from .pane_menu import show_pane_menu
from .pane_modes import PaneMode, ReadingMode
from .pane_refresh import PaneRefresh


class Workspace(QWidget):
    current_annotation_changed = Signal(str)  # "" when none
    open_requested = Signal(str)
    link_selected = Signal(str)  # a connector was clicked: that link's id
    message = Signal(str)  # a short hint for the status bar
    panes_changed = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.panes: list[ArticlePane] = []
        self.links = PaneLinks(session)
        self.splitter = LinkSplitter(self.links.connectors, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.link_clicked.connect(self.select_link)
        self.links.draw_in(self.splitter)
        self._closed = ClosedPanes(self)
        self._link_jumps = LinkJumps(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        self.link_flow = LinkFlow(self, LinkBanner(self))  # over the panes, not above
        self.sync_scrolling = False
        self._syncing = False
        self._zoom = 0
        self.reading_mode = ReadingMode(session)
        self._mode: PaneMode = self.reading_mode
        self._refresh = PaneRefresh(self)

    # Panes

    def add_pane(self, article_id: str | None = None) -> ArticlePane | None:
        if len(self.panes) >= MAX_PANES:
            self.message.emit(translate_n("Workspace", "At most %n panes side by side", MAX_PANES))
            return None
        pane = ArticlePane(self.splitter)
        self.panes.append(pane)
        self.splitter.addWidget(pane)
        pane.set_article_choices(self._refresh.article_choices)
        pane.article_chosen.connect(lambda chosen, p=pane: self.show_article(p, chosen))
        pane.close_requested.connect(lambda p=pane: self.close_pane(p))
        view = pane.view
        view.set_zoom(self._zoom)
        view.set_hover_text(self._describe)
        view.tag_key_pressed.connect(lambda index, p=pane: self.tag_selection(p, index))
        view.delete_requested.connect(self.delete_annotation)
        view.open_requested.connect(self.open_requested)
        view.link_key_pressed.connect(lambda p=pane: self.request_link(p))
        view.other_end_requested.connect(lambda p=pane: self._link_jumps.jump(p))
        view.title_edit_requested.connect(pane.edit_title)
        pane.title_edited.connect(lambda title, p=pane: self._retitle(p, title))
        view.current_annotation_changed.connect(self.current_annotation_changed)
        view.current_annotation_changed.connect(self.links.emphasise_links_of)
        view.tag_menu_requested.connect(lambda position, p=pane: show_pane_menu(self, p, position))
        view.scrolled.connect(lambda p=pane: self._follow_scroll(p))
        view.scrolled.connect(self.splitter.update_connectors)
        self.link_flow.watch(view)
        if article_id is None:
            article_id = self._next_unshown_article()
        if article_id is not None:
            self.show_article(pane, article_id)
        self._equalise()
        self.panes_changed.emit()
        return pane

    def close_pane(self, pane: ArticlePane) -> None:
        if pane not in self.panes or len(self.panes) == 1:
            self.message.emit(translate("Workspace", "The last pane stays open"))
            return
        index = self.panes.index(pane)
        self._closed.remember(pane, index)
        self.panes.remove(pane)
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        self.panes[min(index, len(self.panes) - 1)].view.setFocus()
        self.panes_changed.emit()

    def _retitle(self, pane: ArticlePane, title: str) -> None:
        if pane.article_id:
            self.session.push(edit_article(self.session, pane.article_id, title=title))

    def reopen_closed_pane(self) -> ArticlePane | None:
        """Ctrl+Shift+T: the pane closed last, where it was, with the focus."""
        return self._closed.reopen()

    def focused_pane(self) -> ArticlePane | None:
        for pane in self.panes:
            if pane.isAncestorOf(self.focusWidget() or pane) and pane.view.hasFocus():
                return pane
        return None

    def active_pane(self) -> ArticlePane | None:
        """The pane with focus, else the first: what menu actions apply to."""
        return self.focused_pane() or (self.panes[0] if self.panes else None)

    def focus_next_pane(self, step: int = 1) -> None:
        if not self.panes:
            return
        current = self.focused_pane()
        index = self.panes.index(current) + step if current else 0
        self.panes[index % len(self.panes)].view.setFocus(Qt.FocusReason.TabFocusReason)

    def show_article(self, pane: ArticlePane, article_id: str) -> None:
        try:
            article = self.session.store.article(article_id)
        except NotFoundError:
            return
        if article.deleted:
            return
        spans = self._mode.spans(pane, article_id)
        pane.show_article(
            article.id, article.title, article.outlet, article.date, article.text, spans
        )
        self._refresh.show_inner_links_soon()
        self.panes_changed.emit()
        self.splitter.update_connectors()

    def shown_article_ids(self) -> list[str]:
        return [pane.article_id for pane in self.panes if pane.article_id]

    def pane_showing(self, article_id: str) -> ArticlePane | None:
        return next((pane for pane in self.panes if pane.article_id == article_id), None)

    def show_gone(self, pane: ArticlePane) -> None:
        """The pane's article was deleted: it says so (the last pane stays open)."""
        pane.show_gone()
        self.panes_changed.emit()

    def move_pane(self, pane: ArticlePane, index: int) -> None:
        index = min(index, len(self.panes) - 1)
        self.panes.remove(pane)
        self.panes.insert(index, pane)
        self.splitter.insertWidget(index, pane)
        self._equalise()
        self.panes_changed.emit()

    def _next_unshown_article(self) -> str | None:
        shown = set(self.shown_article_ids())
        articles = self.session.article_headings()
        for article in articles:
            if article.id not in shown:
                return article.id
        return articles[0].id if articles else None

    def _equalise(self) -> None:
        width = max(1, self.splitter.width())
        self.splitter.setSizes([width // len(self.panes)] * len(self.panes))

    # What the window asks to see (`pane_reveal`)

    def reveal(self, article_id: str, start: int, end: int) -> None:
        """Show a span of an article: in a pane that has it, else in the active pane."""
        pane_reveal.reveal(self, article_id, start, end)

    def reveal_annotation(self, annotation_id: str) -> None:
        pane_reveal.reveal_annotation(self, annotation_id)

    def show_side_by_side(self, annotation_ids: list[str]) -> None:
        """Lay out annotations (a claim's appearances) one article per pane, each current."""
        pane_reveal.show_side_by_side(self, annotation_ids)

    def show_ranges_side_by_side(self, ranges: list[tuple[str, int, int]]) -> None:
        """Lay out passages (a suggested link's two ends) one article per pane, selected."""
        pane_reveal.show_ranges_side_by_side(self, ranges)

    def select_link(self, link_id: str) -> None:
        """Select a link: its source becomes current (and inspected) in the pane showing it."""
        pane_reveal.select_link(self, link_id)

    # Zoom and scrolling

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-8, min(20, steps))
        for pane in self.panes:
            pane.view.set_zoom(self._zoom)

    def zoom(self) -> int:
        return self._zoom

    def _follow_scroll(self, source: ArticlePane) -> None:
        if not self.sync_scrolling or self._syncing:
            return
        bar = source.view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._syncing = True
        try:
            for pane in self.panes:
                if pane is not source:
                    other = pane.view.verticalScrollBar()
                    other.setValue(round(fraction * other.maximum()))
        finally:
            self._syncing = False

    # Actions from the panes (`pane_edits`)

    def tag_selection(self, pane: ArticlePane, index: int) -> None:
        """A digit key: tag the selection with the tag whose key that digit is."""
        pane_edits.tag_selection(self, pane, index)

    def tag_selection_with(self, pane: ArticlePane, tag_id: str) -> None:
        pane_edits.tag_selection_with(self, pane, tag_id)

    def tag_selection_in_active_pane(self, tag_id: str) -> None:
        pane = self.active_pane()
        if pane is not None:
            self.tag_selection_with(pane, tag_id)

    def delete_annotation(self, annotation_id: str) -> None:
        pane_edits.delete_annotation(self, annotation_id)

    def open_in_inspector(self, annotation_id: str) -> None:
        """What Enter on an annotation does: the window shows it in the inspector."""
        self.open_requested.emit(annotation_id)

    def link_active_annotation(self) -> None:
        """The menu and toolbar way to press L in the active pane."""
        pane = self.active_pane()
        if pane is not None:
            self.request_link(pane)

    def request_link(self, pane: ArticlePane) -> None:
        """L in a pane: link its current annotation (the first L) or to it (the second)."""
        self.link_flow.link_key(pane.view.current_annotation() or "")

    # What the panes draw

    @property
    def mode(self) -> PaneMode:
        """What the panes draw and say on hover: reading, or one of review's layers."""
        return self._mode

    def set_mode(self, mode: PaneMode | None, *, redraw: bool = True) -> None:
        """Draw the panes as `mode` says (None: reading); redraw them unless the caller
        is about to show other articles in them anyway."""
        self._mode = mode or self.reading_mode
        if redraw:
            self.refresh_panes()

    def refresh_panes(self) -> None:
        """Redraw every pane from the store (what the mode draws changed)."""
        for pane in self.panes:
            if pane.article_id:
                self.show_article(pane, pane.article_id)

    def _describe(self, annotation_id: str) -> str:
        try:
            return self._mode.describe(self.session.store.annotation(annotation_id))
        except NotFoundError:
            return ""
