"""View → Show only my annotations: blind double annotation, for the window.

Two fact-checkers annotate the same articles independently before review; each sees only
their own highlights, annotation rows, claims, article counts and suggested links. It is a
project setting (`db.records.blind_annotation`), so the agreement figures can say whether
the annotators could see each other's work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from claimdesk.db.records.blind_annotation import blind_since, set_blind_annotation
from claimdesk.desktop.i18n import translate
from claimdesk.desktop.session import Change
from claimdesk.desktop.widgets.plain_text import error_text, show_message

if TYPE_CHECKING:
    from claimdesk.desktop.main_window import MainWindow
    from claimdesk.desktop.panels.annotation_table import AnnotationTable


def toggle_only_mine(window: MainWindow) -> None:
    """The menu item: turn blind annotation on or off for the project, in one transaction."""
    session = window.open_session()
    on = window.action_set.is_checked("view.only_mine")
    try:
        set_blind_annotation(session.store, on)
    except Exception as error:  # a read-only file, a full disk
        window.action_set["view.only_mine"].setChecked(not on)
        title = translate("blind_view", "Show only my annotations")
        show_message(window, title, error_text(error), icon="warning")
        return
    show_only_mine(window, on)
    window.statusBar().showMessage(
        translate("blind_view", "Blind annotation: only your annotations are shown")
        if on
        else translate("blind_view", "Everyone's annotations"),
        5000,
    )


def restore_only_mine(window: MainWindow) -> None:
    """On opening a project: as its setting says."""
    show_only_mine(window, bool(blind_since(window.open_session().store)))


def show_only_mine(window: MainWindow, on: bool) -> None:
    session, workspace = window.open_session(), window.open_workspace()
    who = session.annotator.id if on else ""
    workspace.reading_mode.only_annotator = who
    workspace.refresh_panes()
    window.panels.docks["annotations"].when_built(
        lambda table: cast("AnnotationTable", table).show_only(who)
    )
    if window.panels.docks["claims"].built:  # a panel built later reads the setting itself
        window.claims_panel.refresh()
    window.article_list.refresh()  # the counts: yours alone, or everyone's
    session.announce(Change(article_list=True))  # the status bar's count, the suggestions
    window.action_set["view.only_mine"].setChecked(on)
