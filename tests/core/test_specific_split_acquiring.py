"""A Dutch verb of acquiring split in two is an increase (issue 12, class "a Dutch verb of acquiring split in
two"; DOMAIN.md S: a count with an acquisition verb is an increase, "binnenhalen").

Dutch splits "binnenhalen", "binnenslepen" and "bijkomen" in subordinate clauses and infinitives ("binnen te
halen", "leden binnen halen", "twee winkels bij komen") and in main clauses sends the particle to the end ("er
komen vier winkels bij", "wil er twintig vrijwilligers bij"). Either way the goal adds to what it counts. The
same words are no acquisition where "binnen" means "within" ("binnen drie jaar halen") or "bij" has an object
("bij de klantenservice", "bij 17.500 leden"). This class exists in Dutch only. The sentences are written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


SPLIT = [
    # text, a word of the metric
    ("We willen dit jaar 15 sponsors binnen te halen", "sponsors"),
    ("De club wil voor de zomer 200 leden binnen halen", "leden"),
    ("Het bedrijf wil in 2027 5 procent marktaandeel binnen slepen", "marktaandeel"),
    ("Volgend jaar komen er vier winkels bij in Gent en Brugge", "winkels"),
    ("De vereniging wil er dit seizoen twintig vrijwilligers bij", "vrijwilligers"),
    ("Tegen 2028 moeten er 300 laadpalen bij komen", "laadpalen"),
]


@pytest.mark.parametrize(("text", "head"), SPLIT)
def test_a_split_verb_of_acquiring_is_an_increase(text: str, head: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and head in result.parsed.metric_words, result.parsed
    assert result.parsed.direction == "increase", result.parsed
    assert result.verdicts["S"].passed


NOT_SPLIT = [
    # "binnen" as "within", "bij" with an object: the direction stays as the other words say
    ("We willen het doel van 500 leden binnen drie jaar halen", "reach"),
    ("We willen dat het bij 17.500 leden blijft", "reach"),
    ("Het aantal klachten bij de klantenservice moet dalen naar 40", "decrease"),
]


@pytest.mark.parametrize(("text", "direction"), NOT_SPLIT)
def test_within_or_a_place_is_no_split_verb(text: str, direction: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == direction
