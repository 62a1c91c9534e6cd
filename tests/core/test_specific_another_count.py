""""Another 500 subscribers", "nog 300 leden": a count added is an increase (issue 12, class "another N";
DOMAIN.md S: a count acquired or added says the way, up).

"500 more subscribers" and "20 extra leden" already read as an increase; "another 500 subscribers" had
no direction at all and "nog 300 leden werven" only a level to reach. Dutch "nog" is also "still": after
a verb of being or having ("er zijn nog 300 leden") it states a level, and before a share or a period
it adds no count; a count of work ("nog tien winkels openen") is no measure. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

UP = [
    "We want another 500 subscribers by June.",
    "Another 1,000 app downloads by the end of Q3",
    "Our shop aims to win another 40 wholesale clients this year",
    "We willen dit jaar nog 300 leden werven.",
    "De vereniging wil in 2027 nog ongeveer 200 donateurs erbij.",
    "Voor de zomer moeten er in nog vijftig andere gemeenten abonnees zijn.",
]


@pytest.mark.parametrize("text", UP)
def test_a_count_added_is_an_increase(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed


NOT_ADDED = [
    "Er zijn nog 300 leden.",
    "We want to reach 500 members in another 2 years.",
    "De keten wil dit jaar nog tien winkels openen.",
]


@pytest.mark.parametrize("text", NOT_ADDED)
def test_a_level_a_period_or_work_adds_no_count(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction != "increase"


def test_still_a_level_then_a_target_keeps_the_numbers_way() -> None:
    result = smart_check("Het aandeel is nog 20 procent; in 2030 moet het 40 procent zijn.", today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (20.0, 40.0)
    assert result.parsed.direction == "increase"
