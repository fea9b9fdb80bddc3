"""Where an annotation may lie, judged once for the store, imports, merge and `check`."""

import pytest

from claimdesk.db.rules.spans import anchor_problem, span_problem

TEXT = "Officials said 56 prisoners were freed."


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        (15, 17, None),
        (0, len(TEXT), None),
        (17, 17, "span 17–17 is outside the article (0–39) or empty"),
        (-1, 3, "span -1–3 is outside the article (0–39) or empty"),
        (30, 40, "span 30–40 is outside the article (0–39) or empty"),
        ("15", 17, "bad offsets '15'–17"),
        (True, 17, "bad offsets True–17"),
    ],
)
def test_a_span_lies_inside_the_text_and_is_not_empty(start, end, problem):
    assert span_problem(len(TEXT), start, end) == problem


def test_an_annotation_lies_where_its_quote_is_the_text():
    assert anchor_problem(TEXT, 15, 17, "56") is None
    assert anchor_problem(TEXT, 15, 17, "65") == (
        "its quote differs from the article text at 15–17"
    )
    assert anchor_problem(TEXT, 15, 99, "56").startswith("span 15–99 is outside")
