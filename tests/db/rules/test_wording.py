"""Counts in messages read as people write them."""

from claimdesk.db.rules.wording import counted


def test_one_of_a_thing_is_singular_and_large_counts_are_grouped():
    assert counted(1, "link") == "1 link"
    assert counted(0, "claim") == "0 claims"
    assert counted(1200, "annotation") == "1,200 annotations"
    assert counted(2, "claim appearance") == "2 claim appearances"
    assert counted(3, "child", "children") == "3 children"
