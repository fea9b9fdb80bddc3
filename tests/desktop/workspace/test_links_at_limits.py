"""A project at the limits opens and shows its links: a highlight with as many links as
one may have, thousands of others, and bands only for what the screen can show."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db.rules.check import check_project
from claimdesk.db.rules.limits import LINKS_PER_ANNOTATION
from claimdesk.desktop.main_window import MainWindow
from tests.benchmarks.links_at_limits import build_project_at_limits


def test_the_window_opens_a_project_at_the_link_limit_and_draws_the_links_in_view(
    qtbot, tmp_path: Path, app_settings
):
    project = tmp_path / "limits.claimdesk"
    built = build_project_at_limits(
        project, article_chars=200_000, annotations_per_article=1_500, links=6_000
    )
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    assert window.open_project(project, "Ana")
    store = window.session.store
    assert len(store.links([built["hub"]])) == LINKS_PER_ANNOTATION
    handle = window.workspace.splitter.handle(1)
    left, right = handle.panes()

    qtbot.waitUntil(lambda: bool(handle.drawn_bands()))

    drawn = [connector for _path, connector in handle.drawn_bands()]
    assert {connector.left_id for connector in drawn} <= set(built["left"])
    assert {connector.right_id for connector in drawn} <= set(built["right"])
    assert built["hub"] in {connector.left_id for connector in drawn}  # at the top, in view
    assert len(drawn) < LINKS_PER_ANNOTATION  # one band for the links that leave the view
    assert left.view.has_span(built["hub"]) and right.view.has_span(built["right"][0])
    assert check_project(store) == []
