"""Realism at the bounds (DOMAIN.md, "Reading real sentences", R): issue 12, class "realism at
the bound". The default bounds are +100 % up and -50 % down, both included: doubling passes,
halving passes, 1 % to 2 % passes; "more than double" and 243 to 121 (-50.2 %) do not. A "more"
that is no "more than" ("do more and better, doubling our reach") beats no factor.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

AT_THE_BOUND = [
    ("Double our newsletter reach by 2028", True),
    ("We want to do more and better: doubling our reach by 2028", True),
    ("We willen meer en beter doen en ons bereik in 2028 verdubbelen", True),
    ("Raise the conversion rate from 1% to 2% this year", True),
    ("Verhoog de conversie van 1% naar 2% dit jaar", True),
    ("Halve the number of complaints by June", True),
    ("Breng de uitval terug van 8% naar 4% in 2027", True),
    ("More than double our newsletter reach by 2028", False),
    ("Meer dan een verdubbeling van het bereik in 2028", False),
    ("Ruim verdubbelen van het aantal leden in 2028", False),
    ("Verlaag het restafval van 243 kilo naar 121 kilo in 2029", False),
    ("Cut churn from 10% to 4.9% by the end of 2027", False),
]


@pytest.mark.parametrize("text, realistic", AT_THE_BOUND, ids=[case[0][:50] for case in AT_THE_BOUND])
def test_realism_at_the_bound(text: str, realistic: bool) -> None:
    assert smart_check(text, today=TODAY).verdicts["R"].passed is realistic
