"""How old something is, said as an adjective, is no number of the goal (issue 12, class "an age
as an adjective"; DOMAIN.md M: ages are not a target).

"het 50-jarig jubileum", "ons 100-jarig bestaan", "a 10-year-old brand": the count says how old
the club, firm or brand is, never how many of the metric to reach. A count of people of an age
("5.000 18-jarigen", "2,000 more 16-year-olds") keeps its count. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

AGES = [
    "In 2027 viert de vereniging haar 75-jarig jubileum met meer leden",
    "Voor het 100-jarig bestaan willen we meer bezoekers trekken",
    "Make our 10-year-old brand better known among students",
    "Het 25-jarige bedrijf wil meer klanten",
]


@pytest.mark.parametrize("text", AGES)
def test_an_age_as_an_adjective_is_no_target(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target is None
    assert not result.verdicts["M"].passed


COUNTS_OF_AN_AGE = [
    ("Bereik 5.000 18-jarigen met de campagne in 2027", 5000.0),
    ("Sign up 800 16-year-olds for the summer programme by June 2027", 800.0),
]


@pytest.mark.parametrize(("text", "target"), COUNTS_OF_AN_AGE)
def test_a_count_of_people_of_an_age_is_still_the_target(text: str, target: float) -> None:
    assert smart_check(text, today=TODAY).parsed.target == target
