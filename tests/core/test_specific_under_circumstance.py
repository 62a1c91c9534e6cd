""""Under"/"onder" naming a circumstance is no ceiling (issue 12, class "under a circumstance"; DOMAIN.md
S: "reach X" alone, with no baseline, leaves the direction open).

"Under the new plan", "flew under the radar", "onder leiding van", "onder druk van" name the setting of
a goal, yet "under"/"onder" was read as "at most", so a bare level to reach passed S with a ceiling no
one set. A figure after the preposition still bounds ("under 5 %", "onder de 10 procent"), and so does
a level without a figure ("under the industry average"). Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

OPEN = [
    "Under the new plan we will reach 500 members by 2028.",
    "Under the agreement, the firm must hit $2 million in revenue by 2027.",
    "The brand flew under the radar and now wants to reach 10,000 subscribers this year.",
    "Onder leiding van de nieuwe directeur moet het museum 80.000 bezoekers halen in 2027.",
    "Onder druk van de aandeelhouders wil het bedrijf dit jaar 5 miljoen omzet halen.",
]


@pytest.mark.parametrize("text", OPEN)
def test_under_a_circumstance_bounds_nothing(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction != "at_most"
    assert not result.verdicts["S"].passed


CEILINGS = [
    "Keep churn under 5% this year.",
    "Keep churn under the industry average this year.",
    "Houd het verloop onder de 5% dit jaar.",
    "Onder de 10 procent uitval blijven in 2027.",
]


@pytest.mark.parametrize("text", CEILINGS)
def test_under_a_level_is_still_a_ceiling(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "at_most"
    assert result.verdicts["S"].passed


def test_a_direction_verb_after_the_circumstance_still_counts() -> None:
    result = smart_check("Under the new plan we will cut churn to 4% by 2028.", today=TODAY)
    assert result.parsed.direction == "decrease"
    assert result.verdicts["S"].passed
