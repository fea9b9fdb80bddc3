"""The links of one annotation, in the inspector: jump to the other end, change the
relation or note, delete the link — by keyboard (Enter, F2, Delete) or context menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from claimdesk.db import NotFoundError
from claimdesk.db.records.model import Annotation
from claimdesk.desktop.commands.link_commands import DeleteLink, EditLink
from claimdesk.desktop.commands.relation_names import relation_name
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.resources import colour_swatch
from claimdesk.desktop.session import ProjectSession
from claimdesk.desktop.widgets.plain_text import plain_tooltip
from claimdesk.desktop.widgets.relation_dialog import RelationDialog
from claimdesk.desktop.workspace.link_gutter import RELATION_COLOURS

OTHER_END_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_ROLE = Qt.ItemDataRole.UserRole + 2


class LinkList(QListWidget):
    jump_requested = Signal(str)  # the annotation at the other end

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.annotation: Annotation | None = None
        self.dialog: RelationDialog | None = None
        self.setToolTip(
            translate(
                "LinkList", "Enter: go to the other end · F2: change relation · Delete: remove link"
            )
        )
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemActivated.connect(lambda item: self._jump(item))

    def show_links(self, annotation: Annotation) -> None:
        selected = self.selected_link()
        self.annotation = annotation
        self.clear()
        store = self.session.store
        for link in store.links([annotation.id]):
            outgoing = link.source_id == annotation.id
            other_id = link.target_id if outgoing else link.source_id
            try:
                other = store.annotation(other_id)
            except NotFoundError:
                continue
            title = self.session.article_title(other.article_id)
            arrow = "→" if outgoing else "←"
            relation = relation_name(link.relation)
            text = f"{arrow} {relation}: “{_short(other.quote)}” ({title})"
            if link.note:  # the note is why the link was made: shown, not only on hover
                text += f"\n    {_short(link.note)}"
            item = QListWidgetItem(
                colour_swatch(RELATION_COLOURS.get(link.relation, "#8a8a8a")), text
            )
            item.setData(OTHER_END_ROLE, other_id)
            item.setData(LINK_ROLE, link.id)
            by = translate("LinkList", "{relation}, by {annotator}").format(
                relation=relation, annotator=self.session.annotator_name(link.annotator_id)
            )
            item.setToolTip(plain_tooltip(f"{by}\n{link.note}" if link.note else by))
            self.addItem(item)
            if link.id == selected:
                self.setCurrentItem(item)
        if self.count() == 0:
            placeholder = QListWidgetItem(
                translate("LinkList", "No links (press L in a pane to link)")
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)

    def selected_link(self) -> str:
        item = self.currentItem()
        return (item.data(LINK_ROLE) or "") if item is not None else ""

    def select_link(self, link_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(LINK_ROLE) == link_id:
                self.setCurrentRow(row)
                return

    def edit_selected(self) -> None:
        link_id = self.selected_link()
        if not link_id:
            return
        link = self.session.store.link(link_id)
        ends = [self.session.store.annotation(end) for end in (link.source_id, link.target_id)]
        source, target = (f"“{_short(end.quote)}”" for end in ends)
        dialog = RelationDialog(
            source,
            target,
            self.window(),
            relation=link.relation,
            note=link.note,
        )
        dialog.setWindowTitle(translate("LinkList", "Change link"))

        def save() -> None:
            changes = {
                key: value
                for key, value in (("relation", dialog.relation()), ("note", dialog.note()))
                if getattr(link, key) != value
            }
            if changes:
                self.session.push(EditLink(self.session, link_id, **changes))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        link_id = self.selected_link()
        if link_id:
            self.session.push(DeleteLink(self.session, link_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif event.key() == Qt.Key.Key_F2:
            self.edit_selected()
        else:
            super().keyPressEvent(event)

    def _jump(self, item: QListWidgetItem) -> None:
        other = item.data(OTHER_END_ROLE)
        if other:
            self.jump_requested.emit(other)

    def _context_menu(self, position) -> None:
        item = self.itemAt(position)
        if item is None or not item.data(LINK_ROLE):
            return
        self.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(
            translate("LinkList", "Go to the other end") + "\tEnter", lambda: self._jump(item)
        )
        menu.addAction(
            translate("LinkList", "Change relation or note…") + "\tF2", self.edit_selected
        )
        menu.addAction(translate("LinkList", "Delete link") + "\tDelete", self.delete_selected)
        menu.exec(self.viewport().mapToGlobal(position))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
