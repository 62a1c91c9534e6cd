"""A count described with its article is no bound (issue 12, class "the over 200 volunteers"; DOMAIN.md S:
at least is a direction only where it bounds the goal's target).

"Ruim 500 nieuwe leden werven" and "revenue over $4 million" set a floor. "De ruim 300 vrijwilligers van
de club", "the over 200 volunteers of our food bank", "het ruim 40 man sterke team" describe what there
is: the article before "ruim"/"over" makes the count part of a noun phrase, so it bounds nothing and S
no longer passes on it. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DESCRIBED = [
    "De ruim 300 vrijwilligers van de club zetten zich ook in 2027 in voor de jeugd",
    "The over 200 volunteers of our food bank will help families in 2027",
    "Het ruim 40 man sterke team wil in 2027 de website vernieuwen",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_count_with_its_article_bounds_nothing(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction != "at_least"
    assert not result.verdicts["S"].passed


FLOORS = [
    ("We want revenue over $4 million by 2027", "revenue"),
    ("In 2027 willen we ruim 500 nieuwe leden werven", "nieuwe leden"),
    ("Keep the score over 8 for the whole of 2027", "score"),
    ("De omzet moet in 2027 ruim 2 miljoen euro zijn", "omzet"),
]


@pytest.mark.parametrize(("text", "metric"), FLOORS)
def test_over_or_ruim_before_a_target_is_still_a_floor(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.metric_words, result.parsed.direction) == (metric, "at_least")
    assert result.verdicts["S"].passed
