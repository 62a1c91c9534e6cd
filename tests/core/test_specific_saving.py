"""Saving money or time is spending less of it (issue 12, class "saving is a decrease"; DOMAIN.md S: reduce).

"Besparen" already read as a decrease; its English counterpart did not, so "save $7.5M in cost" and "save 45
minutes a week" named no direction and S failed. To save money, time or a share of something is a decrease of
what is spent ("save $40,000 on software licences", "a 20% saving in energy costs", "save on shipping"); lives
or jobs saved are no less of anything ("save 1,000 lives"), and savings as a measure can grow ("increase savings
by 10%"). The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


SAVED = [
    ("Save $40,000 on software licences by June", "decrease"),
    ("We want to save 10 hours a week of manual reporting by Q3", "decrease"),
    ("A 20% saving in energy costs by 2028", "decrease"),
    ("Save on shipping costs: 10% less by June", "decrease"),
    ("Bespaar 10% op de energiekosten in 2027", "decrease"),
    ("We willen in 2027 € 50.000 besparen op de inkoop", "decrease"),
]


@pytest.mark.parametrize(("text", "direction"), SAVED)
def test_saving_money_or_time_is_a_decrease(text: str, direction: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == direction


NOT_LESS = [
    ("Save 1,000 lives by 2030", ("reach", "increase", None)),
    ("Increase savings by 10% this year", ("increase",)),
]


@pytest.mark.parametrize(("text", "directions"), NOT_LESS)
def test_lives_saved_or_savings_grown_are_no_decrease(text: str, directions: tuple) -> None:
    assert smart_check(text, today=TODAY).parsed.direction in directions
