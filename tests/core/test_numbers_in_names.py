"""A number in a name is no number of the goal (issue 12, class "a number in a name"; DOMAIN.md
M: a number for the target, which a name is not).

"Radio 538", "Studio 100", "iPhone 15", "Windows 11", "ISO 9001", "Formule 1" name a channel, a
firm, a product or a standard; a version written "3.0" ("Heineken 0.0", "Web 3.0") names one too.
A level to reach written the same way ("a rating of 4.0", "from 3.5 to 4.0") and a KPI line's
label ("Lead generation: 200+") stay numbers. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

NAMES = [
    "Meer luisteraars voor Radio 538 dit jaar",
    "Studio 100 wil in 2027 meer bezoekers in de parken",
    "Increase sales of the iPhone 15 among students this year",
    "Grow Windows 11 adoption among our business clients",
    "Get ISO 9001 certified next year",
    "Verkoop meer Heineken 0.0 in 2027",
    "Launch Web 3.0 features for more users",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_number_in_a_name_is_no_target(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target is None
    assert not result.verdicts["M"].passed


LEVELS = [
    ("Raise our Google rating to 4.0 by June 2027", 4.0),
    ("Reach 500 ISO 9001 certified suppliers by 2027", 500.0),
    ("Lead generation: 200+ qualified prospects per year", 200.0),
    ("Verhoog de omzet van de iPhone 15 naar 2 miljoen euro in 2027", 2_000_000.0),
]


@pytest.mark.parametrize(("text", "target"), LEVELS)
def test_a_level_beside_a_name_is_still_the_target(text: str, target: float) -> None:
    assert smart_check(text, today=TODAY).parsed.target == target
