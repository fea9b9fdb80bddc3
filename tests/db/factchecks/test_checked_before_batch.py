"""Checked before? for many claims at once (what the window matches off its UI thread):
close matches only, the shared archive beside the project's, the state results follow."""

from __future__ import annotations

from claimdesk.db import Store
from claimdesk.db.factchecks.checked_before import (
    archive_state,
    claim_text,
    match_texts,
    may_match,
)
from claimdesk.db.factchecks.matching import add_to_archive
from claimdesk.db.factchecks.records import FactCheck
from claimdesk.db.factchecks.shared import set_shared_archive
from claimdesk.db.storage.archive_file import create_archive, open_archive

VENEZUELA = FactCheck(
    "Venezuela released 400 political prisoners in one day",
    rating="Misleading",
    url="https://factcheck.example/400",
)
RIVER = FactCheck("The river Orla burst its banks", url="https://factcheck.example/orla")


def never() -> bool:
    return False


def test_a_project_with_no_archive_is_not_matched(tmp_path):
    with Store.open(tmp_path / "p.claimdesk") as store:
        assert not may_match(archive_state(store))
    found = match_texts(tmp_path / "p.claimdesk", ["Venezuela freed 400 prisoners"], never)
    assert found.archive == 0 and found.found == {"Venezuela freed 400 prisoners": []}


def test_only_close_matches_are_kept_for_the_window(tmp_path):
    with Store.open(tmp_path / "p.claimdesk") as store:
        add_to_archive(store, [VENEZUELA, RIVER])
    texts = ["Caracas says 400 political detainees were freed", "A new bridge over the river"]
    found = match_texts(tmp_path / "p.claimdesk", texts, never)
    [match] = found.found[texts[0]]
    assert match.fact_check.url == VENEZUELA.url and match.close
    assert "same figure: 400" in match.reasons
    assert found.found[texts[1]] == []  # one shared word ("river"): a coincidence


def test_a_figure_alone_in_common_is_no_close_match(tmp_path):
    states = FactCheck("The opposition won in 20 of the 24 states", url="https://x.example/24")
    with Store.open(tmp_path / "p.claimdesk") as store:
        add_to_archive(store, [states])
    text = "Rainfall in the 24 hours before the flood"
    found = match_texts(tmp_path / "p.claimdesk", [text], never)
    assert found.found[text] == []  # the word "24" and the figure 24 are one thing shared


def test_the_shared_archive_is_matched_beside_the_projects_and_changes_the_state(tmp_path):
    shared = tmp_path / "newsroom.cdarchive"
    create_archive(shared)
    with Store.open(tmp_path / "p.claimdesk") as store:
        before = archive_state(store)
        set_shared_archive(store, shared)
        assert archive_state(store) != before and may_match(archive_state(store))
        chosen = archive_state(store)
        with open_archive(shared, write=True) as archive:
            add_to_archive(archive, [VENEZUELA])
        assert archive_state(store) != chosen
    text = "Venezuela freed 400 political prisoners"
    found = match_texts(tmp_path / "p.claimdesk", [text], never)
    assert found.archive == 1 and found.found[text][0].archive == "newsroom.cdarchive"


def test_a_shared_archive_gone_bad_is_a_note_and_the_project_still_matched(tmp_path):
    shared = tmp_path / "newsroom.cdarchive"
    create_archive(shared)
    with Store.open(tmp_path / "p.claimdesk") as store:
        set_shared_archive(store, shared)
        add_to_archive(store, [VENEZUELA])
    shared.write_bytes(b"not an archive any more")
    text = "Venezuela freed 400 political prisoners"
    found = match_texts(tmp_path / "p.claimdesk", [text], never)
    assert "not a fact-check archive" in found.note
    assert [m.fact_check.url for m in found.found[text]] == [VENEZUELA.url]


def test_the_note_about_a_bad_shared_archive_stays_a_translatable_message(tmp_path):
    """It was flattened to its English text, so the window could not translate it."""
    from claimdesk.db.messages import Message

    shared = tmp_path / "newsroom.cdarchive"
    create_archive(shared)
    with Store.open(tmp_path / "p.claimdesk") as store:
        set_shared_archive(store, shared)
        add_to_archive(store, [VENEZUELA])
    shared.write_bytes(b"not an archive any more")
    found = match_texts(tmp_path / "p.claimdesk", ["Venezuela freed 400"], never)
    assert isinstance(found.note, Message)


def test_cancelling_stops_before_the_next_text(tmp_path):
    with Store.open(tmp_path / "p.claimdesk") as store:
        add_to_archive(store, [VENEZUELA])
    found = match_texts(tmp_path / "p.claimdesk", ["Venezuela 400", "400 prisoners"], lambda: True)
    assert found.found == {}


def test_a_claim_without_wording_is_matched_by_its_longest_appearance():
    assert claim_text("  About 50   released ", ["x"]) == "About 50 released"
    assert claim_text("", ["56", "about 50 people\nreleased"]) == "about 50 people released"
    assert claim_text("", []) == ""
