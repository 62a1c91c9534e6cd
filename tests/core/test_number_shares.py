"""A share said as every Nth one, or as one in every N (issue 12, class "every Nth one"; DOMAIN.md M: a
number word is a number for the target).

"One in three customers" and "een op de vijf" were read as shares, but "every second customer should
use the app", "elke tweede fiets moet een e-bike zijn", "every other visitor" named no number, and "one
in every three customers" was read as a target of 3. Before a unit of time ("every second week") the
ordinal is a rhythm and no share. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

SHARES = [
    ("By 2027 every second customer should use the app.", 50.0),
    ("By 2027, every other visitor should sign up.", 50.0),
    ("Elke tweede bezoeker moet in 2027 lid worden.", 50.0),
    ("Elke derde klant moet in 2027 via de app bestellen.", 33.33),
    ("Iedere 4e klant moet in 2027 een review geven.", 25.0),
    ("By 2027 one in every three customers should use the app.", 33.33),
    ("In 2027 moet één op elke vier klanten via de app bestellen.", 25.0),
]


@pytest.mark.parametrize(("text", "share"), SHARES)
def test_every_nth_one_is_a_share(text: str, share: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == share
    assert result.verdicts["M"].passed


RHYTHMS = [
    "We post a newsletter every second week.",
    "Elke tweede maand een nieuwsbrief sturen.",
    "Call each customer every third month.",
]


@pytest.mark.parametrize("text", RHYTHMS)
def test_every_nth_unit_of_time_is_a_rhythm(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["M"].passed
