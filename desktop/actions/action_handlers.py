"""What the registered actions do (`actions.ACTIONS`): each takes the window and uses only
its public parts. The flows and dialogs behind them load on first use, not at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.desktop.i18n import translate

if TYPE_CHECKING:
    from types import ModuleType

    from claimdesk.desktop.main_window import MainWindow


def _project_flows() -> ModuleType:
    from claimdesk.desktop.flows import project_flows

    return project_flows


def _dataset_flows() -> ModuleType:
    from claimdesk.desktop.flows import dataset_flows

    return dataset_flows


# File


def new_project(window: MainWindow) -> None:
    _project_flows().new_project(window)


def open_project(window: MainWindow) -> None:
    _project_flows().open_project(window)


def save_copy(window: MainWindow) -> None:
    _project_flows().save_copy(window)


def import_articles(window: MainWindow) -> None:
    _project_flows().choose_and_import(window)


def paste_article(window: MainWindow) -> None:
    _project_flows().paste_article(window)


def article_details(window: MainWindow) -> None:
    _project_flows().edit_article_details(window)


def delete_article(window: MainWindow) -> None:
    from claimdesk.desktop.commands.article_commands import delete_current_article

    delete_current_article(window)


def export_dataset(window: MainWindow) -> None:
    _dataset_flows().export_dataset(window)


def import_annotations(window: MainWindow) -> None:
    _dataset_flows().import_annotation_file(window)


def show_timeline(window: MainWindow) -> None:
    from claimdesk.desktop.panels.timeline_panel import open_timeline

    open_timeline(window)


def publish_report(window: MainWindow) -> None:
    from claimdesk.desktop.flows.report_flow import publish_report_dialog

    publish_report_dialog(window)


def merge_project(window: MainWindow) -> None:
    from claimdesk.desktop.flows.merge_flow import merge_colleague_project

    merge_colleague_project(window)


def quit(window: MainWindow) -> None:
    window.close()


# Edit


def undo(window: MainWindow) -> None:
    window.open_session().undo_stack.undo()


def redo(window: MainWindow) -> None:
    window.open_session().undo_stack.redo()


def find_in_pane(window: MainWindow) -> None:
    _project_flows().find_in_pane(window)


def find_in_all_articles(window: MainWindow) -> None:
    from claimdesk.desktop.widgets.search_dialog import SearchAllDialog

    dialog = SearchAllDialog(window.open_session(), window)
    dialog.result_activated.connect(window.open_workspace().reveal)
    dialog.show()


def edit_scheme(window: MainWindow) -> None:
    _project_flows().edit_scheme(window)


# Claims


def next_claim(window: MainWindow) -> None:
    window.bring_forward("claims")
    window.claims_panel.step(1)


def previous_claim(window: MainWindow) -> None:
    window.bring_forward("claims")
    window.claims_panel.step(-1)


def contradicted_only(window: MainWindow) -> None:
    window.claims_panel.contradicted_only.setChecked(
        window.action_set.is_checked("claims.contradicted_only")
    )


def show_suggestions(window: MainWindow) -> None:
    window.bring_forward("suggestions")
    window.suggestions_panel.list.setFocus()


def checked_before(window: MainWindow) -> None:
    from claimdesk.desktop.flows.factcheck_flows import checked_before

    checked_before(window)


def import_fact_checks(window: MainWindow) -> None:
    from claimdesk.desktop.flows.factcheck_flows import import_fact_checks

    import_fact_checks(window)


def choose_shared_archive(window: MainWindow) -> None:
    from claimdesk.desktop.flows.factcheck_flows import choose_shared_archive

    choose_shared_archive(window)


def new_shared_archive(window: MainWindow) -> None:
    from claimdesk.desktop.flows.factcheck_flows import new_shared_archive

    new_shared_archive(window)


def purge_evidence(window: MainWindow) -> None:
    from claimdesk.desktop.flows.purge_flow import purge_evidence

    purge_evidence(window)


def triage_article(window: MainWindow) -> None:
    from claimdesk.desktop.widgets.triage_dialog import TriageDialog

    workspace = window.open_workspace()
    pane = workspace.active_pane()
    if pane is None or not pane.article_id:
        window.statusBar().showMessage(
            translate("action_handlers", "Open an article to triage it"), 5000
        )
        return
    dialog = TriageDialog(window.open_session(), pane.article_id, window)
    dialog.sentence_selected.connect(workspace.reveal)
    dialog.show()
    dialog.show_current()


def link_annotation(window: MainWindow) -> None:
    window.open_workspace().link_active_annotation()


# Review


def start_review(window: MainWindow) -> None:
    window.review.choose_and_start()


def stop_review(window: MainWindow) -> None:
    window.review.stop()


def review_accept(window: MainWindow) -> None:
    window.review.accept()


def review_reject(window: MainWindow) -> None:
    window.review.reject()


def review_edit(window: MainWindow) -> None:
    window.review.edit()


def review_next(window: MainWindow) -> None:
    window.review.next()


def review_previous(window: MainWindow) -> None:
    window.review.previous()


def show_agreement(window: MainWindow) -> None:
    from claimdesk.desktop.widgets.agreement_dialog import show_agreement

    show_agreement(window)


# View


def add_pane(window: MainWindow) -> None:
    """The new pane takes the focus: Ctrl+W then closes it, not the pane being read."""
    pane = window.open_workspace().add_pane()
    if pane is not None:
        pane.view.setFocus()


def reopen_pane(window: MainWindow) -> None:
    window.open_workspace().reopen_closed_pane()


def only_my_annotations(window: MainWindow) -> None:
    from claimdesk.desktop.blind_view import toggle_only_mine

    toggle_only_mine(window)


def reading_layout(window: MainWindow) -> None:
    window.panels.use("reading")


def annotating_layout(window: MainWindow) -> None:
    window.panels.use("annotating")


def reviewing_layout(window: MainWindow) -> None:
    window.panels.use("reviewing")


def close_pane(window: MainWindow) -> None:
    pane = window.open_workspace().active_pane()
    if pane is not None:
        window.open_workspace().close_pane(pane)


def next_pane(window: MainWindow) -> None:
    window.open_workspace().focus_next_pane(1)


def previous_pane(window: MainWindow) -> None:
    window.open_workspace().focus_next_pane(-1)


def sync_scrolling(window: MainWindow) -> None:
    window.open_workspace().sync_scrolling = window.action_set.is_checked("view.sync_scrolling")


def zoom_in(window: MainWindow) -> None:
    workspace = window.open_workspace()
    workspace.set_zoom(workspace.zoom() + 1)


def zoom_out(window: MainWindow) -> None:
    workspace = window.open_workspace()
    workspace.set_zoom(workspace.zoom() - 1)


def reset_zoom(window: MainWindow) -> None:
    window.open_workspace().set_zoom(0)


# Help


def show_shortcuts(window: MainWindow) -> None:
    from .help_dialog import ShortcutsDialog
    from .shortcuts import help_rows

    ShortcutsDialog(window, help_rows()).exec()


def about(window: MainWindow) -> None:
    from claimdesk.desktop.widgets.about_dialog import AboutDialog

    AboutDialog(window).exec()
