"""A fraction before a comparative is the change (DOMAIN.md, "Reading real sentences", M: a
number word counts; R: the change within the bounds): issue 12, class "een kwart minder".

Goals say the size of a change as a fraction and a comparative: "een kwart minder afval", "a
third more visitors", "een vijfde meer leden", "a fifth fewer no-shows". The fraction is the
relative change, signed by the comparative, so M has its number and R its change to judge.
Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, relative change)
    ("Een kwart minder retouren in 2027", -0.25),
    ("We willen in 2028 een derde meer abonnees", 1 / 3),
    ("Het museum wil dit jaar een vijfde meer bezoekers", 0.2),
    ("Our clinic wants a fifth fewer no-shows by June", -0.2),
    ("Attract a third more visitors to the fair by 2027", 1 / 3),
]


@pytest.mark.parametrize(("text", "change"), CASES)
def test_a_fraction_and_a_comparative_state_the_change(text, change):
    result = smart_check(text)
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.verdicts["M"].passed, result.verdicts["M"].reason
    assert result.verdicts["R"].passed, result.verdicts["R"].reason


def test_a_fraction_of_something_is_no_change():
    assert smart_check("A third of our visitors should come back within a year").parsed.relative_change is None
