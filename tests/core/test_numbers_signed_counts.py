"""A signed figure before its noun is a count added (issue 12, class "a count added with a plus";
DOMAIN.md S: "+" gives the direction of a count added; M: a relative number is a target).

"Target: +10,000 newsletter subscribers", "Doel: +300 donateurs", "+2 posities" add to where the
metric stands: the direction is up and the figure a change in units. A signed level stays a level:
"an NPS of +20", "raise our NPS to +45", "NPS: +30". Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

ADDED = [
    ("Target: +10,000 newsletter subscribers", 10_000.0),
    ("Doel: +300 donateurs", 300.0),
    ("Gemiddelde positie: +2 posities", 2.0),
    ("Goal for 2028: +5,000 paying users", 5000.0),
    ("Q3 doel: +150 nieuwe leden", 150.0),
]


@pytest.mark.parametrize(("text", "added"), ADDED)
def test_a_signed_count_before_its_noun_is_added(text: str, added: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.absolute_change, result.parsed.direction) == (added, "increase")
    assert result.verdicts["S"].passed and result.verdicts["M"].passed


@pytest.mark.parametrize(("text", "target"), [
    ("Raise our NPS to +45 by June", 45.0),
    ("Verhoog de NPS naar +30 in 2028", 30.0),
])
def test_a_signed_level_stays_the_target(text: str, target: float) -> None:
    parsed = smart_check(text, today=TODAY).parsed
    assert (parsed.target, parsed.absolute_change) == (target, None)


def test_a_signed_score_alone_gives_no_direction() -> None:
    assert smart_check("NPS: +30", today=TODAY).parsed.direction != "increase"
