"""A count of time is no quantity of the goal, and a figure before a split Dutch verb of acquiring
is what it acquires (issue 12, class "which number a direction reader counts"; DOMAIN.md S: an
acquisition verb with a count is an increase).

The direction reader stops at a clause of purpose ("om … te", "to …") once a quantity came before
it, so "In 3 jaar streven we ernaar om de marge te verhogen" lost its "verhogen" to the "3" of the
period. And "6,7 miljoen euro aan sponsorgeld binnen te halen" acquires the amount before it, even
when the metric word stands further back. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

UP = [
    "In 3 jaar streven we ernaar om onze brutomarge te verhogen tot 40%",
    "Binnen 2 jaar willen we ernaar streven om het aantal abonnees te verdubbelen",
    "In 18 months we aim to grow our average order value to €60",
    "Tegen het 4e jaar streven we ernaar om de klanttevredenheid te verbeteren tot een 8,5",
    "De club wil dit seizoen een bedrag van 2,5 miljoen euro aan sponsorgeld binnen te halen",
    "We willen dit jaar zo'n 300 nieuwe donateurs voor het fonds binnen te halen",
]


@pytest.mark.parametrize("text", UP)
def test_the_goal_verb_gives_the_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed


@pytest.mark.parametrize("text", [
    "We willen binnen drie jaar 500 klanten halen",
    "Haal binnen 6 maanden 200 aanmeldingen",
])
def test_within_a_period_is_no_verb_of_acquiring(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction != "increase"


def test_a_quantity_before_a_purpose_still_stops_the_reader() -> None:
    # "om … te groeien" says what the 700,000 passengers are for: the goal itself names no direction
    parsed = smart_check("700.000 passagiers verwerken, om van daaruit door te groeien", today=TODAY).parsed
    assert parsed.direction != "increase"
