"""A price asked for one of something is no target (issue 12, class "a unit price"; DOMAIN.md M:
a number for the target, which a price beside the count is not).

"Verkoop 2.000 kaarten van €25 per stuk", "sell 2,000 tickets at $40 each", "300 diners van €45
per couvert": the count is what the goal sells, the money says what one costs. Money per period
("earn $50 per month") is still a volume, and money "each" with no count before it is the target
("max out both accounts ($7,000 each)"). Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

PRICES = [
    ("Verkoop 2.000 kaarten van €25 per stuk voor augustus", 2000.0),
    ("Sell 1,500 festival passes at $40 each by June 2027", 1500.0),
    ("We willen in 2027 300 diners verkopen van €45 per persoon", 300.0),
    ("Sell 800 bottles at €12 per bottle in 2027", 800.0),
]


@pytest.mark.parametrize(("text", "target"), PRICES)
def test_a_unit_price_is_no_target(text: str, target: float) -> None:
    assert smart_check(text, today=TODAY).parsed.target == target


def test_money_per_period_is_still_a_volume() -> None:
    result = smart_check("I want to earn an additional $50 per month from my shop this year", today=TODAY)
    assert result.verdicts["M"].passed


def test_money_each_without_a_count_is_the_target() -> None:
    assert smart_check("Max out both retirement accounts ($7,000 each) in 2027", today=TODAY).parsed.target == 7000.0
