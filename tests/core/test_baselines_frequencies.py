"""Frequencies and routes are no target (DOMAIN.md, "Reading real sentences", M: "dates,
frequencies ('twice a week'), ages and a baseline alone are not a target"): issue 12, classes
"N times (or days) a period is a frequency" and "the length of a route to somewhere".

"ik wil drie keer per week sporten", "train 4 days a week", "twice a month" say how often; the
count is no number to reach, so M does not pass on it (a real count beside it still does).
"naar het station kunnen fietsen (± 3 km)" gives the length of the route, where "walk 5 km a day"
is what to do. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

FREQUENCIES = [
    "Ik wil minstens drie keer per week gaan hardlopen",
    "Train 4 days a week at the local gym",
    "We gaan twee keer in de maand een nieuwsbrief versturen",
    "Call each key client 2 times per quarter",
]


@pytest.mark.parametrize("text", FREQUENCIES)
def test_a_frequency_is_no_target(text):
    result = smart_check(text)
    assert result.parsed.target is None
    assert not result.verdicts["M"].passed


BESIDE_A_COUNT = [
    ("Post 3 times per week and grow our newsletter to 2,000 subscribers", 2000.0),
    ("Twee keer per week een workshop geven om 150 nieuwe leden te werven", 150.0),
]


@pytest.mark.parametrize(("text", "target"), BESIDE_A_COUNT)
def test_a_real_count_beside_a_frequency_is_the_target(text, target):
    result = smart_check(text)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed


def test_the_length_of_a_route_is_no_target():
    result = smart_check("Binnen 8 weken weer zelf naar het station kunnen fietsen (± 3 km)")
    assert result.parsed.target is None


def test_a_distance_to_cover_is_a_target():
    assert smart_check("I want to walk 5 km a day by June").parsed.target == 5.0
