"""A count after "of"/"van" measures its own noun (issue 12, class "a count with its own noun"), and a
range may stand between the link and its numbers ("of between 5 and 8", "van tussen de 5 en 8").

"The addition of 300 rooms", "a community of 5,000 members", "een groei van 200 leden": the number
counts the noun right after it, so that noun is what the goal measures; the phrase before the link
only frames the count. A unit, a scale, a period or a percentage after the link is no noun of its
own, and a measure the lexicon knows ("een bereik van 1.000 kinderen") heads its count. The cases
are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _metric_words(text: str) -> str | None:
    return smart_check(text, today=TODAY).parsed.metric_words


OWN_NOUN = [
    # text, a word the metric words must contain, a framing word they must not
    ("We willen groeien naar een netwerk van 500 partners in 2027.", "partners", "netwerk"),
    ("The plan targets the addition of between 300 and 350 hotels by 2028.", "hotels", "addition"),
    ("De school wil groeien tot een gemeenschap van tussen de 800 en 900 leerlingen in 2028.", "leerlingen",
     "gemeenschap"),
    ("The plan calls for the addition of 4,000 charging points across the region by 2028.", "charging", "addition"),
    ("We aim for a community of between 8,000 and 10,000 members by December.", "members", "community"),
    ("Our goal is a newsletter audience of 12,000 subscribers by the end of 2027.", "subscribers", "audience"),
    ("De vereniging wil groeien naar een club van 1.200 leden in 2028.", "leden", "club"),
    ("Het plan voorziet in een uitbreiding van tussen de 300 en 400 laadpalen tegen 2027.", "laadpalen", "uitbreiding"),
]


@pytest.mark.parametrize(("text", "head", "frame"), OWN_NOUN)
def test_a_count_after_of_measures_its_own_noun(text: str, head: str, frame: str) -> None:
    words = _metric_words(text)
    assert words is not None and head in words.split() and frame not in words.split(), words


FRAME_IS_THE_METRIC = [
    # a unit, a percentage or a range of them after the link: the phrase before is what is measured
    ("Grow our monthly revenue to a level of 50,000 euros by June 2027", "revenue"),
    ("Een groeiverwachting van tussen de 12 en 15 procent voor komend jaar", "groeiverwachting"),
    ("Target a repeat purchase share of between 30% and 35% by June", "share"),
    ("Vergroot het bereik van de campagne naar 20.000 mensen in maart", "bereik"),
]


@pytest.mark.parametrize(("text", "head"), FRAME_IS_THE_METRIC)
def test_a_unit_or_a_share_after_of_leaves_the_metric_before_it(text: str, head: str) -> None:
    words = _metric_words(text)
    assert words is not None and head in words.split(), words
