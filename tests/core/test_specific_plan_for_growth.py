"""Growth as the aim of a plan says nothing of the goal's way (issue 12, class "growth as the aim of a
plan"; DOMAIN.md S: "reach X" alone, with no baseline, leaves the direction open).

"a growth plan" was already a name; "the national strategy for sustainable tourism growth", "a plan for
sustainable growth", "een plan voor duurzame groei" name a plan the same way, yet their "growth" was
read as the goal's increase, so a bare level to reach beside them passed S. Growth said of the goal's
own metric ("revenue growth of 10%", "10% growth in bookings") still is an increase, and so is "under
our strategy" no ceiling. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

OPEN = [
    "The club launches its plan for sustainable growth and aims for 5,000 members by 2030.",
    "Visitor spending should reach $2 billion by 2030 under the new strategy for regional tourism growth.",
    "De club lanceert een plan voor duurzame groei en mikt op 5.000 leden in 2030.",
    "We target 5,000 members by 2030 under our strategy for growth.",
]


@pytest.mark.parametrize("text", OPEN)
def test_the_aim_of_a_plan_is_no_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction not in ("increase", "at_most")
    assert not result.verdicts["S"].passed


UP = [
    "We want revenue growth of 10% in 2027.",
    "Our plan: 10% growth in bookings for 2027.",
    "We launch a strategy for growth and will increase revenue by 10% in 2027.",
    "Wij willen in 2027 een groei van de omzet met 10 procent.",
]


@pytest.mark.parametrize("text", UP)
def test_growth_of_the_goals_metric_is_still_up(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed
