"""Linking two annotations the way a fact-checker works: L on one, then L on (or a click
on) the other, then a relation.

While a link is pending a banner over the panes' bottom edge says what happens next
(`link_banner`: the text does not move; a screen reader hears it); Esc cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from claimdesk.db import NotFoundError
from claimdesk.db.records.model import Annotation
from claimdesk.desktop.commands.link_commands import AddLink
from claimdesk.desktop.i18n import translate

if TYPE_CHECKING:
    from claimdesk.desktop.widgets.relation_dialog import RelationDialog

    from .article_view import ArticleView
    from .link_banner import LinkBanner
    from .workspace import Workspace

QUOTE_CHARS = 60


class LinkFlow(QObject):
    def __init__(self, workspace: Workspace, banner: LinkBanner):
        super().__init__(workspace)
        self.workspace = workspace
        self.session = workspace.session
        self.banner = banner
        self.source_id = ""
        self.dialog: RelationDialog | None = None
        self._return_focus: QWidget | None = None
        self._cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), workspace)
        self._cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._cancel.setEnabled(False)
        self._cancel.activated.connect(self.cancel)
        banner.hide()

    @property
    def pending(self) -> bool:
        return bool(self.source_id)

    def link_key(self, annotation_id: str) -> None:
        """L pressed with the caret on `annotation_id` ("" when on none)."""
        if not annotation_id:
            self.workspace.message.emit(
                translate("LinkFlow", "Put the caret in a highlight, then press L to link it")
            )
        elif not self.pending:
            self.start(annotation_id)
        elif annotation_id == self.source_id:
            self.workspace.message.emit(
                translate("LinkFlow", "Choose another annotation to link to, or Esc to cancel")
            )
        else:
            self.choose_relation(annotation_id)

    def start(self, source_id: str) -> None:
        source = self._annotation(source_id)
        if source is None:
            return
        self.source_id = source_id
        self.banner.say(
            translate(
                "LinkFlow",
                "Linking from {annotation} — put the caret on the other "
                "annotation and press L, or click it.  Esc cancels.",
            ).format(annotation=self._describe(source))
        )
        self._cancel.setEnabled(True)

    def cancel(self) -> None:
        self.source_id = ""
        self.banner.hide()
        self._cancel.setEnabled(False)

    def choose_relation(self, target_id: str) -> None:
        source, target = self._annotation(self.source_id), self._annotation(target_id)
        if source is None or target is None:
            self.cancel()
            return
        self._return_focus = QApplication.focusWidget()
        from claimdesk.desktop.widgets.relation_dialog import (
            RelationDialog,  # a dialog: loaded when asked for
        )

        dialog = RelationDialog(
            self._describe(source), self._describe(target), self.workspace.window()
        )
        dialog.accepted.connect(lambda: self._link(dialog, source.id, target.id))
        dialog.finished.connect(lambda: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def watch(self, view: ArticleView) -> None:
        """Let a click on an annotation in this view complete a pending link."""
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.pending and event.type() == QEvent.Type.MouseButtonRelease:
            view = cast("ArticleView", watched.parent())  # the view whose viewport this is
            QTimer.singleShot(0, lambda: self._clicked(view))
        return False

    def _clicked(self, view: ArticleView) -> None:
        target = view.current_annotation()
        if self.pending and target and target != self.source_id:
            self.choose_relation(target)

    def _link(self, dialog: RelationDialog, source_id: str, target_id: str) -> None:
        relation, note = dialog.relation(), dialog.note()
        self.session.push(AddLink(self.session, source_id, target_id, relation, note))

    def _dialog_closed(self, dialog: RelationDialog) -> None:
        """Back to the pane the link was finished in, to go on working there."""
        self.cancel()
        widget, self._return_focus = self._return_focus, None
        if widget is not None and shiboken6.isValid(widget):
            widget.window().activateWindow()
            widget.setFocus()
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _annotation(self, annotation_id: str) -> Annotation | None:
        try:
            annotation = self.session.store.annotation(annotation_id)
        except NotFoundError:
            return None
        return None if annotation.deleted else annotation

    def _describe(self, annotation: Annotation) -> str:
        quote = " ".join(annotation.quote.split())
        if len(quote) > QUOTE_CHARS:
            quote = quote[: QUOTE_CHARS - 1] + "…"
        return f"“{quote}” ({self.session.article_title(annotation.article_id)})"
