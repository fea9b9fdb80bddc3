"""Triage learns per project: dismissing (or accepting) sentences scales the weight of the
kinds of claim they showed, for that project only, deterministically, and undo forgets."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store
from claimdesk.db.operations.triage import accept_sentence, dismiss_sentence
from claimdesk.db.triage.learning import learn
from claimdesk.db.triage.project_triage import project_learning, triage_article
from claimdesk.desktop.cli import main

PREDICTIONS = (
    "The council will vote on the housing plan next month. "
    "The new tram line is expected to open in spring. "
    "Ministers predicted a slow summer for the harbour."
)
LATER = (
    "Prices will go up because the port is closing. "
    "The city now has the highest rents in the region."
)
PREDICTION = "Prices will go up because the port is closing."
COMPARISON = "The city now has the highest rents in the region."


def project(tmp_path: Path) -> tuple[Store, str, str, str]:
    store = Store.open(tmp_path / "p.claimdesk")
    ana = store.ensure_annotator("Ana").id
    first = store.add_article(PREDICTIONS, title="Council").id
    later = store.add_article(LATER, title="Harbour").id
    return store, ana, first, later


def order(store: Store, article_id: str) -> list[str]:
    return [candidate.sentence for candidate in triage_article(store, article_id)]


def test_dismissing_every_prediction_lowers_predictions_in_the_ranking(tmp_path):
    store, ana, first, later = project(tmp_path)
    with store:
        assert order(store, later) == [PREDICTION, COMPARISON]
        for candidate in triage_article(store, first):
            assert [r.kind for r in candidate.reasons] == ["prediction"]
            dismiss_sentence(store, candidate, ana)
        assert order(store, first) == []
        assert order(store, later) == [COMPARISON, PREDICTION]
        learnt = project_learning(store)
        assert learnt.decisions == 3 and learnt.explain() == "prediction ×0.25"


def test_undoing_a_dismissal_forgets_what_it_taught(tmp_path):
    store, ana, first, _later = project(tmp_path)
    with store:
        applied = dismiss_sentence(store, triage_article(store, first)[0], ana)
        assert project_learning(store).decisions == 1
        applied.inverse()
        assert project_learning(store).decisions == 0
        assert len(order(store, first)) == 3


def test_accepting_predictions_raises_them_and_annotates_the_sentence(tmp_path):
    store, ana, first, later = project(tmp_path)
    with store:
        tag = store.tags()[0].id
        for candidate in triage_article(store, first):
            accept_sentence(store, candidate, tag, ana)
        assert len(store.annotations(first)) == 3
        assert project_learning(store).explain() == "prediction ×3"
        [prediction] = [c for c in triage_article(store, later) if c.sentence == PREDICTION]
        assert prediction.score == 3 * 1.0 + 1.2


def test_what_one_project_learnt_stays_in_it(tmp_path):
    store, ana, first, _later = project(tmp_path)
    with store:
        dismiss_sentence(store, triage_article(store, first)[0], ana)
    other = tmp_path / "other"
    other.mkdir()
    with Store.open(other / "p.claimdesk") as fresh:
        assert project_learning(fresh).decisions == 0


def test_the_rule_is_kept_between_a_fifth_and_three_times():
    dismissed = [f"triage:a:{n:016x}:-p" for n in range(20)]
    assert learn(dismissed).factor("prediction") == 0.2
    assert learn(["triage:a:0123456789abcdef", "link:x"]).decisions == 0


def test_the_triage_command_says_what_the_ranking_learnt(tmp_path, capsys):
    store, ana, first, _later = project(tmp_path)
    with store:
        for candidate in triage_article(store, first):
            dismiss_sentence(store, candidate, ana)
    assert main(["triage", str(tmp_path / "p.claimdesk")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ranking learnt from 3 decisions: prediction ×0.25\n")
    assert out.index("highest rents") < out.index("Prices will go up")
