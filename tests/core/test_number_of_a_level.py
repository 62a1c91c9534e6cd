"""A percentage of a level the metric had is the factor of a change (issue 12, class "a percentage of a
level"; DOMAIN.md R: the realism bounds apply whenever the change is known, a stated % must agree, and
rates stay within 0-100 %).

"Reduce emissions to 45% of 1990 levels" was read as a cut of 45 % (it is -55 %, beyond -50 %);
"cut energy use to 80% of the 2024 level" as a cut of 80 % (it is -20 %); "tot 150% van het huidige
niveau" and "to 120% of last year's revenue" as rates beyond 100 % (they are +50 % and +20 %). A share
of a population or a capacity ("to 40% of all staff", "to 90% of capacity") stays a level, and a cut of
a share of the measure ("90% van de uitstoot verminderen") a cut of that share. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

FACTORS = [
    ("Reduce emissions to 45% of 1990 levels by 2030.", -0.55, False),
    ("Breng de uitstoot in 2030 terug tot 45% van het niveau van 1990.", -0.55, False),
    ("Cut energy use to 80% of the 2024 level by 2027.", -0.2, True),
    ("Reduce costs to 50% of the current level by 2027.", -0.5, True),
    ("Grow revenue to 120% of last year's revenue by 2027.", 0.2, True),
    ("We willen de omzet laten stijgen tot 150% van het huidige niveau in 2027.", 0.5, True),
    ("We willen de omzet naar 120% van de omzet van vorig jaar brengen in 2027.", 0.2, True),
    ("Grow bookings to 250% of their current level by 2028.", 1.5, False),
]


@pytest.mark.parametrize(("text", "change", "realistic"), FACTORS)
def test_a_percentage_of_a_level_is_a_factor(text: str, change: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.parsed.target is None
    assert result.verdicts["R"].passed is realistic


LEVELS = [
    ("Increase the share of women to 40% of all staff by 2027.", 40.0),
    ("Grow the market share to 30% of the market by 2027.", 30.0),
    ("Raise attendance to 90% of capacity by 2027.", 90.0),
    ("Verhoog de bezetting naar 85% van de capaciteit in 2027.", 85.0),
]


@pytest.mark.parametrize(("text", "target"), LEVELS)
def test_a_share_of_a_population_stays_a_level(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.parsed.relative_change is None


def test_a_cut_of_a_share_of_the_measure_is_that_cut() -> None:
    assert smart_check("We willen 90% van de CO2-uitstoot verminderen in 2030.", today=TODAY).parsed.relative_change == -0.9
