"""After publishing a report (its rated claims join the project's fact-check archive), the
claims panel and the claim editor do not offer a claim its own published fact-check as
"checked before"; another claim of the project, worded alike, still sees it."""

from __future__ import annotations

from claimdesk.db.report.publish import publish_report
from claimdesk.desktop.panels.checked_before_cache import CheckedBefore

from .test_checked_before_panels import CHECKED
from .test_claims_panel import wait_for_claims

WORDINGS = (
    "The government freed 400 political prisoners in one day",
    "The government freed 400 political prisoners, officials say",
)


def test_publishing_a_report_marks_only_the_other_claim_checked_before(qtbot, window, tmp_path):
    store = window.session.store
    ana = store.ensure_annotator("Ana")
    article = store.articles()[0]
    tag = store.tag_by_name("Statistic").id
    false = store.verdict_by_name("False").id
    claims = []
    for number, wording in enumerate(WORDINGS):
        span = store.add_annotation(article.id, number, number + 5, tag, ana.id).id
        claims.append(store.add_claim(ana.id, [span], wording=wording, verdict_id=false).id)
    publish_report(store, tmp_path / "r.html")
    CheckedBefore.of(window.session).check_archives()
    rows = wait_for_claims(qtbot, window.claims_panel, 2)
    qtbot.waitUntil(lambda: all(row.text(CHECKED) for row in rows))
    assert [row.text(CHECKED) for row in rows] == ["↺ 1", "↺ 1"], "the other's, not its own"
    panel = window.claims_panel
    panel.tree.setCurrentItem(rows[0])
    shown = panel.editor.checked_before
    qtbot.waitUntil(lambda: shown.list.count() > 0)
    assert shown.list.count() == 1 and WORDINGS[1] in shown.list.item(0).text()
