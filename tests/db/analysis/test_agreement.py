"""Agreement between annotators: the figures match the textbook and the reference libraries."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

from claimdesk.db import Store, ValidationError
from claimdesk.db.analysis.agreement import (
    cohen_kappa,
    compute_agreement,
    nominal_alpha,
    overlap_matches,
)

TEXT = "The minister said unemployment fell by 12% last year, and crime doubled since 2019."


def test_krippendorffs_published_nominal_example_gives_0_743():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C."""
    missing = None
    table = [  # four observers, twelve units
        [1, 2, 3, 3, 2, 1, 4, 1, 2, missing, missing, missing],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, missing, 3],
        [missing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, missing],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, missing],
    ]
    units = [Counter(v for v in column if v is not None) for column in zip(*table, strict=True)]
    alpha = nominal_alpha((unit, 1) for unit in units)
    assert round(alpha, 3) == 0.743
    reference = krippendorff.alpha(
        reliability_data=[[np.nan if v is None else v for v in row] for row in table],
        level_of_measurement="nominal",
    )
    assert alpha == pytest.approx(reference)


def test_cohens_kappa_of_the_textbook_two_by_two_table_is_0_4():
    # 50 items: both yes 20, only A yes 5, only B yes 10, both no 15 (po = 0.7, pe = 0.5).
    assert cohen_kappa(20, 5, 10, 15) == pytest.approx(0.4)


def test_kappa_is_undefined_when_both_annotators_agree_by_necessity():
    assert cohen_kappa(0, 0, 0, 12) is None
    assert cohen_kappa(0, 0, 0, 0) is None
    assert nominal_alpha([({0: 2}, 10)]) is None


def _two_annotators(store: Store):
    return store.ensure_annotator("Ana"), store.ensure_annotator("Bo")


def test_exact_and_overlapping_spans_give_the_f1_scores(store):
    ana, bo = _two_annotators(store)
    article = store.add_article(TEXT)
    claim = store.tags()[0]
    for start, end in ((0, 3), (4, 30)):
        store.add_annotation(article.id, start, end, claim.id, ana.id)
    for start, end in ((0, 3), (13, 35), (18, 30)):
        store.add_annotation(article.id, start, end, claim.id, bo.id)
    pair = compute_agreement(store).tags[0].pairs[0]
    assert pair.counts["exact_matches"] == 1
    assert pair.counts["overlap_matches"] == 2  # (4, 30) takes (13, 35): 17 over 12 shared
    assert pair.f1_exact == pytest.approx(2 / 5)
    assert pair.f1_overlap == pytest.approx(4 / 5)


def test_overlap_matching_is_one_to_one_and_prefers_the_greatest_overlap(store):
    ana, bo = _two_annotators(store)
    article = store.add_article(TEXT)
    tag = store.tags()[0].id
    store.add_annotation(article.id, 0, 10, tag, ana.id)
    store.add_annotation(article.id, 8, 20, tag, ana.id)
    store.add_annotation(article.id, 5, 12, tag, bo.id)
    pair = compute_agreement(store).tags[0].pairs[0]
    assert pair.counts["overlap_matches"] == 1
    assert pair.f1_overlap == pytest.approx(2 / 3)


def test_only_articles_every_compared_annotator_annotated_count(store):
    ana, bo = _two_annotators(store)
    shared = store.add_article(TEXT)
    alone = store.add_article("Only Bo read this one.")
    tag = store.tags()[0].id
    store.add_annotation(shared.id, 0, 3, tag, ana.id)
    store.add_annotation(shared.id, 0, 3, tag, bo.id)
    store.add_annotation(alone.id, 0, 4, tag, bo.id)
    result = compute_agreement(store)
    assert result.articles == 1
    assert result.tags[0].pairs[0].f1_exact == 1.0
    assert result.tags[0].pairs[0].cohen_kappa == 1.0


def test_a_pair_that_never_used_a_tag_has_undefined_scores_for_it(store):
    ana, bo = _two_annotators(store)
    cy = store.ensure_annotator("Cy")
    article = store.add_article(TEXT)
    claim, statistic = store.tags()[0].id, store.tags()[1].id
    for person in (ana, bo, cy):
        store.add_annotation(article.id, 0, 3, claim, person.id)
    store.add_annotation(article.id, 39, 42, statistic, cy.id)
    result = compute_agreement(store).to_json()
    statistic_pairs = result["tags"][store.tags()[1].name]["pairs"]
    ana_bo = next(p for p in statistic_pairs if p["annotators"] == ["Ana", "Bo"])
    assert ana_bo["f1_exact"] is None and ana_bo["cohen_kappa"] is None
    assert set(result) == {"annotators", "articles", "tags", "micro"}
    assert result["annotators"] == ["Ana", "Bo", "Cy"]


def test_choosing_annotators_limits_the_comparison_and_one_is_not_enough(store):
    ana, bo = _two_annotators(store)
    cy = store.ensure_annotator("Cy")
    article = store.add_article(TEXT)
    for person in (ana, bo, cy):
        store.add_annotation(article.id, 0, 3, store.tags()[0].id, person.id)
    assert compute_agreement(store, [cy.id, ana.id]).annotators == ["Ana", "Cy"]
    with pytest.raises(ValidationError, match="at least two"):
        compute_agreement(store, [ana.id])


def test_deleted_annotations_do_not_count(store):
    ana, bo = _two_annotators(store)
    article = store.add_article(TEXT)
    tag = store.tags()[0].id
    store.add_annotation(article.id, 0, 3, tag, ana.id)
    store.add_annotation(article.id, 0, 3, tag, bo.id)
    gone = store.add_annotation(article.id, 4, 12, tag, bo.id)
    store.delete_annotation(gone.id)
    assert compute_agreement(store).micro[0].f1_exact == 1.0


# Property: on any annotations, the figures equal scikit-learn's and `krippendorff`'s.

WORDS = ["claim", "said", "12%", "the", "économie", "rose", "—", "by", "year", "Ørsted"]
_span = st.tuples(st.integers(0, 2), st.integers(0, 1), st.integers(0, 60), st.integers(1, 15))


@settings(max_examples=30, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(WORDS), min_size=3, max_size=12), min_size=1, max_size=3
    ),
    spans=st.lists(st.tuples(st.integers(0, 2), _span), max_size=25),
)
def test_token_agreement_equals_the_reference_implementations(texts, spans):
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "p.claimdesk") as store:
        people = [store.ensure_annotator(name) for name in ("Ana", "Bo", "Cy")]
        tags = store.tags()[:2]
        articles = []
        for index, words in enumerate(texts):
            articles.append(store.add_article(f"{index}: " + " ".join(words)))
        for person in people:  # everyone annotates every article at least once
            for article in articles:
                store.add_annotation(article.id, 0, 1, tags[0].id, person.id)
        for who, (article_index, tag_index, start, length) in spans:
            article = articles[article_index % len(articles)]
            start = start % article.length
            end = min(article.length, start + length)
            store.add_annotation(article.id, start, end, tags[tag_index].id, people[who].id)
        result = compute_agreement(store)
        labels = _reference_labels(store, articles, people, tags)
        by_name = {tag_result.tag: tag_result for tag_result in result.tags}
        for tag in tags:
            tag_result = by_name.get(tag.name)
            if tag_result is None:  # nobody used it
                assert not any(any(row) for row in labels[tag.id])
                continue
            for pair, (x, y) in zip(tag_result.pairs, [(0, 1), (0, 2), (1, 2)], strict=True):
                _assert_same(pair.cohen_kappa, _sklearn_kappa(labels[tag.id][x], labels[tag.id][y]))
            _assert_same(tag_result.krippendorff_alpha, _reference_alpha(labels[tag.id]))


def _reference_labels(store, articles, people, tags) -> dict[str, list[list[int]]]:
    """Token by token, the obvious way: is any span of this person and tag over it?"""
    spans = store.annotations()
    labels = {tag.id: [[] for _ in people] for tag in tags}
    for article in articles:
        for match in re.finditer(r"\w+", article.text):
            for tag in tags:
                for index, person in enumerate(people):
                    labels[tag.id][index].append(
                        int(
                            any(
                                s.article_id == article.id
                                and s.annotator_id == person.id
                                and s.tag_id == tag.id
                                and s.start < match.end()
                                and s.end > match.start()
                                for s in spans
                            )
                        )
                    )
    return labels


def _sklearn_kappa(a: list[int], b: list[int]) -> float | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = cohen_kappa_score(a, b, labels=[0, 1])
    return None if math.isnan(value) else float(value)


def _reference_alpha(rows: list[list[int]]) -> float | None:
    if len({value for row in rows for value in row}) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=rows, level_of_measurement="nominal"))


def _assert_same(mine: float | None, reference: float | None) -> None:
    if reference is None:
        assert mine is None
    else:
        assert mine == pytest.approx(reference, abs=1e-9)


def _claimdesk(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_agreement_command_prints_a_table_or_json(store):
    ana, bo = _two_annotators(store)
    cy = store.ensure_annotator("Cy")
    article = store.add_article(TEXT)
    for person in (ana, bo, cy):
        store.add_annotation(article.id, 0, 3, store.tags()[0].id, person.id)
    store.add_annotation(article.id, 39, 42, store.tags()[1].id, cy.id)
    store.close()
    table = _claimdesk("agreement", store.path)
    assert table.returncode == 0, table.stderr
    assert "Ana / Bo" in table.stdout and "n/a" in table.stdout
    chosen = _claimdesk(
        "agreement", store.path, "--annotator", "Bo", "--annotator", "Ana", "--json"
    )
    figures = json.loads(chosen.stdout)
    assert figures["annotators"] == ["Ana", "Bo"]
    assert figures["micro"]["pairs"][0]["f1_exact"] == 1.0
    unknown = _claimdesk("agreement", store.path, "--annotator", "Zed")
    assert unknown.returncode == 1 and "no annotator named 'Zed'" in unknown.stderr


def _brute_force_overlap_matches(a, b) -> int:
    pairs = sorted(
        (-(min(ae, be) - max(as_, bs)), as_, ae, bs, be, i, j)
        for i, (as_, ae) in enumerate(a)
        for j, (bs, be) in enumerate(b)
        if min(ae, be) > max(as_, bs)
    )
    used_a, used_b = set(), set()
    for *_, i, j in pairs:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    return len(used_a)


_spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 12)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(a=_spans, b=_spans)
def test_overlap_matching_equals_the_all_pairs_definition(a, b):
    assert overlap_matches(a, b) == _brute_force_overlap_matches(a, b)
