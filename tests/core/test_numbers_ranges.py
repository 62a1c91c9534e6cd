"""A change stated as a range is one change (issue 12, class "a ranged change"; DOMAIN.md
"Ranges": one quantity, never two numbers; R: the bounds, and a stated % agrees with its pair).

"by 10 to 15 percent", "met 40 à 60 procent", "by between 10 % and 15 %": neither end is a level
or a change in units; the realism bounds judge the far end. A from→to pair beside a range ("30-45 %
(from 2.5 % to 3.5 %)") agrees when its change lies in the range, within one point. Our own
sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, the change read, whether R passes)
RANGED = [
    ("Grow webshop revenue by 10 to 15 percent this year", 0.15, True),
    ("Lift newsletter sign-ups by between 5% and 8% in 2027", 0.08, True),
    ("Verhoog het aantal aanvragen met 20 tot 30 procent in 2027", 0.30, True),
    ("Verhoog de omzet met tussen de 5 en 8 procent dit jaar", 0.08, True),
    ("Verlaag de retouren met 40 à 60 procent dit jaar", -0.60, False),
    ("Cut the cost per lead by 30 to 55 percent in 2027", -0.55, False),
    ("Verhoog de donaties met 90 à 110 procent in 2027", 1.10, False),
]


@pytest.mark.parametrize(("text", "change", "realistic"), RANGED)
def test_a_ranged_change_is_one_change_judged_by_its_far_end(text: str, change: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    goal = result.parsed
    assert goal.relative_change == pytest.approx(change)
    assert goal.target is None and goal.absolute_change is None
    assert result.verdicts["M"].passed
    assert result.verdicts["R"].passed is realistic


# (text, whether the pair agrees with the range)
WITH_A_PAIR = [
    ("Open rate improvement: 30-45% (from 20% to 28%) by June 2027", True),
    ("Grow leads by 10 to 20 percent, from 500 to 560, in 2027", True),
    ("Verbetering conversie: 15-25% (van 2% naar 2,4%) in 2027", True),
    ("Open rate improvement: 10-15% (from 20% to 30%) by June 2027", False),
    ("Verhoog de leads met 10 tot 15 procent, van 400 naar 600, in 2027", False),
]


@pytest.mark.parametrize(("text", "agrees"), WITH_A_PAIR)
def test_a_pair_agrees_with_a_range_when_its_change_lies_in_it(text: str, agrees: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.baseline is not None and result.parsed.target is not None
    assert result.verdicts["R"].passed is agrees


def test_a_range_of_counts_is_no_relative_change() -> None:
    goal = smart_check("Grow our reseller network by 5 to 8 new partners in 2027", today=TODAY).parsed
    assert goal.relative_change is None
