"""Content a maker puts out is work, not a metric (issue 12, class "programmes made"; DOMAIN.md S: "An
activity is not a metric", as publishing 20 posts is not).

A broadcaster's or studio's "minstens een documentaire per maand", "vier nieuwe realityreeksen per
jaar", "4 new films" count what it makes, as posts, videos and episodes already did. They were read as
the metric, with "new" or "minstens" as its way, so S passed. What the audience does with the content is still measured ("streams of our
documentaries", "kijkers van onze reeksen", "film ticket sales"). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

MADE = [
    "Publish at least one documentary per month",
    "Produce 4 new films next year",
    "Het omroephuis wil jaarlijks tien nieuwe fictiereeksen maken",
    "We willen minstens twee nieuwe reeksen per jaar uitbrengen",
    "Streamz wil elke maand een documentaire uitbrengen",
    "Our studio will release two feature films in 2027",
]


@pytest.mark.parametrize("text", MADE)
def test_content_made_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


WATCHED = [
    ("Increase streams of our documentaries by 20% in 2027", "streams"),
    ("Verhoog het aantal kijkers van onze reeksen met 10% in 2027", "kijkers"),
    ("Grow film ticket sales from 20,000 to 25,000 by 2027", "ticket sales"),
]


@pytest.mark.parametrize(("text", "metric"), WATCHED)
def test_what_the_audience_does_is_still_measured(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
