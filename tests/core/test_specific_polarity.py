"""A scorecard row's polarity before its target bounds it (issue 12, class "a polarity before the
target"; DOMAIN.md S: at most and at least are directions).

Scorecards flattened into text write the KPI, its polarity (good is low / good is high) and its target:
"Average wait time Low 4 minutes". The polarity right before the figure is the direction: "Low" a
ceiling, "High" a floor (Dutch "Laag", "Hoog"). Elsewhere ("a high delivery rate", "a high 2027
season") it bounds nothing. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

ROWS = [
    ("Average helpdesk waiting time Low 45 seconds", "at_most", 45.0),
    ("Staff turnover Low 8%", "at_most", 8.0),
    ("Share of invoices paid on time High 95%", "at_least", 95.0),
    ("Gemiddelde wachttijd aan de telefoon Laag 3 minuten", "at_most", 3.0),
    ("Aandeel klachten binnen termijn afgehandeld Hoog 90%", "at_least", 90.0),
]


@pytest.mark.parametrize(("text", "direction", "target"), ROWS)
def test_the_polarity_before_the_target_is_its_bound(text: str, direction: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert result.parsed.target == target
    assert result.verdicts["S"].passed


ELSEWHERE = [
    "Reach 500 members by June in a high 2027 season",
    "We willen een hoog bereik van 500 leden halen",
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_a_polarity_word_elsewhere_bounds_nothing(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction not in ("at_most", "at_least")
