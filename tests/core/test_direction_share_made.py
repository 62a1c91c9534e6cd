"""A share to make of a whole is a level, not an acquisition (issue 12, class "make X a share of Y"; DOMAIN.md
S: a bare level to reach leaves the direction open; a count acquired is an increase).

"Make online orders 30% of total sales", "make repeat customers 25% of our buyers": the verb makes the
share what it should be, as "get 80% of the population to work" does, and acquires no count; it was
read as "make $5,000", an increase, so S passed on a level with no baseline. Money made is still
acquired, and a share with its baseline still has a way. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

SHARES = [
    "Make online orders 30% of total sales",
    "We want to make repeat customers 25% of our buyers by 2027",
    "Our plan makes members 60% of all visitors by 2028",
]


@pytest.mark.parametrize("text", SHARES)
def test_a_share_made_is_a_level_with_its_way_open(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "reach"
    assert not result.verdicts["S"].passed


KEPT = [
    ("Make $5,000 in extra revenue this quarter", "increase"),
    ("Increase online orders from 20% to 30% of total sales by 2027", "increase"),
    ("Make online orders grow from 20% to 30% of total sales by 2027", "increase"),
]


@pytest.mark.parametrize(("text", "direction"), KEPT)
def test_money_made_or_a_share_with_its_baseline_keeps_its_way(text: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed
