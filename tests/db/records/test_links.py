"""Links between annotations: what the connectors between two panes are drawn from."""

from claimdesk.db import Store


def test_links_among_two_articles_leave_out_links_to_a_third_and_deleted_ends(store: Store, ana):
    tag = store.tags()[0]
    first = store.add_article("About 50 prisoners were released.", title="UN")
    second = store.add_article("Foro Penal confirmed 56 releases.", title="NGO")
    third = store.add_article("The government said more than 100.", title="Gov")
    a = store.add_annotation(first.id, 6, 8, tag.id, ana.id)
    b = store.add_annotation(second.id, 21, 23, tag.id, ana.id)
    c = store.add_annotation(third.id, 26, 34, tag.id, ana.id)
    between = store.add_link(a.id, b.id, "contradicts", ana.id)
    store.add_link(a.id, c.id, "same_claim", ana.id)
    gone = store.add_link(b.id, a.id, "related", ana.id)
    store.delete_link(gone.id)

    assert [link.id for link in store.links_among_articles([first.id, second.id])] == [between.id]
    store.delete_annotation(b.id)
    assert store.links_among_articles([first.id, second.id]) == []
    assert store.links_among_articles([]) == []
