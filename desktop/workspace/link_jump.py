"""`O` in a pane: to the other end of a link of the annotation at the caret.

Pressing N until the other end comes along is no way to follow a link. `O` goes over the
link to its other end, in the pane showing that article (or the pane beside, or a new
one); each end remembers the link last taken from or to it, and `O` takes the one after
it: with one link, `O` goes back and forth; with several, coming back and pressing `O`
again visits the next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.db import NotFoundError
from claimdesk.desktop.commands.relation_names import relation_name
from claimdesk.desktop.i18n import translate, translate_n

if TYPE_CHECKING:
    from .article_pane import ArticlePane
    from .workspace import Workspace


class LinkJumps:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self._last: dict[str, str] = {}  # annotation id: the link last taken from or to it

    def jump(self, pane: ArticlePane) -> None:
        workspace = self.workspace
        store = workspace.session.store
        here = pane.view.current_annotation()
        if not here:
            workspace.message.emit(
                translate(
                    "LinkJumps", "Put the caret in a highlight, then press O to follow a link"
                )
            )
            return
        links = store.links([here])
        if not links:
            workspace.message.emit(
                translate("LinkJumps", "This annotation has no links (L links it)")
            )
            return
        ids = [link.id for link in links]
        last = self._last.get(here)
        link = links[(ids.index(last) + 1) % len(links)] if last in ids else links[0]
        there = link.target_id if link.source_id == here else link.source_id
        try:
            article_id = store.annotation(there).article_id
        except NotFoundError:
            return
        self._last[here] = self._last[there] = link.id
        target = workspace.pane_showing(article_id) or self._pane_beside(pane)
        if target is None:
            return
        if target.article_id != article_id:
            workspace.show_article(target, article_id)
        workspace.splitter.selected_link = link.id
        target.view.set_current_annotation(there)
        target.view.setFocus()
        workspace.splitter.update_connectors()
        relation = relation_name(link.relation)
        if len(ids) > 1:
            followed = translate_n(
                "LinkJumps", "Followed link {number} of %n ({relation}); O again goes on", len(ids)
            ).format(number=ids.index(link.id) + 1, relation=relation)
        else:
            followed = translate(
                "LinkJumps", "Followed its link ({relation}); O again goes on"
            ).format(relation=relation)
        workspace.message.emit(followed)

    def _pane_beside(self, pane: ArticlePane) -> ArticlePane | None:
        """Where an article no pane shows opens: the next pane, else a new one."""
        panes = self.workspace.panes
        others = [other for other in panes if other is not pane]
        if len(panes) >= 2:
            return others[panes.index(pane) % len(others)]
        return self.workspace.add_pane()
